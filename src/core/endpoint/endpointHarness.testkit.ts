/**
 * Test kit: drives ONE endpoint statechart with crafted segments from an imaginary peer whose ISS is
 * 5000, ours being 1000. Not shipped; used by the endpoint's unit tests.
 */
import type { ProfileName } from '../script/ast';
import { applyTimers, profileConfig } from '../profiles';
import type { Flag, SegmentHeader } from '../segment';
import { flags } from '../segment';
import { seq } from '../seq';
import type { EndpointConfig } from './endpointConfig';
import type { Effect } from './endpointEffects';
import type { EndpointInput } from './endpointEvents';
import type { EndpointSnapshot } from './stepEndpoint';
import { initialEndpoint, stateOf, stepEndpoint } from './stepEndpoint';
import type { TcpState } from './tcpState';

export const OUR_ISS = 1000;
export const PEER_ISS = 5000;

/** A segment from the peer: `seg('SYN+ACK', 5000, 1001)`. */
export function seg(f: string, s: number, a = 0, len = 0, win = 65535): SegmentHeader {
  const names = f === '-' ? [] : (f.split('+') as Flag[]);
  return { seq: seq(s), ack: seq(a), flags: flags(...names), win, len };
}

const TIMER_OF = {
  RTO_TIMEOUT: 'rexmt',
  TIME_WAIT_TIMEOUT: 'timeWait',
  FIN_WAIT_2_TIMEOUT: 'finWait2',
  USER_TIMEOUT: 'user',
  DELACK_TIMEOUT: 'delack',
  PERSIST_TIMEOUT: 'persist',
} as const;

/** How to build the endpoint under test. */
export type EpOptions = {
  profile?: ProfileName;
  timers?: Parameters<typeof applyTimers>[1];
  /** Overrides of single settings (`{ challengeAck: false }`). */
  cfg?: Partial<EndpointConfig>;
  iss?: number;
  /** For SYN_RCVD: reach it by simultaneous open instead of from LISTEN. */
  activeSynRcvd?: boolean;
};

/** An endpoint under test: its snapshot and everything it has done so far. */
export class Ep {
  snap: EndpointSnapshot;
  effects: Effect[] = [];
  now = 0;
  constructor(opts: EpOptions = {}) {
    const cfg = { ...applyTimers(profileConfig(opts.profile ?? 'rfc9293'), opts.timers ?? {}), ...opts.cfg };
    this.snap = initialEndpoint({ cfg, iss: opts.iss ?? OUR_ISS });
  }
  get state(): TcpState {
    return stateOf(this.snap);
  }
  get tcb() {
    return this.snap.context.tcb;
  }
  /** Feeds an event; returns the effects of this one step. */
  on(ev: Omit<EndpointInput, 'now'> & { type: string }, at = this.now): Effect[] {
    this.now = at;
    const [next, effects] = stepEndpoint(this.snap, { ...ev, now: at } as EndpointInput);
    this.snap = next;
    this.effects.push(...effects);
    return effects;
  }
  read(bytes?: number): Effect[] {
    return this.on({ type: 'READ', bytes } as never);
  }
  call(type: 'PASSIVE_OPEN' | 'ACTIVE_OPEN' | 'CLOSE' | 'ABORT' | 'SHUTDOWN'): Effect[] {
    return this.on({ type });
  }
  send(bytes: number): Effect[] {
    return this.on({ type: 'SEND', bytes } as never);
  }
  rcv(s: SegmentHeader, at = this.now): Effect[] {
    return this.on({ type: 'SEGMENT', seg: s } as never, at);
  }
  fire(type: keyof typeof TIMER_OF, at?: number): Effect[] {
    const due = this.tcb.timers[TIMER_OF[type]];
    return this.on({ type }, at ?? due ?? this.now);
  }
}

/** The segments among some effects, printed `FLAGS seq ack len`. */
export function sent(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) =>
    e.kind === 'send'
      ? [
          `${['SYN', 'FIN', 'RST', 'PSH', 'ACK'].filter((f) => e.seg.flags[f as Flag]).join('+') || '-'} ${e.seg.seq} ${e.seg.ack} ${e.seg.len}`,
        ]
      : [],
  );
}

/** Signals and call errors among some effects. */
export function told(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) =>
    e.kind === 'signal' ? [e.signal] : e.kind === 'callResult' && e.error ? [`error: ${e.error}`] : [],
  );
}

/** Rule keys among some effects. */
export function rules(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) => (e.kind === 'rule' ? [e.key] : []));
}

/**
 * Brings a fresh endpoint into `target` by the shortest ordinary path. SYN_RCVD comes from a passive
 * open unless `activeSynRcvd` (simultaneous open).
 */
export function endpointIn(target: TcpState, opts: EpOptions = {}): Ep {
  const ep = new Ep(opts);
  const path: Record<TcpState, () => void> = {
    CLOSED: () => {},
    LISTEN: () => ep.call('PASSIVE_OPEN'),
    SYN_SENT: () => ep.call('ACTIVE_OPEN'),
    SYN_RCVD: () => {
      if (opts.activeSynRcvd) {
        ep.call('ACTIVE_OPEN');
        ep.rcv(seg('SYN', PEER_ISS), 10);
      } else {
        ep.call('PASSIVE_OPEN');
        ep.rcv(seg('SYN', PEER_ISS), 10);
      }
    },
    ESTABLISHED: () => {
      ep.call('ACTIVE_OPEN');
      ep.rcv(seg('SYN+ACK', PEER_ISS, OUR_ISS + 1), 100);
    },
    FIN_WAIT_1: () => {
      path.ESTABLISHED();
      ep.call('CLOSE');
    },
    FIN_WAIT_2: () => {
      path.FIN_WAIT_1();
      ep.rcv(seg('ACK', PEER_ISS + 1, OUR_ISS + 2), 200);
    },
    CLOSE_WAIT: () => {
      path.ESTABLISHED();
      ep.rcv(seg('FIN+ACK', PEER_ISS + 1, OUR_ISS + 1), 200);
    },
    LAST_ACK: () => {
      path.CLOSE_WAIT();
      ep.call('CLOSE');
    },
    CLOSING: () => {
      path.FIN_WAIT_1();
      ep.rcv(seg('FIN+ACK', PEER_ISS + 1, OUR_ISS + 1), 200);
    },
    TIME_WAIT: () => {
      path.FIN_WAIT_2();
      ep.rcv(seg('FIN+ACK', PEER_ISS + 1, OUR_ISS + 2), 300);
    },
  };
  path[target]();
  if (ep.state !== target) throw new Error(`test kit could not reach ${target}; reached ${ep.state}`);
  ep.effects = [];
  return ep;
}
