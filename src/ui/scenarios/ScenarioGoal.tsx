import { t } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { useCurrentScenario } from './useCurrentScenario';

/**
 * The loaded scenario's title and teaching goal, in a short card above the narration; nothing in free
 * play. Test hook: `data-scenario-goal` (the scenario's name).
 */
export function ScenarioGoal() {
  const scenario = useCurrentScenario();
  const lang = useLang();
  if (!scenario) return null;
  return (
    <section
      aria-labelledby="scenario-goal-title"
      data-scenario-goal={scenario.name}
      className="rounded-xl border border-[var(--tsl-border)] border-l-4 border-l-[var(--tsl-client)] bg-[var(--tsl-panel)] px-4 py-3"
    >
      <p className="text-xs font-semibold uppercase tracking-wider text-[var(--tsl-muted)]">
        {t('scenarioGoal.heading', undefined, lang)} · {t(`scenarioGroup.${scenario.group}`, undefined, lang)}
      </p>
      <h2 id="scenario-goal-title" className="mt-0.5 text-base font-semibold">
        {t(`scenario.${scenario.name}.title`, undefined, lang)}
      </h2>
      <p className="mt-1 max-w-[80ch] text-sm leading-relaxed">
        {t(`scenario.${scenario.name}.goal`, undefined, lang)}
      </p>
    </section>
  );
}
