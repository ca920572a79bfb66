/**
 * A small seeded PRNG (mulberry32) whose whole state is one uint32, so the world can keep it in an
 * immutable snapshot and replay from any step. Pure: `next` returns the value and the next state.
 */

/** The PRNG's state: one unsigned 32-bit integer. */
export type PrngState = number;

/** Turns any integer seed into a starting state. */
export function seedPrng(seed: number): PrngState {
  return seed >>> 0;
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
