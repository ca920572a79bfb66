import { describe, expect, it } from 'vitest';
import { nextFloat, seedPrng } from './prng';

function draws(seed: number, n: number): number[] {
  const out: number[] = [];
  let s = seedPrng(seed);
  for (let i = 0; i < n; i++) {
    const [f, next] = nextFloat(s);
    out.push(f);
    s = next;
  }
  return out;
}

describe('seeded PRNG', () => {
  it('the same seed gives the same sequence; another seed a different one', () => {
    expect(draws(42, 50)).toEqual(draws(42, 50));
    expect(draws(42, 50)).not.toEqual(draws(43, 50));
  });

  it('draws lie in [0, 1) and spread evenly (mean within 0.02 of 0.5 over 10,000 draws)', () => {
    const d = draws(1, 10_000);
    expect(d.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(d.reduce((a, b) => a + b, 0) / d.length - 0.5)).toBeLessThan(0.02);
  });
});
