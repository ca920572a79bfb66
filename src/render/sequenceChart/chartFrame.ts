import type { ChartLayout } from './chartLayout';
import type { ResolvedLabels } from './chartLabels';
import type { ChartModel } from './sequenceChartModel';

/** Everything one drawing pass needs: the model, the layout and the current view. */
export type Frame = {
  readonly model: ChartModel;
  readonly layout: ChartLayout;
  readonly labels: ResolvedLabels;
  /** Virtual ms → y where it is drawn, px: in the body once the layers' `shift` is added. */
  readonly sy: (t: number) => number;
  /** Pixels per compressed ms (zoom included). */
  readonly scale: number;
  /** The window drawn, margin included, in drawn px and in virtual ms. */
  readonly y0: number;
  readonly y1: number;
  readonly t0: number;
  readonly t1: number;
  /** The visible body's top and bottom edges, in drawn px (0 and bodyH when `shift` is 0). */
  readonly top: number;
  readonly bottom: number;
  /**
   * How far the drawing layers are translated down, px: what is drawn at y is seen at y + shift. Scrolling
   * moves the layers instead of rewriting every coordinate (see sequenceChart.ts).
   */
  readonly shift: number;
  /** y of the playhead, drawn. */
  readonly nowY: number;
  readonly selectedId: number | undefined;
};

/** The view: zoom factor and vertical offset of the body content, px. */
export type View = { readonly k: number; readonly ty: number };

/**
 * Pure. The frame for a view. Items are drawn only when they reach into the visible body plus
 * `marginPx` above and below (virtualization). Content is drawn as if the view's offset were `drawnTy`
 * (by default the view's own), and the layers are shifted by the difference.
 */
export function makeFrame(
  model: ChartModel,
  layout: ChartLayout,
  labels: ResolvedLabels,
  view: View,
  pxPerMs: number,
  selectedId: number | undefined,
  marginPx: number,
  drawnTy = view.ty,
): Frame {
  const scale = pxPerMs * view.k;
  const { axis } = model;
  const sy = (t: number): number => axis.toY(t) * scale + drawnTy;
  const shift = view.ty - drawnTy;
  const y0 = -marginPx - shift;
  const y1 = layout.bodyH + marginPx - shift;
  return {
    model,
    layout,
    labels,
    sy,
    scale,
    y0,
    y1,
    t0: axis.fromY((y0 - drawnTy) / scale),
    t1: axis.fromY((y1 - drawnTy) / scale),
    top: -shift,
    bottom: layout.bodyH - shift,
    shift,
    nowY: sy(model.now),
    selectedId,
  };
}
