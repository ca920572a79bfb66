import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import type { ProfileName } from '../script/ast';
import { stateOf } from '../endpoint/stepEndpoint';
import type { EndStates } from './scenarios';
import { findScenario, SCENARIO_GROUPS, SCENARIOS } from './scenarios';

/**
 * Issue #4's numbered list of scenarios the library must have, item → the scenario(s) that teach it. A
 * name here that is not in the library fails the test below, and so does an item left out.
 */
const ISSUE_4_ITEMS: Readonly<Record<number, readonly string[]>> = {
  1: ['handshake'],
  2: ['normal-close'],
  3: ['server-closes-first'],
  4: ['simultaneous-open'],
  5: ['simultaneous-close'],
  6: ['fin-acks-fin'],
  7: ['lost-syn'],
  8: ['lost-syn-ack'],
  9: ['lost-third-ack'],
  10: ['lost-final-ack'],
  11: ['old-duplicate'],
  12: ['half-close'],
  13: ['close-wait-leak'],
  14: ['fin-wait-2'],
  15: ['connection-refused'],
  16: ['abort'],
  17: ['handshake-rst'],
  18: ['challenge-ack'],
  19: ['lossy-transfer'],
  20: ['seq-wrap'],
};

function endOf(script: string, profile?: ProfileName): EndStates | undefined {
  const w = runScript(script, profile ? { overrides: { profile } } : {}).sim?.current;
  return w && { client: stateOf(w.endpoints.client), server: stateOf(w.endpoints.server) };
}

describe('scenario library', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s runs and every expect in it holds', (_, s) => {
    const r = runScript(s.script);
    expect(r.failures).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s ends, once the run has settled, in the end states it declares',
    (_, s) => {
      expect(endOf(s.script)).toEqual(s.end);
    },
  );

  it.each(SCENARIOS.filter((s) => s.endUnder).map((s) => [s.name, s] as const))(
    '%s ends as it declares under the other profile too',
    (_, s) => {
      expect(s.script).not.toMatch(/^\s*profile\s/m);
      for (const [profile, end] of Object.entries(s.endUnder ?? {})) {
        const r = runScript(s.script, { overrides: { profile: profile as ProfileName } });
        expect(r.failures, profile).toEqual([]);
        expect(endOf(s.script, profile as ProfileName), profile).toEqual(end);
        expect(end, profile).not.toEqual(s.end);
      }
    },
  );

  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('issue #4 item %i has its scenario', (item) => {
    const names = ISSUE_4_ITEMS[item] ?? [];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(findScenario(name)?.name, `item ${item}`).toBe(name);
  });

  it('has names that are short kebab-case and unique, a title, a group and a teaching goal', () => {
    for (const s of SCENARIOS) {
      expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.name.length).toBeLessThanOrEqual(28);
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.goal.length).toBeGreaterThan(60);
      expect(SCENARIO_GROUPS).toContain(s.group);
    }
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  it('lists the scenarios group by group, every group used', () => {
    const order = SCENARIOS.map((s) => SCENARIO_GROUPS.indexOf(s.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(SCENARIO_GROUPS.length);
  });

  it('keeps the names published before issue #4 (the CLI and URLs use them)', () => {
    for (const name of [
      'handshake',
      'normal-close',
      'server-closes-first',
      'simultaneous-open',
      'simultaneous-close',
      'fin-acks-fin',
      'lost-final-ack',
      'lost-syn',
      'connection-refused',
      'abort',
      'close-three-segments-linux',
      'close-four-segments-rfc',
      'half-close',
      'close-with-unread-data',
      'zero-window',
      'ack-at-right-edge',
    ])
      expect(findScenario(name)?.name).toBe(name);
  });

  it('finds a scenario whatever the case and surrounding blanks', () => {
    expect(findScenario('  Lost-SYN ')?.name).toBe('lost-syn');
    expect(findScenario('nope')).toBeUndefined();
  });

  it('lost-final-ack: TIME_WAIT re-acknowledges the retransmitted FIN and restarts its 2×MSL timer', () => {
    const trace = runScript(findScenario('lost-final-ack')?.script ?? '').sim?.trace ?? [];
    const reack = trace.find((e) => e.kind === 'rule' && e.key === 'timeWait.rcvFin');
    expect(reack).toBeDefined();
    const restart = trace.find(
      (e) => e.kind === 'timer' && e.action === 'set' && e.timer === 'timeWait' && e.t === reack?.t,
    );
    expect(restart?.kind === 'timer' && restart.due).toBe((reack?.t ?? 0) + 240_000);
  });

  it('a scenario whose expectation is wrong fails with the line and what was found', () => {
    const r = runScript(`${findScenario('handshake')?.script}\nexpect client CLOSED`);
    expect(r.ok).toBe(false);
    expect(r.failures[0]).toMatchObject({ kind: 'expect', line: 10 });
    expect(r.failures[0]?.message).toContain('but it is in ESTABLISHED');
  });
});

