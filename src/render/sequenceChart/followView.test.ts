// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildChartModel } from './sequenceChartModel';
import { followView } from './followView';

const model = (now: number) => buildChartModel([], now, { relative: true });

describe('followView', () => {
  it('leaves the view alone while the playhead is inside the follow band', () => {
    const v = { k: 1, ty: 0 };
    expect(followView(v, model(400), 500, 0.5)).toBe(v);
  });

  it('scrolls just enough to bring a playhead below the band back to its edge', () => {
    const v = followView({ k: 1, ty: 0 }, model(2000), 500, 0.5);
    expect(2000 * 0.5 + v.ty).toBeCloseTo(400, 6);
  });

  it('scrolls back up to a playhead above the view', () => {
    const v = followView({ k: 1, ty: -5000 }, model(100), 500, 0.5);
    expect(100 * 0.5 + v.ty).toBeCloseTo(75, 6);
  });
});
