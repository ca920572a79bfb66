/** A long idle span cut out of the time axis and drawn as a short fixed break. */
export type AxisBreak = {
  /** Virtual ms where the break starts (a little after the last event before it). */
  readonly from: number;
  /** Virtual ms where it ends (a little before the next event). */
  readonly to: number;
  /** The break on the compressed axis: [y0, y1), `breakMs` long. */
  readonly y0: number;
  readonly y1: number;
  /** The whole idle span, event to event, in ms (what the break's label says). */
  readonly idleMs: number;
  /** True when the break lies after `now` (a running timer's due time is ahead). */
  readonly future: boolean;
};

/** A stretch of the axis drawn to scale: virtual ms [from, to] maps to [y0, y1] with slope 1. */
export type AxisPiece = {
  readonly from: number;
  readonly to: number;
  readonly y0: number;
  readonly y1: number;
};

/** A time axis with its idle spans compressed. Compressed units are ms everywhere except in breaks. */
export type CompressedAxis = {
  /** First virtual ms shown. */
  readonly start: number;
  /** Last virtual ms shown. */
  readonly end: number;
  /** Compressed length of [start, end]. */
  readonly length: number;
  readonly breaks: readonly AxisBreak[];
  /** The stretches drawn to scale, in order (for ticks). */
  readonly pieces: readonly AxisPiece[];
  /** Virtual ms → compressed coordinate; monotone, slope 1 outside breaks (also beyond the ends). */
  toY(t: number): number;
  /** Compressed coordinate → virtual ms; the inverse of toY. */
  fromY(y: number): number;
};

/** How the axis compresses. */
export type AxisOptions = {
  /** A gap between stops longer than this becomes a break. @default 2000 */
  readonly compressIdleMs?: number;
  /** Compressed length of a break (at 0.5 px/ms, 48 is 24 px). @default 48 */
  readonly breakMs?: number;
  /** Real time kept to scale on each side of a break, so labels next to events stay clear. @default 60 */
  readonly breakPadMs?: number;
  /** Breaks that start at or after this are marked `future`. @default Infinity */
  readonly now?: number;
};

/** Index of the last knot ≤ v in a sorted array (0 when v is before all). */
function knotBefore(knots: readonly number[], v: number): number {
  let lo = 0;
  let hi = knots.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((knots[mid] ?? 0) <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Piecewise-linear map through knots (xs → ys), extrapolated with slope 1 beyond both ends. */
function interpolate(xs: readonly number[], ys: readonly number[], v: number): number {
  const first = xs[0] ?? 0;
  const last = xs[xs.length - 1] ?? 0;
  if (v <= first) return (ys[0] ?? 0) - (first - v);
  if (v >= last) return (ys[ys.length - 1] ?? 0) + (v - last);
  const i = knotBefore(xs, v);
  const x0 = xs[i] ?? 0;
  const x1 = xs[i + 1] ?? x0;
  const y0 = ys[i] ?? 0;
  const y1 = ys[i + 1] ?? y0;
  return x1 === x0 ? y0 : y0 + ((v - x0) / (x1 - x0)) * (y1 - y0);
}

/**
 * Pure. Builds a time axis over the given stops (times at which something is drawn): every gap between
 * consecutive stops longer than `compressIdleMs` is replaced by a break `breakMs` long, keeping
 * `breakPadMs` to scale on either side. Everything else keeps its real length.
 */
export function compressedAxis(stops: readonly number[], opts: AxisOptions = {}): CompressedAxis {
  return axisOfSortedStops(
    [...new Set(stops.filter((t) => Number.isFinite(t)))].sort((a, b) => a - b),
    opts,
  );
}

/** Pure. `compressedAxis` of stops already finite, distinct and in ascending order. */
export function axisOfSortedStops(sorted: readonly number[], opts: AxisOptions = {}): CompressedAxis {
  const idle = opts.compressIdleMs ?? 2000;
  const breakMs = opts.breakMs ?? 48;
  const pad = opts.breakPadMs ?? 60;
  const now = opts.now ?? Infinity;
  const start = sorted[0] ?? 0;
  const end = sorted[sorted.length - 1] ?? start;

  const xs: number[] = [start];
  const ys: number[] = [0];
  const breaks: AxisBreak[] = [];
  const pieces: AxisPiece[] = [];
  let x = start;
  let y = 0;
  const straightTo = (to: number): void => {
    if (to <= x) return;
    pieces.push({ from: x, to, y0: y, y1: y + (to - x) });
    y += to - x;
    x = to;
    xs.push(x);
    ys.push(y);
  };
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] ?? 0;
    const b = sorted[i] ?? 0;
    const from = a + pad;
    const to = b - pad;
    if (b - a > idle && to - from > breakMs) {
      straightTo(from);
      breaks.push({ from, to, y0: y, y1: y + breakMs, idleMs: b - a, future: a >= now });
      y += breakMs;
      x = to;
      xs.push(x);
      ys.push(y);
    }
  }
  straightTo(end);

  return {
    start,
    end,
    length: y,
    breaks,
    pieces,
    toY: (t) => interpolate(xs, ys, t),
    fromY: (v) => interpolate(ys, xs, v),
  };
}
