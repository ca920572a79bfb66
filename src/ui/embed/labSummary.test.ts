import { describe, expect, it } from 'vitest';
import { createSession, seek } from '../../core/lab/labSession';
import { findScenario } from '../../core/scenarios/scenarios';
import { labSummary, summaryEvents } from './labSummary';

const handshake = createSession(findScenario('handshake')?.script ?? '', { at: 'start' });
const at = (step: number) => labSummary(seek(handshake, step));

describe('labSummary', () => {
  it('names the shown step, the steps recorded and both RFC states', () => {
    expect(at(handshake.sim.steps)).toEqual({
      step: handshake.sim.steps,
      steps: handshake.sim.steps,
      client: 'ESTABLISHED',
      server: 'ESTABLISHED',
    });
  });
});

describe('summaryEvents', () => {
  it('nothing changed: no events', () => {
    expect(summaryEvents(at(1), at(1))).toEqual([]);
  });

  it('stepping to the end: a statechange for each side that moved, then the step', () => {
    const before = at(0);
    const after = at(handshake.sim.steps);
    const events = summaryEvents(before, after);
    expect(events.slice(0, -1)).toEqual([
      { type: 'statechange', side: 'client', from: before.client, to: 'ESTABLISHED' },
      { type: 'statechange', side: 'server', from: before.server, to: 'ESTABLISHED' },
    ]);
    expect(events.at(-1)).toEqual({ type: 'step', ...after });
  });

  it('stepping back reports the change the other way', () => {
    const events = summaryEvents(at(handshake.sim.steps), at(0));
    expect(events).toContainEqual({
      type: 'statechange',
      side: 'client',
      from: 'ESTABLISHED',
      to: at(0).client,
    });
  });
});
