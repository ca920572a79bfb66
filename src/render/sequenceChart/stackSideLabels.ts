/** A label beside a lifeline that wants to sit at `y` and must stay within [y, maxY]. */
export type SideLabelRequest = {
  readonly key: string;
  /** Where it would like to be (screen px). */
  readonly y: number;
  /** The lowest it may be pushed to (the end of what it names). */
  readonly maxY: number;
  /** Kept even when pushed past maxY (the current state, a running timer). */
  readonly keep: boolean;
};

/**
 * Pure. Stacks side labels top to bottom so that none is closer than `lineH` to the one above it,
 * pushing labels down as needed. A label pushed beyond its own span is dropped unless it must be kept.
 * Returns the y of each kept label by key.
 */
export function stackSideLabels(requests: readonly SideLabelRequest[], lineH: number): Map<string, number> {
  const sorted = [...requests].sort((a, b) => a.y - b.y);
  const out = new Map<string, number>();
  let last = -Infinity;
  for (const r of sorted) {
    const y = Math.max(r.y, last + lineH);
    if (y > r.maxY + lineH / 2 && !r.keep) continue;
    out.set(r.key, y);
    last = y;
  }
  return out;
}
