import type { Scenario } from '../../core/scenarios/scenarios';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import { LabContext } from '../lab/labContext';

/** The scenario whose script the lab holds now (undefined in free play or after an edit). */
export function useCurrentScenario(): Scenario | undefined {
  const script = LabContext.useSelector((s) => s.context.session.script);
  return SCENARIOS.find((x) => x.script === script);
}
