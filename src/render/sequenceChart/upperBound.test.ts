import { describe, expect, it } from 'vitest';
import { upperBound } from './upperBound';

describe('upperBound', () => {
  it('finds the place after every equal element, at either end too', () => {
    const xs = [1, 2, 2, 2, 5];
    expect(upperBound(xs, (y) => y > 2)).toBe(4);
    expect(upperBound(xs, (y) => y > 0)).toBe(0);
    expect(upperBound(xs, (y) => y > 9)).toBe(5);
    expect(upperBound([], () => true)).toBe(0);
  });
});
