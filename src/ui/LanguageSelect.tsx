import { HeaderSelect } from './HeaderSelect';
import { saveLang } from './i18n/langPreference';
import { setLang } from './i18n/langStore';
import { useLang } from './i18n/useLang';
import type { Lang } from './i18n/messages';
import { LANGS, t } from './i18n/messages';

/** Each language in its own name, as a reader looks for it. */
const NATIVE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** The language picker: switches the page live, keeping the session, and remembers the choice. */
export function LanguageSelect() {
  return (
    <HeaderSelect
      label={t('header.language')}
      value={useLang()}
      hook="data-language-select"
      options={LANGS.map((l) => ({ value: l, text: NATIVE_NAMES[l], lang: l }))}
      onChange={(next) => {
        saveLang(next);
        setLang(next);
      }}
    />
  );
}
