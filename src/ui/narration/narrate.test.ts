import { describe, expect, it } from 'vitest';
import { transitionGraph } from '../../core/endpoint/transitionGraph';
import { relativeNumbering } from '../../core/output/relativeSeq';
import { findScenario, SCENARIOS } from '../../core/scenarios/scenarios';
import type { ProfileName } from '../../core/script/ast';
import { runScript } from '../../core/script/runScript';
import type { TraceEvent } from '../../core/world/trace';
import { isMessageKey } from '../i18n/messages';
import type { Narration } from './narrate';
import { narrate, narrationText } from './narrate';
import { UNKNOWN_KEY } from './narrationKey';

const OPEN =
  'iss client=1000 server=5000; server listen; client connect; wait until server ESTABLISHED within 1s';

/** Runs beyond the scenarios: resets, challenge ACKs, refused calls, timeouts, link faults, Linux rules. */
const EXTRA_SCRIPTS: readonly string[] = [
  'server listen; server connect; wait 1s',
  'server listen; server send 100; wait 1s',
  'server listen; server close; server send 10; server read; server shutdown; server close; server abort',
  'client connect; client connect; client read; client close',
  'timers syn_retries=1; link c>s loss=100%; client connect; wait 10s',
  'timers user_timeout=5s; link c>s loss=100%; client connect; wait 6s',
  'server listen; client connect; wait until server SYN_RCVD within 1s; server send 10; server close; server close; server send 5; wait 1s',
  'iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait until server SYN_RCVD within 1s; inject c>s RST seq=rcv.nxt; wait 100ms',
  'iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait 1200ms',
  'profile linux; iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait 1200ms',
  'iss client=1000 server=5000; drop next s>c SYN+ACK; client connect; server connect; wait until client SYN_RCVD within 1s; inject s>c RST seq=rcv.nxt; wait until client CLOSED within 1s',
  'timers syn_retries=1; link s>c loss=100%; server listen; client connect; wait until server LISTEN within 10s',
  `${OPEN}; inject c>s RST seq=rcv.nxt+100; wait idle; inject c>s RST seq=rcv.nxt+200; inject c>s RST seq=rcv.nxt; wait 1s`,
  `${OPEN}; inject c>s SYN seq=rcv.nxt+5; wait idle; inject c>s ACK ack=snd.nxt+500; wait 1s; inject c>s FIN+ACK seq=rcv.nxt+100000; wait 1s`,
  `${OPEN}; inject c>s RST seq=rcv.nxt+100000; inject c>s PSH seq=rcv.nxt len=10; wait 1s`,
  `option challenge_ack=off; ${OPEN}; inject c>s ACK ack=snd.nxt+500; wait 1s; inject c>s SYN seq=rcv.nxt+5; wait 1s`,
  `${OPEN}; dup next c>s; delay next s>c ACK 300ms; client send 100; wait 1s; mute server; server send 10; wait 100ms; unmute server; wait 5s`,
  `${OPEN}; link loss=20% jitter=10ms reorder=10%; client send 20000; wait 10s; client close; server close; wait 5s`,
  `${OPEN}; client close; server close; wait until client CLOSING within 1s; client abort; client close; client send 1; client shutdown; client read`,
  `${OPEN}; client close; wait until server CLOSE_WAIT within 1s; server close; server abort`,
  `${OPEN}; client close; wait 100ms; server close; wait until client TIME_WAIT within 1s; inject s>c RST seq=rcv.nxt; wait 1s`,
  `profile linux; ${OPEN}; client close; wait 100ms; server close; wait until client TIME_WAIT within 1s; inject s>c RST seq=rcv.nxt+5; wait 1s`,
  `option rfc1337=on; ${OPEN}; client close; wait 100ms; server close; wait until client TIME_WAIT within 1s; inject s>c RST seq=rcv.nxt; wait 1s`,
  `timers retries=2; ${OPEN}; link c>s loss=100%; client send 100; wait until client CLOSED within 30s`,
  `timers user_timeout=3s; ${OPEN}; link c>s loss=100%; client send 100; wait until client CLOSED within 10s`,
  `profile linux; ${OPEN}; client close; wait until client FIN_WAIT_2 within 1s; wait 61s`,
  `profile linux; ${OPEN}; client close; wait 10ms; server send 100; wait 200ms`,
  `profile linux; ${OPEN}; server send 100; wait 100ms; client shutdown; client close; wait 1s`,
  `profile linux; ${OPEN}; client send 3000; wait 1s; server read 100; wait 1s; server close; wait 1s`,
  `${OPEN}; server close; wait 200ms; client read; client shutdown; client read; wait 1s`,
  'server listen; client connect; client send 100; client close; wait 2s',
  'server listen; server abort; client connect; wait 100ms; client abort',
  'server listen; server shutdown; client connect; client shutdown; server listen; server abort',
  'server listen; inject c>s RST seq=0; inject c>s ACK ack=7; inject c>s FIN seq=0; wait 1s',
  'iss client=1000; client connect; inject s>c RST+ACK ack=5; inject s>c ACK ack=5; inject s>c RST; wait 70ms; client abort',
  'server listen; client connect; wait until server SYN_RCVD within 1s; server shutdown; wait 1s',
  'server listen; client connect; wait until server SYN_RCVD within 1s; server close; wait 1s',
  'iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait until server SYN_RCVD within 1s; inject c>s SYN seq=rcv.nxt+5; wait 100ms',
  'iss client=1000 server=5000; server listen; drop next s>c SYN+ACK; client connect; wait until server SYN_RCVD within 1s; inject c>s ACK ack=snd.nxt+100; wait 100ms',
  'iss client=1000 server=5000; server listen; drop next c>s ACK; client connect; wait 120ms; inject c>s PSH+ACK seq=1001 ack=5001 len=10; wait 100ms',
  `${OPEN}; client close; client send 1; client shutdown; client close; wait 1s`,
  `profile linux; ${OPEN}; client shutdown; client close; wait 1s`,
  `${OPEN}; client close; wait until server CLOSE_WAIT within 1s; server close; inject c>s ACK ack=snd.nxt-1; wait 1s`,
  `${OPEN}; drop next s>c ACK; client close; server close; wait until client CLOSING within 1s; inject s>c ACK ack=snd.nxt-1; wait 1s`,
  `${OPEN}; client close; wait 100ms; server close; wait until client TIME_WAIT within 1s; inject s>c ACK; wait 1s`,
];

