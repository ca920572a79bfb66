import { relativeNumbering } from '../../core/output/relativeSeq';
import type { Direction, Segment } from '../../core/segment';
import { formatFlags } from '../../core/segment';
import { DEFAULT_LINK } from '../../core/world/linkSettings';
import type { SegmentPosition } from '../../core/world/inFlightPositions';
import type { TraceEvent } from '../../core/world/trace';
import type { LossReason } from '../../core/world/worldState';

/** What has become of a segment by `now`. */
export type SegmentFate = 'in-flight' | 'delivered' | 'dropped';

/** One segment as the chart draws it. */
export type ChartSegment = {
  /** The link's id (`#7`). */
  readonly id: number;
  readonly dir: Direction;
  /** Control bits as `SYN+ACK` (or `-`). */
  readonly flags: string;
  /** Sequence number as shown: relative to the sender's ISS, or absolute. */
  readonly seq: number;
  /** Acknowledgment number as shown; only meaningful when `hasAck`. */
  readonly ack: number;
  readonly hasAck: boolean;
  /** Payload octets. */
  readonly len: number;
  /** `SYN+ACK seq=0 ack=1 len=100`: ack only with the ACK bit, len only when there is payload. */
  readonly label: string;
  /** Virtual ms it left the sender. */
  readonly sentAt: number;
  /** When it arrived or was lost; undefined while in flight. */
  readonly endAt: number | undefined;
  /** The full trip it makes (or would have made), ms: sets the arrow's slope. */
  readonly tripMs: number;
  /** How far across (0..1) the drawn arrow reaches: 1 delivered, the loss point, or the head at `now`. */
  readonly reach: number;
  readonly fate: SegmentFate;
  readonly retransmit: boolean;
  /** For a link duplicate, the id of the original. */
  readonly duplicateOf: number | undefined;
  readonly injected: boolean;
  /** Why the link lost it (dropped only). */
  readonly lossReason: LossReason | undefined;
  /** Extra delay the link added, ms. */
  readonly delayedBy: number | undefined;
};

/** A segment being followed through the trace: what became of it so far. */
export type SegmentDraft = {
  readonly seg: Segment;
  /** Index of the trace event that put it on the link. */
  readonly index: number;
  endAt?: number;
  fate: SegmentFate;
  lossReason?: LossReason;
  delayedBy?: number;
};

/** The segments so far, while reading a trace: a draft per id, and the last undisturbed trip each way. */
export type SegmentTally = {
  readonly drafts: Map<number, SegmentDraft>;
  readonly lastTransit: Partial<Record<Direction, number>>;
};

/** An empty tally. */
export function segmentTally(): SegmentTally {
  return { drafts: new Map(), lastTransit: {} };
}

/** Adds trace event `e` (at `index`) to the tally; returns the draft it made or changed, if any. */
export function tallySegment(tally: SegmentTally, e: TraceEvent, index: number): SegmentDraft | undefined {
  const { drafts, lastTransit } = tally;
  switch (e.kind) {
    case 'send':
    case 'duplicate': {
      const seg = e.kind === 'send' ? e.seg : e.copy;
      const d: SegmentDraft = { seg, index, fate: 'in-flight' };
      drafts.set(seg.id, d);
      return d;
    }
    case 'delay': {
      const d = drafts.get(e.seg.id);
      if (d) d.delayedBy = (d.delayedBy ?? 0) + e.by;
      return d;
    }
    case 'arrive': {
      const d = drafts.get(e.seg.id);
      if (!d) return undefined;
      d.endAt = e.t;
      d.fate = 'delivered';
      if (d.delayedBy === undefined && d.seg.duplicateOf === undefined)
        lastTransit[d.seg.dir] = e.t - d.seg.sentAt;
      return d;
    }
    case 'drop': {
      const d = drafts.get(e.seg.id);
      if (!d) return undefined;
      d.endAt = e.t;
      d.fate = 'dropped';
      d.lossReason = e.reason;
      return d;
    }
    default:
      return undefined;
  }
}

/** The usual one-way trip, ms: the last undisturbed one that way, else the other way's, else the default. */
export function tripEstimate(tally: SegmentTally, dir: Direction): number {
  const { lastTransit } = tally;
  return lastTransit[dir] ?? lastTransit[dir === 'c>s' ? 's>c' : 'c>s'] ?? DEFAULT_LINK.latency;
}

/**
 * True when a draft's drawing can no longer change as time goes on: it arrived, or the link lost it
 * half-way (one dropped by id is placed by the usual trip time, which later arrivals change).
 */
export function settled(d: SegmentDraft): boolean {
  return d.fate === 'delivered' || (d.fate === 'dropped' && d.lossReason !== 'dropped by id');
}

