import type { RelativeNumbering } from '../../core/output/relativeSeq';
import { numberingFrom, setsIss } from '../../core/output/relativeSeq';
import { traceGrows } from '../../core/world/traceGrows';
import { upperBound } from './upperBound';
import type { TimerName } from '../../core/endpoint/tcb';
import type { Direction, Side } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';
import type { SegmentDraft, SegmentTally } from './chartSegments';
import { chartSegmentOf, positionsById, segmentTally, settled, tallySegment } from './chartSegments';
import { axisOfSortedStops } from './compressedAxis';
import type { ChartModel, ChartModelOptions, ChartSegment, TimerSpan } from './sequenceChartModel';
import { buildChartModel } from './sequenceChartModel';
import type { BandTally } from './stateBands';
import { bandsAt, bandTally, tallyState } from './stateBands';
import type { TimerTally } from './timerSpans';
import { DRAWN_TIMERS, spansOf, tallyTimer, timerTally } from './timerSpans';

type Numbers = { readonly seq: number; readonly ack: number };

/** A segment in the drawing: its draft, its numbers (relative ones fixed when it was sent), and how it is
 * drawn once that can no longer change (see `settled`). */
type Slot = { readonly draft: SegmentDraft; readonly numbers: Numbers; drawn: ChartSegment | undefined };

/** What has been read of the trace so far. */
type Tally = {
  readonly relative: boolean;
  readonly timerNames: readonly TimerName[];
  /** The first event (its time sets the axis start) and the last one read, to check a new trace extends. */
  readonly first: TraceEvent | undefined;
  last: TraceEvent | undefined;
  /** Events read: trace[0, read). */
  read: number;
  /** Latest time among them. */
  maxT: number;
  readonly start: number;
  readonly segments: SegmentTally;
  readonly bands: BandTally;
  readonly timers: TimerTally;
  /** Segments in sending order, and by id. */
  readonly order: Slot[];
  readonly slots: Map<number, Slot>;
  /** Each direction's ISS so far, and the relative numbering they give. */
  iss: Readonly<Partial<Record<Direction, number>>>;
  numbering: RelativeNumbering | undefined;
  /** Times at which something is drawn whatever `now` is (how many things each), and them in order. */
  readonly stopCounts: Map<number, number>;
  readonly stops: number[];
  /** The timer runs as of the last event read, when no timer event came since. */
  timerRuns: Readonly<Record<Side, readonly TimerSpan[]>> | undefined;
};

function newTally(trace: readonly TraceEvent[], opts: ChartModelOptions): Tally {
  const start = Math.min(0, trace[0]?.t ?? 0);
  return {
    relative: opts.relative,
    timerNames: opts.timerNames ?? DRAWN_TIMERS,
    first: trace[0],
    last: undefined,
    read: 0,
    maxT: -Infinity,
    start,
    segments: segmentTally(),
    bands: bandTally(),
    timers: timerTally(opts.timerNames ?? DRAWN_TIMERS),
    order: [],
    slots: new Map(),
    iss: {},
    numbering: undefined,
    stopCounts: new Map(),
    stops: [],
    timerRuns: undefined,
  };
}

function addStop(x: Tally, t: number): void {
  if (!Number.isFinite(t)) return;
  const n = x.stopCounts.get(t) ?? 0;
  x.stopCounts.set(t, n + 1);
  if (n === 0)
    x.stops.splice(
      upperBound(x.stops, (y) => y > t),
      0,
      t,
    );
}

function removeStop(x: Tally, t: number): void {
  const n = x.stopCounts.get(t);
  if (n === undefined) return;
  if (n > 1) x.stopCounts.set(t, n - 1);
  else {
    x.stopCounts.delete(t);
    x.stops.splice(upperBound(x.stops, (y) => y > t) - 1, 1);
  }
}

/** Ascending distinct union of a sorted distinct list and a few more stops. */
function withStops(sorted: readonly number[], more: number[]): number[] {
  const extra = [...new Set(more.filter((t) => Number.isFinite(t)))].sort((a, b) => a - b);
  const out: number[] = [];
  let j = 0;
  for (const t of sorted) {
    for (; j < extra.length && (extra[j] ?? 0) <= t; j++) if (extra[j] !== t) out.push(extra[j] ?? 0);
    out.push(t);
  }
  for (; j < extra.length; j++) out.push(extra[j] ?? 0);
  return out;
}

/** Which segment a trace event is about, if any. */
function segmentIdOf(e: TraceEvent): number | undefined {
  switch (e.kind) {
    case 'send':
    case 'arrive':
    case 'drop':
    case 'delay':
      return e.seg.id;
    case 'duplicate':
      return e.copy.id;
    default:
      return undefined;
  }
}

