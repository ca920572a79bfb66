import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { useQuizSides } from './useQuizSides';

/** Turns quiz mode on (afresh, from the moment shown) or off, at any time. */
export function QuizToggle() {
  const actor = LabContext.useActorRef();
  const on = LabContext.useSelector((s) => s.context.quiz !== undefined);
  const sides = useQuizSides();
  return (
    <button
      type="button"
      aria-pressed={on}
      data-quiz-toggle
      title={t('quiz.toggleTitle')}
      onClick={() => actor.send({ type: 'QUIZ', on: !on, sides })}
      className="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--tsl-focus)] aria-pressed:border-[var(--tsl-client)] aria-pressed:bg-[var(--tsl-client)] aria-pressed:text-white dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800 dark:aria-pressed:bg-[var(--tsl-client)] dark:aria-pressed:text-slate-950"
    >
      <span aria-hidden="true">?</span>
      {t('quiz.toggle')}
    </button>
  );
}
