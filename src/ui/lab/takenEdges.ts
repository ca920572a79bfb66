import type { Side } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';
import { traceGrows } from '../../core/world/traceGrows';

/** Edges each endpoint has taken, as "FROM>TO" keys in the order first taken. */
export type TakenEdges = { readonly client: readonly string[]; readonly server: readonly string[] };

/**
 * Returns a function of the trace so far giving the edges taken in it. It reads only the events added
 * since its last call while the trace grows (the same events, more at the end), and returns the same
 * object while no new edge is taken; any other trace is read from the start.
 */
export function takenEdgesTally(): (trace: readonly TraceEvent[]) => TakenEdges {
  let seen = { client: new Set<string>(), server: new Set<string>() };
  let read = 0;
  let first: TraceEvent | undefined;
  let last: TraceEvent | undefined;
  let out: TakenEdges = { client: [], server: [] };
  return (trace) => {
    if (!traceGrows(trace, first, read, last)) {
      seen = { client: new Set(), server: new Set() };
      read = 0;
      out = { client: [], server: [] };
    }
    const added = new Set<Side>();
    for (; read < trace.length; read++) {
      const e = trace[read] as TraceEvent;
      if (e.kind !== 'state') continue;
      const key = `${e.from}>${e.to}`;
      if (!seen[e.side].has(key)) {
        seen[e.side].add(key);
        added.add(e.side);
      }
    }
    first = trace[0];
    last = trace[read - 1];
    if (added.size > 0) out = { client: [...seen.client], server: [...seen.server] };
    return out;
  };
}
