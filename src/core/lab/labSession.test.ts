import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/scenarios';
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

const handshake = findScenario('handshake')?.script ?? '';

describe('lab session', () => {
  it('starts at the beginning of a scenario that has been run in full', () => {
    const s = createSession(handshake);
    expect(s.step).toBe(0);
    expect(s.sim.steps).toBeGreaterThan(4);
    expect(viewOf(s).world.endpoints.client.value).toBe('CLOSED');
  });

  it('playing moves through the recorded steps by virtual time', () => {
    let s = createSession(handshake);
    s = advanceTime(s, 60);
    expect(viewOf(s).world.endpoints.server.value).toBe('SYN_RCVD');
    s = advanceTime(s, 100);
    expect(viewOf(s).world.endpoints.server.value).toBe('ESTABLISHED');
  });

  it('a segment on the wire is shown part-way while time passes between events', () => {
    let s = createSession(handshake);
    s = advanceTime(s, 25);
    const w = viewOf(s).world;
    expect(w.now).toBe(25);
    expect(w.inFlight).toHaveLength(1);
  });

  it('stepping back and forth shows exactly the recorded worlds', () => {
    let s = createSession(handshake);
    s = seek(s, 3);
    const at3 = viewOf(s).world;
    s = stepForward(s);
    expect(s.step).toBe(4);
    s = stepBack(s);
    expect(viewOf(s).world).toEqual(at3);
  });

  it('the trace of a view ends with the shown step, and stepEvents are that step’s events', () => {
    const s = seek(createSession(handshake), 3);
    const v = viewOf(s);
    expect(v.trace.every((e) => e.step <= 3)).toBe(true);
    expect(v.stepEvents.length).toBeGreaterThan(0);
    expect(v.stepEvents.every((e) => e.step === 3)).toBe(true);
  });

  it('frames within one step share that step’s trace; the next step, or a seek back, cuts its own', () => {
    let s = advanceTime(createSession(handshake), 25);
    const a = viewOf(s);
    s = advanceTime(s, 5); // still on the wire: the same step, later
    const b = viewOf(s);
    expect(b.world.now).toBe(30);
    expect(b.trace).toBe(a.trace);
    expect(b.stepEvents).toBe(a.stepEvents);
    s = stepForward(s);
    const c = viewOf(s);
    expect(c.trace).not.toBe(a.trace);
    expect(c.trace).toEqual(s.sim.trace.slice(0, s.sim.traceLengthAt(s.step)));
    const back = viewOf(seek(s, a.trace.at(-1)?.step ?? 0));
    expect(back.trace).toEqual(a.trace);
    expect(back.stepEvents).toEqual(a.stepEvents);
  });

  it('acting at the live edge extends the run; the world keeps going as time advances', () => {
    let s = createSession('iss client=1000 server=5000');
    expect(atLiveEdge(s)).toBe(true);
    s = act(s, [{ kind: 'call', side: 'server', event: { type: 'PASSIVE_OPEN', now: 0 } }]);
    s = act(s, [{ kind: 'call', side: 'client', event: { type: 'ACTIVE_OPEN', now: 0 } }]);
    s = advanceTime(s, 200);
    expect(viewOf(s).world.endpoints.client.value).toBe('ESTABLISHED');
  });

  it('acting in the past branches the run there: the old future is gone', () => {
    let s = createSession(findScenario('normal-close')?.script ?? '');
    const fullLength = s.sim.steps;
    s = seek(s, 6); // during the handshake
    s = act(s, [{ kind: 'call', side: 'client', event: { type: 'ABORT', now: s.time } }]);
    expect(s.sim.steps).toBeLessThan(fullLength);
    expect(viewOf(s).world.endpoints.client.value).toBe('CLOSED');
  });

  it('long idle stretches are skipped while playing (TIME_WAIT does not take 4 real minutes)', () => {
    let s = createSession(findScenario('normal-close')?.script ?? '');
    for (let i = 0; i < 20; i++) s = advanceTime(s, 250);
    expect(viewOf(s).world.endpoints.client.value).toBe('CLOSED');
  });

  it('clicking a segment in flight drops it', () => {
    let s = createSession(handshake);
    s = advanceTime(s, 25);
    const id = viewOf(s).world.inFlight[0]?.seg.id ?? -1;
    s = act(s, [{ kind: 'dropInFlight', id }]);
    s = advanceTime(s, 40);
    expect(viewOf(s).trace.some((e) => e.kind === 'drop' && e.seg.id === id)).toBe(true);
  });
});

describe('a session opened at its end', () => {
  it('shows the world after the script, ready to act in', () => {
    const s = createSession('server listen', { at: 'end' });
    expect(s.step).toBe(s.sim.steps);
    expect(viewOf(s).world.endpoints.server.value).toBe('LISTEN');
  });
});

describe('a session opened at a step, and its recorded actions', () => {
  it('opens at the step asked for, or at the last one when the run is shorter', () => {
    expect(createSession(handshake, { at: 3 }).step).toBe(3);
    const s = createSession(handshake, { at: 99_999 });
    expect(s.step).toBe(s.sim.steps);
  });

  it('records each action with the step and time it was taken at; a drop of a segment not on the link changes nothing', () => {
    let s = createSession('server listen', { at: 'end' });
    s = act(s, [{ kind: 'dropInFlight', id: 42 }]);
    expect(s.actions).toEqual([]);
    s = act(s, [{ kind: 'call', side: 'client', event: { type: 'ACTIVE_OPEN', now: 0 } }]);
    s = advanceTime(s, 25);
    const id = viewOf(s).world.inFlight[0]?.seg.id ?? -1;
    s = act(s, [{ kind: 'dropInFlight', id }]);
    expect(s.actions.map((a) => [a.step, a.time, a.inputs[0]?.kind])).toEqual([
      [1, 0, 'call'],
      [2, 25, 'dropInFlight'],
    ]);
  });
});
