import type { Segment } from '../segment';
import type { WorldState } from './worldState';

/** Where a segment on the wire is at the world's current time. */
export type SegmentPosition = {
  readonly seg: Segment;
  /** 0 at the sender, 1 at the receiver; a lost segment stops where it is lost. */
  readonly progress: number;
  readonly fate: 'deliver' | 'lost';
  /** When it arrives, or when it is lost. */
  readonly endsAt: number;
};

/** Pure. Every segment on the wire with how far it has travelled (for the sequence chart). */
export function inFlightPositions(w: WorldState): readonly SegmentPosition[] {
  return w.inFlight.map((f) => {
    // A lost segment vanishes half-way: its full trip would have taken twice as long.
    const trip = f.fate === 'lost' ? 2 * (f.endsAt - f.seg.sentAt) : f.endsAt - f.seg.sentAt;
    const progress = trip <= 0 ? 1 : Math.min(1, Math.max(0, (w.now - f.seg.sentAt) / trip));
    return { seg: f.seg, progress, fate: f.fate, endsAt: f.endsAt };
  });
}
