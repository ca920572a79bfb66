/**
 * Quiz mode over a lab session (issue #4): the lab is held just before each state change of the asked
 * endpoints until the learner says which state comes next. Pure: every function returns new values.
 *
 * The quiz keeps a high-water mark in the run's trace: every state change at or before it has been
 * asked (or was already past when the quiz began). After any move of the session, `quizObserve` holds
 * the shown step just before the first later change of an asked endpoint that the move would show — so
 * playing, stepping, seeking and jumping to the end all stop there, whether the step was recorded or
 * has just been computed at the live edge. A learner's action in the past branches the run; the mark
 * then falls back to the moment the run branched from, and the new future is asked afresh.
 */
import type { TcpState } from '../endpoint/tcpState';
import type { LabSession } from '../lab/labSession';
import { stepForward } from '../lab/labSession';
import type { Side } from '../segment';
import type { QuizQuestion, StateChange } from './quizQuestion';
import { questionOf } from './quizQuestion';

/** One answered question. */
export type QuizAnswer = {
  readonly question: QuizQuestion;
  /** The state the learner chose. */
  readonly choice: TcpState;
  readonly right: boolean;
};

/** The quiz's state, kept beside the lab session. */
export type QuizState = {
  /** The endpoints asked about. */
  readonly sides: readonly Side[];
  /**
   * Trace index up to which nothing is left to ask: the last state change asked, or the last event the
   * quiz has looked past without finding one (so each event is read once while playing); -1 for none.
   */
  readonly askedThrough: number;
  /** The session as the quiz last saw it: a different `sim` afterwards means the run branched there. */
  readonly seen: LabSession;
  /** The answers so far, in order. */
  readonly answers: readonly QuizAnswer[];
};

/** Both endpoints: what the quiz asks about unless told otherwise. */
export const BOTH_SIDES: readonly Side[] = ['client', 'server'];

/** Pure. A quiz starting at the shown moment: changes already shown are not asked. */
export function startQuiz(session: LabSession, sides: readonly Side[] = BOTH_SIDES): QuizState {
  return {
    sides: sides.length > 0 ? sides : BOTH_SIDES,
    askedThrough: session.sim.traceLengthAt(session.step) - 1,
    seen: session,
    answers: [],
  };
}

function isAsked(quiz: QuizState, e: StateChange | { kind: string }): e is StateChange {
  return e.kind === 'state' && quiz.sides.includes((e as StateChange).side);
}

/** The first state change of an asked endpoint after the mark, at a step no later than `lastStep`. */
function firstUnasked(quiz: QuizState, s: LabSession, lastStep: number): QuizQuestion | undefined {
  const end = s.sim.traceLengthAt(lastStep);
  for (let i = quiz.askedThrough + 1; i < end; i++) {
    const e = s.sim.trace[i];
    if (e && isAsked(quiz, e)) return questionOf(e, i);
  }
  return undefined;
}

/**
 * Pure. Takes note of the session after any lab event: when the run branched since the last look, the
 * mark falls back to the branch point; when the session shows a change not yet asked, it is held at the
 * step before (its clock at most at that change's time, so an arriving segment is seen arriving).
 */
export function quizObserve(quiz: QuizState, session: LabSession): { quiz: QuizState; session: LabSession } {
  const seen = quiz.seen;
  const askedThrough =
    session.sim === seen.sim
      ? quiz.askedThrough
      : Math.min(quiz.askedThrough, seen.sim.traceLengthAt(seen.step) - 1);
  const held = firstUnasked({ ...quiz, askedThrough }, session, session.step);
  // Nothing left to ask up to the step shown: the next look starts after it (each event read once).
  const through = held ? askedThrough : Math.max(askedThrough, session.sim.traceLengthAt(session.step) - 1);
  const q = { ...quiz, askedThrough: through };
  const shown = held
    ? {
        ...session,
        step: held.step - 1,
        time: Math.max(
          session.sim.timeOfStep(held.step - 1),
          Math.min(session.time, session.sim.timeOfStep(held.step)),
        ),
      }
    : session;
  return { quiz: { ...q, seen: shown }, session: shown };
}

/** Pure. The question waiting to be answered before the next step is shown, if any. */
export function pendingQuestion(quiz: QuizState, session: LabSession): QuizQuestion | undefined {
  if (session.step >= session.sim.steps) return undefined;
  return firstUnasked(quiz, session, session.step + 1);
}

/**
 * Pure. Grades `choice` against the pending question and records it. When no other question waits on
 * the same step, the session then shows that step: the change the learner was asked about.
 */
export function answerQuiz(
  quiz: QuizState,
  session: LabSession,
  choice: TcpState,
): { quiz: QuizState; session: LabSession } {
  const question = pendingQuestion(quiz, session);
  if (!question) return { quiz, session };
  const answered: QuizState = {
    ...quiz,
    askedThrough: question.traceIndex,
    answers: [...quiz.answers, { question, choice, right: choice === question.answer }],
  };
  const next = pendingQuestion(answered, session) ? session : stepForward(session);
  return { quiz: { ...answered, seen: next }, session: next };
}

/** Pure. Right answers and questions answered so far. */
export function quizScore(quiz: QuizState): { right: number; total: number } {
  return { right: quiz.answers.filter((a) => a.right).length, total: quiz.answers.length };
}