type Run = { name: string; trace: readonly TraceEvent[] };

function run(name: string, script: string, profile?: ProfileName): Run {
  const r = runScript(script, profile ? { overrides: { profile } } : {});
  if (!r.sim) throw new Error(`${name} did not parse: ${JSON.stringify(r.failures)}`);
  return { name, trace: r.sim.trace };
}

const RUNS: readonly Run[] = [
  ...SCENARIOS.flatMap((s) => [
    run(`${s.name} (rfc9293)`, s.script, 'rfc9293'),
    run(`${s.name} (linux)`, s.script, 'linux'),
  ]),
  ...EXTRA_SCRIPTS.map((s, i) => run(`extra #${i}: ${s}`, s)),
];

/** The trace cut into steps, with the index of each step's last event (for relative numbering). */
function steps(trace: readonly TraceEvent[]): { events: TraceEvent[]; last: number }[] {
  const out: { events: TraceEvent[]; last: number }[] = [];
  trace.forEach((e, i) => {
    const cur = out[out.length - 1];
    if (cur && cur.events[0]?.step === e.step) {
      cur.events.push(e);
      cur.last = i;
    } else out.push({ events: [e], last: i });
  });
  return out;
}

function narrateRun(r: Run, relative: boolean): Narration[][] {
  const numbering = relativeNumbering(r.trace);
  return steps(r.trace).map((s) => narrate(s.events, { relative, numbering: numbering(s.last) }));
}

function stepWith(name: string, key: string, profile?: ProfileName): TraceEvent[] {
  const scenario = findScenario(name);
  if (!scenario) throw new Error(name);
  const trace = run(name, scenario.script, profile).trace;
  const found = steps(trace).find((s) => s.events.some((e) => e.key === key));
  if (!found) throw new Error(`${name}: no ${key}`);
  return found.events;
}

