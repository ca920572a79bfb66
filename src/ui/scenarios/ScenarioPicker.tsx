import { useId } from 'react';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import type { ProfileName } from '../../core/script/ast';
import { FIELD_CLASS } from '../controls/fields';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { START_SCRIPT } from '../startScript';

/** A scenario that names its profile keeps it; otherwise the one chosen in the header applies. */
function profileOf(script: string, current: ProfileName): ProfileName | undefined {
  return /^\s*profile\s/m.test(script) ? undefined : current;
}

/** Picks a prepared scenario (or free play) and loads it into the lab. */
export function ScenarioPicker() {
  const actor = LabContext.useActorRef();
  const profile = LabContext.useSelector((s) => s.context.session.profile);
  const script = LabContext.useSelector((s) => s.context.session.script);
  const id = useId();
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="text-xs text-[var(--tsl-muted)]">
        {t('header.scenario')}
      </label>
      <select
        id={id}
        className={`${FIELD_CLASS} max-w-[14rem]`}
        value={SCENARIOS.find((x) => x.script === script)?.name ?? ''}
        data-scenario-select
        onChange={(e) => {
          const chosen = SCENARIOS.find((x) => x.name === e.target.value);
          actor.send(
            chosen
              ? { type: 'LOAD', script: chosen.script, profile: profileOf(chosen.script, profile) }
              : { type: 'LOAD', script: START_SCRIPT, at: 'end' },
          );
        }}
      >
        <option value="">{t('header.scenarioFree')}</option>
        {SCENARIOS.map((x) => (
          <option key={x.name} value={x.name}>
            {x.title}
          </option>
        ))}
      </select>
    </div>
  );
}
