import { useId } from 'react';
import { SCENARIOS } from '../core/scenarios/scenarios';
import type { ProfileName } from '../core/script/ast';
import { START_SCRIPT } from './startScript';
import { t } from './i18n/messages';
import { LabContext } from './lab/labContext';
import type { ThemeChoice } from './lab/useTheme';
import { useTheme } from './lab/useTheme';
import { FIELD_CLASS } from './controls/fields';

/** A scenario that names its profile keeps it; otherwise the one chosen in the header applies. */
function profileOf(script: string, current: ProfileName): ProfileName | undefined {
  return /^\s*profile\s/m.test(script) ? undefined : current;
}

/** Name, scenario picker (the full library comes with issue #4), profile, language and theme. */
export function Header() {
  const actor = LabContext.useActorRef();
  const profile = LabContext.useSelector((s) => s.context.session.profile);
  const script = LabContext.useSelector((s) => s.context.session.script);
  const [theme, setTheme] = useTheme();
  const ids = { profile: useId(), theme: useId(), lang: useId(), scenario: useId() };
  return (
    <header className="border-b border-[var(--tsl-border)]">
      <div className="mx-auto flex max-w-[100rem] flex-wrap items-center gap-x-5 gap-y-2 px-3 py-3 sm:px-5">
        <div className="mr-auto min-w-0">
          <h1 className="text-xl font-semibold tracking-tight">{t('app.name')}</h1>
          <p className="text-xs text-[var(--tsl-muted)]">{t('app.tagline')}</p>
        </div>
        <div className="flex items-center gap-1.5">
          <label htmlFor={ids.scenario} className="text-xs text-[var(--tsl-muted)]">
            {t('header.scenario')}
          </label>
          <select
            id={ids.scenario}
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
        <div className="flex items-center gap-1.5">
          <label htmlFor={ids.profile} className="text-xs text-[var(--tsl-muted)]">
            {t('header.profile')}
          </label>
          <select
            id={ids.profile}
            className={FIELD_CLASS}
            value={profile}
            data-profile-select
            onChange={(e) =>
              actor.send({ type: 'LOAD', script, profile: e.target.value === 'linux' ? 'linux' : 'rfc9293' })
            }
          >
            <option value="rfc9293">{t('header.profileRfc')}</option>
            <option value="linux">{t('header.profileLinux')}</option>
          </select>
        </div>
        <div className="flex items-center gap-1.5">
          <label htmlFor={ids.lang} className="text-xs text-[var(--tsl-muted)]">
            {t('header.language')}
          </label>
          <select id={ids.lang} className={FIELD_CLASS} disabled defaultValue="en">
            <option value="en">English</option>
          </select>
        </div>
        <div className="flex items-center gap-1.5">
          <label htmlFor={ids.theme} className="text-xs text-[var(--tsl-muted)]">
            {t('header.theme')}
          </label>
          <select
            id={ids.theme}
            className={FIELD_CLASS}
            value={theme}
            onChange={(e) => setTheme(e.target.value as ThemeChoice)}
            data-theme-select
          >
            <option value="system">{t('header.themeSystem')}</option>
            <option value="light">{t('header.themeLight')}</option>
            <option value="dark">{t('header.themeDark')}</option>
          </select>
        </div>
      </div>
    </header>
  );
}
