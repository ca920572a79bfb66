import type { Command, Located } from './ast';
import type { RunLimits } from './runScript';
import { fail } from './runFailure';
import type { Simulation } from '../world/simulation';

/** Work left for a script's `at step` lines, in steps run or replayed; shared by all of them. */
export type AtBudget = { left: number };

/**
 * The work all `at step` lines of one run may do together, as a multiple of `maxSteps`: each line may
 * cut the run back (replaying it up to step N) or run it on, so without a shared bound a few hundred
 * lines jumping between step 0 and a far step could keep a page busy for minutes.
 */
export const AT_WORK_FACTOR = 2;

/**
 * Replays one `at step N [t=T]` line the way the lab acts (labSession.ts `act`): the run is cut back to
 * step N if it went further (a branch) or run on to it, the clock moves to T (never before the step's
 * own time), and `act` does the action there. Returns the simulation to go on with.
 */
export function runAt(
  sim: Simulation,
  c: Located<Extract<Command, { kind: 'at' }>>,
  limits: RunLimits,
  budget: AtBudget,
  act: (sim: Simulation, now: number) => void,
): Simulation {
  const spend = (steps: number): void => {
    budget.left -= steps;
    if (budget.left < 0) {
      fail(c, 'limit', 'atWorkLimit', { max: AT_WORK_FACTOR * limits.maxSteps });
    }
  };
  if (sim.steps > c.step) spend(c.step);
  const s = sim.steps > c.step ? sim.branch(c.step) : sim;
  while (s.steps < c.step) {
    spend(1);
    if (!s.apply({ kind: 'advance', limit: Infinity })) {
      fail(c, 'command', 'runEndsBefore', { last: s.steps, step: c.step });
    }
    if (s.steps >= limits.maxSteps) fail(c, 'limit', 'stepLimit', { max: limits.maxSteps });
  }
  const now = Math.max(c.time ?? 0, s.timeOfStep(c.step));
  if (now > s.current.now) s.apply({ kind: 'setTime', t: now });
  act(s, now);
  return s;
}
