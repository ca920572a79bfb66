import type { Line } from './placeSegmentLabels';
import type { Frame } from './chartFrame';
import type { ChartSegment } from './sequenceChartModel';

/** Where one segment's arrow is drawn, px in the body. */
export type SegmentGeometry = {
  /** Sender to receiver, had it arrived at the end of its trip. */
  readonly path: Line;
  /** Sender to where it is now: the receiver, the ✕, or the head in flight. */
  readonly drawn: Line;
};

/** Pure. The arrow of a segment in a frame. */
export function segmentGeometry(s: ChartSegment, f: Frame): SegmentGeometry {
  const { x, barW } = f.layout;
  const left = x.client + barW / 2;
  const right = x.server - barW / 2;
  const [xs, xr] = s.dir === 'c>s' ? [left, right] : [right, left];
  const y0 = f.sy(s.sentAt);
  const path: Line = { x0: xs, y0, x1: xr, y1: f.sy(s.sentAt + s.tripMs) };
  const hx = xs + (xr - xs) * s.reach;
  const hy = s.fate === 'delivered' ? path.y1 : f.sy(s.endAt ?? f.model.now);
  return { path, drawn: { x0: xs, y0, x1: hx, y1: hy } };
}

/** Pure. SVG path data of a line shortened by `cut` px at its end. */
export function linePath(l: Line, cut = 0): string {
  const len = Math.hypot(l.x1 - l.x0, l.y1 - l.y0);
  const k = len > cut ? (len - cut) / len : 0;
  const x1 = l.x0 + (l.x1 - l.x0) * k;
  const y1 = l.y0 + (l.y1 - l.y0) * k;
  return `M${r(l.x0)},${r(l.y0)}L${r(x1)},${r(y1)}`;
}

/** Pure. An arrowhead (filled triangle) with its tip at the line's end. */
export function arrowHead(l: Line, length = 8, halfWidth = 3.5): string {
  const len = Math.hypot(l.x1 - l.x0, l.y1 - l.y0) || 1;
  const ux = (l.x1 - l.x0) / len;
  const uy = (l.y1 - l.y0) / len;
  const bx = l.x1 - ux * length;
  const by = l.y1 - uy * length;
  return `M${r(l.x1)},${r(l.y1)}L${r(bx - uy * halfWidth)},${r(by + ux * halfWidth)}L${r(bx + uy * halfWidth)},${r(by - ux * halfWidth)}Z`;
}

/** Pure. A ✕ centred on the line's end. */
export function crossMark(l: Line, size = 4.5): string {
  const { x1: x, y1: y } = l;
  return `M${r(x - size)},${r(y - size)}L${r(x + size)},${r(y + size)}M${r(x - size)},${r(y + size)}L${r(x + size)},${r(y - size)}`;
}

/** Rounds to 0.1 px: stable snapshots, smaller DOM. */
export function r(v: number): number {
  return Math.round(v * 10) / 10;
}
