/**
 * The Internet checksum (RFC 1071): the 16-bit ones' complement of the ones' complement sum of the
 * data taken as big-endian 16-bit words, an odd final byte padded with a zero byte.
 */

/**
 * Pure. Adds `bytes[start..end)` as big-endian 16-bit words to `sum` and returns the unfolded total.
 * Chaining calls is only correct when every range but the last has even length.
 */
export function onesSum(bytes: Uint8Array, start = 0, end = bytes.length, sum = 0): number {
  let s = sum;
  let i = start;
  for (; i + 1 < end; i += 2) s += ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  if (i < end) s += (bytes[i] ?? 0) << 8;
  return s;
}

/** Pure. Folds carries back into the low 16 bits (RFC 1071 §4.1) and complements. */
export function foldComplement(sum: number): number {
  let s = sum;
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return ~s & 0xffff;
}

/** Pure. The Internet checksum of `bytes`; RFC 1071's example `00 01 f2 03 f4 f5 f6 f7` gives 0x220d. */
export function internetChecksum(bytes: Uint8Array): number {
  return foldComplement(onesSum(bytes));
}
