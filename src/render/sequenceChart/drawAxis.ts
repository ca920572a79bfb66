import type { Selection } from 'd3';
import { ticks as niceTicks } from 'd3';
import { formatDuration } from '../../core/time';
import type { Frame } from './chartFrame';
import { textWidth } from './chartLayout';
import { CLS } from './chartTheme';
import { formatSpan } from './formatSpan';
import { attrs, text as setText } from './lazyAttr';
import { r } from './segmentGeometry';
import type { AxisBreak } from './sequenceChartModel';

/** Least distance between two tick labels, and between a tick and the now marker, px. */
const TICK_GAP = 16;
/** Roughly one tick per this many px. */
const TICK_EVERY = 50;

/**
 * Pure. Tick times for the visible part of the axis: each stretch drawn to scale gets its own nice ticks
 * from d3-array (so the times right after a break are real times), thinned so labels never crowd.
 */
export function axisTicks(f: Frame): number[] {
  const out: number[] = [];
  let lastY = -Infinity;
  const edges = f.model.axis.breaks.flatMap((b) => [f.sy(b.from), f.sy(b.to)]);
  const nearBreak = (y: number) => edges.some((e) => Math.abs(e - y) < TICK_GAP / 2);
  for (const p of f.model.axis.pieces) {
    const a = Math.max(p.from, f.t0);
    const b = Math.min(p.to, f.t1);
    if (b <= a) continue;
    const px = f.sy(b) - f.sy(a);
    // d3-array's ticks are what a linear scale's .ticks() returns, without d3-scale and d3-format.
    const ticks = niceTicks(a, b, Math.max(1, Math.floor(px / TICK_EVERY)));
    for (const t of ticks) {
      const y = f.sy(t);
      if (y - lastY < TICK_GAP || Math.abs(y - f.nowY) < TICK_GAP || nearBreak(y)) continue;
      out.push(t);
      lastY = y;
    }
  }
  return out;
}

/** Draws the time gutter's ticks. */
export function drawTicks(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const { gutterW } = f.layout;
  const ticks = g
    .selectAll<SVGGElement, number>(`g.${CLS}-tick`)
    .data(axisTicks(f), (t) => String(t))
    .join((enter) => {
      const e = enter.append('g').attr('class', `${CLS}-tick`);
      e.append('line');
      e.append('text').attr('text-anchor', 'end').attr('dominant-baseline', 'central');
      return e;
    });
  attrs(ticks, { transform: (t) => `translate(0,${r(f.sy(t))})` });
  attrs(ticks.select('line'), { x1: gutterW - 5, x2: gutterW });
  setText(attrs(ticks.select('text'), { x: gutterW - 7 }), (t) => formatDuration(t));
}

/** Zigzag path data across `width` at `y`, remembered: the same breaks are drawn on every frame. */
const zigzags = new Map<string, string>();
function zigzag(width: number, y: number): string {
  const key = `${width},${r(y)}`;
  let d = zigzags.get(key);
  if (d === undefined) {
    d = `M0,${r(y)}`;
    for (let x = 0, up = true; x < width; x += 8, up = !up) d += `L${x + 8},${r(y + (up ? -2 : 2))}`;
    if (zigzags.size >= 256) zigzags.clear();
    zigzags.set(key, d);
  }
  return d;
}

/** Draws each visible break: the axis is cut with two zigzags, and the cut says how long it was. */
export function drawBreaks(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const { width } = f.layout;
  const visible = f.model.axis.breaks.filter((b) => b.from <= f.t1 && b.to >= f.t0);
  const groups = g
    .selectAll<SVGGElement, AxisBreak>(`g.${CLS}-break`)
    // A break ahead of now starts just after now, so it is known by its end, which stays put.
    .data(visible, (b) => (b.future ? `to ${b.to}` : `from ${b.from}`))
    .join((enter) => {
      const e = enter.append('g').attr('class', `${CLS}-break`);
      e.append('rect');
      e.append('path');
      e.append('text').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
      return e;
    });
  attrs(groups, { 'data-idle-ms': (b) => b.idleMs });
  const y0 = (b: AxisBreak) => f.sy(b.from);
  const y1 = (b: AxisBreak) => f.sy(b.to);
  attrs(groups.select('rect'), {
    x: 0,
    width,
    y: (b) => r(y0(b)),
    height: (b) => r(Math.max(0, y1(b) - y0(b))),
  });
  attrs(groups.select('path'), { d: (b) => `${zigzag(width, y0(b))}${zigzag(width, y1(b))}` });
  setText(
    attrs(groups.select('text'), {
      x: r((f.layout.x.client + f.layout.x.server) / 2),
      y: (b) => r((y0(b) + y1(b)) / 2),
      display: (b) => (y1(b) - y0(b) >= 11 ? null : 'none'),
    }),
    (b) => (b.future ? f.labels.ahead : f.labels.idle).replace('{d}', formatSpan(b.idleMs)),
  );
}

/** Draws the playhead: a thin line across the chart and the time in the gutter (in an unshifted layer). */
export function drawNow(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const { width, gutterW } = f.layout;
  const y = r(f.nowY + f.shift);
  const label = formatDuration(Math.round(f.model.now * 10) / 10);
  const h = 15;
  // As wide as the gutter, or as its text (10px, 3px each side) where that is longer ("12m0.35s").
  const w = Math.max(gutterW - 1, Math.ceil(textWidth(label, 10)) + 6);
  attrs(g, { class: `${CLS}-now`, transform: `translate(0,${y})` });
  attrs(g.selectAll('line').data([0]).join('line'), { x1: gutterW, x2: width });
  attrs(g.selectAll('rect').data([0]).join('rect'), {
    x: 1,
    y: -h / 2,
    width: w,
    height: h,
    rx: 3,
  });
  setText(
    attrs(g.selectAll('text').data([label]).join('text'), {
      x: 1 + w / 2,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      class: 'mono',
    }),
    (d) => d,
  );
}
