import { describe, expect, it } from 'vitest';
import { fieldNumber } from './fields';

describe('fieldNumber: what a typed number field holds', () => {
  it('keeps a value inside the range and clamps one outside it', () => {
    expect(fieldNumber('40', 0, 100)).toBe(40);
    expect(fieldNumber('250', 0, 100)).toBe(100);
    expect(fieldNumber('-5', 0, 100)).toBe(0);
  });

  it('reads empty or non-numeric text as the minimum', () => {
    expect(fieldNumber('', 1, 1000)).toBe(1);
    expect(fieldNumber('abc', 1, 1000)).toBe(1);
  });

  it('drops a fraction only when asked for a whole number', () => {
    expect(fieldNumber('2.5', 0, 10)).toBe(2.5);
    expect(fieldNumber('2.5', 0, 10, true)).toBe(2);
  });
});
