import type { TcpState } from '../../core/endpoint/tcpState';
import type { Side } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';

/** One side's connection state over [from, to). */
export type StateBand = {
  /** The RFC 9293 state name (`SYN_SENT`). */
  readonly state: TcpState;
  /** Virtual ms it was entered (the axis start for the first band). */
  readonly from: number;
  /** Virtual ms it was left, or `now` for the current state. */
  readonly to: number;
  /** True for the state the endpoint is still in. */
  readonly current: boolean;
};

/** Each side's states so far, while reading a trace: the bands left and the state it is in since when. */
export type BandTally = {
  readonly open: Record<Side, { state: TcpState; from: number } | undefined>;
  readonly done: Record<Side, StateBand[]>;
};

/** An empty tally. */
export function bandTally(): BandTally {
  return { open: { client: undefined, server: undefined }, done: { client: [], server: [] } };
}

/** Adds one `state` event to the tally (other events are ignored); true when it was one. */
export function tallyState(tally: BandTally, e: TraceEvent, start: number): boolean {
  if (e.kind !== 'state') return false;
  const cur = tally.open[e.side] ?? { state: e.from, from: start };
  tally.done[e.side].push({ state: cur.state, from: cur.from, to: e.t, current: false });
  tally.open[e.side] = { state: e.to, from: e.t };
  return true;
}

/** Pure. The bands of a tally at `now`: those left, then the current state's, up to `now`. */
export function bandsAt(
  tally: BandTally,
  now: number,
  start: number,
): Readonly<Record<Side, readonly StateBand[]>> {
  const close = (side: Side): StateBand[] => {
    const cur = tally.open[side] ?? { state: 'CLOSED' as const, from: start };
    return [
      ...tally.done[side],
      { state: cur.state, from: cur.from, to: Math.max(now, cur.from), current: true },
    ];
  };
  return { client: close('client'), server: close('server') };
}

/**
 * Pure. Each side's states as consecutive bands from `start` to `now`, derived from `state` events at or
 * before `now`. A side starts in CLOSED (RFC 9293 §3.3.2: the fictional state before any OPEN), unless
 * the first event says it was elsewhere (a trace cut from a longer one).
 */
export function stateBands(
  trace: readonly TraceEvent[],
  now: number,
  start = 0,
): Readonly<Record<Side, readonly StateBand[]>> {
  const tally = bandTally();
  for (const e of trace) if (e.t <= now) tallyState(tally, e, start);
  return bandsAt(tally, now, start);
}
