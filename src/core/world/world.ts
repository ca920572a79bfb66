/**
 * The discrete-event world: two endpoints and the link on virtual time. Every function here is pure;
 * it takes a WorldState and returns the next one with the trace events the step produced.
 */
import type { EndpointConfig } from '../endpoint/endpointConfig';
import type { Effect, UserSignal } from '../endpoint/endpointEffects';
import type { EndpointInput } from '../endpoint/endpointEvents';
import type { EndpointState } from '../endpoint/compiledEndpoint';
import { initialEndpointState, stepEndpointState } from '../endpoint/compiledEndpoint';
import type { TimerName, Timers } from '../endpoint/tcb';
import type { TcpState } from '../endpoint/tcpState';
import { seedPrng } from '../prng';
import type { ProfileName } from '../script/ast';
import type { Direction, Segment, SegmentHeader, Side } from '../segment';
import { dirFrom } from '../segment';
import type { LinkSettings } from './linkSettings';
import { DEFAULT_LINK } from './linkSettings';
import { putOnLink } from './putOnLink';
import { ms } from '../time';
import type { TraceEvent } from './trace';
import type { WorldState } from './worldState';
import { withWorld } from './worldState';

/** The result of one pure world operation. */
export type WorldStep = { readonly state: WorldState; readonly events: readonly TraceEvent[] };

/** What a world is made from. */
export type WorldConfig = {
  readonly seed: number;
  readonly profile: ProfileName;
  readonly endpoints: Readonly<Record<Side, { readonly cfg: EndpointConfig; readonly iss: number }>>;
  readonly link?: Partial<Record<Direction, LinkSettings>>;
};

/** Pure. A world at time 0 with both endpoints CLOSED. */
export function createWorld(cfg: WorldConfig): WorldState {
  return {
    now: 0,
    step: 0,
    seed: cfg.seed,
    profile: cfg.profile,
    prng: seedPrng(cfg.seed),
    endpoints: {
      client: initialEndpointState(cfg.endpoints.client),
      server: initialEndpointState(cfg.endpoints.server),
    },
    link: { 'c>s': cfg.link?.['c>s'] ?? DEFAULT_LINK, 's>c': cfg.link?.['s>c'] ?? DEFAULT_LINK },
    inFlight: [],
    rules: [],
    nextSegId: 1,
    lastArrival: { 'c>s': 0, 's>c': 0 },
    muted: { client: false, server: false },
  };
}

/** The RFC state of one endpoint. */
export function endpointState(w: WorldState, side: Side): TcpState {
  return w.endpoints[side].value;
}

const TIMER_ORDER: readonly TimerName[] = ['rexmt', 'persist', 'delack', 'user', 'finWait2', 'timeWait'];

const TIMER_KEYS: Record<TimerName, { set: string; cancel: string; fire: string }> = {
  rexmt: { set: 'timer.rexmt.set', cancel: 'timer.rexmt.cancel', fire: 'timer.rexmt.fire' },
  user: { set: 'timer.user.set', cancel: 'timer.user.cancel', fire: 'timer.user.fire' },
  finWait2: { set: 'timer.finWait2.set', cancel: 'timer.finWait2.cancel', fire: 'timer.finWait2.fire' },
  timeWait: { set: 'timer.timeWait.set', cancel: 'timer.timeWait.cancel', fire: 'timer.timeWait.fire' },
  delack: { set: 'timer.delack.set', cancel: 'timer.delack.cancel', fire: 'timer.delack.fire' },
  persist: { set: 'timer.persist.set', cancel: 'timer.persist.cancel', fire: 'timer.persist.fire' },
};

const TIMER_EVENT: Record<TimerName, EndpointInput['type']> = {
  rexmt: 'RTO_TIMEOUT',
  user: 'USER_TIMEOUT',
  finWait2: 'FIN_WAIT_2_TIMEOUT',
  timeWait: 'TIME_WAIT_TIMEOUT',
  delack: 'DELACK_TIMEOUT',
  persist: 'PERSIST_TIMEOUT',
};

function timersOf(s: EndpointState): Timers {
  return s.context.tcb.timers;
}

/** The next thing that will happen on its own, or undefined when nothing will. */
export type NextEvent =
  | { readonly kind: 'link'; readonly at: number; readonly index: number }
  | { readonly kind: 'timer'; readonly at: number; readonly side: Side; readonly timer: TimerName };

