/**
 * Named scenarios: scripts in the demo language, each with a title, a teaching goal, `expect` lines
 * that pin its outcome and the end state of both endpoints. The CLI runs them by name, the app's picker
 * and `?scenario=NAME` load them; tests run every one and require it to pass. One file per group.
 */
import { ADVANCED } from './advanced';
import { CLOSING } from './closing';
import { LOSS } from './loss';
import { OPENING } from './opening';
import { RESETS } from './resets';
import type { Scenario } from './scenario';

export { SCENARIO_GROUPS } from './scenario';
export type { EndStates, Scenario, ScenarioGroup } from './scenario';

/** The scenarios, in picker order: by group (Opening, Closing, Loss, Resets, Advanced). */
export const SCENARIOS: readonly Scenario[] = [...OPENING, ...CLOSING, ...LOSS, ...RESETS, ...ADVANCED];

/** Finds a scenario by name (case-insensitive). */
export function findScenario(name: string): Scenario | undefined {
  const n = name.trim().toLowerCase();
  return SCENARIOS.find((s) => s.name === n);
}
