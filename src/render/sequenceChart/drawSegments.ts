import type { Selection } from 'd3';
import { textWidth } from './chartLayout';
import type { Frame } from './chartFrame';
import { CLS } from './chartTheme';
import { attrs, text as setText } from './lazyAttr';
import type { LabelPlacement } from './placeSegmentLabels';
import { sameLineExactly } from './placeSegmentLabels';
import { labelPlacer } from './labelPlacer';
import { placeSegmentLabels } from './placeSegmentLabels';
import type { SegmentGeometry } from './segmentGeometry';
import { arrowHead, crossMark, linePath, r, segmentGeometry } from './segmentGeometry';
import { segmentAriaLabel, segmentLabelParts } from './segmentText';
import type { ChartSegment } from './sequenceChartModel';

/** Above this many arrows in view, labels are left out: they could not be read anyway. */
export const MAX_LABELLED = 160;

type SegView = {
  readonly seg: ChartSegment;
  readonly geo: SegmentGeometry;
  readonly place: LabelPlacement | undefined;
  readonly selected: boolean;
};

/** Pure. The segments that reach into the frame's window (virtualization). */
export function visibleSegments(f: Frame): ChartSegment[] {
  const { now } = f.model;
  return f.model.segments.filter((s) => s.sentAt <= f.t1 && (s.endAt ?? now) >= f.t0);
}

/** What each segments layer showed last, by segment id (to skip what has not changed). */
const drawn = new WeakMap<Element, { labels: Frame['labels']; views: ReadonlyMap<number, SegView> }>();

function samePlace(a: LabelPlacement | undefined, b: LabelPlacement | undefined): boolean {
  return a === b || (!!a && !!b && a.short === b.short && a.x === b.x && a.y === b.y && a.angle === b.angle);
}

/** True when `b` draws exactly what `a` drew (the same segment object, geometry, label place and words). */
function sameView(a: SegView | undefined, b: SegView): boolean {
  return (
    a !== undefined &&
    a.seg === b.seg &&
    a.selected === b.selected &&
    sameLineExactly(a.geo.path, b.geo.path) &&
    sameLineExactly(a.geo.drawn, b.geo.drawn) &&
    samePlace(a.place, b.place)
  );
}

/** Each segments layer's label placer: labels are placed again only near what moved (labelPlacer.ts). */
const placers = new WeakMap<Element, ReturnType<typeof labelPlacer>>();

/** Estimated width of a segment's label, px; remembered per segment, words and font. */
const widths = new WeakMap<
  ChartSegment,
  { labels: Frame['labels']; font: number; full: number; short: number }
>();
function labelWidth(s: ChartSegment, labels: Frame['labels'], short: boolean, font: number): number {
  let w = widths.get(s);
  if (!w || w.labels !== labels || w.font !== font) {
    const measure = (sh: boolean) =>
      textWidth(
        segmentLabelParts(s, labels, sh)
          .map((p) => p.text)
          .join(''),
        font,
      );
    w = { labels, font, full: measure(false), short: measure(true) };
    widths.set(s, w);
  }
  return short ? w.short : w.full;
}

