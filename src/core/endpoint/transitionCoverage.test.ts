import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/scenarios';
import { runScript } from '../script/runScript';
import type { Ep, EpOptions } from './endpointHarness.testkit';
import { endpointIn, rules, seg } from './endpointHarness.testkit';
import type { Effect } from './endpointEffects';
import { SYNCHRONIZED_STATES } from './tcpState';
import { stateChangingTransitions } from './transitionGraph';

const OPEN =
  'iss client=1000 server=5000; server listen; client connect; wait until server ESTABLISHED within 1s';

/**
 * Scripts that, with the scenario library, take every state-changing transition of the statechart at
 * least once. Each must run without failures.
 */
const COVERAGE_SCRIPTS: readonly string[] = [
  'server listen; server connect; wait 1s',
  'server listen; server send 100; wait 1s',
  'server listen; server close',
  'server listen; server abort',
  'client connect; client close',
  'client connect; client abort',
  'timers syn_retries=1; link c>s loss=100%; client connect; wait 10s; expect client CLOSED',
  'timers user_timeout=5s; link c>s loss=100%; client connect; wait 6s; expect client CLOSED',
  'server listen; client connect; wait until server SYN_RCVD within 1s; server close; wait 1s',
  'iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait until server SYN_RCVD within 1s; inject c>s RST seq=rcv.nxt; wait 100ms; expect server LISTEN',
  'iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait until server SYN_RCVD within 1s; inject c>s SYN seq=rcv.nxt+5; wait 100ms; expect server LISTEN',
  'iss client=1000 server=5000; drop next s>c SYN+ACK; client connect; server connect; wait until client SYN_RCVD within 1s; inject s>c RST seq=rcv.nxt; wait until client CLOSED within 1s',
  'timers syn_retries=1; link s>c loss=100%; server listen; client connect; wait until server LISTEN within 10s',
  `profile linux; ${OPEN}; client close; wait until client FIN_WAIT_2 within 1s; wait 61s; expect client CLOSED`,
  `${OPEN}; client close; server close; wait until client CLOSING within 1s; client abort; expect client CLOSED`,
  `${OPEN}; client close; wait until server CLOSE_WAIT within 1s; server close; server abort; expect server CLOSED`,
  `${OPEN}; client close; wait 100ms; server close; wait until client TIME_WAIT within 1s; client abort`,
  `${OPEN}; link c>s loss=100%; client close; server close; wait until client CLOSING within 1s; inject s>c RST seq=rcv.nxt; wait until client CLOSED within 1s`,
  `${OPEN}; link s>c loss=100%; client close; wait until server CLOSE_WAIT within 1s; server close; inject c>s RST seq=rcv.nxt; wait until server CLOSED within 1s`,
  `${OPEN}; client close; wait 100ms; server close; wait until client TIME_WAIT within 1s; inject s>c RST seq=rcv.nxt; wait until client CLOSED within 1s`,
  `${OPEN}; inject s>c RST seq=rcv.nxt; wait until client CLOSED within 1s`,
  `timers retries=2; ${OPEN}; link c>s loss=100%; client send 100; wait until client CLOSED within 30s`,
  `timers user_timeout=3s; ${OPEN}; link c>s loss=100%; client send 100; wait until client CLOSED within 10s`,
  // Socket calls (issue 5): shutdown, and Linux's close() that releases the socket.
  'server listen; server shutdown; expect server CLOSED',
  'client connect; client shutdown; expect client CLOSED',
  'server listen; client connect; wait until server SYN_RCVD within 1s; server shutdown; wait 1s',
  `${OPEN}; client shutdown; expect client FIN_WAIT_1; wait 1s`,
  `${OPEN}; server close; wait 200ms; client shutdown; expect client LAST_ACK`,
  `profile linux; ${OPEN}; client send 100; wait 200ms; server close; expect server CLOSED; expect last s>c RST+ACK`,
  `profile linux; ${OPEN}; server send 100; wait 100ms; link c>s loss=100%; client shutdown; client close; expect client CLOSED`,
  `profile linux; ${OPEN}; client close; wait 10ms; server send 100; wait 200ms; expect client CLOSED; expect last c>s RST`,
  `profile linux; ${OPEN}; client close; wait 200ms; expect client FIN_WAIT_2; server send 100; wait 200ms; expect client CLOSED`,
  `profile linux; ${OPEN}; client shutdown; wait 200ms; server send 100; wait 200ms; client close; expect client CLOSED`,
  `profile linux; ${OPEN}; server send 100; server close; wait 200ms; client close; expect client CLOSED`,
  `profile linux; ${OPEN}; server send 100; wait 100ms; client shutdown; server shutdown; wait until client CLOSING within 1s; client close; expect client CLOSED`,
  `profile linux; ${OPEN}; server send 100; server shutdown; wait 100ms; link c>s loss=100%; client shutdown; client close; expect client CLOSED`,
];

type Taken = { from: string; to: string; key: string };

