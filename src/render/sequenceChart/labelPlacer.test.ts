// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPlacer } from './labelPlacer';
import type { LabelRequest, Line } from './placeSegmentLabels';
import { placeSegmentLabels } from './placeSegmentLabels';

/** An arrow between lifelines at x 100 and 500, sent at y `at`, `trip` px long down the page. */
type Arrow = { id: number; at: number; trip: number; rtl: boolean; reach: number; fullW: number };

function request(a: Arrow): LabelRequest {
  const [xa, xb] = a.rtl ? [500, 100] : [100, 500];
  const path: Line = { x0: xa, y0: a.at, x1: xb, y1: a.at + a.trip };
  const drawn: Line = { ...path, x1: xa + (xb - xa) * a.reach, y1: a.at + a.trip * a.reach };
  return { id: a.id, path, drawn, fullW: a.fullW, shortW: a.fullW / 3 };
}

/** One frame's change: arrows scrolled out at the top, sent at the bottom, moved on the wire; a break. */
const change = fc.record({
  drop: fc.nat({ max: 3 }),
  add: fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 30 }),
      trip: fc.integer({ min: 5, max: 60 }),
      rtl: fc.boolean(),
      fullW: fc.integer({ min: 40, max: 220 }),
    }),
    { maxLength: 3 },
  ),
  grow: fc.double({ min: 0, max: 0.3, noNaN: true }),
  obstacle: fc.option(fc.integer({ min: 0, max: 400 })),
  font: fc.constantFrom(11, 11, 11, 10),
});

describe('labelPlacer', () => {
  it('places every frame exactly as placeSegmentLabels does from scratch', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 40 }), (frames) => {
        const place = labelPlacer();
        let arrows: Arrow[] = [];
        let nextId = 1;
        let y = 0;
        for (const c of frames) {
          arrows = arrows.slice(c.drop).map((a) => ({ ...a, reach: Math.min(1, a.reach + c.grow) }));
          for (const n of c.add) {
            y += n.gap;
            arrows.push({ id: nextId++, at: y, trip: n.trip, rtl: n.rtl, reach: 0.1, fullW: n.fullW });
          }
          const requests = arrows.map(request);
          const obstacles: Line[] =
            c.obstacle === null ? [] : [{ x0: 0, y0: c.obstacle, x1: 640, y1: c.obstacle }];
          expect(place(requests, c.font, obstacles)).toEqual(placeSegmentLabels(requests, c.font, obstacles));
        }
      }),
      { seed: 20261121, numRuns: 300 },
    );
  });

  it('redoes only the labels near what moved', () => {
    const arrows: Arrow[] = Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      at: i * 40,
      trip: 25,
      rtl: i % 2 === 1,
      reach: 1,
      fullW: 120,
    }));
    const place = labelPlacer();
    const first = place(arrows.map(request), 11);
    // The last arrow is still on the wire and moves on; the labels far above it keep their objects.
    const moved = arrows.map((a, i) => (i === 29 ? { ...a, reach: 0.5 } : a)).map(request);
    const second = place(moved, 11);
    expect(second).toEqual(placeSegmentLabels(moved, 11));
    expect(second.slice(0, 20).every((p, i) => p === first[i])).toBe(true);
  });
});
