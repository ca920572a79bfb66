import 'd3-transition';
import type { D3ZoomEvent, Selection, ZoomBehavior, ZoomTransform } from 'd3';
import { select, zoom, zoomIdentity, zoomTransform } from 'd3';
import type { SegmentPosition } from '../../core/world/inFlightPositions';
import type { TraceEvent } from '../../core/world/trace';
import type { ChartLayout } from './chartLayout';
import { chartLayout } from './chartLayout';
import type { SequenceChartLabels } from './chartLabels';
import { resolveLabels } from './chartLabels';
import type { View } from './chartFrame';
import { makeFrame } from './chartFrame';
import { CHART_CSS, CLS } from './chartTheme';
import { drawBreaks, drawNow, drawTicks } from './drawAxis';
import { drawLifelines } from './drawLifelines';
import { drawSegments } from './drawSegments';
import { drawSideLabels } from './drawSideLabels';
import { assignLanes, drawTimers } from './drawTimers';
import { drawHeader } from './drawHeader';
import { followView } from './followView';
import { zoomFilter } from './zoomFilter';
import type { ChartModel } from './sequenceChartModel';
import { chartModelCache } from './chartModelCache';
import { scrollAnchor, shiftLayers } from './scrollAnchor';

/** What the chart shows; pass a new object on every step. */
export type SequenceChartData = {
  /** Trace events up to the current step (events after `now` are ignored). */
  readonly trace: readonly TraceEvent[];
  /** Virtual ms of the playhead. */
  readonly now: number;
  /** Sequence numbers relative to each ISS (true) or absolute. */
  readonly relative: boolean;
  /** Scroll to keep `now` in view. */
  readonly follow: boolean;
  /** The segment to highlight. */
  readonly selectedSegmentId?: number;
  /** `inFlightPositions(world)`, when the caller has the world: exact trips of segments on the wire. */
  readonly inFlight?: readonly SegmentPosition[];
};

/** How the chart behaves; fixed for its lifetime. */
export type SequenceChartOptions = {
  /** A segment was clicked or activated with Enter/Space; `inFlight` when it is still on the wire. */
  readonly onSegmentClick?: (id: number, inFlight: boolean) => void;
  /** Called when the user zooms or pans by hand (the UI may then turn `follow` off). */
  readonly onUserZoom?: () => void;
  /** Side names and other words, translated by the UI. */
  readonly labels: SequenceChartLabels;
  /** No animated scrolling. @default false */
  readonly reducedMotion?: boolean;
  /** Pixels per virtual millisecond at zoom 1; time runs downward in proportion. @default 0.5 */
  readonly pxPerMs?: number;
  /** Idle spans longer than this are cut to a short break. @default 2000 */
  readonly compressIdleMs?: number;
  /** The wheel zooms only with Ctrl/⌘ held, so a page around the chart scrolls past it (zoomFilter.ts). @default false */
  readonly modifierWheel?: boolean;
  /** Fixed size in px; when left out the chart fills its container and follows its size. */
  readonly width?: number;
  readonly height?: number;
};

/** A live sequence chart. */
export type SequenceChart = {
  update(data: SequenceChartData): void;
  /** Zooms the time axis by a factor, about the playhead when it is in view. */
  zoomBy(k: number): void;
  /** Back to zoom 1, with the playhead in view. */
  resetZoom(): void;
  destroy(): void;
};

/** Room above time 0 for the first labels, and below the end, px. */
const TOP_PAD = 22;
const BOTTOM_PAD = 40;
/** Break height on screen at zoom 1, px. */
const BREAK_PX = 26;
let instances = 0;

/**
 * Creates a sequence (ladder) chart in `container`: client and server lifelines, time running downward,
 * one slanted arrow per segment, state bands and timers on the lifelines, long idle spans cut short.
 * Draws only what is in view (plus a margin), so long traces stay smooth.
 */
