import { useId } from 'react';
import { EmbedButton } from './embed/EmbedButton';
import { LanguageSelect } from './LanguageSelect';
import { QuizToggle } from './quiz/QuizToggle';
import { ScenarioPicker } from './scenarios/ScenarioPicker';
import { ShareButton } from './share/ShareButton';
import { t } from './i18n/messages';
import { LabContext } from './lab/labContext';
import type { ThemeChoice } from './lab/useTheme';
import { useTheme } from './lab/useTheme';
import { FIELD_CLASS } from './controls/fields';

/** Name, scenario picker, profile, language, theme, and the Share and Embed buttons. */
export function Header() {
  const actor = LabContext.useActorRef();
  const profile = LabContext.useSelector((s) => s.context.session.profile);
  const script = LabContext.useSelector((s) => s.context.session.script);
  const [theme, setTheme] = useTheme();
  const ids = { profile: useId(), theme: useId() };
  return (
    <header className="border-b border-[var(--tsl-border)]">
      <div className="mx-auto flex max-w-[100rem] flex-wrap items-center gap-x-5 gap-y-2 px-3 py-3 sm:px-5">
        <div className="mr-auto min-w-0">
          <h1 className="text-xl font-semibold tracking-tight">{t('app.name')}</h1>
          <p className="text-xs text-[var(--tsl-muted)]">{t('app.tagline')}</p>
        </div>
        <ScenarioPicker />
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
        <LanguageSelect />
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
        <div className="flex items-center gap-1.5">
          <QuizToggle />
          <ShareButton />
          <EmbedButton />
        </div>
      </div>
    </header>
  );
}
