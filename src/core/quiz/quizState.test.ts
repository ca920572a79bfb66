import { describe, expect, it } from 'vitest';
import type { Side } from '../segment';
import type { LabSession } from '../lab/labSession';
import { act, advanceTime, createSession, seek, stepBack, stepForward, viewOf } from '../lab/labSession';
import { findScenario } from '../scenarios/scenarios';
import type { QuizQuestion } from './quizQuestion';
import type { QuizState } from './quizState';
import { answerQuiz, pendingQuestion, quizObserve, quizScore, startQuiz } from './quizState';

const scenario = (name: string) => createSession(findScenario(name)?.script ?? '');
const stateOf = (s: LabSession, side: Side) => viewOf(s).world.endpoints[side].value;

/** The steps at which the trace records a state change of one of `sides`. */
function changeSteps(s: LabSession, sides: readonly Side[]): number[] {
  return s.sim.trace.flatMap((e) => (e.kind === 'state' && sides.includes(e.side) ? [e.step] : []));
}

type Move = (s: LabSession) => LabSession;

/**
 * Runs a quiz to the end of the run, moving with `move` and answering each question with `pick`;
 * returns every question with the step shown when it was asked.
 */
function runQuiz(
  start: LabSession,
  sides: readonly Side[],
  move: Move,
  pick: (q: QuizQuestion) => QuizQuestion['answer'] = (q) => q.answer,
) {
  let quiz: QuizState = startQuiz(start, sides);
  let s = start;
  const asked: { q: QuizQuestion; shownStep: number; shownState: string }[] = [];
  for (let guard = 0; guard < 5000; guard++) {
    const q = pendingQuestion(quiz, s);
    if (q) {
      asked.push({ q, shownStep: s.step, shownState: stateOf(s, q.side) });
      ({ quiz, session: s } = answerQuiz(quiz, s, pick(q)));
      continue;
    }
    const moved = move(s);
    if (moved.step === s.step && moved.time === s.time) break;
    ({ quiz, session: s } = quizObserve(quiz, moved));
  }
  return { asked, quiz, session: s };
}

