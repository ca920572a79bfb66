import { useEffect, useId, useRef } from 'react';
import type { TcpState } from '../../core/endpoint/tcpState';
import type { QuizQuestion } from '../../core/quiz/quizQuestion';
import { t } from '../i18n/messages';
import { QUIZ_BUTTON } from './quizStyles';

function typing(el: Element | null): boolean {
  return (
    el instanceof HTMLElement &&
    (['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) || el.isContentEditable)
  );
}

/**
 * The question asked before a state change: one button per state the statechart allows, numbered so
 * the keys 1–n answer too. The first choice takes the focus when the question appears (unless the
 * learner is typing in a field).
 */
export function QuizQuestionView({
  question,
  onAnswer,
}: {
  question: QuizQuestion;
  onAnswer: (choice: TcpState) => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const labelId = useId();
  const side = t(`side.${question.side}`);
  useEffect(() => {
    if (!typing(document.activeElement)) first.current?.focus();
  }, [question.traceIndex]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target as Element | null)) return;
      const choice = question.choices[Number(e.key) - 1];
      if (!/^[1-9]$/.test(e.key) || !choice) return;
      e.preventDefault();
      onAnswer(choice);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [question, onAnswer]);
  return (
    <div data-quiz-question data-quiz-side={question.side} className="flex flex-col gap-2">
      <p id={labelId} className="text-base font-medium leading-snug">
        {t('quiz.question', { side, from: question.from })}
      </p>
      <div role="group" aria-labelledby={labelId} className="flex flex-wrap gap-2">
        {question.choices.map((c, i) => (
          <button
            key={c}
            ref={i === 0 ? first : undefined}
            type="button"
            data-quiz-choice={c}
            aria-keyshortcuts={String(i + 1)}
            onClick={() => onAnswer(c)}
            className={QUIZ_BUTTON}
          >
            <kbd
              aria-hidden="true"
              className="rounded bg-slate-200 px-1.5 font-mono text-xs dark:bg-slate-700"
            >
              {i + 1}
            </kbd>
            <span className="font-mono">{c}</span>
          </button>
        ))}
      </div>
      <p className="text-xs text-[var(--tsl-muted)]">
        {t('quiz.keysHint', { count: question.choices.length })}
      </p>
    </div>
  );
}