describe('narrate() over every scenario and more', () => {
  it('says something, with no gap and no raw key, for every step of every run', () => {
    const bad: string[] = [];
    for (const r of RUNS) {
      for (const relative of [true, false]) {
        narrateRun(r, relative).forEach((ns, i) => {
          if (ns.length === 0) bad.push(`${r.name} step ${i}: nothing said`);
          if (ns.length > 3) bad.push(`${r.name} step ${i}: ${ns.length} sentences`);
          for (const n of ns) {
            const text = narrationText(n);
            if (n.key === UNKNOWN_KEY) bad.push(`${r.name}: unknown trace key ${String(n.params.key)}`);
            if (text.includes('{') || text === n.key || text.includes('narr.'))
              bad.push(`${r.name} step ${i}: ${text}`);
          }
        });
      }
    }
    expect(bad).toEqual([]);
  });

  it('narrates every rule of the statechart in some run', () => {
    const seen = new Set(RUNS.flatMap((r) => r.trace.map((e) => e.key)));
    const rules = [...new Set(transitionGraph().map((e) => e.key))];
    expect(rules.filter((k) => !seen.has(k))).toEqual([]);
  });

  it('has a message for every send cause those runs produce', () => {
    const causes = new Set(
      RUNS.flatMap((r) => r.trace.flatMap((e) => (e.kind === 'send' ? [e.seg.cause] : []))),
    );
    expect(causes.size).toBeGreaterThan(12);
    expect([...causes].filter((c) => !isMessageKey(`narr.${c}`))).toEqual([]);
  });

  it('always tells a lost segment and a signal to the application', () => {
    for (const r of RUNS) {
      for (const s of steps(r.trace)) {
        const told = narrate(s.events).map((n) => n.key);
        for (const e of s.events) {
          if (e.kind === 'drop')
            expect(
              told.some((k) => k.startsWith('narr.link.drop')),
              r.name,
            ).toBe(true);
          if (e.kind === 'signal') expect(told, r.name).toContain(`narr.${e.key}`);
        }
      }
    }
  });

  it('does not change the events it is given', () => {
    const events = Object.freeze(stepWith('handshake', 'listen.rcvSyn').map((e) => Object.freeze(e)));
    expect(() => narrate(events)).not.toThrow();
  });
});

