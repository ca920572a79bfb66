import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/scenarios';
import { runScript } from '../script/runScript';
import { endpointIn, PEER_ISS, rules, seg } from './endpointHarness.testkit';
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

/** The one transition no script reaches without RFC 5961 turned off: an in-window SYN resets. */
function takenByUnitDrives(): Taken[] {
  const ep = endpointIn('ESTABLISHED', { cfg: { challengeAck: false } });
  const keys = rules(ep.rcv(seg('SYN', PEER_ISS + 10)));
  return keys.includes('sync.synReset') ? [{ from: 'ESTABLISHED', to: ep.state, key: 'sync.synReset' }] : [];
}

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

  it('every transition shared by the synchronized states is taken from at least one of them', () => {
    const sharedKeys = [
      ...new Set(
        stateChangingTransitions()
          .filter((e) => e.shared)
          .map((e) => e.key),
      ),
    ];
    expect(sharedKeys.filter((k) => !taken.some((t) => t.key === k))).toEqual([]);
  });

  it('no run takes a transition the statechart does not declare', () => {
    const declared = stateChangingTransitions();
    const undeclared = taken.filter(
      (t) => !declared.some((e) => e.from === t.from && e.to === t.to && e.key === t.key),
    );
    expect(undeclared).toEqual([]);
  });
});