/** Draws the visible segments as arrow groups, one `g` per segment, keyed by id. */
export function drawSegments(
  g: Selection<SVGGElement, unknown, null, undefined>,
  f: Frame,
  onActivate: (seg: ChartSegment) => void,
): void {
  const segs = visibleSegments(f);
  const geos = segs.map((s) => segmentGeometry(s, f));
  const font = f.layout.segFont;
  const width = (s: ChartSegment, short: boolean) => labelWidth(s, f.labels, short, font);
  // Labels keep off the zigzags of a break.
  const breakEdges = f.model.axis.breaks
    .filter((b) => b.from <= f.t1 && b.to >= f.t0)
    .flatMap((b) => [f.sy(b.from), f.sy(b.to)])
    .map((y) => ({ x0: 0, y0: y, x1: f.layout.width, y1: y }));
  const node = g.node();
  let place = node ? placers.get(node) : undefined;
  if (node && !place) placers.set(node, (place = labelPlacer()));
  const places =
    segs.length > MAX_LABELLED
      ? []
      : (place ?? placeSegmentLabels)(
          segs.map((s, i) => ({
            id: s.id,
            // A lost segment's label sits over the part that was travelled, clear of the ✕.
            path:
              s.fate === 'dropped' ? (geos[i] as SegmentGeometry).drawn : (geos[i] as SegmentGeometry).path,
            drawn: (geos[i] as SegmentGeometry).drawn,
            fullW: f.layout.compact ? width(s, true) : width(s, false),
            shortW: width(s, true),
          })),
          font,
          breakEdges,
        );
  // Narrow charts show only the flags (and badges), whatever room an arrow has.
  const views: SegView[] = segs.map((seg, i) => {
    const p = places[i];
    return {
      seg,
      geo: geos[i] as SegmentGeometry,
      place: p && f.layout.compact ? { ...p, short: true } : p,
      selected: seg.id === f.selectedId,
    };
  });
  // Segments drawn exactly as last time (most of them, frame to frame) are left alone.
  const last = node ? drawn.get(node) : undefined;
  const before = last?.labels === f.labels ? last.views : undefined;
  const same = new Set(views.filter((v) => sameView(before?.get(v.seg.id), v)).map((v) => v.seg.id));
  if (node) drawn.set(node, { labels: f.labels, views: new Map(views.map((v) => [v.seg.id, v])) });

  const groups = g
    .selectAll<SVGGElement, SegView>(`g.${CLS}-seg`)
    .data(views, (d) => String(d.seg.id))
    .join((enter) => {
      const e = enter.append('g').attr('role', 'button').attr('tabindex', 0);
      e.append('title');
      e.append('path').attr('class', 'hit');
      e.append('circle').attr('class', 'hit-head');
      e.append('path').attr('class', 'ghost');
      e.append('path').attr('class', 'line');
      e.append('path').attr('class', 'mark');
      e.append('text')
        .attr('class', 'label')
        .attr('text-anchor', 'middle')
        .attr('dominant-baseline', 'central');
      e.on('click', (_ev, d) => onActivate(d.seg)).on('keydown', (ev: KeyboardEvent, d) => {
        if (ev.key !== 'Enter' && ev.key !== ' ') return;
        ev.preventDefault();
        onActivate(d.seg);
      });
      return e;
    });

  const changed = groups.filter((d) => !same.has(d.seg.id));
  attrs(changed, {
    class: (d) =>
      [
        `${CLS}-seg`,
        d.seg.dir === 'c>s' ? 'c2s' : 's2c',
        d.seg.fate,
        d.seg.retransmit ? 'retx' : '',
        d.seg.duplicateOf !== undefined ? 'dup' : '',
        d.seg.injected ? 'injected' : '',
        d.selected ? 'selected' : '',
      ]
        .filter(Boolean)
        .join(' '),
    'data-segment-id': (d) => d.seg.id,
    'data-flags': (d) => d.seg.flags,
    'data-fate': (d) => d.seg.fate,
    'data-dir': (d) => d.seg.dir,
    'aria-pressed': (d) => (d.selected ? 'true' : null),
    'aria-label': (d) => segmentAriaLabel(d.seg, f.labels),
  });

  setText(changed.select('title'), (d) => segmentAriaLabel(d.seg, f.labels));
  attrs(changed.select('.hit'), {
    d: (d) => linePath(d.geo.drawn),
    'stroke-width': (d) => (d.seg.fate === 'in-flight' ? 22 : 14),
  });
  attrs(changed.select('.hit-head'), {
    cx: (d) => r(d.geo.drawn.x1),
    cy: (d) => r(d.geo.drawn.y1),
    r: (d) => (d.seg.fate === 'in-flight' ? 14 : 0),
  });
  attrs(changed.select('.ghost'), {
    d: (d) =>
      d.seg.fate === 'in-flight'
        ? linePath({ x0: d.geo.drawn.x1, y0: d.geo.drawn.y1, x1: d.geo.path.x1, y1: d.geo.path.y1 })
        : null,
  });
  attrs(changed.select('.line'), { d: (d) => linePath(d.geo.drawn, d.seg.fate === 'dropped' ? 0 : 6) });
  attrs(changed.select('.mark'), {
    class: (d) => (d.seg.fate === 'dropped' ? 'mark cross' : 'mark arrow'),
    d: (d) => (d.seg.fate === 'dropped' ? crossMark(d.geo.drawn) : arrowHead(d.geo.drawn)),
  });

  const text = attrs(changed.select<SVGTextElement>('.label'), {
    display: (d) => (d.place ? null : 'none'),
    transform: (d) =>
      d.place ? `translate(${r(d.place.x)},${r(d.place.y)}) rotate(${r(d.place.angle)})` : null,
  });
  const spans = text
    .selectAll<SVGTSpanElement, { cls: string; text: string }>('tspan')
    .data((d) => (d.place ? segmentLabelParts(d.seg, f.labels, d.place.short) : []))
    .join('tspan');
  setText(attrs(spans, { class: (p) => p.cls }), (p) => p.text);
}
