import { EmbedButton } from './embed/EmbedButton';
import { HeaderSelect } from './HeaderSelect';
import { LanguageSelect } from './LanguageSelect';
import { QuizToggle } from './quiz/QuizToggle';
import { ScenarioPicker } from './scenarios/ScenarioPicker';
import { ShareButton } from './share/ShareButton';
import { t } from './i18n/messages';
import { LabContext } from './lab/labContext';
import { useTheme } from './lab/useTheme';
import {
  HEADER_ACTIONS_CLASS,
  HEADER_CLASS,
  HEADER_CONTROLS_CLASS,
  HEADER_ROW_CLASS,
  TAGLINE_CLASS,
  TITLE_BLOCK_CLASS,
  TITLE_CLASS,
} from './layoutClasses';

/** Name, scenario picker, profile, language, theme, and the Share and Embed buttons. */
export function Header() {
  const actor = LabContext.useActorRef();
  const profile = LabContext.useSelector((s) => s.context.session.profile);
  const script = LabContext.useSelector((s) => s.context.session.script);
  const [theme, setTheme] = useTheme();
  return (
    <header className={HEADER_CLASS}>
      <div className={HEADER_ROW_CLASS}>
        <div className={TITLE_BLOCK_CLASS}>
          <h1 className={TITLE_CLASS}>{t('app.name')}</h1>
          <p className={TAGLINE_CLASS}>{t('app.tagline')}</p>
        </div>
        <div className={HEADER_CONTROLS_CLASS}>
          <ScenarioPicker />
          <HeaderSelect
            label={t('header.profile')}
            value={profile}
            hook="data-profile-select"
            options={[
              { value: 'rfc9293', text: t('header.profileRfc') },
              { value: 'linux', text: t('header.profileLinux') },
            ]}
            onChange={(next) => actor.send({ type: 'LOAD', script, profile: next })}
          />
          <LanguageSelect />
          <HeaderSelect
            label={t('header.theme')}
            value={theme}
            hook="data-theme-select"
            options={[
              { value: 'system', text: t('header.themeSystem') },
              { value: 'light', text: t('header.themeLight') },
              { value: 'dark', text: t('header.themeDark') },
            ]}
            onChange={setTheme}
          />
          <div className={HEADER_ACTIONS_CLASS}>
            <QuizToggle />
            <ShareButton />
            <EmbedButton />
          </div>
        </div>
      </div>
    </header>
  );
}