export function createSequenceChart(container: HTMLElement, options: SequenceChartOptions): SequenceChart {
  const pxPerMs = options.pxPerMs ?? 0.5;
  const labels = resolveLabels(options.labels);
  const clipId = `${CLS}-clip-${++instances}`;
  let layout: ChartLayout = chartLayout(1, 1);
  let data: SequenceChartData | undefined;
  let model: ChartModel | undefined;
  let view: View = { k: 1, ty: TOP_PAD };
  const modelFor = chartModelCache();
  const anchor = scrollAnchor();

  const svg = select(container)
    .append('svg')
    .attr('class', CLS)
    .attr('data-testid', 'sequence-chart')
    .attr('role', 'group')
    .attr('aria-label', labels.chart);
  svg.append('style').text(CHART_CSS);
  svg.append('defs').append('clipPath').attr('id', clipId).append('rect');
  const body = svg.append('g').attr('class', `${CLS}-body`).attr('clip-path', `url(#${clipId})`);
  // The body's background catches wheel, pinch and drag anywhere in it (a <g> only gets events where painted).
  const bodyBg = body.append('rect').attr('class', `${CLS}-bg`);
  const layer = (name: string): Selection<SVGGElement, unknown, null, undefined> =>
    body.append('g').attr('class', `${CLS}-${name}`);
  const gLifelines = layer('lifelines');
  const gTimers = layer('timers');
  const gBreaks = layer('breaks');
  const gSide = layer('side');
  const gSegments = layer('segments');
  const gNow = layer('now');
  const gTicks = layer('ticks');
  const gHeader = svg.append('g').attr('class', `${CLS}-head`);

  const contentH = (k: number): number => (model ? model.axis.length : 0) * pxPerMs * k;
  const constrain = (t: ZoomTransform): ZoomTransform => {
    const min = Math.min(TOP_PAD, layout.bodyH - BOTTOM_PAD - contentH(t.k));
    return zoomIdentity.translate(0, Math.min(TOP_PAD, Math.max(min, t.y))).scale(t.k);
  };
  const zoomer: ZoomBehavior<SVGGElement, unknown> = zoom<SVGGElement, unknown>()
    .scaleExtent([0.05, 20])
    .filter(zoomFilter(options.modifierWheel ?? false))
    .constrain((t) => constrain(t))
    .on('zoom', (ev: D3ZoomEvent<SVGGElement, unknown>) => {
      view = { k: ev.transform.k, ty: ev.transform.y };
      if (ev.sourceEvent) options.onUserZoom?.();
      render();
    });
  // Zoom lives on the body, so pointer positions are body coordinates, as the transform's are.
  const zoomSel = select(body.node() as SVGGElement);
  zoomSel.call(zoomer).on('dblclick.zoom', null);

  /** Moves to `v` and draws; without a zoom event when the transform is already there. */
  const setView = (v: View, animate: boolean): void => {
    const t = constrain(zoomIdentity.translate(0, v.ty).scale(v.k));
    zoomSel.interrupt();
    const cur = zoomTransform(zoomSel.node() as SVGGElement);
    if (cur.k === t.k && cur.x === t.x && cur.y === t.y) {
      view = { k: t.k, ty: t.y };
      render();
    } else if (animate && !options.reducedMotion)
      zoomSel.transition().duration(250).call(zoomer.transform, t);
    else zoomSel.call(zoomer.transform, t);
  };

  const measure = (): void => {
    const w = options.width ?? (container.clientWidth || 640);
    const h = options.height ?? (container.clientHeight || 480);
    layout = chartLayout(w, h);
    anchor.reset();
    svg
      .attr('width', w)
      .attr('height', h)
      .attr('viewBox', `0 0 ${w} ${h}`)
      .style('--sc-seg-font', `${layout.segFont}px`)
      .style('--sc-side-font', `${layout.sideFont}px`);
    svg.select(`#${clipId} rect`).attr('width', w).attr('height', layout.bodyH);
    bodyBg.attr('width', w).attr('height', layout.bodyH);
    body.attr('transform', `translate(0,${layout.headerH})`);
    zoomer.extent([
      [0, 0],
      [w, layout.bodyH],
    ]);
    drawHeader(gHeader, layout, labels);
  };

  function render(): void {
    if (!model) return;
    const f = makeFrame(
      model,
      layout,
      labels,
      view,
      pxPerMs,
      data?.selectedSegmentId,
      layout.bodyH / 2,
      anchor.drawnTy(view),
    );
    shiftLayers([gLifelines, gTimers, gBreaks, gSide, gSegments, gTicks], f.shift);
    const laned = assignLanes(model.timers);
    drawLifelines(gLifelines, f);
    drawTimers(gTimers, f, laned);
    drawBreaks(gBreaks, f);
    drawSideLabels(gSide, f, laned);
    drawSegments(gSegments, f, (seg) => options.onSegmentClick?.(seg.id, seg.fate === 'in-flight'));
    drawNow(gNow, f);
    drawTicks(gTicks, f);
  }

  measure();
  const resizer =
    options.width === undefined && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(() => {
          measure();
          // setView interrupts a glide under way (the first observation comes right after the first
          // draw, mid-glide when a link opens at its end): while following, land on the playhead.
          setView(data?.follow && model ? followView(view, model, layout.bodyH, pxPerMs) : view, false);
        })
      : undefined;
  resizer?.observe(container);

  return {
    update(next) {
      const prev = data;
      data = next;
      model = modelFor(next.trace, next.now, {
        relative: next.relative,
        compressIdleMs: options.compressIdleMs,
        breakMs: BREAK_PX / pxPerMs,
        inFlight: next.inFlight,
      });
      const target = next.follow ? followView(view, model, layout.bodyH, pxPerMs) : view;
      // A long jump (a seek) glides there; following a playhead that plays forward scrolls along with
      // it, so fast playback does not start (and interrupt) a transition on every frame.
      const jump = Math.abs(target.ty - view.ty);
      const playing = prev?.follow === true && next.now >= prev.now && jump <= 2 * layout.bodyH;
      const glide = jump > layout.bodyH / 2 && !playing && !options.reducedMotion;
      if (glide) render();
      setView(target, glide); // emits a zoom event, which draws
    },
    zoomBy(k) {
      const nowY = model ? model.axis.toY(model.now) * pxPerMs * view.k + view.ty : 0;
      const about = nowY >= 0 && nowY <= layout.bodyH ? nowY : layout.bodyH / 2;
      zoomSel.call(zoomer.scaleBy, k, [0, about]);
    },
    resetZoom() {
      const base: View = { k: 1, ty: TOP_PAD };
      setView(model ? followView(base, model, layout.bodyH, pxPerMs) : base, false);
    },
    destroy() {
      resizer?.disconnect();
      zoomSel.interrupt().on('.zoom', null);
      svg.remove();
    },
  };
}
