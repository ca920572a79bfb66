import { describe, expect, it } from 'vitest';
import { tickStride } from './PlaybackBar';

describe('tickStride', () => {
  it('a tick per step up to 400 steps, then 2, 5, 10, 20… steps apart, never more than 400 ticks', () => {
    expect([0, 1, 400, 401, 800, 801, 2000, 2001, 4001, 1_000_000].map(tickStride)).toEqual([
      1, 1, 1, 2, 2, 5, 5, 10, 20, 5000,
    ]);
    for (let steps = 0; steps < 50_000; steps += 37)
      expect(steps / tickStride(steps)).toBeLessThanOrEqual(400);
  });
});
