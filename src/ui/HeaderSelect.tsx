import { useId } from 'react';
import { FIELD_CLASS } from './controls/fields';
import { HEADER_FIELD_CLASS } from './layoutClasses';

/** One choice of a header select. */
export type HeaderOption<T extends string> = {
  readonly value: T;
  readonly text: string;
  readonly lang?: string;
};

/** A labelled select in the header (profile, language, theme); `hook` is its documented data attribute. */
export function HeaderSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  hook,
}: {
  label: string;
  value: T;
  options: readonly HeaderOption<T>[];
  onChange: (value: T) => void;
  hook: string;
}) {
  const id = useId();
  return (
    <div className={HEADER_FIELD_CLASS}>
      <label htmlFor={id} className="text-xs text-[var(--tsl-muted)]">
        {label}
      </label>
      <select
        id={id}
        className={FIELD_CLASS}
        value={value}
        {...{ [hook]: '' }}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} {...(o.lang ? { lang: o.lang } : {})}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}
