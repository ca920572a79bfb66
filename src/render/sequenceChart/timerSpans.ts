import type { TimerName } from '../../core/endpoint/tcb';
import { upperBound } from './upperBound';
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

type Running = { name: TimerName; setAt: number; due: number; side: Side };

/** Timer runs so far, while reading a trace: those ended (each side's in `setAt` order) and those running. */
export type TimerTally = {
  readonly wanted: ReadonlySet<TimerName>;
  /** Runs by `side:name`, in the order they were set (a Map keeps it). */
  readonly running: Map<string, Running>;
  /** Ended runs per side, ordered by `setAt`, ties in the order they ended. */
  readonly ended: Record<Side, TimerSpan[]>;
};

/** An empty tally of the timers in `names`. */
export function timerTally(names: readonly TimerName[] = DRAWN_TIMERS): TimerTally {
  return { wanted: new Set(names), running: new Map(), ended: { client: [], server: [] } };
}

/** Inserts `x` after every element whose setAt is at most its own (a stable sort's place for it). */
function insertBySetAt(list: TimerSpan[], x: TimerSpan): void {
  list.splice(
    upperBound(list, (y) => y.setAt > x.setAt),
    0,
    x,
  );
}

/**
 * Adds one `timer` event of a wanted timer to the tally (other events are ignored); returns the run it
 * ended, if any. Setting a running timer again (the engine traces only `set`) ends the old run as
 * `restarted` (RFC 9293 §3.10.7.4: TIME_WAIT restarts its 2×MSL wait on a retransmitted FIN).
 */
export function tallyTimer(tally: TimerTally, e: TraceEvent): { ended?: TimerSpan } | undefined {
  if (e.kind !== 'timer' || !tally.wanted.has(e.timer)) return undefined;
  const key = `${e.side}:${e.timer}`;
  const r = tally.running.get(key);
  let ended: TimerSpan | undefined;
  if (r) {
    const end: TimerEnd = e.action === 'set' ? 'restarted' : e.action === 'fire' ? 'fired' : 'cancelled';
    ended = { name: r.name, setAt: r.setAt, due: r.due, endedAt: e.t, end };
    insertBySetAt(tally.ended[r.side], ended);
    tally.running.delete(key);
  }
  if (e.action === 'set')
    tally.running.set(key, { name: e.timer, setAt: e.t, due: e.due ?? e.t, side: e.side });
  return ended ? { ended } : {};
}

/** Pure. Each side's runs in a tally, ordered by `setAt` (ties: ended runs first, as they ended). */
export function spansOf(tally: TimerTally): Readonly<Record<Side, readonly TimerSpan[]>> {
  const out: Record<Side, TimerSpan[]> = { client: [], server: [] };
  for (const r of tally.running.values())
    out[r.side].push({ name: r.name, setAt: r.setAt, due: r.due, endedAt: undefined, end: 'running' });
  const merge = (ended: readonly TimerSpan[], running: TimerSpan[]): TimerSpan[] => {
    if (running.length === 0) return [...ended];
    running.sort((a, b) => a.setAt - b.setAt);
    const merged: TimerSpan[] = [];
    let j = 0;
    for (const x of ended) {
      while (j < running.length && (running[j]?.setAt ?? 0) < x.setAt) merged.push(running[j++] as TimerSpan);
      merged.push(x);
    }
    while (j < running.length) merged.push(running[j++] as TimerSpan);
    return merged;
  };
  return { client: merge(tally.ended.client, out.client), server: merge(tally.ended.server, out.server) };
}

/** Pure. Each side's timer runs from the `timer` events at or before `now`. */
export function timerSpans(
  trace: readonly TraceEvent[],
  now: number,
  names: readonly TimerName[] = DRAWN_TIMERS,
): Readonly<Record<Side, readonly TimerSpan[]>> {
  const tally = timerTally(names);
  for (const e of trace) if (e.t <= now) tallyTimer(tally, e);
  return spansOf(tally);
}
