import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import { filterScenarios, scenarioEntries } from './filterScenarios';
import { ScenarioOption } from './ScenarioOption';

/** What the open picker needs from its button. */
export type ScenarioSearchProps = {
  /** Id of the popup, which the button's `aria-controls` names. */
  readonly id: string;
  readonly lang: Lang;
  /** The scenario loaded now ('' for free play), marked as selected. */
  readonly current: string;
  /** Loads the named scenario ('' for free play). */
  readonly onChoose: (name: string) => void;
  /** Closes the popup and gives the focus back to the button. */
  readonly onClose: () => void;
};

/** How far PageUp and PageDown move the active option. */
const PAGE = 5;

/**
 * The picker's popup: a search box (an ARIA combobox) over a listbox of scenarios grouped by kind, in the
 * reader's language. ↑ ↓ PageUp PageDown move, Enter loads, Escape closes; the focus stays in the box.
 */
export function ScenarioSearch({ id, lang, current, onChoose, onClose }: ScenarioSearchProps) {
  const [query, setQuery] = useState('');
  const entries = useMemo(() => scenarioEntries(SCENARIOS, lang), [lang]);
  const sections = useMemo(() => filterScenarios(entries, query, lang), [entries, query, lang]);
  const showFree = query.trim() === '';
  const flat = [...(showFree ? [''] : []), ...sections.flatMap((s) => s.entries.map((e) => e.name))];
  const [active, setActive] = useState(() => Math.max(0, flat.indexOf(current)));
  const activeName = flat[Math.min(active, flat.length - 1)];
  const optionId = (name: string) => `${id}-option-${name || 'free'}`;
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (activeName !== undefined)
      document.getElementById(optionId(activeName))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on id, which is stable for the popup's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeName]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = flat.length;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active + 1) % n,
      ArrowUp: () => (active - 1 + n) % n,
      PageDown: () => Math.min(n - 1, active + PAGE),
      PageUp: () => Math.max(0, active - PAGE),
    };
    const move = moves[e.key];
    if (move && n > 0) {
      e.preventDefault();
      setActive(move());
    } else if (e.key === 'Enter' && activeName !== undefined) {
      e.preventDefault();
      onChoose(activeName);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  let index = showFree ? 1 : 0;
  const option = (name: string, title: string, detail: string, at: number) => (
    <ScenarioOption
      key={name || 'free'}
      id={optionId(name)}
      name={name}
      title={title}
      detail={detail}
      selected={name === current}
      active={name === activeName}
      onChoose={() => onChoose(name)}
      onHover={() => setActive(at)}
    />
  );

  return (
    <div
      id={id}
      role="dialog"
      aria-label={t('header.scenario', undefined, lang)}
      className="absolute left-0 top-full z-50 mt-1.5 flex w-[min(30rem,calc(100vw-1.5rem))] flex-col overflow-hidden rounded-lg border border-[var(--tsl-border)] bg-[var(--tsl-bg)] text-[var(--tsl-fg)] shadow-xl shadow-slate-900/15 dark:shadow-black/50"
    >
      <div className="border-b border-[var(--tsl-border)] p-2">
        <label htmlFor={`${id}-search`} className="sr-only">
          {t('scenarioPicker.search', undefined, lang)}
        </label>
        <input
          ref={input}
          id={`${id}-search`}
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-autocomplete="list"
          aria-controls={flat.length > 0 ? listId : undefined}
          aria-activedescendant={activeName !== undefined ? optionId(activeName) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('scenarioPicker.placeholder', undefined, lang)}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-scenario-search
          className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-[var(--tsl-focus)] dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
        />
      </div>
      {flat.length > 0 ? (
        <div
          id={listId}
          role="listbox"
          aria-label={t('header.scenario', undefined, lang)}
          className="max-h-[min(60vh,28rem)] overflow-y-auto overscroll-contain px-1 pb-1"
        >
          {showFree &&
            option(
              '',
              t('header.scenarioFree', undefined, lang),
              t('scenarioPicker.freeHint', undefined, lang),
              0,
            )}
          {sections.map((s) => (
            <div key={s.group} role="group" aria-labelledby={`${id}-group-${s.group}`}>
              <div
                id={`${id}-group-${s.group}`}
                role="presentation"
                className="sticky top-0 z-10 bg-[var(--tsl-bg)] px-2.5 pb-1 pt-2 text-[0.7rem] font-semibold uppercase tracking-wider text-[var(--tsl-muted)]"
              >
                {s.label}
              </div>
              {s.entries.map((e) => option(e.name, e.title, e.goal, index++))}
            </div>
          ))}
        </div>
      ) : (
        <p className="px-3 py-6 text-center text-sm text-[var(--tsl-muted)]">
          {t('scenarioPicker.noMatch', { query: query.trim() }, lang)}
        </p>
      )}
      <p
        role="status"
        className="border-t border-[var(--tsl-border)] px-3 py-1.5 text-xs text-[var(--tsl-muted)]"
      >
        {t(
          'scenarioPicker.count',
          { count: flat.length - (showFree ? 1 : 0), total: SCENARIOS.length },
          lang,
        )}
      </p>
    </div>
  );
}
