import { useId } from 'react';
import { FIELD_CLASS } from './controls/fields';
import { saveLang } from './i18n/langPreference';
import { setLang, useLang } from './i18n/langStore';
import type { Lang } from './i18n/messages';
import { LANGS, t } from './i18n/messages';

/** Each language in its own name, as a reader looks for it. */
const NATIVE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** The language picker: switches the page live, keeping the session, and remembers the choice. */
export function LanguageSelect() {
  const id = useId();
  const lang = useLang();
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="text-xs text-[var(--tsl-muted)]">
        {t('header.language')}
      </label>
      <select
        id={id}
        className={FIELD_CLASS}
        value={lang}
        data-language-select
        onChange={(e) => {
          const next = LANGS.find((l) => l === e.target.value);
          if (!next) return;
          saveLang(next);
          setLang(next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
