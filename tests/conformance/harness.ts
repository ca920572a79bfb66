/**
 * Shared harness of the conformance corpus: runs a script in the script language and reads back what
 * each endpoint put on the wire, the states it went through and what it told its user, so that a test
 * can compare them with the exact segments and states an RFC prescribes.
 *
 * Every scenario fixes the initial sequence numbers with `iss client=1000 server=5000`, so the numbers
 * in the tests can be read against the RFC text directly (ISS, ISS+1, IRS+1 ...).
 */
import { expect } from 'vitest';
import type { Tcb } from '../../src/core/endpoint/tcb';
import type { TcpState } from '../../src/core/endpoint/tcpState';
import type { RunResult } from '../../src/core/script/runScript';
import { runScript, stateOf } from '../../src/core/script/runScript';
import type { Direction, Segment, Side } from '../../src/core/segment';
import { formatFlags } from '../../src/core/segment';
import type { Simulation } from '../../src/core/world/simulation';
import type { TraceEvent } from '../../src/core/world/trace';

/** Client ISS used by every scenario. */
export const C_ISS = 1000;
/** Server ISS used by every scenario. */
export const S_ISS = 5000;

/** Prefix of every scenario: fixed ISS on both sides. */
export const ISS = `iss client=${C_ISS} server=${S_ISS}`;

/** A segment as one endpoint put it on the link, in the shape tests compare with `toMatchObject`. */
export type Sent = {
  /** Virtual time it was handed to the link, in ms. */
  readonly t: number;
  /** The world step that produced it. */
  readonly step: number;
  readonly id: number;
  readonly dir: Direction;
  /** Flags as the engine prints them: `SYN+ACK`, `RST+ACK`, `FIN+ACK`, `PSH+ACK`, `-`. */
  readonly flags: string;
  readonly seq: number;
  readonly ack: number;
  readonly len: number;
  readonly win: number;
  readonly retransmit: boolean;
  readonly injected: boolean;
  readonly cause: string;
};

function sentOf(e: { t: number; step: number; seg: Segment }): Sent {
  const s = e.seg;
  return {
    t: e.t,
    step: e.step,
    id: s.id,
    dir: s.dir,
    flags: formatFlags(s.flags),
    seq: s.seq,
    ack: s.ack,
    len: s.len,
    win: s.win,
    retransmit: s.retransmit,
    injected: s.injected,
    cause: s.cause,
  };
}

type Of<K extends TraceEvent['kind']> = Extract<TraceEvent, { kind: K }>;

/** A finished run and readers over its trace. */
export class Run {
  constructor(readonly result: RunResult) {}

  /** The recorded simulation (the script always parses in this corpus). */
  get sim(): Simulation {
    const sim = this.result.sim;
    if (!sim) throw new Error('the script did not parse');
    return sim;
  }

  /** Every trace event. */
  get trace(): readonly TraceEvent[] {
    return this.sim.trace;
  }

  private events<K extends TraceEvent['kind']>(kind: K): Of<K>[] {
    return this.trace.filter((e): e is Of<K> => e.kind === kind);
  }

  /** Segments the endpoints sent (injected ones left out), optionally in one direction only. */
  sent(dir?: Direction): Sent[] {
    return this.events('send')
      .filter((e) => !e.seg.injected && (dir === undefined || e.seg.dir === dir))
      .map(sentOf);
  }

  /** Segments sent in `dir` at virtual times `from` <= t <= `to`. */
  sentBetween(dir: Direction, from: number, to: number): Sent[] {
    return this.sent(dir).filter((s) => s.t >= from && s.t <= to);
  }

  /**
   * What the receiving endpoint sent while it processed the `n`-th injected segment to arrive (0-based;
   * negative counts from the last): the segments of the same world step.
   */
  repliesTo(n = -1): Sent[] {
    const arrivals = this.events('arrive').filter((e) => e.seg.injected);
    const arrival = arrivals.at(n);
    if (!arrival) throw new Error(`no injected segment #${n} arrived (arrivals: ${arrivals.length})`);
    return this.events('send')
      .filter((e) => e.step === arrival.step && !e.seg.injected)
      .map(sentOf);
  }

  /** The RFC state `side` is in at the end of the run. */
  state(side: Side): TcpState {
    return stateOf(this.sim.current.endpoints[side]);
  }

  /** The state `side` was in after everything that happened at or before virtual time `t`. */
  stateAt(side: Side, t: number): TcpState {
    let state: TcpState = 'CLOSED';
    for (const e of this.events('state')) if (e.side === side && e.t <= t) state = e.to;
    return state;
  }

  /** State changes of `side`, in order. */
  transitions(side: Side): { t: number; from: TcpState; to: TcpState; key: string }[] {
    return this.events('state')
      .filter((e) => e.side === side)
      .map((e) => ({ t: e.t, from: e.from, to: e.to, key: e.key }));
  }

