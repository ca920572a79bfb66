import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seq, seqAdd, seqDiff, seqGe, seqGt, seqInWindow, seqLe, seqLt } from './seq';

describe('sequence arithmetic modulo 2^32 (RFC 9293 §3.4)', () => {
  it('adding past 2^32 - 1 wraps to 0', () => {
    expect(seqAdd(seq(4294967295), 1)).toBe(0);
    expect(seqAdd(seq(4294967000), 1000)).toBe(704);
  });

  it('2^32 - 1 is before 0, and 0 after it', () => {
    expect(seqLt(seq(4294967295), seq(0))).toBe(true);
    expect(seqGt(seq(0), seq(4294967295))).toBe(true);
  });

  it('a window that straddles the wrap contains numbers on both sides', () => {
    expect(seqInWindow(seq(5), seq(4294967290), 20)).toBe(true);
    expect(seqInWindow(seq(4294967289), seq(4294967290), 20)).toBe(false);
    expect(seqInWindow(seq(14), seq(4294967290), 20)).toBe(false);
  });

  it('for any a and any 0 < n < 2^31, a < a + n and a + n - a = n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4294967295 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (a, n) => {
          const b = seqAdd(seq(a), n);
          return (
            seqLt(seq(a), b) &&
            seqGt(b, seq(a)) &&
            seqDiff(b, seq(a)) === n &&
            seqLe(seq(a), b) &&
            seqGe(b, seq(a))
          );
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });
});
