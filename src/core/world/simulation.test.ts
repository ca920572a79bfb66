import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import type { WorldState } from './worldState';

const LONG =
  'seed 9; link loss=10% jitter=10ms; server listen; client connect; wait until server ESTABLISHED within 60s; client send 200000; server send 100000; wait idle; client close; server close; wait 10min';

function comparable(w: WorldState) {
  return {
    now: w.now,
    step: w.step,
    prng: w.prng,
    inFlight: w.inFlight,
    client: [w.endpoints.client.value, w.endpoints.client.context],
    server: [w.endpoints.server.value, w.endpoints.server.context],
  };
}

describe('Simulation', () => {
  const run = runScript(LONG);
  const sim = run.sim;
  if (!sim) throw new Error('run failed');

  it('the long run used by the tests is long enough to cross many checkpoints', () => {
    expect(run.failures).toEqual([]);
    expect(sim.steps).toBeGreaterThan(64 * 4); // several checkpoints apart
  });

  it('seeking to any step rebuilds exactly the world seen at that step while running', () => {
    const seen = new Map<number, WorldState>();
    runScript(LONG, { observe: (w) => seen.set(w.step, w) });
    expect(seen.has(sim.steps)).toBe(true);
    for (const [step, w] of seen) expect(comparable(sim.stateAt(step))).toEqual(comparable(w));
  });

  it('stateAt(step) is the state whose step counter is that step, and the last one is the current world', () => {
    expect(sim.stateAt(123).step).toBe(123);
    expect(comparable(sim.stateAt(sim.steps))).toEqual(comparable(sim.current));
  });

  it('each trace event belongs to the step that stateAt returns for it', () => {
    const sends = sim.trace.filter((e) => e.kind === 'send').slice(0, 50);
    for (const e of sends) {
      if (e.kind !== 'send') continue;
      const w = sim.stateAt(e.step);
      expect(w.now).toBe(e.t);
      expect(w.nextSegId).toBeGreaterThan(e.seg.id);
    }
  });
});
