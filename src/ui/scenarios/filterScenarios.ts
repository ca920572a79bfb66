/** The picker's list: every scenario's texts in the reader's language, grouped, filtered by a search. */
import type { Scenario, ScenarioGroup } from '../../core/scenarios/scenarios';
import { SCENARIO_GROUPS } from '../../core/scenarios/scenarios';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';

/** One scenario as the picker shows it. */
export type ScenarioEntry = {
  readonly name: string;
  readonly group: ScenarioGroup;
  /** Title in the reader's language. */
  readonly title: string;
  /** Teaching goal in the reader's language. */
  readonly goal: string;
};

/** One group of the list, with its translated name and the entries left after filtering. */
export type ScenarioSection = {
  readonly group: ScenarioGroup;
  readonly label: string;
  readonly entries: readonly ScenarioEntry[];
};

/** Pure. The scenarios' titles and goals in `lang`. */
export function scenarioEntries(scenarios: readonly Scenario[], lang: Lang): ScenarioEntry[] {
  return scenarios.map((s) => ({
    name: s.name,
    group: s.group,
    title: t(`scenario.${s.name}.title`, undefined, lang),
    goal: t(`scenario.${s.name}.goal`, undefined, lang),
  }));
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/**
 * Pure. The entries whose title, goal or name contain every blank-separated word of `query` (case and
 * width folded, so `TIME_WAIT`, `time_wait` and full-width letters match alike), grouped in picker order;
 * groups left empty are dropped. An empty query keeps everything.
 */
export function filterScenarios(
  entries: readonly ScenarioEntry[],
  query: string,
  lang: Lang,
): ScenarioSection[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hits = entries.filter((e) => {
    const hay = fold(`${e.title}\n${e.goal}\n${e.name}`);
    return words.every((w) => hay.includes(w));
  });
  return SCENARIO_GROUPS.map((group) => ({
    group,
    label: t(`scenarioGroup.${group}`, undefined, lang),
    entries: hits.filter((e) => e.group === group),
  })).filter((s) => s.entries.length > 0);
}
