/**
 * A small seeded PRNG (mulberry32) whose whole state is one uint32, so the world can keep it in an
 * immutable snapshot and replay from any step. Pure: `next` returns the value and the next state.
 */

/** The PRNG's state: one unsigned 32-bit integer. */
export type PrngState = number;

/**
 * Turns any integer seed into a starting state, through a 32-bit mix (the finalizer of MurmurHash3) so
 * that neighbouring seeds (1, 2, 3 …) start far apart in mulberry32's sequence.
 */
export function seedPrng(seed: number): PrngState {
  let h = seed >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Pure. Returns a float in [0, 1) and the next state. */
export function nextFloat(state: PrngState): [number, PrngState] {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s];
}

/** Pure. Returns a uint32 and the next state. */
export function nextUint32(state: PrngState): [number, PrngState] {
  const [f, s] = nextFloat(state);
  return [Math.floor(f * 4294967296) >>> 0, s];
}
