import type { TimerName } from '../../core/endpoint/tcb';
import type { Side } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';

/** How a timer run ended, if it has. */
export type TimerEnd = 'fired' | 'cancelled' | 'restarted' | 'running';

/** One run of a timer, from being set to its end. */
export type TimerSpan = {
  readonly name: TimerName;
  /** Virtual ms it was set. */
  readonly setAt: number;
  /** Virtual ms it was due to fire. */
  readonly due: number;
  /** When it fired, was cancelled or was set again; undefined while running. */
  readonly endedAt: number | undefined;
  readonly end: TimerEnd;
};

/** Timers the chart draws by default; the 5-minute user timeout would only add a bar to every connection. */
export const DRAWN_TIMERS: readonly TimerName[] = ['rexmt', 'timeWait', 'finWait2', 'persist', 'delack'];

/**
 * Pure. Each side's timer runs from the `timer` events at or before `now`. Setting a running timer again
 * (the engine traces only `set`) ends the old run as `restarted` (RFC 9293 §3.10.7.4: TIME_WAIT restarts
 * its 2×MSL wait on a retransmitted FIN).
 */
export function timerSpans(
  trace: readonly TraceEvent[],
  now: number,
  names: readonly TimerName[] = DRAWN_TIMERS,
): Readonly<Record<Side, readonly TimerSpan[]>> {
  const wanted = new Set(names);
  const running = new Map<string, { name: TimerName; setAt: number; due: number; side: Side }>();
  const out: Record<Side, TimerSpan[]> = { client: [], server: [] };
  const finish = (key: string, at: number, end: TimerEnd): void => {
    const r = running.get(key);
    if (!r) return;
    out[r.side].push({ name: r.name, setAt: r.setAt, due: r.due, endedAt: at, end });
    running.delete(key);
  };
  for (const e of trace) {
    if (e.kind !== 'timer' || e.t > now || !wanted.has(e.timer)) continue;
    const key = `${e.side}:${e.timer}`;
    if (e.action === 'set') {
      finish(key, e.t, 'restarted');
      running.set(key, { name: e.timer, setAt: e.t, due: e.due ?? e.t, side: e.side });
    } else {
      finish(key, e.t, e.action === 'fire' ? 'fired' : 'cancelled');
    }
  }
  for (const r of running.values()) {
    out[r.side].push({ name: r.name, setAt: r.setAt, due: r.due, endedAt: undefined, end: 'running' });
  }
  const bySet = (a: TimerSpan, b: TimerSpan): number => a.setAt - b.setAt;
  return { client: out.client.sort(bySet), server: out.server.sort(bySet) };
}