/** Options for collecting segments. */
export type SegmentOptions = {
  /** Show numbers relative to each ISS (Wireshark's default). */
  readonly relative: boolean;
  /** Positions from `inFlightPositions(world)`, when the caller has the world: exact trips in flight. */
  readonly inFlight?: readonly SegmentPosition[];
};

/** Arrivals in flight never draw quite to the receiver: they have not arrived. */
const MAX_IN_FLIGHT_REACH = 0.97;

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** `SYN+ACK seq=0 ack=1 len=100`, as the text ladder (formatLadder) writes it. */
export function segmentLabel(flags: string, seq: number, ack: number, hasAck: boolean, len: number): string {
  const parts = [flags, `seq=${seq}`];
  if (hasAck) parts.push(`ack=${ack}`);
  if (len > 0) parts.push(`len=${len}`);
  return parts.join(' ');
}

/**
 * Pure. Every segment put on the link up to `now` (sends and link duplicates), with its fate and the
 * geometry the chart needs. Events after `now` are ignored.
 */
export function chartSegments(
  trace: readonly TraceEvent[],
  now: number,
  opts: SegmentOptions,
): ChartSegment[] {
  const tally = segmentTally();
  trace.forEach((e, index) => {
    if (e.t <= now) tallySegment(tally, e, index);
  });
  const numbering = relativeNumbering(trace);
  const positions = positionsById(opts.inFlight);
  const out: ChartSegment[] = [];
  for (const d of tally.drafts.values()) {
    const { seg } = d;
    const n = opts.relative ? numbering(d.index).relative(seg.dir, seg.seq, seg.ack) : seg;
    out.push(chartSegmentOf(d, n, now, tally, positions));
  }
  return out.sort(bySending);
}

/** Segments in the order they were sent (ties by id). */
function bySending(a: ChartSegment, b: ChartSegment): number {
  return a.sentAt - b.sentAt || a.id - b.id;
}

/** In-flight positions by segment id. */
export function positionsById(
  inFlight: readonly SegmentPosition[] | undefined,
): Map<number, SegmentPosition> {
  return new Map((inFlight ?? []).map((p) => [p.seg.id, p]));
}

/**
 * Pure. How a draft is drawn at `now`, numbered `n` (relative or absolute): its trip, how far across it
 * reaches and its label.
 */
export function chartSegmentOf(
  d: SegmentDraft,
  n: { readonly seq: number; readonly ack: number },
  now: number,
  tally: SegmentTally,
  positions: ReadonlyMap<number, SegmentPosition>,
): ChartSegment {
  const { seg } = d;
  const flags = formatFlags(seg.flags);
  const age = now - seg.sentAt;
  let tripMs: number;
  let reach: number;
  if (d.fate === 'delivered') {
    tripMs = Math.max(0, (d.endAt ?? seg.sentAt) - seg.sentAt);
    reach = 1;
  } else if (d.fate === 'dropped') {
    const lostAfter = Math.max(0, (d.endAt ?? seg.sentAt) - seg.sentAt);
    // The link loses a segment half-way (putOnLink); one dropped by id from the UI is lost
    // wherever it was at that moment, which only the usual trip time can place.
    tripMs =
      d.lossReason === 'dropped by id'
        ? Math.max(tripEstimate(tally, seg.dir) + (d.delayedBy ?? 0), lostAfter / 0.95)
        : 2 * lostAfter;
    reach = tripMs <= 0 ? 0.5 : clamp(lostAfter / tripMs, 0, 1);
  } else {
    const p = positions.get(seg.id);
    tripMs = p
      ? p.fate === 'lost'
        ? 2 * (p.endsAt - seg.sentAt)
        : p.endsAt - seg.sentAt
      : tripEstimate(tally, seg.dir) + (d.delayedBy ?? 0);
    reach = tripMs <= 0 ? MAX_IN_FLIGHT_REACH : clamp(age / tripMs, 0, MAX_IN_FLIGHT_REACH);
  }
  return {
    id: seg.id,
    dir: seg.dir,
    flags,
    seq: n.seq,
    ack: n.ack,
    hasAck: seg.flags.ACK,
    len: seg.len,
    label: segmentLabel(flags, n.seq, n.ack, seg.flags.ACK, seg.len),
    sentAt: seg.sentAt,
    endAt: d.endAt,
    tripMs,
    reach,
    fate: d.fate,
    retransmit: seg.retransmit,
    duplicateOf: seg.duplicateOf,
    injected: seg.injected,
    lossReason: d.lossReason,
    delayedBy: d.delayedBy,
  };
}