/** Pure. The earliest pending event: link events first at equal times, then client, then server timers. */
export function nextEvent(w: WorldState): NextEvent | undefined {
  let at = Infinity;
  let index = -1;
  const flights = w.inFlight;
  for (let i = 0; i < flights.length; i++) {
    const f = flights[i];
    if (f && f.endsAt < at) {
      at = f.endsAt;
      index = i;
    }
  }
  let timerSide: Side | undefined;
  let timerName: TimerName | undefined;
  for (const side of SIDES) {
    const timers = timersOf(w.endpoints[side]);
    for (const timer of TIMER_ORDER) {
      const due = timers[timer];
      if (due !== undefined && due < at) {
        at = due;
        timerSide = side;
        timerName = timer;
      }
    }
  }
  if (timerSide !== undefined && timerName !== undefined)
    return { kind: 'timer', at, side: timerSide, timer: timerName };
  return index >= 0 ? { kind: 'link', at, index } : undefined;
}

const SIDES: readonly Side[] = ['client', 'server'];

/** Feeds one event to an endpoint and carries out its effects. */
function deliverToEndpoint(w: WorldState, side: Side, ev: EndpointInput, events: TraceEvent[]): WorldState {
  const before = w.endpoints[side];
  const [after, effects] = stepEndpointState(before, ev);
  const endpoints =
    side === 'client'
      ? { client: after, server: w.endpoints.server }
      : { client: w.endpoints.client, server: after };
  let state = withWorld(w, { endpoints });
  state = applyEffects(state, side, before.value, effects, events, ev);
  traceTimers(state, side, timersOf(before), timersOf(after), events, ev);
  return state;
}

function applyEffects(
  w: WorldState,
  side: Side,
  from: TcpState,
  effects: readonly Effect[],
  events: TraceEvent[],
  ev: EndpointInput,
): WorldState {
  // Trace events are written as full literals: spreading a base object and adding keys is ~100× slower
  // in V8 and this is the engine's hot path (docs/performance.md).
  let state = w;
  let current = from;
  const t = w.now;
  const step = w.step;
  for (const e of effects) {
    switch (e.kind) {
      case 'rule':
        if (e.to !== undefined) {
          events.push({ t, step, kind: 'state', key: e.key, side, from: current, to: e.to, rfc: e.rfc });
          current = e.to;
        } else {
          events.push({ t, step, kind: 'rule', key: e.key, side, rfc: e.rfc });
        }
        break;
      case 'send': {
        const seg: Segment = {
          seq: e.seg.seq,
          ack: e.seg.ack,
          flags: e.seg.flags,
          win: e.seg.win,
          len: e.seg.len,
          id: state.nextSegId,
          dir: dirFrom(side),
          sentAt: ms(state.now),
          cause: e.cause,
          retransmit: e.retransmit,
          injected: false,
          duplicateOf: undefined,
        };
        const r = putOnLink(state, seg, state.nextSegId + 1);
        state = r.state;
        for (const x of r.events) events.push(x);
        break;
      }
      case 'callResult':
        events.push({
          t,
          step,
          kind: 'call',
          key: e.error ? 'call.error' : 'call.ok',
          side,
          call: e.call,
          bytes: e.bytes ?? (ev.type === 'SEND' ? ev.bytes : undefined),
          error: e.error,
        });
        break;
      case 'signal':
        events.push({ t, step, kind: 'signal', key: SIGNAL_KEYS[e.signal], side, signal: e.signal });
        break;
      case 'deliver':
        events.push({ t, step, kind: 'deliver', key: 'app.deliver', side, bytes: e.bytes, offset: e.offset });
        break;
      case 'discard':
        events.push({ t, step, kind: 'rule', key: e.key, side, rfc: e.rfc });
        break;
    }
  }
  return state;
}

const SIGNAL_KEYS: Record<UserSignal, string> = {
  'connection closing': 'signal.connection_closing',
  'connection reset': 'signal.connection_reset',
  'connection refused': 'signal.connection_refused',
  'connection timed out': 'signal.connection_timed_out',
  'connection aborted due to user timeout': 'signal.connection_aborted_due_to_user_timeout',
};

