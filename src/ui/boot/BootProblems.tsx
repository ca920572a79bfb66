import { useId, useState } from 'react';
import { t } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { shownText } from './shownText';
import { problemText } from './problemText';
import { useBootProblems } from './useBootProblems';

/** Most problems listed; a URL with more has bigger troubles than a list can help with. */
const MAX_LISTED = 20;

/**
 * Lists what was wrong with the page's URL, one item per problem: the parameter, then what is wrong
 * and where. Text only: nothing from the URL is ever read as markup. The rest of the page keeps working,
 * and the learner can dismiss the list.
 */
export function BootProblems() {
  const problems = useBootProblems();
  const lang = useLang();
  const [open, setOpen] = useState(true);
  const titleId = useId();
  if (problems.length === 0 || !open) return null;
  return (
    <section
      aria-labelledby={titleId}
      aria-live="polite"
      data-boot-problems
      className="rounded-xl border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="font-semibold">
            {t('url.problems.title', {}, lang)}
          </h2>
          <p className="mt-0.5 text-amber-900 dark:text-amber-200">{t('url.problems.intro', {}, lang)}</p>
        </div>
        <button
          type="button"
          onClick={() => setOpen(false)}
          data-boot-problems-dismiss
          className="shrink-0 rounded-md border border-amber-500 px-2 py-0.5 text-amber-950 hover:bg-amber-100 dark:text-amber-100 dark:hover:bg-amber-900/60"
        >
          {t('url.problems.dismiss', {}, lang)}
        </button>
      </div>
      <ul className="mt-2 flex flex-col gap-1.5">
        {problems.slice(0, MAX_LISTED).map((p, i) => (
          // The name runs in with its message, so a long message wraps under both, not onto a line of its own.
          <li key={i} data-boot-problem={p.param} className="min-w-0">
            <code className="mr-2 inline-block max-w-full truncate rounded bg-amber-200/70 px-1.5 align-bottom font-mono text-xs leading-5 text-amber-950 dark:bg-amber-800/60 dark:text-amber-50">
              {p.param === '' ? '=' : shownText(p.param, 60)}
            </code>
            <span className="break-words [overflow-wrap:anywhere]">{problemText(p, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
