import type { LabelBox, LabelPlacement, LabelRequest, Line, PlacedLabel } from './placeSegmentLabels';
import { boxReach, labelLines, placeLabel, preferredFractions, sameLineExactly } from './placeSegmentLabels';

/** A y interval, px (top, bottom). */
type Span = readonly [number, number];

/** What one request gave last time. */
type Entry = { readonly req: LabelRequest; readonly tries: readonly number[]; readonly out: PlacedLabel };

function sameRequest(a: LabelRequest, b: LabelRequest): boolean {
  return (
    a.id === b.id &&
    a.fullW === b.fullW &&
    a.shortW === b.shortW &&
    sameLineExactly(a.path, b.path) &&
    sameLineExactly(a.drawn, b.drawn)
  );
}

function sameBox(a: LabelBox | undefined, b: LabelBox | undefined): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.cx === b.cx &&
      a.cy === b.cy &&
      a.hw === b.hw &&
      a.hh === b.hh &&
      a.cos === b.cos &&
      a.sin === b.sin)
  );
}

const lineSpan = (l: Line): Span => [Math.min(l.y0, l.y1), Math.max(l.y0, l.y1)];
const boxSpan = (b: LabelBox): Span => [b.cy - boxReach(b), b.cy + boxReach(b)];
const meets = (band: Span, spans: readonly Span[]): boolean =>
  spans.some(([lo, hi]) => hi >= band[0] && lo <= band[1]);

/**
 * Returns a function that places labels exactly as placeSegmentLabels does, frame after frame, redoing
 * only the labels whose placing could have changed. A label is placed greedily, in request order, from
 * its own arrow, the lines and the labels placed before it, and only a line or a label that reaches into
 * the y band its candidate boxes covered can change its score. So a label keeps last frame's place when
 * its request and fractions are the same and no arrow, obstacle or earlier label that changed since
 * (added, moved or gone, old and new extent both) reaches into that band. Requests keep their relative
 * order from frame to frame (segments are sorted by when they were sent).
 */
export function labelPlacer(): (
  requests: readonly LabelRequest[],
  fontPx: number,
  obstacles?: readonly Line[],
) => (LabelPlacement | undefined)[] {
  let last: { font: number; byId: Map<number, Entry>; obstacles: readonly Line[] } | undefined;
  return (requests, fontPx, obstacles = []) => {
    const tries = preferredFractions(requests);
    const lines = labelLines(requests, obstacles);
    const before = last?.font === fontPx ? last : undefined;
    // Lines that changed since last frame, and labels that did (filled in as the labels are placed).
    const lineChanges: Span[] = [];
    const boxChanges: Span[] = [];
    if (before) {
      const ids = new Set<number>();
      for (const r of requests) {
        ids.add(r.id);
        const old = before.byId.get(r.id);
        if (old && sameLineExactly(old.req.drawn, r.drawn)) continue;
        lineChanges.push(lineSpan(r.drawn));
        if (old) lineChanges.push(lineSpan(old.req.drawn));
      }
      for (const [id, old] of before.byId) {
        if (ids.has(id)) continue;
        lineChanges.push(lineSpan(old.req.drawn));
        if (old.out.box) boxChanges.push(boxSpan(old.out.box));
      }
      const n = Math.max(obstacles.length, before.obstacles.length);
      for (let k = 0; k < n; k++) {
        const [a, b] = [obstacles[k], before.obstacles[k]];
        if (a && b && sameLineExactly(a, b)) continue;
        if (a) lineChanges.push(lineSpan(a));
        if (b) lineChanges.push(lineSpan(b));
      }
    }
    const placed: LabelBox[] = [];
    const byId = new Map<number, Entry>();
    const out = requests.map((r, i) => {
      const fractions = tries[i] ?? [];
      const old = before?.byId.get(r.id);
      const keep =
        old !== undefined &&
        sameRequest(old.req, r) &&
        old.tries.length === fractions.length &&
        old.tries.every((f, k) => f === fractions[k]) &&
        (old.out.band === undefined ||
          (!meets(old.out.band, lineChanges) && !meets(old.out.band, boxChanges)));
      const p = keep ? old.out : placeLabel(r, i, fractions, placed, lines, fontPx);
      if (!sameBox(p.box, old?.out.box)) {
        if (p.box) boxChanges.push(boxSpan(p.box));
        if (old?.out.box) boxChanges.push(boxSpan(old.out.box));
      }
      if (p.box) placed.push(p.box);
      byId.set(r.id, { req: r, tries: fractions, out: p });
      return p.place;
    });
    last = { font: fontPx, byId, obstacles };
    return out;
  };
}