describe('quiz mode over a lab session', () => {
  it('asks exactly before each state change of the handshake and the four-way close, stepping', () => {
    const start = scenario('normal-close');
    const { asked, session } = runQuiz(start, ['client', 'server'], stepForward);
    expect(asked.map((a) => a.q.step)).toEqual(changeSteps(start, ['client', 'server']));
    for (const a of asked) {
      expect(a.shownStep).toBe(a.q.step - 1);
      expect(a.shownState).toBe(a.q.from);
    }
    expect(asked.map((a) => `${a.q.side} ${a.q.from}>${a.q.answer}`)).toEqual([
      'server CLOSED>LISTEN',
      'client CLOSED>SYN_SENT',
      'server LISTEN>SYN_RCVD',
      'client SYN_SENT>ESTABLISHED',
      'server SYN_RCVD>ESTABLISHED',
      'client ESTABLISHED>FIN_WAIT_1',
      'server ESTABLISHED>CLOSE_WAIT',
      'client FIN_WAIT_1>FIN_WAIT_2',
      'server CLOSE_WAIT>LAST_ACK',
      'client FIN_WAIT_2>TIME_WAIT',
      'server LAST_ACK>CLOSED',
      'client TIME_WAIT>CLOSED',
    ]);
    expect(session.step).toBe(start.sim.steps);
  });

  it('playing in virtual time stops just before each change, its clock at most at the change', () => {
    const start = scenario('normal-close');
    let lastTime = 0;
    const { asked } = runQuiz(start, ['client', 'server'], (s) => {
      lastTime = s.time;
      return advanceTime(s, 7);
    });
    expect(asked.map((a) => a.q.step)).toEqual(changeSteps(start, ['client', 'server']));
    for (const a of asked) expect(a.shownStep).toBe(a.q.step - 1);
    expect(lastTime).toBeGreaterThan(0);
  });

  it('asks only about the endpoint chosen', () => {
    const start = scenario('normal-close');
    const { asked } = runQuiz(start, ['server'], stepForward);
    expect(asked.map((a) => a.q.step)).toEqual(changeSteps(start, ['server']));
    expect(asked.every((a) => a.q.side === 'server')).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
  });

  it('looks past what it does not ask about once: playing on, the next look starts after the step shown', () => {
    const start = scenario('normal-close');
    let quiz = startQuiz(start, ['client']);
    // The server's listen comes first and is not asked: stepping over it moves the mark past it.
    const { quiz: after } = quizObserve(quiz, stepForward(start));
    expect(changeSteps(start, ['server'])[0]).toBe(1);
    expect(after.askedThrough).toBe(start.sim.traceLengthAt(1) - 1);
    // A question still comes before the client's first change.
    quiz = after;
    expect(pendingQuestion(quiz, stepForward(start))?.side).toBe('client');
  });

  it('jumping to the end stops before the first change not yet asked', () => {
    const start = scenario('handshake');
    const quiz = startQuiz(start);
    const held = quizObserve(quiz, seek(start, start.sim.steps));
    const first = changeSteps(start, ['client', 'server'])[0] ?? -1;
    expect(held.session.step).toBe(first - 1);
    expect(pendingQuestion(held.quiz, held.session)?.step).toBe(first);
  });

  it('grades answers and keeps the score; answering shows the change', () => {
    const start = scenario('handshake');
    let wrongs = 0;
    const { quiz, asked } = runQuiz(start, ['client', 'server'], stepForward, (q) => {
      if (q.side === 'server') return q.answer;
      wrongs++;
      return q.choices.find((c) => c !== q.answer) ?? q.answer;
    });
    expect(wrongs).toBeGreaterThan(0);
    expect(quizScore(quiz)).toEqual({ right: asked.length - wrongs, total: asked.length });
    expect(quiz.answers.map((a) => a.right)).toEqual(asked.map((a) => a.q.side === 'server'));

    const s = scenario('handshake');
    const q0 = startQuiz(s);
    const held = quizObserve(q0, stepForward(s));
    const q = pendingQuestion(held.quiz, held.session);
    if (!q) throw new Error('a question is asked before the first change');
    const after = answerQuiz(held.quiz, held.session, q.answer);
    expect(after.session.step).toBe(q.step);
    expect(stateOf(after.session, q.side)).toBe(q.answer);
    // The next question, if one waits already, is about a later change.
    expect(pendingQuestion(after.quiz, after.session)?.traceIndex ?? Infinity).toBeGreaterThan(q.traceIndex);
  });

  it('does not ask again about changes already answered after stepping back', () => {
    const start = scenario('handshake');
    const { quiz, session } = runQuiz(start, ['client', 'server'], stepForward);
    const back = quizObserve(quiz, stepBack(stepBack(session)));
    expect(pendingQuestion(back.quiz, back.session)).toBeUndefined();
    const forward = quizObserve(back.quiz, stepForward(back.session));
    expect(forward.session.step).toBe(session.step - 1);
  });

  it('asks about the world computed live: a Connect at the live edge, then what follows it', () => {
    let s = createSession('server listen', { at: 'end' });
    let quiz = startQuiz(s, ['client']);
    ({ quiz, session: s } = quizObserve(
      quiz,
      act(s, [{ kind: 'call', side: 'client', event: { type: 'ACTIVE_OPEN', now: s.time } }]),
    ));
    const first = pendingQuestion(quiz, s);
    expect(first).toMatchObject({ side: 'client', from: 'CLOSED', answer: 'SYN_SENT' });
    expect(stateOf(s, 'client')).toBe('CLOSED');
    ({ quiz, session: s } = answerQuiz(quiz, s, 'SYN_SENT'));
    for (let i = 0; i < 100 && !pendingQuestion(quiz, s); i++) {
      ({ quiz, session: s } = quizObserve(quiz, advanceTime(s, 10)));
    }
    expect(pendingQuestion(quiz, s)).toMatchObject({ from: 'SYN_SENT', answer: 'ESTABLISHED' });
    expect(stateOf(s, 'client')).toBe('SYN_SENT');
    expect(stateOf(s, 'server')).toBe('SYN_RCVD'); // the server, not asked about, went on
  });

  it('after an action in the past, asks about the branched future afresh', () => {
    let s = createSession('server listen', { at: 'end' });
    let quiz = startQuiz(s, ['client']);
    const connect = (x: LabSession) =>
      act(x, [{ kind: 'call', side: 'client', event: { type: 'ACTIVE_OPEN', now: x.time } }]);
    ({ quiz, session: s } = quizObserve(quiz, connect(s)));
    ({ quiz, session: s } = answerQuiz(quiz, s, 'SYN_SENT'));
    const asked = quiz.answers.length;
    // Back to before the Connect, and connect again: the run branches, and the new Connect is asked.
    ({ quiz, session: s } = quizObserve(quiz, stepBack(s)));
    expect(pendingQuestion(quiz, s)).toBeUndefined();
    ({ quiz, session: s } = quizObserve(quiz, connect(s)));
    expect(pendingQuestion(quiz, s)).toMatchObject({ from: 'CLOSED', answer: 'SYN_SENT' });
    expect(quiz.answers).toHaveLength(asked);
  });
});
