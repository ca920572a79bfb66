import { useMemo } from 'react';
import { traceDigest } from '../../core/output/traceDigest';
import { LabContext } from './labContext';

/**
 * A fingerprint of the whole recorded run, computed only while paused (it reads the entire trace), so
 * tests can check that the browser and Node produce the same run. Empty while playing.
 */
export function useTraceDigest(): string {
  const sim = LabContext.useSelector((s) => s.context.session.sim);
  const steps = LabContext.useSelector((s) => s.context.session.sim.steps);
  const playing = LabContext.useSelector((s) => s.matches('playing'));
  return useMemo(
    () => (playing ? '' : traceDigest(sim.trace.slice(0, sim.traceLengthAt(steps)))),
    [sim, steps, playing],
  );
}
