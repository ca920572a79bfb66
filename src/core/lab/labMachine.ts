/**
 * The lab as an XState actor: a learner's session (labSession.ts) plus playback. The UI subscribes to
 * it with @xstate/react; time is injected by TICK events (the UI sends the real milliseconds between
 * frames), so the machine never reads a clock.
 */
import { assign, setup } from 'xstate';
import type { CallName, ProfileName } from '../script/ast';
import type { Direction, Side } from '../segment';
import { flags } from '../segment';
import type { EndpointInput } from '../endpoint/endpointEvents';
import type { TcpState } from '../endpoint/tcpState';
import type { QuizState } from '../quiz/quizState';
import { answerQuiz, pendingQuestion, quizObserve, startQuiz } from '../quiz/quizState';
import type { LinkSettings } from '../world/linkSettings';
import type { WorldInput } from '../world/simulation';
import { nextEvent } from '../world/world';
import type { LabSession } from './labSession';
import {
  act,
  advanceTime,
  atLiveEdge,
  createSession,
  seek,
  stepBack,
  stepForward,
  viewOf,
} from './labSession';

/** Playback speeds offered (virtual time per real time). */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;

/** The lab's extended state. */
export type LabContext = {
  readonly session: LabSession;
  /** Virtual ms per real ms while playing. */
  readonly speed: number;
  /** Quiz mode (src/core/quiz): undefined while it is off. */
  readonly quiz: QuizState | undefined;
};

/** Events the lab accepts. */
export type LabEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE_PLAY' }
  /** Real milliseconds since the last frame. */
  | { type: 'TICK'; dtMs: number }
  | { type: 'STEP_FORWARD' }
  | { type: 'STEP_BACK' }
  | { type: 'TO_START' }
  | { type: 'TO_END' }
  | { type: 'SEEK'; step: number }
  | { type: 'SET_SPEED'; speed: number }
  | { type: 'CALL'; side: Side; call: CallName; bytes?: number }
  | { type: 'DROP_SEGMENT'; id: number }
  | { type: 'DROP_NEXT'; dir: Direction }
  | { type: 'LINK'; dir: Direction | 'both'; settings: Partial<LinkSettings> }
  | { type: 'INJECT_RST'; dir: Direction }
  | { type: 'LOAD'; script: string; seed?: number; profile?: ProfileName; at?: 'start' | 'end' }
  /** Quiz mode on (afresh from the shown moment, asking about `sides`, default both) or off. */
  | { type: 'QUIZ'; on: boolean; sides?: readonly Side[] }
  | { type: 'QUIZ_ANSWER'; choice: TcpState };

const CALL_EVENT: Record<CallName, EndpointInput['type']> = {
  listen: 'PASSIVE_OPEN',
  connect: 'ACTIVE_OPEN',
  send: 'SEND',
  read: 'READ',
  shutdown: 'SHUTDOWN',
  close: 'CLOSE',
  abort: 'ABORT',
};

function callInput(s: LabSession, e: Extract<LabEvent, { type: 'CALL' }>): WorldInput {
  const type = CALL_EVENT[e.call];
  const now = s.time;
  const event = (
    type === 'SEND'
      ? { type, bytes: e.bytes ?? 1000, now }
      : type === 'READ'
        ? { type, bytes: e.bytes, now }
        : { type, now }
  ) as EndpointInput;
  return { kind: 'call', side: e.side, event };
}

function linkInputs(s: LabSession, e: Extract<LabEvent, { type: 'LINK' }>): WorldInput[] {
  const w = viewOf(s).world;
  const dirs: Direction[] = e.dir === 'both' ? ['c>s', 's>c'] : [e.dir];
  return dirs.map((dir) => ({ kind: 'link', dir, settings: { ...w.link[dir], ...e.settings } }));
}

function injectRst(s: LabSession, dir: Direction): WorldInput {
  const target = viewOf(s).world.endpoints[dir === 'c>s' ? 'server' : 'client'].context.tcb;
  return {
    kind: 'inject',
    dir,
    header: { seq: target.rcvNxt, ack: target.sndNxt, flags: flags('RST'), win: 0, len: 0 },
  };
}

/** True when nothing more will happen: the last recorded step is shown and the world is quiet. */
export function finished(s: LabSession): boolean {
  return atLiveEdge(s) && nextEvent(s.sim.current) === undefined && viewOf(s).world.inFlight.length === 0;
}

