/** A straight line on screen. */
export type Line = { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };

/** Whether two lines are exactly the same (what was drawn or placed can be kept). */
export function sameLineExactly(a: Line, b: Line): boolean {
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}

/** A segment label that wants a place along its arrow. */
export type LabelRequest = {
  readonly id: number;
  /** The arrow's whole path, sender to receiver (what it would be had it arrived). */
  readonly path: Line;
  /** The part actually drawn (up to the head, the ✕, or the receiver). */
  readonly drawn: Line;
  /** Estimated width of the full label and of the short one, px. */
  readonly fullW: number;
  readonly shortW: number;
};

/** Where a label goes: centred at (x, y), rotated by `angle` degrees to lie along its arrow. */
export type LabelPlacement = {
  readonly id: number;
  readonly short: boolean;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
};

/** Fractions along the arrow tried in turn: the middle first, where a ping-pong wedge is widest. */
const FRACTIONS = [0.5, 0.36, 0.64, 0.24, 0.76, 0.15, 0.85];
/** Gap between an arrow and the bottom of its label, px. */
const GAP = 3;
/** Room kept free at either lifeline, px. */
const END_ROOM = 8;

type Box = { cx: number; cy: number; hw: number; hh: number; cos: number; sin: number };

/** Liang–Barsky: does the line cross the box (in the box's own rotated frame)? */
function lineHitsBox(l: Line, b: Box): boolean {
  const local = (x: number, y: number): [number, number] => {
    const dx = x - b.cx;
    const dy = y - b.cy;
    return [dx * b.cos + dy * b.sin, -dx * b.sin + dy * b.cos];
  };
  const [ax, ay] = local(l.x0, l.y0);
  const [bx, by] = local(l.x1, l.y1);
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, ax + b.hw) && clip(dx, b.hw - ax) && clip(-dy, ay + b.hh) && clip(dy, b.hh - ay) && t0 <= t1
  );
}

/** Space kept between two labels side by side, so that they never read as one, px. */
const LABEL_SPACE = 10;

/** Do two rotated boxes overlap, with LABEL_SPACE kept between them along their text? (Separating axes.) */
function boxesOverlap(a: Box, b: Box): boolean {
  const axes: [number, number][] = [
    [a.cos, a.sin],
    [-a.sin, a.cos],
    [b.cos, b.sin],
    [-b.sin, b.cos],
  ];
  const radius = (q: Box, [ux, uy]: [number, number]) =>
    (q.hw + LABEL_SPACE / 2) * Math.abs(q.cos * ux + q.sin * uy) + q.hh * Math.abs(-q.sin * ux + q.cos * uy);
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  return axes.every((u) => Math.abs(dx * u[0] + dy * u[1]) < radius(a, u) + radius(b, u));
}

/** True when two arrows lie on top of each other (segments sent together and arriving together). */
function sameLine(a: Line, b: Line): boolean {
  return (
    Math.abs(a.x0 - b.x0) < 1 &&
    Math.abs(a.y0 - b.y0) < 1 &&
    Math.abs(a.x1 - b.x1) < 1 &&
    Math.abs(a.y1 - b.y1) < 1
  );
}

/**
 * Fractions to try for each request. Arrows drawn on top of each other share one line, so their labels
 * are spread along it in the order they were sent, the first nearest the sender.
 */
export function preferredFractions(requests: readonly LabelRequest[]): number[][] {
  return requests.map((r) => {
    const group = requests.filter((o) => sameLine(o.path, r.path));
    if (group.length < 2) return FRACTIONS;
    const at = group.indexOf(r);
    const first = (at + 1) / (group.length + 1);
    return [first, ...FRACTIONS.filter((f) => f !== first)];
  });
}

/** A label's box as placed (centre, half sizes, direction). */
export type LabelBox = Box;

/** Half the height of a box's bounding box: a cheap test rejects everything farther away. */
export function boxReach(b: LabelBox): number {
  return Math.abs(b.sin) * b.hw + Math.abs(b.cos) * b.hh;
}

/** What is known about the arrows while placing: every arrow and obstacle line, with their y extents. */
export type LabelLines = {
  readonly lines: readonly Line[];
  readonly top: readonly number[];
  readonly bottom: readonly number[];
};

