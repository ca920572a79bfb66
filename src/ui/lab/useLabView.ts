import { useMemo } from 'react';
import type { LabView } from '../../core/lab/labSession';
import { viewOf } from '../../core/lab/labSession';
import { LabContext } from './labContext';

/** The moment the lab shows (world, trace so far, the step's own events); recomputed per session change. */
export function useLabView(): LabView {
  const session = LabContext.useSelector((s) => s.context.session);
  return useMemo(() => viewOf(session), [session]);
}

/**
 * One value derived from the moment shown. The component re-renders only when it changes (by `compare`,
 * or ===), not on every frame of playback: select primitives, or pass a comparison.
 */
export function useLabViewSelector<T>(select: (view: LabView) => T, compare?: (a: T, b: T) => boolean): T {
  return LabContext.useSelector((s) => select(viewOf(s.context.session)), compare);
}

/** Whether the lab is playing. */
export function usePlaying(): boolean {
  return LabContext.useSelector((s) => s.matches('playing'));
}
