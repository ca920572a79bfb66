import type { TimerName } from '../../core/endpoint/tcb';
import type { Side } from '../../core/segment';
import type { SegmentPosition } from '../../core/world/inFlightPositions';
import type { TraceEvent } from '../../core/world/trace';
import type { ChartSegment } from './chartSegments';
import { chartSegments } from './chartSegments';
import type { CompressedAxis } from './compressedAxis';
import { compressedAxis } from './compressedAxis';
import type { StateBand } from './stateBands';
import { stateBands } from './stateBands';
import type { TimerSpan } from './timerSpans';
import { DRAWN_TIMERS, timerSpans } from './timerSpans';

export type { AxisBreak, AxisPiece, CompressedAxis } from './compressedAxis';
export type { ChartSegment, SegmentFate } from './chartSegments';
export type { StateBand } from './stateBands';
export type { TimerEnd, TimerSpan } from './timerSpans';

/** Everything the sequence chart draws, in virtual time, before any pixel is decided. */
export type ChartModel = {
  /** Virtual ms of the playhead. */
  readonly now: number;
  /** Segments in the order they were sent. */
  readonly segments: readonly ChartSegment[];
  /** Connection states along each lifeline. */
  readonly bands: Readonly<Record<Side, readonly StateBand[]>>;
  /** Timer runs beside each lifeline. */
  readonly timers: Readonly<Record<Side, readonly TimerSpan[]>>;
  /** The time axis, idle spans compressed. */
  readonly axis: CompressedAxis;
};

/** Options of the model. */
export type ChartModelOptions = {
  /** Sequence numbers relative to each ISS (true) or absolute. */
  readonly relative: boolean;
  /** Idle spans longer than this (ms, nothing happening) are drawn as a short break. @default 2000 */
  readonly compressIdleMs?: number;
  /** Compressed length of a break. @default 48 */
  readonly breakMs?: number;
  /** Time kept to scale either side of a break. @default 60 */
  readonly breakPadMs?: number;
  /** Timers to include. @default DRAWN_TIMERS (all but the user timeout) */
  readonly timerNames?: readonly TimerName[];
  /** Exact positions of segments on the wire (`inFlightPositions(world)`), when the caller has them. */
  readonly inFlight?: readonly SegmentPosition[];
};

/**
 * Pure. The sequence chart's model of a trace at `now`: segments with their fates, state bands and timer
 * runs per side, and a time axis on which every idle gap longer than `compressIdleMs` is cut to a
 * fixed short break. Events after `now` are ignored.
 */
export function buildChartModel(
  trace: readonly TraceEvent[],
  now: number,
  opts: ChartModelOptions,
): ChartModel {
  const segments = chartSegments(trace, now, { relative: opts.relative, inFlight: opts.inFlight });
  const start = Math.min(0, trace[0]?.t ?? 0);
  const bands = stateBands(trace, now, start);
  const timers = timerSpans(trace, now, opts.timerNames ?? DRAWN_TIMERS);

  // Stops: every time at which something is drawn. Gaps between them are what may be compressed.
  const stops: number[] = [start, now];
  for (const s of segments) {
    stops.push(s.sentAt);
    if (s.endAt !== undefined) stops.push(s.endAt);
  }
  for (const side of ['client', 'server'] as const) {
    for (const b of bands[side]) stops.push(b.from);
    for (const t of timers[side]) stops.push(t.setAt, t.endedAt ?? t.due);
  }
  const axis = compressedAxis(stops, {
    compressIdleMs: opts.compressIdleMs,
    breakMs: opts.breakMs,
    breakPadMs: opts.breakPadMs,
    now,
  });
  return { now, segments, bands, timers, axis };
}
