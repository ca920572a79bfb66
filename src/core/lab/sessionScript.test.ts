import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { traceDigest } from '../output/traceDigest';
import { findScenario } from '../scenarios/scenarios';
import { parseScript } from '../script/parseScript';
import type { LabEvent } from './labMachine';
import { labMachine } from './labMachine';
import type { LabSession } from './labSession';
import { createSession, viewOf } from './labSession';
import { plainDecimal, sessionScript } from './sessionScript';

/** Reruns a session's script as the Share link does: same seed and profile, opened at its step. */
function rerun(s: LabSession): LabSession {
  return createSession(sessionScript(s), { seed: s.seed, profile: s.profile, at: s.step });
}

/** Asserts the rerun shows the same run: trace, world at the shown step, and the step itself. */
function expectSameRun(s: LabSession): void {
  const r = rerun(s);
  expect(parseScript(sessionScript(s)).errors).toEqual([]);
  const trace = s.sim.trace;
  expect(traceDigest(r.sim.trace.slice(0, trace.length))).toBe(traceDigest(trace));
  expect(r.sim.trace.slice(0, trace.length)).toEqual(trace);
  expect(r.step).toBe(s.step);
  expect(r.sim.stateAt(s.step)).toEqual(s.sim.stateAt(s.step));
}

function lab(script: string, seed: number, profile: 'rfc9293' | 'linux', at: 'start' | 'end') {
  const a = createActor(labMachine, { input: { script, seed, profile, at } });
  a.start();
  return a;
}

describe('sessionScript', () => {
  it('a session without actions is its own script', () => {
    const s = createSession('server listen\nclient connect');
    expect(sessionScript(s)).toBe('server listen\nclient connect');
  });

  it('writes each action as an "at step" line after the script', () => {
    const a = lab('server listen', 1, 'rfc9293', 'end');
    a.send({ type: 'CALL', side: 'client', call: 'connect' });
    a.send({ type: 'LINK', dir: 'c>s', settings: { loss: 0.25 } });
    a.send({ type: 'CALL', side: 'client', call: 'send', bytes: 300 });
    const text = sessionScript(a.getSnapshot().context.session);
    expect(text).toBe(
      'server listen\n# actions taken in the lab\n' +
        'at step 1 t=0ms client connect\n' +
        'at step 2 t=0ms link c>s latency=50ms jitter=0ms loss=0.25 dup=0 reorder=0\n' +
        'at step 2 t=0ms client send 300\n',
    );
    expectSameRun(a.getSnapshot().context.session);
  });

  it('acting in the past drops the later actions the branch discarded', () => {
    const a = lab('server listen', 1, 'rfc9293', 'end');
    a.send({ type: 'CALL', side: 'client', call: 'connect' });
    a.send({ type: 'PLAY' });
    for (let i = 0; i < 10; i++) a.send({ type: 'TICK', dtMs: 50 });
    a.send({ type: 'CALL', side: 'client', call: 'close' });
    a.send({ type: 'SEEK', step: 2 });
    a.send({ type: 'CALL', side: 'client', call: 'abort' });
    const s = a.getSnapshot().context.session;
    expect(s.actions.map((x) => x.step)).toEqual([1, 2]);
    expectSameRun(s);
  });

  it('a script that did not parse is kept as comments, and the actions still replay', () => {
    const s0 = createSession('server lisen', { at: 'end' });
    const a = createActor(labMachine, { input: { script: 'server lisen', at: 'end' } }).start();
    a.send({ type: 'CALL', side: 'server', call: 'listen' });
    const s = a.getSnapshot().context.session;
    expect(s0.failures[0]?.kind).toBe('parse');
    expect(sessionScript(s)).toMatch(/^# server lisen\n/);
    expectSameRun(s);
  });

  it('plainDecimal writes any number without an exponent, and reads back as the same number', () => {
    for (const x of [0, 1.5, 1e-7, 1.2345e-9, 5e-324, 1e21, 123456.789, 0.1 + 0.2]) {
      const text = plainDecimal(x);
      expect(text).not.toMatch(/e/i);
      expect(Number(text)).toBe(x);
    }
  });
});

const SCRIPTS = [
  'server listen',
  findScenario('handshake')?.script ?? '',
  findScenario('lost-syn')?.script ?? '',
  findScenario('normal-close')?.script ?? '',
  'server listen\nlink latency=200ms jitter=30ms loss=20% dup=10% reorder=10%',
];

/** One learner operation: a lab event, or a few frames of play. */
type Op = LabEvent | { type: 'TICKS'; n: number; dt: number };

const side = fc.constantFrom('client' as const, 'server' as const);
const dir = fc.constantFrom('c>s' as const, 's>c' as const);
/** What a learner can do, one lab event (or a few frames of play) at a time. */
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('TICKS' as const),
    n: fc.integer({ min: 1, max: 8 }),
    dt: fc.integer({ min: 1, max: 100 }),
  }),
  fc.constantFrom<LabEvent>(
    { type: 'STEP_FORWARD' },
    { type: 'STEP_BACK' },
    { type: 'TO_START' },
    { type: 'TO_END' },
  ),
  fc.integer({ min: 0, max: 40 }).map((step): LabEvent => ({ type: 'SEEK', step })),
  fc
    .tuple(
      side,
      fc.constantFrom('listen', 'connect', 'send', 'read', 'shutdown', 'close', 'abort' as const),
      fc.integer({ min: 1, max: 5000 }),
    )
    .map(([s, call, bytes]): LabEvent => ({
      type: 'CALL',
      side: s,
      call: call as 'send',
      ...(call === 'send' ? { bytes } : {}),
    })),
  fc.integer({ min: 0, max: 6 }).map((i): LabEvent => ({ type: 'DROP_SEGMENT', id: i })),
  dir.map((d): LabEvent => ({ type: 'DROP_NEXT', dir: d })),
  dir.map((d): LabEvent => ({ type: 'INJECT_RST', dir: d })),
  fc
    .tuple(
      fc.constantFrom('c>s' as const, 's>c' as const, 'both' as const),
      fc.constantFrom('latency', 'jitter', 'loss', 'dup', 'reorder'),
      fc.integer({ min: 0, max: 100 }),
    )
    .map(([d, key, n]): LabEvent => ({
      type: 'LINK',
      dir: d,
      settings: { [key]: key === 'latency' || key === 'jitter' ? n * 10 : n / 100 },
    })),
);

