import type { ChartLayout } from './chartLayout';
import type { ResolvedLabels } from './chartLabels';
import type { ChartModel } from './sequenceChartModel';

/** Everything one drawing pass needs: the model, the layout and the current view. */
export type Frame = {
  readonly model: ChartModel;
  readonly layout: ChartLayout;
  readonly labels: ResolvedLabels;
  /** Virtual ms → y in the body, px. */
  readonly sy: (t: number) => number;
  /** Pixels per compressed ms (zoom included). */
  readonly scale: number;
  /** The window drawn, margin included, in body px and in virtual ms. */
  readonly y0: number;
  readonly y1: number;
  readonly t0: number;
  readonly t1: number;
  /** y of the playhead. */
  readonly nowY: number;
  readonly selectedId: number | undefined;
};

/** The view: zoom factor and vertical offset of the body content, px. */
export type View = { readonly k: number; readonly ty: number };

/**
 * Pure. The frame for a view. Items are drawn only when they reach into the visible body plus
 * `marginPx` above and below (virtualization).
 */
export function makeFrame(
  model: ChartModel,
  layout: ChartLayout,
  labels: ResolvedLabels,
  view: View,
  pxPerMs: number,
  selectedId: number | undefined,
  marginPx: number,
): Frame {
  const scale = pxPerMs * view.k;
  const { axis } = model;
  const sy = (t: number): number => axis.toY(t) * scale + view.ty;
  const y0 = -marginPx;
  const y1 = layout.bodyH + marginPx;
  return {
    model,
    layout,
    labels,
    sy,
    scale,
    y0,
    y1,
    t0: axis.fromY((y0 - view.ty) / scale),
    t1: axis.fromY((y1 - view.ty) / scale),
    nowY: sy(model.now),
    selectedId,
  };
}
