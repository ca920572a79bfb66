import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { pendingQuestion } from '../quiz/quizState';
import { findScenario } from '../scenarios/scenarios';
import { viewOf } from './labSession';
import { labMachine } from './labMachine';

function lab(script: string, at?: 'start' | 'end') {
  const a = createActor(labMachine, { input: { script, ...(at ? { at } : {}) } });
  a.start();
  return a;
}
type Lab = ReturnType<typeof lab>;
const state = (a: Lab, side: 'client' | 'server') =>
  viewOf(a.getSnapshot().context.session).world.endpoints[side].value;
const step = (a: Lab) => a.getSnapshot().context.session.step;
const pending = (a: Lab) => {
  const { quiz, session } = a.getSnapshot().context;
  return quiz && pendingQuestion(quiz, session);
};
const play = (a: Lab, ticks: number) => {
  a.send({ type: 'PLAY' });
  for (let i = 0; i < ticks; i++) a.send({ type: 'TICK', dtMs: 50 });
};

describe('the lab actor in quiz mode', () => {
  it('play stops before a state change and stays there: play, step, jump to end do not skip it', () => {
    const a = lab(findScenario('handshake')?.script ?? '');
    a.send({ type: 'QUIZ', on: true });
    a.send({ type: 'STEP_FORWARD' }); // the server's listen is the first change
    a.send({ type: 'QUIZ_ANSWER', choice: 'LISTEN' });
    expect(state(a, 'server')).toBe('LISTEN');
    play(a, 40);
    expect(a.getSnapshot().value).toBe('paused');
    const q = pending(a);
    expect(q).toMatchObject({ side: 'client', from: 'CLOSED', answer: 'SYN_SENT' });
    const held = step(a);
    expect(held).toBe((q?.step ?? 0) - 1);
    play(a, 5);
    a.send({ type: 'STEP_FORWARD' });
    a.send({ type: 'TO_END' });
    a.send({ type: 'SEEK', step: 1000 });
    expect(a.getSnapshot().value).toBe('paused');
    expect(step(a)).toBe(held);
    expect(state(a, 'client')).toBe('CLOSED');
    a.send({ type: 'QUIZ_ANSWER', choice: 'LISTEN' });
    expect(state(a, 'client')).toBe('SYN_SENT');
    expect(a.getSnapshot().context.quiz?.answers.map((x) => x.right)).toEqual([true, false]);
  });

  it('holds a live Connect before its change, then plays on to the next question', () => {
    const a = lab('server listen', 'end');
    a.send({ type: 'QUIZ', on: true, sides: ['server'] });
    a.send({ type: 'CALL', side: 'client', call: 'connect' });
    expect(pending(a)).toBeUndefined(); // the client is not asked about
    play(a, 40);
    expect(pending(a)).toMatchObject({ side: 'server', from: 'LISTEN', answer: 'SYN_RCVD' });
    expect(state(a, 'server')).toBe('LISTEN');
    expect(a.getSnapshot().value).toBe('paused');
  });

  it('stepping forward at the live edge computes the next step, and holds before it when it is a change', () => {
    const a = lab('server listen', 'end');
    a.send({ type: 'QUIZ', on: true, sides: ['server'] });
    a.send({ type: 'CALL', side: 'client', call: 'connect' });
    const steps: number[] = [];
    for (let i = 0; i < 5; i++) {
      a.send({ type: 'STEP_FORWARD' });
      steps.push(step(a));
    }
    expect(pending(a)).toMatchObject({ side: 'server', from: 'LISTEN', answer: 'SYN_RCVD' });
    expect(new Set(steps.slice(-3)).size).toBe(1); // held: further steps do not move
    expect(a.getSnapshot().context.session.sim.steps).toBe(step(a) + 1); // the change is recorded, not shown
    expect(state(a, 'server')).toBe('LISTEN');
  });

  it('turning the quiz off lets playback run through; a new scenario starts a fresh quiz', () => {
    const a = lab(findScenario('handshake')?.script ?? '');
    a.send({ type: 'QUIZ', on: true });
    a.send({ type: 'STEP_FORWARD' });
    a.send({ type: 'QUIZ_ANSWER', choice: 'SYN_SENT' });
    a.send({ type: 'LOAD', script: findScenario('normal-close')?.script ?? '' });
    expect(a.getSnapshot().context.quiz?.answers).toEqual([]);
    a.send({ type: 'QUIZ', on: false });
    play(a, 100);
    expect(a.getSnapshot().context.quiz).toBeUndefined();
    expect(step(a)).toBe(a.getSnapshot().context.session.sim.steps); // played to the end, unasked
  });
});
