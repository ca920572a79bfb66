/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4). Every comparison of sequence numbers in the
 * engine goes through these helpers; plain `<` on sequence numbers is a bug once ISS nears 2^32 - 1.
 */

declare const seqBrand: unique symbol;
/** A 32-bit TCP sequence or acknowledgment number. */
export type SeqNum = number & { readonly [seqBrand]: 'SeqNum' };

const MOD = 0x1_0000_0000;

/** Brands a number as a sequence number, reducing it into [0, 2^32). */
export function seq(n: number): SeqNum {
  return (((n % MOD) + MOD) % MOD) as SeqNum;
}

/** `a + n` modulo 2^32. */
export function seqAdd(a: SeqNum, n: number): SeqNum {
  return seq(a + n);
}

/** Signed distance from `b` to `a` (a - b) in (-2^31, 2^31]. */
export function seqDiff(a: SeqNum, b: SeqNum): number {
  const d = (a - b) | 0;
  return d;
}

/** a < b in sequence space. */
export function seqLt(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) < 0;
}

/** a <= b in sequence space. */
export function seqLe(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) <= 0;
}

/** a > b in sequence space. */
export function seqGt(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) > 0;
}

/** a >= b in sequence space. */
export function seqGe(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(a, b) >= 0;
}

/** lo <= x < lo + size, in sequence space (a window test as in RFC 9293 §3.4). */
export function seqInWindow(x: SeqNum, lo: SeqNum, size: number): boolean {
  const d = seqDiff(x, lo);
  return d >= 0 && d < size;
}

/** The larger of two sequence numbers in sequence space. */
export function seqMax(a: SeqNum, b: SeqNum): SeqNum {
  return seqGe(a, b) ? a : b;
}
