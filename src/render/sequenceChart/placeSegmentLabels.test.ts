// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LabelRequest, Line } from './placeSegmentLabels';
import { placeSegmentLabels } from './placeSegmentLabels';

const req = (id: number, path: Line, fullW = 120, shortW = 40): LabelRequest => ({
  id,
  path,
  drawn: path,
  fullW,
  shortW,
});

describe('placeSegmentLabels', () => {
  it('puts a lone label at the middle of its arrow, above it and parallel to it', () => {
    const [p] = placeSegmentLabels([req(1, { x0: 100, y0: 100, x1: 500, y1: 125 })], 11);
    expect(p?.short).toBe(false);
    expect(Math.abs((p?.x ?? 0) - 300)).toBeLessThan(2);
    expect(p?.y).toBeLessThan(112.5);
    expect(p?.angle).toBeCloseTo((Math.atan2(25, 400) * 180) / Math.PI, 6);
  });

  it('keeps text upright on a right-to-left arrow', () => {
    const [p] = placeSegmentLabels([req(1, { x0: 500, y0: 100, x1: 100, y1: 125 })], 11);
    expect(p?.angle).toBeCloseTo(-(Math.atan2(25, 400) * 180) / Math.PI, 6);
    expect(p?.y).toBeLessThan(112.5);
  });

  it('moves the labels of two crossing arrows apart', () => {
    const [a, b] = placeSegmentLabels(
      [req(1, { x0: 100, y0: 100, x1: 500, y1: 125 }), req(2, { x0: 500, y0: 100, x1: 100, y1: 125 })],
      11,
    );
    expect(a && b).toBeTruthy();
    expect(Math.abs((a?.x ?? 0) - (b?.x ?? 0))).toBeGreaterThan(120);
  });

  it('spreads the labels of arrows drawn on top of each other in the order they were sent', () => {
    const line = { x0: 100, y0: 100, x1: 700, y1: 125 };
    const ps = placeSegmentLabels([req(1, line, 100), req(2, line, 100), req(3, line, 100)], 11);
    const xs = ps.map((p) => p?.x ?? NaN);
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
    expect(xs[1]).toBeLessThan(xs[2] ?? 0);
  });

  it('uses the short text when the full one does not fit between the lifelines', () => {
    const [p] = placeSegmentLabels([req(1, { x0: 0, y0: 0, x1: 150, y1: 20 }, 200, 50)], 10);
    expect(p?.short).toBe(true);
  });

  it('puts a label below its arrow when above is taken, and leaves one out rather than overprint', () => {
    const line = { x0: 100, y0: 100, x1: 260, y1: 110 };
    const ps = placeSegmentLabels(
      [req(1, line, 120, 120), req(2, line, 120, 120), req(3, line, 120, 120)],
      11,
    );
    expect(ps[0]?.y).toBeLessThan(105);
    expect(ps[1]?.y).toBeGreaterThan(105);
    expect(ps[2]).toBeUndefined();
  });
});
