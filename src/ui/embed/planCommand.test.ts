import { describe, expect, it } from 'vitest';
import { createSession } from '../../core/lab/labSession';
import { findScenario } from '../../core/scenarios/scenarios';
import { planCommand } from './planCommand';

const session = createSession('server listen\nclient connect\nwait 1s');

describe('planCommand', () => {
  it('playback commands become the lab events of the same meaning', () => {
    expect(planCommand({ type: 'play' }, session, ['en'])).toEqual({ kind: 'lab', event: { type: 'PLAY' } });
    expect(planCommand({ type: 'step' }, session, ['en'])).toEqual({
      kind: 'lab',
      event: { type: 'STEP_FORWARD' },
    });
    expect(planCommand({ type: 'back' }, session, ['en'])).toEqual({
      kind: 'lab',
      event: { type: 'STEP_BACK' },
    });
    expect(planCommand({ type: 'speed', speed: 4 }, session, ['en'])).toEqual({
      kind: 'lab',
      event: { type: 'SET_SPEED', speed: 4 },
    });
  });

  it('a scenario loads its own script, with the options given', () => {
    expect(planCommand({ type: 'load', scenario: 'handshake', seed: 3 }, session, ['en'])).toEqual({
      kind: 'lab',
      event: { type: 'LOAD', script: findScenario('handshake')?.script, seed: 3 },
    });
  });

  it('an unknown scenario is refused at scenario, listing the known ones', () => {
    const plan = planCommand({ type: 'load', scenario: 'handshak' }, session, ['en']);
    expect(plan).toMatchObject({ kind: 'error', error: { code: 'unknown-scenario', path: 'scenario' } });
    expect(plan.kind === 'error' && plan.error.message).toContain('handshake');
  });

  it('a script that does not parse is refused at script, with its line, before anything is loaded', () => {
    const plan = planCommand({ type: 'load', script: 'server listen\nclient jump' }, session, ['en']);
    expect(plan).toMatchObject({ kind: 'error', error: { code: 'script-error', path: 'script' } });
    expect(plan.kind === 'error' && plan.error.message).toMatch(/^line 2, col \d+: /);
  });

  it('a script that parses is loaded', () => {
    expect(planCommand({ type: 'load', script: 'server listen', at: 'end' }, session, ['en'])).toEqual({
      kind: 'lab',
      event: { type: 'LOAD', script: 'server listen', at: 'end' },
    });
  });

  it('seek reaches any recorded step and is refused past the last one', () => {
    const last = session.sim.steps;
    expect(planCommand({ type: 'seek', step: last }, session, ['en'])).toEqual({
      kind: 'lab',
      event: { type: 'SEEK', step: last },
    });
    expect(planCommand({ type: 'seek', step: last + 1 }, session, ['en'])).toMatchObject({
      kind: 'error',
      error: { code: 'invalid-value', path: 'step' },
    });
  });

  it('a language the build ships is set; one it lacks is refused at lang', () => {
    expect(planCommand({ type: 'lang', lang: 'en' }, session, ['en'])).toEqual({ kind: 'lang', lang: 'en' });
    expect(planCommand({ type: 'lang', lang: 'zh-CN' }, session, ['en'])).toMatchObject({
      kind: 'error',
      error: { code: 'unavailable-language', path: 'lang' },
    });
  });
});
