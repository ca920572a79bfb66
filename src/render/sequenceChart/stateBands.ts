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
  const open: Record<Side, { state: TcpState; from: number } | undefined> = {
    client: undefined,
    server: undefined,
  };
  const done: Record<Side, StateBand[]> = { client: [], server: [] };
  for (const e of trace) {
    if (e.kind !== 'state' || e.t > now) continue;
    const cur = open[e.side] ?? { state: e.from, from: start };
    done[e.side].push({ state: cur.state, from: cur.from, to: e.t, current: false });
    open[e.side] = { state: e.to, from: e.t };
  }
  const close = (side: Side): StateBand[] => {
    const cur = open[side] ?? { state: 'CLOSED' as const, from: start };
    return [...done[side], { state: cur.state, from: cur.from, to: Math.max(now, cur.from), current: true }];
  };
  return { client: close('client'), server: close('server') };
}