  /** The states `side` went through, starting with CLOSED. */
  path(side: Side): TcpState[] {
    return ['CLOSED', ...this.transitions(side).map((e) => e.to)];
  }

  /** Signals `side` gave its user (RFC 9293 §3.10 "signal the user"). */
  signals(side: Side): string[] {
    return this.events('signal')
      .filter((e) => e.side === side)
      .map((e) => e.signal);
  }

  /** Signals with their times. */
  timedSignals(side: Side): { t: number; signal: string }[] {
    return this.events('signal')
      .filter((e) => e.side === side)
      .map((e) => ({ t: e.t, signal: e.signal }));
  }

  /** Answers to user calls on `side`: `{ call, error }`, error undefined for "ok". */
  calls(side: Side): { t: number; call: string; error: string | undefined }[] {
    return this.events('call')
      .filter((e) => e.side === side)
      .map((e) => ({ t: e.t, call: e.call, error: e.error }));
  }

  /** The answer to the last user call on `side`. */
  lastCall(side: Side): { t: number; call: string; error: string | undefined } {
    const c = this.calls(side).at(-1);
    if (!c) throw new Error(`no call was made on the ${side}`);
    return c;
  }

  /** Octets delivered to `side`'s user. */
  /** Octets that reached `side`'s receive queue in order (read or not). */
  delivered(side: Side): number {
    return this.events('deliver')
      .filter((e) => e.side === side)
      .reduce((n, e) => n + e.bytes, 0);
  }

  /** Timer events of `side` for one timer. */
  timer(side: Side, timer: Of<'timer'>['timer']): { t: number; action: string; due: number | undefined }[] {
    return this.events('timer')
      .filter((e) => e.side === side && e.timer === timer)
      .map((e) => ({ t: e.t, action: e.action, due: e.due }));
  }

  /** The TCB of `side` at the end of the run. */
  tcb(side: Side): Tcb {
    return this.sim.current.endpoints[side].context.tcb;
  }

  /** Virtual time at the end of the run. */
  get now(): number {
    return this.sim.current.now;
  }
}

/**
 * Runs `lines` (joined with newlines) and fails the test if the script itself fails (a parse error, a
 * `wait until` that never happened, an `expect` line). Does not settle unless asked: the world stops at
 * the last command, so a test sees exactly the time span it scripted.
 */
export function run(lines: readonly string[] | string, settle = false): Run {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  const result = runScript(text, { settle });
  expect(result.failures, `script failed:\n${text}`).toEqual([]);
  return new Run(result);
}

/** A handshake between a listening server and a connecting client, settled at t = 1 s. */
export const ESTABLISH = [ISS, 'server listen', 'client connect', 'wait 1s'];

/**
 * Scripts that leave one endpoint in each RFC 9293 state, for the per-state tables of §3.10. Each is
 * written so that nothing else happens to that endpoint at the moment the script ends.
 */
export const REACH: Readonly<Record<TcpState, { readonly side: Side; readonly script: readonly string[] }>> =
  {
    CLOSED: { side: 'client', script: [ISS] },
    LISTEN: { side: 'server', script: [ISS, 'server listen'] },
    // The SYN is lost, so the client waits in SYN-SENT (its first retransmission is due at 1 s).
    SYN_SENT: { side: 'client', script: [ISS, 'link c>s loss=100%', 'client connect'] },
    // The SYN arrives at 50 ms and the SYN,ACK leaves; the handshake ACK only arrives at 150 ms.
    SYN_RCVD: { side: 'server', script: [ISS, 'server listen', 'client connect', 'wait 60ms'] },
    ESTABLISHED: { side: 'client', script: ESTABLISH },
    // The FIN is lost, so the client stays in FIN-WAIT-1.
    FIN_WAIT_1: { side: 'client', script: [...ESTABLISH, 'link c>s loss=100%', 'client close'] },
    FIN_WAIT_2: { side: 'client', script: [...ESTABLISH, 'client close', 'wait 1s'] },
    CLOSE_WAIT: { side: 'server', script: [...ESTABLISH, 'client close', 'wait 1s'] },
    // Both FINs cross; each side is in CLOSING from 1050 ms until the other's ACK arrives at 1100 ms.
    CLOSING: { side: 'client', script: [...ESTABLISH, 'client close', 'server close', 'wait 60ms'] },
    LAST_ACK: {
      side: 'server',
      script: [...ESTABLISH, 'client close', 'wait 1s', 'server close', 'wait 10ms'],
    },
    TIME_WAIT: {
      side: 'client',
      script: [...ESTABLISH, 'client close', 'wait 1s', 'server close', 'wait 1s'],
    },
  };

/** The direction in which `side` sends. */
export function from(side: Side): Direction {
  return side === 'client' ? 'c>s' : 's>c';
}