/** Reads one event into the tally. */
function readEvent(x: Tally, e: TraceEvent, index: number): void {
  const id = segmentIdOf(e);
  if (id !== undefined) {
    const before = x.segments.drafts.get(id);
    const slot = x.slots.get(id);
    const sends = e.kind === 'send' || e.kind === 'duplicate';
    // What the event replaces is no longer drawn: a segment sent again under its id, or its old end.
    if (before?.endAt !== undefined && (sends || e.kind === 'arrive' || e.kind === 'drop'))
      removeStop(x, before.endAt);
    if (before && slot && sends) {
      removeStop(x, before.seg.sentAt);
      x.order.splice(x.order.lastIndexOf(slot), 1);
    }
    if (setsIss(e)) {
      // The SYN counts before its own numbers are taken, as relativeNumbering has it at this index.
      x.iss = { ...x.iss, [e.seg.dir]: e.seg.seq };
      x.numbering = numberingFrom(x.iss);
    }
    const d = tallySegment(x.segments, e, index);
    if (d) {
      if (slot) slot.drawn = undefined;
      if (sends) {
        const { seg } = d;
        const numbers = x.relative && x.numbering ? x.numbering.relative(seg.dir, seg.seq, seg.ack) : seg;
        const fresh: Slot = { draft: d, numbers, drawn: undefined };
        x.slots.set(seg.id, fresh);
        x.order.splice(
          upperBound(
            x.order,
            ({ draft: { seg: o } }) => o.sentAt > seg.sentAt || (o.sentAt === seg.sentAt && o.id > seg.id),
          ),
          0,
          fresh,
        );
        addStop(x, seg.sentAt);
      } else if ((e.kind === 'arrive' || e.kind === 'drop') && d.endAt !== undefined) addStop(x, d.endAt);
    }
  }
  // Every band starts at the axis start (passed as a stop on each call) or at a state change.
  if (tallyState(x.bands, e, x.start)) addStop(x, e.t);
  const timer = tallyTimer(x.timers, e);
  if (timer) {
    x.timerRuns = undefined;
    if (e.kind === 'timer' && e.action === 'set') addStop(x, e.t);
    if (timer.ended) addStop(x, timer.ended.endedAt ?? timer.ended.due);
  }
  x.read = index + 1;
  x.last = e;
  x.maxT = Math.max(x.maxT, e.t);
}

/** Reads trace[x.read…] up to the first event after `now`. */
function readOn(x: Tally, trace: readonly TraceEvent[], now: number): void {
  for (let i = x.read; i < trace.length; i++) {
    const e = trace[i] as TraceEvent;
    if (e.t > now) break;
    readEvent(x, e, i);
  }
}

function modelOf(x: Tally, now: number, opts: ChartModelOptions): ChartModel {
  const positions = positionsById(opts.inFlight);
  const segments = x.order.map((slot) => {
    if (slot.drawn) return slot.drawn;
    const s = chartSegmentOf(slot.draft, slot.numbers, now, x.segments, positions);
    if (settled(slot.draft)) slot.drawn = s;
    return s;
  });
  const bands = bandsAt(x.bands, now, x.start);
  const timers = (x.timerRuns ??= spansOf(x.timers));
  const running = (['client', 'server'] as const).flatMap((side) =>
    timers[side].flatMap((t) => (t.endedAt === undefined ? [t.due] : [])),
  );
  const axis = axisOfSortedStops(withStops(x.stops, [x.start, now, ...running]), {
    compressIdleMs: opts.compressIdleMs,
    breakMs: opts.breakMs,
    breakPadMs: opts.breakPadMs,
    now,
  });
  return { now, segments, bands, timers, axis };
}

/**
 * Returns a `buildChartModel` that reads each trace event once: while every call's trace extends the
 * last one's (the same events, more at the end) and `now` does not go back past what was read, it reads
 * only the new events and reuses how settled segments are drawn. Anything else — a shorter or different
 * trace, an earlier `now`, other options — starts over from the whole trace. Every result equals
 * `buildChartModel(trace, now, opts)` (a property test checks this on random runs).
 */
export function incrementalChartModel(): (
  trace: readonly TraceEvent[],
  now: number,
  opts: ChartModelOptions,
) => ChartModel {
  let x: Tally | undefined;
  return (trace, now, opts) => {
    const extends_ =
      x !== undefined &&
      x.relative === opts.relative &&
      x.timerNames === (opts.timerNames ?? DRAWN_TIMERS) &&
      traceGrows(trace, x.first, x.read, x.last) &&
      now >= x.maxT;
    if (!x || !extends_) x = newTally(trace, opts);
    readOn(x, trace, now);
    // Events left unread lie after `now`; if a later one does not, the trace is out of time order here
    // and only reading all of it gives the same answer.
    for (let i = x.read; i < trace.length; i++)
      if ((trace[i] as TraceEvent).t <= now) return buildChartModel(trace, now, opts);
    return modelOf(x, now, opts);
  };
}
