import { useEffect, useMemo, useRef } from 'react';
import { relativeNumbering } from '../../core/output/relativeSeq';
import type { QuizAnswer } from '../../core/quiz/quizState';
import { edgeLabel } from '../i18n/edgeLabel';
import { t } from '../i18n/messages';
import { sentenceGap } from '../i18n/sentenceGap';
import { useLabView } from '../lab/useLabView';
import { narrate } from '../narration/narrate';
import { QUIZ_BUTTON } from './quizStyles';
import { RfcLink } from '../RfcLink';

/**
 * Right or wrong, and why: the transition the statechart took (RFC 9293's "event / action" and its
 * section) and the narration of the step that made the change, which is the step shown.
 */
export function QuizFeedback({
  answer,
  onContinue,
}: {
  answer: QuizAnswer;
  /** Undefined when nothing is left to play. */
  onContinue: (() => void) | undefined;
}) {
  const { trace, stepEvents } = useLabView();
  const lines = useMemo(() => {
    const numbering = relativeNumbering(trace)(trace.length - 1);
    return narrate(stepEvents, { relative: (dir, seq, ack) => numbering.relative(dir, seq, ack) });
  }, [trace, stepEvents]);
  const next = useRef<HTMLButtonElement>(null);
  const q = answer.question;
  useEffect(() => next.current?.focus(), [q.traceIndex]);
  const side = t(`side.${q.side}`);
  const gap = sentenceGap();
  return (
    <div data-quiz-result={answer.right ? 'right' : 'wrong'} className="flex flex-col gap-2">
      <p className="text-base leading-snug">
        <strong
          className={answer.right ? 'text-emerald-700 dark:text-emerald-400' : 'text-[var(--tsl-drop)]'}
        >
          {answer.right ? `✓ ${t('quiz.right')}` : `✗ ${t('quiz.wrong')}`}
        </strong>
        {gap}
        {t('quiz.enters', { side, to: q.answer })}
        {!answer.right && gap + t('quiz.yourChoice', { choice: answer.choice })}
      </p>
      {q.edge && (
        <p className="text-sm">
          <span className="font-mono">{t('quiz.rule', { label: edgeLabel(q.edge.label) })}</span>{' '}
          {q.rfc && <RfcLink rfc={q.rfc} />}
        </p>
      )}
      {lines.length > 0 && (
        <div className="text-sm leading-relaxed">
          <span className="font-semibold text-[var(--tsl-muted)]">{t('quiz.why')}</span>
          {gap}
          {lines.map((l) => t(l.key, l.params)).join(gap)}
        </div>
      )}
      {lines.flatMap((l, i) =>
        l.misconception ? (
          <p
            key={i}
            className="rounded-md border-l-4 border-[var(--tsl-server)] bg-[var(--tsl-bg)] px-3 py-1.5 text-sm"
          >
            {t(`misconception.${l.misconception}`)}
          </p>
        ) : (
          []
        ),
      )}
      {onContinue && (
        <div>
          <button ref={next} type="button" data-quiz-continue onClick={onContinue} className={QUIZ_BUTTON}>
            {t('quiz.continue')}
          </button>
        </div>
      )}
    </div>
  );
}