/** The lines labels keep off: the arrows drawn (in request order), then the obstacles. */
export function labelLines(requests: readonly LabelRequest[], obstacles: readonly Line[]): LabelLines {
  const lines = [...requests.map((r) => r.drawn), ...obstacles];
  return {
    lines,
    top: lines.map((l) => Math.min(l.y0, l.y1)),
    bottom: lines.map((l) => Math.max(l.y0, l.y1)),
  };
}

/** One label placed: where (or undefined), its box, and the y band its placing looked at. */
export type PlacedLabel = {
  readonly place: LabelPlacement | undefined;
  readonly box: LabelBox | undefined;
  /**
   * From the top of the highest box tried to the bottom of the lowest, px; undefined when none was
   * tried. Only a line or an earlier label reaching into this band can change where the label goes.
   */
  readonly band: readonly [number, number] | undefined;
};

/**
 * Pure. Places request `i` (see placeSegmentLabels) given the labels placed before it, trying
 * `fractions` along its arrow.
 */
export function placeLabel(
  r: LabelRequest,
  i: number,
  fractions: readonly number[],
  placed: readonly LabelBox[],
  lines: LabelLines,
  fontPx: number,
): PlacedLabel {
  const hh = fontPx * 0.62;
  const { x0, y0, x1, y1 } = r.path;
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len < 2 * END_ROOM) return { place: undefined, box: undefined, band: undefined };
  const cos = (x1 - x0) / len;
  const sin = (y1 - y0) / len;
  // Keep text upright: a right-to-left arrow is read along its reverse direction.
  const [ucos, usin] = cos < 0 ? [-cos, -sin] : [cos, sin];
  const fits = (w: number, f: number) => w / 2 + END_ROOM <= Math.min(f, 1 - f) * len;
  const short = !fractions.some((f) => fits(r.fullW, f));
  const w = short ? r.shortW : r.fullW;
  let best: { box: Box; f: number; score: number } | undefined;
  let band: [number, number] | undefined;
  // Above the arrow at each fraction first; below it only where that is clearer.
  const candidates = [1, -1].flatMap((side) => fractions.map((f) => [f, side] as const));
  for (const [f, side] of candidates) {
    if (!fits(w, f)) continue;
    // Normal pointing up the screen (or down, below the arrow).
    const nx = usin * side;
    const ny = -ucos * side;
    const px = x0 + (x1 - x0) * f;
    const py = y0 + (y1 - y0) * f;
    const box: Box = {
      cx: px + nx * (GAP + hh),
      cy: py + ny * (GAP + hh),
      hw: w / 2,
      hh,
      cos: ucos,
      sin: usin,
    };
    const ext = boxReach(box);
    band = band
      ? [Math.min(band[0], box.cy - ext), Math.max(band[1], box.cy + ext)]
      : [box.cy - ext, box.cy + ext];
    let score = 0;
    for (const p of placed) {
      if (Math.abs(p.cy - box.cy) < ext + boxReach(p) && boxesOverlap(p, box)) score += 1000;
    }
    for (let j = 0; j < lines.lines.length; j++) {
      if (j === i || (lines.bottom[j] ?? 0) < box.cy - ext || (lines.top[j] ?? 0) > box.cy + ext) continue;
      if (lineHitsBox(lines.lines[j] as Line, box)) score += 1;
    }
    if (!best || score < best.score) best = { box, f, score };
    if (score === 0) break;
  }
  if (!best || best.score >= 1000) return { place: undefined, box: undefined, band };
  return {
    place: {
      id: r.id,
      short,
      x: best.box.cx,
      y: best.box.cy,
      angle: (Math.atan2(usin, ucos) * 180) / Math.PI,
    },
    box: best.box,
    band,
  };
}

/**
 * Pure. Places each label along its arrow, parallel to it and just above it, at the first fraction of
 * the way where it meets no label already placed and crosses no other arrow; else just below it where
 * that is clear; failing both, where it crosses fewest arrows. A label that cannot avoid another label is left out (undefined), so text never
 * overprints text. The full text is used where it fits between the lifelines, else the short one.
 */
export function placeSegmentLabels(
  requests: readonly LabelRequest[],
  fontPx: number,
  obstacles: readonly Line[] = [],
): (LabelPlacement | undefined)[] {
  const placed: Box[] = [];
  const tries = preferredFractions(requests);
  const lines = labelLines(requests, obstacles);
  return requests.map((r, i) => {
    const p = placeLabel(r, i, tries[i] ?? FRACTIONS, placed, lines, fontPx);
    if (p.box) placed.push(p.box);
    return p.place;
  });
}
