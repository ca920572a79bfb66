import type { LabSession, LabView } from '../../core/lab/labSession';
import { viewOf } from '../../core/lab/labSession';
import type { TraceEvent } from '../../core/world/trace';
import { LabContext } from '../lab/labContext';

/** Real ms a readout that changes on every frame of playback keeps its text: ten updates a second. */
export const READOUT_MS = 100;

/**
 * Pure. Which READOUT_MS slot of real playback the virtual time `time` falls in at `speed` (virtual ms
 * per real ms): the readout is re-read when this changes.
 */
export function readoutSlot(time: number, speed: number): number {
  return Math.floor(time / (READOUT_MS * Math.max(speed, Number.EPSILON)));
}

/** What a readout selected, with when. */
type Read<T> = { readonly value: T; readonly playing: boolean; readonly slot: number };

/**
 * Pure. Whether a readout may keep showing `a` now that the lab has moved on to `b`. While paused,
 * only when `exact` says they are the same; while playing, when `steady` says nothing that must show
 * at once has changed and the READOUT_MS slot is still the one `a` was read in. Starting or stopping
 * playback always re-reads.
 */
export function sameReadout<T>(
  a: Read<T>,
  b: Read<T>,
  exact: (a: T, b: T) => boolean,
  steady: (a: T, b: T) => boolean,
): boolean {
  if (a.playing !== b.playing) return false;
  return b.playing ? a.slot === b.slot && steady(a.value, b.value) : exact(a.value, b.value);
}

/**
 * A readout of the moment shown that changes on every frame of playback (a clock, a countdown, the
 * scrubber): the component re-renders at most once per READOUT_MS of real time while playing — what
 * the eye can read — unless `steady` reports a change that must show at once; while paused, on every
 * change `exact` sees. The value shown is always one the lab really had.
 */
export function useReadout<T>(
  select: (view: LabView, session: LabSession) => T,
  exact: (a: T, b: T) => boolean,
  steady: (a: T, b: T) => boolean = () => true,
): T {
  return LabContext.useSelector(
    (s): Read<T> => ({
      value: select(viewOf(s.context.session), s.context.session),
      playing: s.matches('playing'),
      slot: readoutSlot(s.context.session.time, s.context.speed),
    }),
    (a, b) => sameReadout(a, b, exact, steady),
  ).value;
}

/** The same trace so far (the views' traces only grow or branch): the same length and last event. */
export function sameTrace(a: readonly TraceEvent[], b: readonly TraceEvent[]): boolean {
  return a.length === b.length && a[a.length - 1] === b[b.length - 1];
}
