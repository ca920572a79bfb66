import { useEffect, useRef } from 'react';
import type { QuizState } from '../../core/quiz/quizState';
import { quizScore } from '../../core/quiz/quizState';
import { t } from '../i18n/messages';
import { QUIZ_BUTTON } from './quizStyles';

/**
 * The end of a quiz: the score, and every question with the learner's answer and the right one. When it
 * appears after questions it takes the focus and brings the quiz panel (the last result above it) into
 * view, since the panel stops sticking to the top once the run is over.
 */
export function QuizSummary({ quiz, onAgain }: { quiz: QuizState; onAgain: () => void }) {
  const { right, total } = quizScore(quiz);
  const root = useRef<HTMLDivElement>(null);
  const asked = total > 0;
  useEffect(() => {
    if (!asked) return;
    root.current?.parentElement?.scrollIntoView({ block: 'start' });
    root.current?.focus({ preventScroll: true });
  }, [asked]);
  return (
    <div ref={root} tabIndex={-1} data-quiz-summary className="flex flex-col gap-2 outline-none">
      <h3 className="text-sm font-semibold">{t('quiz.summary')}</h3>
      <p className="text-base">
        {total === 0 ? t('quiz.summaryNone') : t('quiz.summaryScore', { right, total })}
      </p>
      {total > 0 && (
        <ol className="flex list-decimal flex-col gap-1 pl-6 text-sm">
          {quiz.answers.map((a, i) => (
            <li key={i} data-quiz-summary-item={a.right ? 'right' : 'wrong'}>
              <span className="font-mono">
                {t('quiz.summaryItem', {
                  side: t(`side.${a.question.side}`),
                  from: a.question.from,
                  to: a.question.answer,
                })}
              </span>{' '}
              <span className={a.right ? 'text-emerald-700 dark:text-emerald-400' : 'text-[var(--tsl-drop)]'}>
                ({t(a.right ? 'quiz.summaryRight' : 'quiz.summaryWrong', { choice: a.choice })})
              </span>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button type="button" data-quiz-again onClick={onAgain} className={QUIZ_BUTTON}>
          {t('quiz.again')}
        </button>
      </div>
    </div>
  );
}