describe('narrate() picks the telling sentence', () => {
  it('LISTEN + SYN → SYN_RCVD: the state change, with its RFC section, not the SYN,ACK it sends', () => {
    const ns = narrate(stepWith('handshake', 'listen.rcvSyn'));
    expect(ns.map((n) => n.key)).toEqual(['narr.listen.rcvSyn']);
    expect(ns[0]?.rfc).toBe('§3.10.7.2');
    expect(narrationText(ns[0] as Narration)).toMatch(/^The server receives the SYN .*SYN_RCVD/);
  });

  it('shows seq and ack relative to the ISS when given a numbering, absolute otherwise', () => {
    const scenario = findScenario('handshake');
    const trace = run('handshake', scenario?.script ?? '').trace;
    const i = trace.findIndex((e) => e.key === 'synRcvd.rcvAck');
    const step = steps(trace).find((s) => s.events.includes(trace[i] as TraceEvent));
    const numbering = relativeNumbering(trace)(i);
    expect(narrate(step?.events ?? [], { numbering })[0]?.params.ack).toBe(1);
    expect(narrate(step?.events ?? [], { numbering, relative: false })[0]?.params.ack).toBe(5001);
  });

  it('accepts the numbering as a callback too', () => {
    const events = stepWith('handshake', 'synRcvd.rcvAck');
    const ns = narrate(events, { relative: (_dir, seq, ack) => ({ seq: seq - 1000, ack: ack - 5000 }) });
    expect(ns[0]?.params.ack).toBe(1);
  });

  it("gives the params that are words in the reader's language, so t(key, params) reads as narrationText", () => {
    const trace = run('words', 'link c>s loss=100%; client connect; wait 10ms').trace;
    const ns = steps(trace).flatMap((s) => narrate(s.events));
    expect(ns.map((n) => narrationText(n))).toContain(
      'The client→server link now has latency=50ms jitter=0ms loss=100% dup=0% reorder=0%.',
    );
    const drop = steps(trace).find((s) => s.events.some((e) => e.kind === 'drop'));
    expect(narrationText(narrate(drop?.events ?? [])[0] as Narration)).toContain(': random loss.');
  });

  it('ESTABLISHED + FIN → CLOSE_WAIT bears on the CLOSE_WAIT misconception, and tells the signal too', () => {
    const ns = narrate(stepWith('normal-close', 'established.rcvFin'));
    expect(ns.map((n) => n.key)).toEqual(['narr.established.rcvFin', 'narr.signal.connection_closing']);
    expect(ns[0]?.misconception).toBe('closeWaitEntry');
  });

  it('FIN_WAIT_1 + FIN acknowledging our FIN → TIME_WAIT bears on finAckNotEnough', () => {
    const ns = narrate(stepWith('fin-acks-fin', 'finWait1.rcvFinAckOfFin'));
    expect(ns[0]?.key).toBe('narr.finWait1.rcvFinAckOfFin');
    expect(ns[0]?.misconception).toBe('finAckNotEnough');
    expect(ns[0]?.rfc).toBe('§3.10.7.4, Figure 5 note 2');
  });

  it('FIN_WAIT_2 + FIN → TIME_WAIT names the TIME_WAIT owner; its timeout explains 2×MSL', () => {
    expect(narrate(stepWith('server-closes-first', 'finWait2.rcvFin'))[0]?.misconception).toBe(
      'timeWaitOwner',
    );
    expect(narrate(stepWith('normal-close', 'timeWait.timeout'))[0]?.misconception).toBe('why2Msl');
    expect(narrate(stepWith('lost-final-ack', 'timeWait.rcvFin'))[0]?.misconception).toBe('why2Msl');
  });

  it('the Linux close: the delayed ACK of the FIN, then the FIN that carries it (three segments)', () => {
    const fin = narrate(stepWith('close-three-segments-linux', 'established.rcvFin'));
    expect(fin[0]?.key).toBe('narr.established.rcvFin.delayed');
    const close = narrate(stepWith('close-three-segments-linux', 'closeWait.close'));
    expect(close[0]?.key).toBe('narr.closeWait.close.withAck');
    expect(close[0]?.misconception).toBe('threeSegmentClose');
    expect(narrate(stepWith('close-four-segments-rfc', 'closeWait.close'))[0]?.key).toBe(
      'narr.closeWait.close',
    );
  });

  it('RST in SYN_RCVD after a passive open → LISTEN bears on synRcvdListen', () => {
    const trace = run('rst', EXTRA_SCRIPTS[7] as string).trace;
    const step = steps(trace).find((s) => s.events.some((e) => e.key === 'synRcvd.rstPassive'));
    const ns = narrate(step?.events ?? []);
    expect(ns[0]?.key).toBe('narr.synRcvd.rstPassive');
    expect(ns[0]?.misconception).toBe('synRcvdListen');
  });

  it('a lost segment: the drop alone, with its reason in words', () => {
    const ns = narrate(stepWith('lost-syn', 'link.drop'));
    expect(ns.map((n) => n.key)).toEqual(['narr.link.drop']);
    expect(narrationText(ns[0] as Narration)).toContain('scripted drop');
    expect(narrate(stepWith('lost-final-ack', 'link.drop'))[0]?.key).toBe('narr.link.drop.noRetransmit');
  });

  it('a timer that fires is told through the rule it triggers', () => {
    const ns = narrate(stepWith('lost-syn', 'timer.rexmt.fire'));
    expect(ns.map((n) => n.key)).toEqual(['narr.synSent.retransmit']);
    expect(ns[0]?.rfc).toBe('RFC 6298 §5.4');
  });

  it('zero window: the ACK that closes the window, then the probe the receiver cannot accept', () => {
    expect(narrate(stepWith('zero-window', 'timer.persist.set'))[0]?.key).toBe(
      'narr.established.rcvSegment.zeroWindow',
    );
    expect(narrate(stepWith('zero-window', 'sync.unacceptable'))[0]?.key).toBe(
      'narr.sync.unacceptable.zeroWindow',
    );
  });

  it('an ACK at the right edge of the window: unacceptable under rfc9293, and the narration says why', () => {
    const ns = narrate(stepWith('ack-at-right-edge', 'sync.unacceptable'));
    expect(ns[0]?.key).toBe('narr.sync.unacceptable.rightEdge');
    expect(narrationText(ns[0] as Narration)).toContain('RCV.NXT + RCV.WND');
  });

  it('returns nothing for an empty step', () => {
    expect(narrate([])).toEqual([]);
  });
});