function traceTimers(
  w: WorldState,
  side: Side,
  before: Timers,
  after: Timers,
  events: TraceEvent[],
  ev: EndpointInput,
): void {
  for (const timer of TIMER_ORDER) {
    const b = before[timer];
    const a = after[timer];
    const fired = TIMER_EVENT[timer] === ev.type;
    const action =
      a !== undefined && a !== b
        ? 'set'
        : a === undefined && b !== undefined && !fired
          ? 'cancel'
          : undefined;
    if (action) {
      events.push({
        t: w.now,
        step: w.step,
        side,
        timer,
        kind: 'timer',
        key: TIMER_KEYS[timer][action],
        action,
        due: a,
      });
    }
  }
}

/** Pure. Makes a user call on one endpoint at the current time. */
export function userCall(w0: WorldState, side: Side, call: EndpointInput): WorldStep {
  const w = withWorld(w0, { step: w0.step + 1 });
  const events: TraceEvent[] = [];
  const state = deliverToEndpoint(w, side, call, events);
  return { state, events };
}

/** Pure. Carries out the next pending event if it is due at or before `limit`; else returns undefined. */
export function advance(w0: WorldState, limit = Infinity): WorldStep | undefined {
  const next = nextEvent(w0);
  if (!next || next.at > limit) return undefined;
  const w = withWorld(w0, { now: Math.max(w0.now, next.at), step: w0.step + 1 });
  const events: TraceEvent[] = [];
  if (next.kind === 'link') {
    const f = w.inFlight[next.index];
    if (!f) return undefined;
    const rest = withWorld(w, { inFlight: w.inFlight.filter((_, i) => i !== next.index) });
    if (f.fate === 'lost') {
      events.push({
        t: w.now,
        step: w.step,
        kind: 'drop',
        key: 'link.drop',
        seg: f.seg,
        reason: f.lossReason ?? 'random loss',
      });
      return { state: rest, events };
    }
    events.push({ t: w.now, step: w.step, kind: 'arrive', key: 'link.arrive', seg: f.seg });
    const to: Side = f.seg.dir === 'c>s' ? 'server' : 'client';
    const header: SegmentHeader = {
      seq: f.seg.seq,
      ack: f.seg.ack,
      flags: f.seg.flags,
      win: f.seg.win,
      len: f.seg.len,
    };
    return {
      state: deliverToEndpoint(rest, to, { type: 'SEGMENT', seg: header, now: w.now }, events),
      events,
    };
  }
  events.push({
    t: w.now,
    step: w.step,
    kind: 'timer',
    key: TIMER_KEYS[next.timer].fire,
    side: next.side,
    timer: next.timer,
    action: 'fire',
    due: undefined,
  });
  const ev = { type: TIMER_EVENT[next.timer], now: w.now } as EndpointInput;
  return { state: deliverToEndpoint(w, next.side, ev, events), events };
}

/** Pure. Moves the clock forward without an event (a `wait` that ends between events). */
export function setTime(w: WorldState, t: number): WorldState {
  return t > w.now ? withWorld(w, { now: t }) : w;
}

/** Pure. Puts a crafted segment on the link (`inject`); it bypasses scripted and random faults. */
export function inject(w0: WorldState, header: SegmentHeader, dir: Direction): WorldStep {
  const w = withWorld(w0, { step: w0.step + 1 });
  const seg: Segment = {
    seq: header.seq,
    ack: header.ack,
    flags: header.flags,
    win: header.win,
    len: header.len,
    id: w.nextSegId,
    dir,
    sentAt: ms(w.now),
    cause: 'link.inject',
    retransmit: false,
    injected: true,
    duplicateOf: undefined,
  };
  const r = putOnLink(w, seg, w.nextSegId + 1);
  return { state: r.state, events: r.events };
}

/**
 * True when nothing is on the wire and nothing is about to be sent: no retransmission, zero-window
 * probe or delayed ACK pending at either end (`wait idle`). TIME_WAIT and other long timers may run.
 */
export function isIdle(w: WorldState): boolean {
  if (w.inFlight.length > 0) return false;
  for (const side of SIDES) {
    const t = timersOf(w.endpoints[side]);
    if (t.rexmt !== undefined || t.persist !== undefined || t.delack !== undefined) return false;
  }
  return true;
}
