import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { labMachine } from '../../core/lab/labMachine';
import { runScript } from '../../core/script/runScript';
import { LabContext } from '../lab/labContext';
import { EventLog } from './EventLog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A run long enough that the log shows only its last 300 events. */
const SCRIPT = 'server listen; client connect; wait 1s; client send 100000; wait 30s';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function mount(at: number) {
  const div = document.createElement('div');
  document.body.append(div);
  const root = createRoot(div);
  const actor = createActor(labMachine, { input: { script: SCRIPT, at } }).start();
  act(() =>
    root.render(
      <LabContext.Provider value={actor}>
        <EventLog />
      </LabContext.Provider>,
    ),
  );
  cleanups.push(() => {
    act(() => root.unmount());
    actor.stop();
    div.remove();
  });
  const lines = () => [...div.querySelectorAll('[data-event-log] li')];
  return { send: (e: Parameters<typeof actor.send>[0]) => act(() => actor.send(e)), lines };
}

describe('EventLog', () => {
  it('past 300 events, stepping on keeps the lines still shown (the same elements) and adds the new ones', () => {
    const sim = runScript(SCRIPT).sim;
    const steps = sim?.steps ?? 0;
    expect(sim?.traceLengthAt(steps - 5) ?? 0).toBeGreaterThan(320);
    const { send, lines } = mount(steps - 5);
    const before = lines();
    expect(before).toHaveLength(300);
    send({ type: 'STEP_FORWARD' });
    const after = lines();
    expect(after).toHaveLength(300);
    const added = sim ? sim.traceLengthAt(steps - 4) - sim.traceLengthAt(steps - 5) : 0;
    expect(added).toBeGreaterThan(0);
    // The lines that scrolled up are the very same elements, now `added` places higher.
    expect(after.slice(0, 300 - added)).toEqual(before.slice(added));
    after.slice(0, 300 - added).forEach((li, i) => expect(li).toBe(before[i + added]));
  });
});