describe('what the new scenarios show', () => {
  const traceOf = (name: string) => runScript(findScenario(name)?.script ?? '').sim?.trace ?? [];
  const sends = (name: string, dir: 'c>s' | 's>c') =>
    traceOf(name).flatMap((e) => (e.kind === 'send' && e.seg.dir === dir && !e.seg.injected ? [e] : []));

  it('lost-syn: the SYN is retransmitted with the RTO doubled, 1 s and then 2 s later (RFC 6298 §5.5)', () => {
    const syns = sends('lost-syn', 'c>s').filter((e) => e.seg.flags.SYN);
    expect(syns.map((e) => e.t)).toEqual([0, 1000, 3000]);
  });

  it('lost-syn-ack: the client resends its SYN, then the server resends its SYN,ACK', () => {
    const trace = traceOf('lost-syn-ack');
    const rexmt = trace.flatMap((e) => (e.kind === 'send' && e.seg.retransmit ? [e.seg.dir] : []));
    expect(rexmt).toEqual(['c>s', 's>c']);
    expect(trace.some((e) => e.kind === 'rule' && e.side === 'server' && e.key === 'sync.unacceptable')).toBe(
      true,
    );
  });

  it('lost-third-ack: the ACK is not retransmitted; the server’s SYN,ACK is, and draws a new ACK', () => {
    const acks = sends('lost-third-ack', 'c>s').filter((e) => !e.seg.flags.SYN);
    expect(acks.map((e) => e.seg.retransmit ?? false)).toEqual([false, false]);
    expect(sends('lost-third-ack', 's>c').filter((e) => e.seg.retransmit)).toHaveLength(1);
  });

  it('old-duplicate: the stray data arrives in TIME_WAIT, is only acknowledged, and TIME_WAIT runs its full 2×MSL', () => {
    const trace = traceOf('old-duplicate');
    const late = trace.find((e) => e.kind === 'arrive' && e.seg.dir === 's>c' && e.t > 30_000);
    expect(late?.kind === 'arrive' && late.seg.len).toBe(100);
    const rule = trace.find((e) => e.kind === 'rule' && e.side === 'client' && e.t === late?.t);
    expect(rule?.key).toBe('sync.unacceptable');
    expect(trace.some((e) => e.kind === 'rule' && e.key === 'timeWait.rfc1337')).toBe(true);
    const closed = trace.find((e) => e.kind === 'state' && e.side === 'client' && e.to === 'CLOSED');
    const entered = trace.find((e) => e.kind === 'state' && e.side === 'client' && e.to === 'TIME_WAIT');
    expect((closed?.t ?? 0) - (entered?.t ?? 0)).toBe(240_000);
  });

  it('handshake-rst: SYN_RCVD → LISTEN on the client’s RST, then the real handshake (RFC 9293 Figure 8)', () => {
    const server = traceOf('handshake-rst').flatMap((e) =>
      e.kind === 'state' && e.side === 'server' ? [e.to] : [],
    );
    expect(server).toEqual(['LISTEN', 'SYN_RCVD', 'LISTEN', 'SYN_RCVD', 'ESTABLISHED']);
  });

  it('challenge-ack: the in-window RST draws a challenge ACK and resets nothing', () => {
    const trace = traceOf('challenge-ack');
    expect(trace.some((e) => e.kind === 'rule' && e.key === 'sync.rstChallenge')).toBe(true);
    expect(trace.some((e) => e.kind === 'signal')).toBe(false);
  });

  it('lossy-transfer: segments are lost both ways and data is retransmitted with backoff', () => {
    const trace = traceOf('lossy-transfer');
    const lost = trace.flatMap((e) => (e.kind === 'drop' ? [e.seg.dir] : []));
    expect(lost).toContain('c>s');
    expect(lost).toContain('s>c');
    const rexmt = sends('lossy-transfer', 'c>s').filter((e) => e.seg.retransmit && e.seg.len > 0);
    expect(rexmt.length).toBeGreaterThanOrEqual(3);
    const gaps = rexmt.slice(1).map((e, i) => e.t - (rexmt[i]?.t ?? 0));
    expect(gaps).toContain(4000);
  });

  it('seq-wrap: both directions carry their sequence numbers past 2^32 − 1', () => {
    for (const dir of ['c>s', 's>c'] as const) {
      const wraps = sends('seq-wrap', dir).some((e) => e.seg.seq + e.seg.len > 2 ** 32);
      expect(wraps, dir).toBe(true);
    }
  });
});