function takenByScripts(): Taken[] {
  const taken: Taken[] = [];
  for (const script of [...SCENARIOS.map((s) => s.script), ...COVERAGE_SCRIPTS]) {
    const r = runScript(script);
    if (!r.ok) throw new Error(`coverage script failed: ${script}\n${JSON.stringify(r.failures)}`);
    for (const e of r.sim?.trace ?? [])
      if (e.kind === 'state') taken.push({ from: e.from, to: e.to, key: e.key });
  }
  return taken;
}

/**
 * The transitions every synchronized state shares, driven from each of those states in turn: ABORT, an
 * exact RST, an in-window SYN with RFC 5961 off (§3.10.7.4 fourth check), the last retransmission timeout
 * (retries=0) and the user timeout, each with something unacknowledged outstanding where one is needed.
 */
type Drive = {
  readonly opts: EpOptions;
  /** Puts something unacknowledged on the link where the state allows it (its effects are not counted). */
  readonly prepare?: (ep: Ep) => void;
  readonly act: (ep: Ep) => Effect[];
};

/** Fires a timer only if it is running: a timer that is not set never expires. */
const fireIfSet = (ep: Ep, type: 'RTO_TIMEOUT' | 'USER_TIMEOUT', timer: 'rexmt' | 'user'): Effect[] =>
  ep.tcb.timers[timer] === undefined ? [] : ep.fire(type);

const sendIfOpen = (ep: Ep): void => {
  if (ep.state === 'CLOSE_WAIT') ep.send(100);
};

const SHARED_DRIVES: readonly Drive[] = [
  { opts: {}, act: (ep) => ep.call('ABORT') },
  { opts: {}, act: (ep) => ep.rcv(seg('RST', ep.tcb.rcvNxt)) },
  { opts: { cfg: { challengeAck: false } }, act: (ep) => ep.rcv(seg('SYN', ep.tcb.rcvNxt + 1)) },
  {
    opts: { timers: { retries: 0 } },
    prepare: sendIfOpen,
    act: (ep) => fireIfSet(ep, 'RTO_TIMEOUT', 'rexmt'),
  },
  {
    opts: { timers: { user_timeout: 1000 } },
    prepare: sendIfOpen,
    act: (ep) => fireIfSet(ep, 'USER_TIMEOUT', 'user'),
  },
];

function takenByUnitDrives(): Taken[] {
  const taken: Taken[] = [];
  for (const from of SYNCHRONIZED_STATES)
    for (const activeSynRcvd of from === 'SYN_RCVD' ? [false, true] : [false])
      for (const d of SHARED_DRIVES) {
        const ep = endpointIn(from, { ...d.opts, activeSynRcvd });
        d.prepare?.(ep);
        const keys = rules(d.act(ep));
        if (ep.state !== from) for (const key of keys) taken.push({ from, to: ep.state, key });
      }
  return taken;
}

/**
 * Shared transitions that cannot happen in a state, and why: in FIN_WAIT_2 and TIME_WAIT our FIN has been
 * acknowledged, so nothing is outstanding and neither a retransmission timeout nor the user timeout
 * (§3.10.8: "unacknowledged data") can fire there.
 */
const UNREACHABLE = new Set([
  'FIN_WAIT_2 sync.giveUp',
  'TIME_WAIT sync.giveUp',
  'FIN_WAIT_2 userTimeout',
  'TIME_WAIT userTimeout',
]);

describe('coverage of the transition graph (derived from the statechart)', () => {
  const taken = [...takenByScripts(), ...takenByUnitDrives()];
  const has = (t: Taken) => taken.some((x) => x.from === t.from && x.to === t.to && x.key === t.key);

  it('every transition declared on a single state is taken by at least one test run', () => {
    const missing = stateChangingTransitions()
      .filter((e) => !e.shared)
      .filter((e) => !has(e))
      .map((e) => `${e.from} → ${e.to} on ${e.event} [${e.key}] "${e.label}"`);
    expect(missing).toEqual([]);
  });

  it('every transition shared by the synchronized states is taken from each of them where it can happen', () => {
    const missing = stateChangingTransitions()
      .filter((e) => e.shared && !UNREACHABLE.has(`${e.from} ${e.key}`))
      .filter((e) => !has(e))
      .map((e) => `${e.from} → ${e.to} on ${e.event} [${e.key}]`);
    expect(missing).toEqual([]);
  });

  it('the shared transitions listed as unreachable are neither taken nor missing from the graph', () => {
    const shared = stateChangingTransitions().filter((e) => e.shared);
    for (const pair of UNREACHABLE) {
      expect(shared.some((e) => `${e.from} ${e.key}` === pair)).toBe(true);
      expect(taken.some((t) => `${t.from} ${t.key}` === pair)).toBe(false);
    }
  });

  it('no run takes a transition the statechart does not declare', () => {
    const declared = stateChangingTransitions();
    const undeclared = taken.filter(
      (t) => !declared.some((e) => e.from === t.from && e.to === t.to && e.key === t.key),
    );
    expect(undeclared).toEqual([]);
  });
});
