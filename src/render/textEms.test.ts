import { describe, expect, it } from 'vitest';
import { textEms } from './textEms';

describe('textEms', () => {
  it('counts a Latin character as the narrow width and a CJK character as a whole em', () => {
    expect(textEms('SYN', 0.6)).toBeCloseTo(1.8);
    expect(textEms('收到 SYN', 0.6)).toBeCloseTo(2 + 4 * 0.6);
    expect(textEms('（注）', 0.5)).toBe(3);
    expect(textEms('', 0.6)).toBe(0);
  });
});
