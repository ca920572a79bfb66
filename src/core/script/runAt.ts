import type { Command, Located } from './ast';
import type { RunLimits } from './runScript';
import { fail } from './runFailure';
import type { Simulation } from '../world/simulation';

/**
 * Replays one `at step N [t=T]` line the way the lab acts (labSession.ts `act`): the run is cut back to
 * step N if it went further (a branch) or run on to it, the clock moves to T (never before the step's
 * own time), and `act` does the action there. Returns the simulation to go on with.
 */
export function runAt(
  sim: Simulation,
  c: Located<Extract<Command, { kind: 'at' }>>,
  limits: RunLimits,
  act: (sim: Simulation, now: number) => void,
): Simulation {
  const s = sim.steps > c.step ? sim.branch(c.step) : sim;
  while (s.steps < c.step) {
    if (!s.apply({ kind: 'advance', limit: Infinity })) {
      fail(c, 'command', `the run ends at step ${s.steps}, before step ${c.step}: nothing is left to happen`);
    }
    if (s.steps >= limits.maxSteps)
      fail(c, 'limit', `the run took more than ${limits.maxSteps} steps; stopped`);
  }
  const now = Math.max(c.time ?? 0, s.timeOfStep(c.step));
  if (now > s.current.now) s.apply({ kind: 'setTime', t: now });
  act(s, now);
  return s;
}
