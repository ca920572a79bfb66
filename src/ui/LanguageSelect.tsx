import { useId } from 'react';
import { FIELD_CLASS } from './controls/fields';
import { t } from './i18n/messages';

/** The language picker (English only until the Chinese catalogue lands). */
export function LanguageSelect() {
  const id = useId();
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="text-xs text-[var(--tsl-muted)]">
        {t('header.language')}
      </label>
      <select id={id} className={FIELD_CLASS} disabled defaultValue="en">
        <option value="en">English</option>
      </select>
    </div>
  );
}
