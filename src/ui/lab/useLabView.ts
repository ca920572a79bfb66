import { useMemo } from 'react';
import type { LabView } from '../../core/lab/labSession';
import { viewOf } from '../../core/lab/labSession';
import { LabContext } from './labContext';

/** The moment the lab shows (world, trace so far, the step's own events); recomputed per session change. */
export function useLabView(): LabView {
  const session = LabContext.useSelector((s) => s.context.session);
  return useMemo(() => viewOf(session), [session]);
}

/** Whether the lab is playing. */
export function usePlaying(): boolean {
  return LabContext.useSelector((s) => s.matches('playing'));
}
