import { describe, expect, it } from 'vitest';
import type { TcpState } from '../../core/endpoint/tcpState';
import { relativeNumbering } from '../../core/output/relativeSeq';
import { findScenario } from '../../core/scenarios/scenarios';
import { runScript } from '../../core/script/runScript';
import type { Side } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';
import { narrate, narrationText } from './narrate';

type Told = { t: number; keys: string[]; text: string };

/**
 * Steps through a scenario as the app does: relative numbers, and each side's state known (the app
 * passes the world's), so the narration can tell TIME_WAIT from the other states.
 */
function tell(name: string): Told[] {
  const trace = runScript(findScenario(name)?.script ?? '').sim?.trace ?? [];
  const numbering = relativeNumbering(trace);
  const state: Record<Side, TcpState> = { client: 'CLOSED', server: 'CLOSED' };
  const out: Told[] = [];
  let step: TraceEvent[] = [];
  const flush = (last: number) => {
    for (const e of step) if (e.kind === 'state') state[e.side] = e.to;
    const ns = narrate(step, { numbering: numbering(last), stateOf: (side) => state[side] });
    out.push({
      t: step[0]?.t ?? 0,
      keys: ns.map((n) => n.key),
      text: ns.map((n) => narrationText(n)).join(' '),
    });
    step = [];
  };
  trace.forEach((e, i) => {
    if (step.length > 0 && step[0]?.step !== e.step) flush(i - 1);
    step.push(e);
  });
  if (step.length > 0) flush(trace.length - 1);
  return out;
}

const withKey = (told: Told[], key: string) => told.filter((s) => s.keys.includes(key));

describe('the narration of issue #4’s scenarios', () => {
  it('old-duplicate: the stray data is an old duplicate met in TIME_WAIT, and 2×MSL is why', () => {
    const told = tell('old-duplicate');
    const [late] = withKey(told, 'narr.sync.unacceptable.oldDuplicate.timeWait');
    expect(late?.t).toBe(30_200);
    expect(late?.text).toContain('TIME_WAIT');
    expect(late?.text).toContain('2×MSL');
    expect(late?.text).toContain('new data');
    expect(withKey(told, 'narr.closed.rcvSegment.noSyn')[0]?.text).toContain('no longer has a connection');
    expect(told.some((s) => s.text.includes('refuses a SYN'))).toBe(false);
  });

  it('an old duplicate outside TIME_WAIT is told as one, without the TIME_WAIT lesson', () => {
    const r = runScript(
      'iss client=1000 server=5000; server listen; client connect; wait until server ESTABLISHED within 1s; ' +
        'delay next s>c PSH+ACK 3s; server send 100; wait 5s',
    );
    const trace = r.sim?.trace ?? [];
    const i = trace.findIndex((e) => e.kind === 'rule' && e.key === 'sync.unacceptable');
    const step = trace.filter((e) => e.step === trace[i]?.step);
    const ns = narrate(step, { stateOf: () => 'ESTABLISHED' });
    expect(ns.map((n) => n.key)).toEqual(['narr.sync.unacceptable.oldDuplicate']);
  });

  it('lossy-transfer: lost data and its retransmission are told as data, with their length', () => {
    const told = tell('lossy-transfer');
    expect(withKey(told, 'narr.link.drop.data')[0]?.text).toMatch(
      /data segment #\d+ \(1460 bytes at seq \d+\)/,
    );
    expect(withKey(told, 'narr.sync.retransmit.data')[0]?.text).toMatch(
      /its 1460 bytes at seq \d+ are acknowledged/,
    );
    expect(told.some((s) => / ACK segment #\d+ \(seq/.test(s.text))).toBe(false);
  });

  it('seq-wrap: each side’s segment across 2^32 is told in absolute numbers', () => {
    const told = withKey(tell('seq-wrap'), 'narr.seq.wrap');
    expect(told.map((s) => s.text.match(/covers seq (\d+) to (\d+)/)?.slice(1))).toEqual([
      ['4294966297', '460'],
      ['4294967001', '1164'],
    ]);
  });

  it('challenge-ack: the forged RST draws a challenge ACK, and the client sees only an ACK', () => {
    const told = tell('challenge-ack');
    expect(withKey(told, 'narr.sync.rstChallenge')).toHaveLength(1);
    expect(told.some((s) => s.keys.includes('narr.sync.rcvRst'))).toBe(false);
  });

  it('handshake-rst: the client resets the old SYN’s SYN,ACK and the server returns to LISTEN', () => {
    const keys = tell('handshake-rst').flatMap((s) => s.keys);
    expect(keys).toContain('narr.synSent.badAck');
    expect(keys).toContain('narr.synRcvd.rstPassive');
  });

  it('lost-third-ack: the server’s retransmitted SYN,ACK is what completes its handshake', () => {
    const keys = tell('lost-third-ack').flatMap((s) => s.keys);
    expect(keys).toContain('narr.link.drop.noRetransmit');
    expect(keys.indexOf('narr.sync.retransmit')).toBeLessThan(keys.indexOf('narr.synRcvd.rcvAck'));
  });

  it('fin-wait-2 and close-wait-leak: Linux’s tcp_fin_timeout is told, and nothing ends CLOSE_WAIT', () => {
    const keys = tell('close-wait-leak').flatMap((s) => s.keys);
    expect(keys).toContain('narr.finWait2.timeout');
    expect(keys.filter((k) => k.startsWith('narr.closeWait.'))).toEqual([]);
  });
});
