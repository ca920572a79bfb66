import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { findScenario } from '../scenarios/scenarios';
import { viewOf } from './labSession';
import { labMachine } from './labMachine';

function lab(script: string) {
  const a = createActor(labMachine, { input: { script } });
  a.start();
  return a;
}
const state = (a: ReturnType<typeof lab>, side: 'client' | 'server') =>
  viewOf(a.getSnapshot().context.session).world.endpoints[side].value;

describe('the lab actor', () => {
  it('plays a scenario in virtual time, scaled by the speed, and pauses when nothing is left', () => {
    const a = lab(findScenario('handshake')?.script ?? '');
    a.send({ type: 'SET_SPEED', speed: 2 });
    a.send({ type: 'PLAY' });
    a.send({ type: 'TICK', dtMs: 30 }); // 60 virtual ms
    expect(state(a, 'server')).toBe('SYN_RCVD');
    for (let i = 0; i < 20; i++) a.send({ type: 'TICK', dtMs: 50 });
    expect(state(a, 'client')).toBe('ESTABLISHED');
    expect(a.getSnapshot().value).toBe('paused');
  });

  it('TICK does nothing while paused', () => {
    const a = lab(findScenario('handshake')?.script ?? '');
    a.send({ type: 'TICK', dtMs: 1000 });
    expect(a.getSnapshot().context.session.step).toBe(0);
  });

  it('stepping pauses playback', () => {
    const a = lab(findScenario('handshake')?.script ?? '');
    a.send({ type: 'PLAY' });
    a.send({ type: 'STEP_FORWARD' });
    expect(a.getSnapshot().value).toBe('paused');
    expect(a.getSnapshot().context.session.step).toBe(1);
  });

  it('user calls act on the live world: listen, connect, play → ESTABLISHED', () => {
    const a = lab('');
    a.send({ type: 'CALL', side: 'server', call: 'listen' });
    a.send({ type: 'CALL', side: 'client', call: 'connect' });
    a.send({ type: 'PLAY' });
    for (let i = 0; i < 10; i++) a.send({ type: 'TICK', dtMs: 50 });
    expect(state(a, 'client')).toBe('ESTABLISHED');
  });

  it('drop next c>s loses the next client segment', () => {
    const a = lab('');
    a.send({ type: 'CALL', side: 'server', call: 'listen' });
    a.send({ type: 'DROP_NEXT', dir: 'c>s' });
    a.send({ type: 'CALL', side: 'client', call: 'connect' });
    a.send({ type: 'PLAY' });
    for (let i = 0; i < 10; i++) a.send({ type: 'TICK', dtMs: 50 });
    const trace = viewOf(a.getSnapshot().context.session).trace;
    expect(trace.some((e) => e.kind === 'drop' && e.seg.flags.SYN)).toBe(true);
  });

  it('inject RST at the server resets an established connection (exact RCV.NXT)', () => {
    const a = lab(findScenario('handshake')?.script ?? '');
    a.send({ type: 'TO_END' });
    a.send({ type: 'INJECT_RST', dir: 'c>s' });
    a.send({ type: 'PLAY' });
    for (let i = 0; i < 5; i++) a.send({ type: 'TICK', dtMs: 50 });
    expect(state(a, 'server')).toBe('CLOSED');
  });

  it('LOAD replaces the session with a new script', () => {
    const a = lab('');
    a.send({ type: 'LOAD', script: findScenario('normal-close')?.script ?? '', profile: 'linux' });
    expect(a.getSnapshot().context.session.profile).toBe('linux');
    expect(a.getSnapshot().context.session.sim.steps).toBeGreaterThan(10);
  });
});
