import { SCENARIOS } from '../../../core/scenarios/scenarios';

/** The key of a scenario's title or goal. */
type ScenarioTextKey = `scenario.${string}.${'title' | 'goal'}`;

/** Each scenario's title and teaching goal, `scenario.<name>.title|goal`: core's English, which the CLI prints. */
const SCENARIO_TEXTS = Object.fromEntries(
  SCENARIOS.flatMap((s) => [
    [`scenario.${s.name}.title`, s.title],
    [`scenario.${s.name}.goal`, s.goal],
  ]),
) as Readonly<Record<ScenarioTextKey, string>>;

/** The picker's own words. */
const PICKER_TEXTS = {
  'scenarioGroup.Opening': 'Opening',
  'scenarioGroup.Closing': 'Closing',
  'scenarioGroup.Loss': 'Loss',
  'scenarioGroup.Resets': 'Resets',
  'scenarioGroup.Advanced': 'Advanced',
  'scenarioPicker.search': 'Search scenarios',
  'scenarioPicker.placeholder': 'Search titles and goals…',
  'scenarioPicker.noMatch': 'No scenario matches “{query}”.',
  'scenarioPicker.count': '{count} of {total} scenarios',
  'scenarioPicker.freeHint': 'An empty lab with the server listening',
  'scenarioGoal.heading': 'What this scenario teaches',
} as const;

/**
 * English texts of the scenarios feature (issue #4): the picker's group names and labels, and each
 * scenario's title and teaching goal, taken from core so the two cannot drift.
 */
export const scenariosEn: typeof PICKER_TEXTS & Readonly<Record<ScenarioTextKey, string>> = {
  ...PICKER_TEXTS,
  ...SCENARIO_TEXTS,
};
