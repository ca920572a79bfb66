/** Pure 2-D helpers for the state graph's layout: points, rectangles, polylines. */

/** A point in viewBox units. */
export type Point = { readonly x: number; readonly y: number };

/** An axis-aligned rectangle in viewBox units; (x, y) is its top-left corner. */
export type Rect = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** Whether two rectangles share interior area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The rectangle grown by `by` on every side. */
export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** The rectangle centred on `c`. */
export function rectAround(c: Point, width: number, height: number): Rect {
  return { x: c.x - width / 2, y: c.y - height / 2, width, height };
}

/** Where a ray from `origin` (inside `r`) along `dir` leaves the rectangle. */
export function rayExit(r: Rect, origin: Point, dir: Point): Point {
  const ts: number[] = [];
  if (dir.x > 0) ts.push((r.x + r.width - origin.x) / dir.x);
  if (dir.x < 0) ts.push((r.x - origin.x) / dir.x);
  if (dir.y > 0) ts.push((r.y + r.height - origin.y) / dir.y);
  if (dir.y < 0) ts.push((r.y - origin.y) / dir.y);
  const t = Math.min(...ts);
  return { x: origin.x + dir.x * t, y: origin.y + dir.y * t };
}

/** Whether the segment p–q passes through the interior of `r` (Liang–Barsky clipping). */
export function segmentHitsRect(p: Point, q: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - r.x],
    [dx, r.x + r.width - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.height - p.y],
  ];
  for (const [pk, qk] of checks) {
    if (pk === 0) {
      if (qk <= 0) return false;
      continue;
    }
    const t = qk / pk;
    if (pk < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether any segment of the polyline passes through `r`. */
export function polylineHitsRect(points: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    if (segmentHitsRect(points[i - 1]!, points[i]!, r)) return true;
  }
  return false;
}

/** Total length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  }
  return sum;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The rounded corner at `points[i]`: where it leaves the incoming leg (`a`), its vertex (`v`, the
 * quadratic's control point) and where it joins the outgoing leg (`b`). The radius shrinks on short legs.
 */
function cornerAt(points: readonly Point[], i: number, radius: number): { a: Point; v: Point; b: Point } {
  const prev = points[i - 1]!;
  const v = points[i]!;
  const next = points[i + 1]!;
  const lin = Math.hypot(v.x - prev.x, v.y - prev.y);
  const lout = Math.hypot(next.x - v.x, next.y - v.y);
  const r = Math.min(radius, lin / 2, lout / 2);
  return {
    a: { x: v.x - ((v.x - prev.x) / lin) * r, y: v.y - ((v.y - prev.y) / lin) * r },
    v,
    b: { x: v.x + ((next.x - v.x) / lout) * r, y: v.y + ((next.y - v.y) / lout) * r },
  };
}

/** SVG path data for the polyline with its corners rounded by `radius` (less on short legs). */
export function roundedPath(points: readonly Point[], radius: number): string {
  const first = points[0]!;
  let d = `M${round(first.x)},${round(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const { a, v, b } = cornerAt(points, i, radius);
    d += `L${round(a.x)},${round(a.y)}Q${round(v.x)},${round(v.y)} ${round(b.x)},${round(b.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d}L${round(last.x)},${round(last.y)}`;
}

/** The polyline moved sideways by `by` (positive = to the left of travel, in SVG's y-down frame). */
export function offsetPolyline(points: readonly Point[], by: number): Point[] {
  const normals: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const dx = points[i]!.x - points[i - 1]!.x;
    const dy = points[i]!.y - points[i - 1]!.y;
    const len = Math.hypot(dx, dy) || 1;
    normals.push({ x: dy / len, y: -dx / len });
  }
  return points.map((p, i) => {
    const a = normals[Math.max(0, i - 1)]!;
    const b = normals[Math.min(normals.length - 1, i)]!;
    // Miter join: the bisector scaled so both legs stay `by` away.
    const mx = a.x + b.x;
    const my = a.y + b.y;
    const dot = mx * a.x + my * a.y || 1;
    return { x: p.x + (mx / dot) * by, y: p.y + (my / dot) * by };
  });
}

/** The polyline with `by` cut off its end (for overlays that must stop short of the arrowhead). */
export function trimEnd(points: readonly Point[], by: number): Point[] {
  const out = points.map((p) => ({ ...p }));
  let left = by;
  while (out.length > 1 && left > 0) {
    const a = out[out.length - 2]!;
    const b = out[out.length - 1]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len > left) {
      out[out.length - 1] = { x: b.x - ((b.x - a.x) / len) * left, y: b.y - ((b.y - a.y) / len) * left };
      return out;
    }
    out.pop();
    left -= len;
  }
  return out;
}

/** Length of `roundedPath(points, radius)`: straight legs plus the quadratic corners, sampled. */
export function roundedPathLength(points: readonly Point[], radius: number): number {
  let sum = 0;
  let at = points[0]!;
  for (let i = 1; i < points.length - 1; i++) {
    const { a, v, b } = cornerAt(points, i, radius);
    sum += Math.hypot(a.x - at.x, a.y - at.y);
    let p = a;
    for (let k = 1; k <= 16; k++) {
      const t = k / 16;
      const q = {
        x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * v.x + t * t * b.x,
        y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * v.y + t * t * b.y,
      };
      sum += Math.hypot(q.x - p.x, q.y - p.y);
      p = q;
    }
    at = b;
  }
  const last = points[points.length - 1]!;
  return sum + Math.hypot(last.x - at.x, last.y - at.y);
}
