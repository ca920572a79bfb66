import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import { stateOf } from '../endpoint/stepEndpoint';
import { findScenario, SCENARIOS } from './scenarios';

describe('scenario library', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s runs and every expect in it holds', (_, s) => {
    const r = runScript(s.script);
    expect(r.failures).toEqual([]);
  });

  it('has the scenarios the CLI promises, each with a title, a group and a teaching goal', () => {
    for (const name of [
      'handshake',
      'normal-close',
      'simultaneous-open',
      'simultaneous-close',
      'lost-final-ack',
    ]) {
      const s = findScenario(name);
      expect(s?.title.length).toBeGreaterThan(5);
      expect(s?.goal.length).toBeGreaterThan(60);
    }
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  it('every closing scenario ends with both endpoints CLOSED once the run settles', () => {
    for (const s of SCENARIOS.filter((x) => x.group === 'Closing')) {
      const w = runScript(s.script).sim?.current;
      expect([w && stateOf(w.endpoints.client), w && stateOf(w.endpoints.server)]).toEqual([
        'CLOSED',
        'CLOSED',
      ]);
    }
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
