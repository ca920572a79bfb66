import type { Direction } from '../../core/segment';
import type { RelativeNumbering } from '../../core/output/relativeSeq';
import { numberingFrom, setsIss } from '../../core/output/relativeSeq';
import type { TraceEvent } from '../../core/world/trace';
import { traceGrows } from '../../core/world/traceGrows';

/**
 * Returns a function of the trace so far giving its numbering at its last event, as
 * `relativeNumbering(trace)(trace.length - 1)` does. While the trace grows (the same events, more at the
 * end) it reads only the events added since its last call, and returns the same object while no new
 * ISS is seen; any other trace is read from the start.
 */
export function latestNumberingTally(): (trace: readonly TraceEvent[]) => RelativeNumbering {
  let iss: Partial<Record<Direction, number>> = {};
  let read = 0;
  let first: TraceEvent | undefined;
  let last: TraceEvent | undefined;
  let out = numberingFrom(iss);
  return (trace) => {
    if (!traceGrows(trace, first, read, last)) {
      iss = {};
      read = 0;
      out = numberingFrom(iss);
    }
    for (; read < trace.length; read++) {
      const e = trace[read] as TraceEvent;
      if (setsIss(e) && iss[e.seg.dir] !== e.seg.seq) {
        iss = { ...iss, [e.seg.dir]: e.seg.seq };
        out = numberingFrom(iss);
      }
    }
    first = trace[0];
    last = trace[read - 1];
    return out;
  };
}
