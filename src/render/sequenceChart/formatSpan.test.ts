// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCountdown, formatSpan } from './formatSpan';

describe('formatSpan', () => {
  it('rounds for a glance', () => {
    expect(formatSpan(239_950)).toBe('4m');
    expect(formatSpan(99_800)).toBe('1m40s');
    expect(formatSpan(12_345)).toBe('12.3s');
    expect(formatSpan(950)).toBe('950ms');
  });
});

describe('formatCountdown', () => {
  it('counts down in seconds, shorter when compact', () => {
    expect(formatCountdown(730)).toBe('0.73 s');
    expect(formatCountdown(12_400)).toBe('12.4 s');
    expect(formatCountdown(239_000)).toBe('3m59s');
    expect(formatCountdown(-5)).toBe('0.00 s');
    expect(formatCountdown(730, true)).toBe('0.7s');
    expect(formatCountdown(239_000, true)).toBe('4m');
  });
});
