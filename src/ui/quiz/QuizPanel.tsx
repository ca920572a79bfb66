import { useCallback, useId, useRef, useState } from 'react';
import type { TcpState } from '../../core/endpoint/tcpState';
import { finished } from '../../core/lab/labMachine';
import type { QuizQuestion } from '../../core/quiz/quizQuestion';
import { pendingQuestion, quizScore } from '../../core/quiz/quizState';
import type { Side } from '../../core/segment';
import { FIELD_CLASS } from '../controls/fields';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { QuizFeedback } from './QuizFeedback';
import { QuizQuestionView } from './QuizQuestionView';
import { QuizSummary } from './QuizSummary';

const SIDE_CHOICES = { both: ['client', 'server'], client: ['client'], server: ['server'] } as const;

/** The same question: the same change (a branched run may put another change at the same index). */
function sameQuestion(a: QuizQuestion | undefined, b: QuizQuestion | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.traceIndex === b.traceIndex &&
      a.step === b.step &&
      a.side === b.side &&
      a.from === b.from &&
      a.answer === b.answer)
  );
}

/**
 * Quiz mode (issue #4): before each state change of the asked endpoints the lab holds, and this panel
 * asks which state comes next; then it says whether that was right and why, keeps the score, and sums
 * up when the run is over. Sticks to the top of the window while it asks or answers.
 */
export function QuizPanel() {
  const actor = LabContext.useActorRef();
  const quiz = LabContext.useSelector((s) => s.context.quiz);
  // What the panel shows changes once a step at most; the session is new on every frame of playback.
  const step = LabContext.useSelector((s) => s.context.session.step);
  const question = LabContext.useSelector(
    (s) => s.context.quiz && pendingQuestion(s.context.quiz, s.context.session),
    sameQuestion,
  );
  const over = LabContext.useSelector((s) => finished(s.context.session));
  const [dismissed, setDismissed] = useState(-1);
  const panel = useRef<HTMLElement>(null);
  const sidesId = useId();
  const answer = useCallback((choice: TcpState) => actor.send({ type: 'QUIZ_ANSWER', choice }), [actor]);
  if (!quiz) return null;
  const last = quiz.answers.at(-1);
  const done = !question && over;
  // The last answer's result shows until the learner goes on, even when the next change comes at once.
  const feedback =
    last && step === last.question.step && dismissed !== quiz.answers.length ? last : undefined;
  const { right, total } = quizScore(quiz);
  const asking = quiz.sides.length === 1 ? (quiz.sides[0] as Side) : 'both';
  const live = feedback
    ? t(feedback.right ? 'quiz.live.right' : 'quiz.live.wrong', {
        side: t(`side.${feedback.question.side}`),
        to: feedback.question.answer,
        choice: feedback.choice,
      })
    : question
      ? t('quiz.live.question', {
          side: t(`side.${question.side}`),
          from: question.from,
          choices: question.choices.join(', '),
        })
      : '';
  const onContinue = () => {
    setDismissed(quiz.answers.length);
    panel.current?.focus();
    actor.send({ type: 'PLAY' });
  };
  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby="quiz-title"
      data-quiz
      className={`flex flex-col gap-3 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3 outline-none ${
        question || (feedback && !done)
          ? 'sticky top-0 z-20 max-h-[70vh] overflow-y-auto border-[var(--tsl-client)] shadow-lg'
          : ''
      }`}
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <h2 id="quiz-title" className="font-semibold text-[var(--tsl-muted)]">
          {t('quiz.title')}
        </h2>
        <span className="flex items-center gap-1.5">
          <label htmlFor={sidesId} className="text-xs text-[var(--tsl-muted)]">
            {t('quiz.askAbout')}
          </label>
          <select
            id={sidesId}
            className={FIELD_CLASS}
            value={asking}
            data-quiz-sides
            onChange={(e) =>
              actor.send({
                type: 'QUIZ',
                on: true,
                sides: SIDE_CHOICES[e.target.value as keyof typeof SIDE_CHOICES],
              })
            }
          >
            <option value="both">{t('quiz.bothSides')}</option>
            <option value="client">{t('side.client')}</option>
            <option value="server">{t('side.server')}</option>
          </select>
        </span>
        <span data-quiz-score={`${right}/${total}`} className="font-medium">
          {t('quiz.score', { right, total })}
        </span>
      </div>
      {feedback ? (
        <QuizFeedback answer={feedback} onContinue={done ? undefined : onContinue} />
      ) : question ? (
        <QuizQuestionView question={question} onAnswer={answer} />
      ) : (
        !done && <p className="text-sm text-[var(--tsl-muted)]">{t('quiz.intro')}</p>
      )}
      {done && (
        <QuizSummary
          quiz={quiz}
          onAgain={() => {
            actor.send({ type: 'TO_START' });
            actor.send({ type: 'QUIZ', on: true, sides: quiz.sides });
          }}
        />
      )}
      <div role="status" aria-live="polite" className="sr-only" data-quiz-live>
        {live}
      </div>
    </section>
  );
}