describe('sessionScript round trip (property)', () => {
  it('random actions at random moments, stepping back included → script → rerun gives the same trace', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCRIPTS),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom('rfc9293' as const, 'linux' as const),
        fc.constantFrom('start' as const, 'end' as const),
        fc.array(op, { maxLength: 25 }),
        (script, seed, profile, at, ops) => {
          const a = lab(script, seed, profile, at);
          play(a, ops);
          expectSameRun(a.getSnapshot().context.session);
        },
      ),
      { seed: 20261121, numRuns: 120 },
    );
  });

  it('a shared session, opened and acted on again, shares again exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCRIPTS),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(op, { maxLength: 15 }),
        fc.array(op, { maxLength: 15 }),
        (script, seed, first, second) => {
          const a = lab(script, seed, 'rfc9293', 'end');
          play(a, first);
          const s = a.getSnapshot().context.session;
          const b = createActor(labMachine, {
            input: { script: sessionScript(s), seed: s.seed, profile: s.profile, at: s.step },
          }).start();
          play(b, second);
          expectSameRun(b.getSnapshot().context.session);
        },
      ),
      { seed: 4, numRuns: 60 },
    );
  });
});

/** Sends a learner's operations to a lab actor. */
function play(a: ReturnType<typeof lab>, ops: readonly Op[]): void {
  for (const o of ops) {
    if (o.type === 'TICKS') {
      a.send({ type: 'PLAY' });
      for (let i = 0; i < o.n; i++) a.send({ type: 'TICK', dtMs: o.dt });
      a.send({ type: 'PAUSE' });
    } else if (o.type === 'DROP_SEGMENT') {
      // The chart offers the segments in flight; pick one by index.
      const inFlight = viewOf(a.getSnapshot().context.session).world.inFlight;
      const f = inFlight[o.id % Math.max(1, inFlight.length)];
      a.send({ type: 'DROP_SEGMENT', id: f ? f.seg.id : o.id });
    } else a.send(o);
  }
}
