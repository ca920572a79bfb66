/**
 * The app root's test hooks (docs/testing.md), written straight from the lab actor: `data-step`, both
 * endpoints' states and, while paused, the trace digest. They change on every frame of playback, so no
 * React render is involved; each attribute is written only when its value changes.
 */
import type { LabSession } from '../../core/lab/labSession';
import { viewOf } from '../../core/lab/labSession';
import { traceDigest } from '../../core/output/traceDigest';
import type { LabActor } from '../lab/labContext';

type Sim = LabSession['sim'];

/** Keeps `root`'s hooks in step with `actor`; returns the unsubscribe function. */
export function keepRootHooks(root: HTMLElement, actor: LabActor): () => void {
  const put = (name: string, value: string) => {
    if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  };
  // A fingerprint of the whole recorded run, so tests can check that the browser and Node produce the
  // same run. It reads the entire trace, so it is computed once per recorded run, and only while paused.
  let memo: { sim: Sim; steps: number; digest: string } | undefined;
  const digestOf = (sim: Sim) => {
    if (memo?.sim !== sim || memo.steps !== sim.steps) {
      memo = { sim, steps: sim.steps, digest: traceDigest(sim.trace.slice(0, sim.traceLengthAt(sim.steps))) };
    }
    return memo.digest;
  };
  const write = () => {
    const snapshot = actor.getSnapshot();
    const session = snapshot.context.session;
    const world = viewOf(session).world;
    put('data-step', String(session.step));
    put('data-client-state', world.endpoints.client.value);
    put('data-server-state', world.endpoints.server.value);
    put('data-trace-digest', snapshot.matches('playing') ? '' : digestOf(session.sim));
  };
  write();
  return actor.subscribe(write).unsubscribe;
}