/** The lab statechart. Input: the script to start from. */
export const labMachine = setup({
  types: {
    context: {} as LabContext,
    events: {} as LabEvent,
    input: {} as {
      script: string;
      seed?: number;
      profile?: ProfileName;
      speed?: number;
      /** Where to open: the start, the end, or a step (issue #4's `step=`). */
      at?: 'start' | 'end' | number;
    },
  },
  guards: {
    finished: ({ context }) => finished(context.session),
    quizMoved: ({ context }) => context.quiz !== undefined && context.quiz.seen !== context.session,
    quizAsking: ({ context }) =>
      context.quiz !== undefined && pendingQuestion(context.quiz, context.session) !== undefined,
  },
  actions: {
    tick: assign(({ context, event }) =>
      event.type === 'TICK' ? { session: advanceTime(context.session, event.dtMs * context.speed) } : {},
    ),
    stepForward: assign(({ context }) => ({ session: stepForward(context.session) })),
    stepBack: assign(({ context }) => ({ session: stepBack(context.session) })),
    toStart: assign(({ context }) => ({ session: seek(context.session, 0) })),
    toEnd: assign(({ context }) => ({ session: seek(context.session, context.session.sim.steps) })),
    seek: assign(({ context, event }) =>
      event.type === 'SEEK' ? { session: seek(context.session, event.step) } : {},
    ),
    setSpeed: assign(({ event }) => (event.type === 'SET_SPEED' ? { speed: event.speed } : {})),
    call: assign(({ context, event }) =>
      event.type === 'CALL' ? { session: act(context.session, [callInput(context.session, event)]) } : {},
    ),
    dropSegment: assign(({ context, event }) =>
      event.type === 'DROP_SEGMENT'
        ? { session: act(context.session, [{ kind: 'dropInFlight', id: event.id }]) }
        : {},
    ),
    dropNext: assign(({ context, event }) =>
      event.type === 'DROP_NEXT'
        ? {
            session: act(context.session, [
              { kind: 'rule', rule: { kind: 'dropNext', dir: event.dir, remaining: 1 } },
            ]),
          }
        : {},
    ),
    link: assign(({ context, event }) =>
      event.type === 'LINK' ? { session: act(context.session, linkInputs(context.session, event)) } : {},
    ),
    injectRst: assign(({ context, event }) =>
      event.type === 'INJECT_RST'
        ? { session: act(context.session, [injectRst(context.session, event.dir)]) }
        : {},
    ),
    load: assign(({ event }) =>
      event.type === 'LOAD'
        ? {
            session: createSession(event.script, {
              ...(event.seed === undefined ? {} : { seed: event.seed }),
              ...(event.profile === undefined ? {} : { profile: event.profile }),
              ...(event.at === undefined ? {} : { at: event.at }),
            }),
          }
        : {},
    ),
    quiz: assign(({ context, event }) =>
      event.type === 'QUIZ' ? { quiz: event.on ? startQuiz(context.session, event.sides) : undefined } : {},
    ),
    quizRestart: assign(({ context }) =>
      context.quiz ? { quiz: startQuiz(context.session, context.quiz.sides) } : {},
    ),
    quizAnswer: assign(({ context, event }) =>
      event.type === 'QUIZ_ANSWER' && context.quiz
        ? answerQuiz(context.quiz, context.session, event.choice)
        : {},
    ),
    quizObserve: assign(({ context }) => (context.quiz ? quizObserve(context.quiz, context.session) : {})),
  },
}).createMachine({
  id: 'lab',
  context: ({ input }) => ({
    session: createSession(input.script, {
      ...(input.seed === undefined ? {} : { seed: input.seed }),
      ...(input.profile === undefined ? {} : { profile: input.profile }),
      ...(input.at === undefined ? {} : { at: input.at }),
    }),
    speed: input.speed ?? 1,
    quiz: undefined,
  }),
  initial: 'paused',
  on: {
    STEP_FORWARD: { target: '.paused', actions: 'stepForward' },
    STEP_BACK: { target: '.paused', actions: 'stepBack' },
    TO_START: { target: '.paused', actions: 'toStart' },
    TO_END: { target: '.paused', actions: 'toEnd' },
    SEEK: { target: '.paused', actions: 'seek' },
    SET_SPEED: { actions: 'setSpeed' },
    CALL: { actions: 'call' },
    DROP_SEGMENT: { actions: 'dropSegment' },
    DROP_NEXT: { actions: 'dropNext' },
    LINK: { actions: 'link' },
    INJECT_RST: { actions: 'injectRst' },
    LOAD: { target: '.paused', actions: ['load', 'quizRestart'] },
    QUIZ: { actions: 'quiz' },
    QUIZ_ANSWER: { target: '.paused', actions: 'quizAnswer' },
  },
  // Quiz mode: after every event, hold the session before a state change not yet asked (quizState.ts).
  always: { guard: 'quizMoved', actions: 'quizObserve' },
  states: {
    paused: {
      on: { PLAY: 'playing', TOGGLE_PLAY: 'playing' },
    },
    playing: {
      always: [
        { guard: 'finished', target: 'paused' },
        { guard: 'quizAsking', target: 'paused' },
      ],
      on: {
        PAUSE: 'paused',
        TOGGLE_PLAY: 'paused',
        TICK: { actions: 'tick' },
      },
    },
  },
});
