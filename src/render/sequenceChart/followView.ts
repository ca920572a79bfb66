import type { View } from './chartFrame';
import type { ChartModel } from './sequenceChartModel';

/** The playhead is kept between these fractions of the body's height while following. */
const FOLLOW_TOP = 0.15;
const FOLLOW_BOTTOM = 0.8;

/**
 * Pure. The view that keeps `now` in view: unchanged while the playhead is inside the band, else
 * scrolled just enough to bring it back to the band's edge (so following a moving playhead scrolls
 * smoothly instead of jumping a page at a time).
 */
export function followView(view: View, model: ChartModel, bodyH: number, pxPerMs: number): View {
  const nowY = model.axis.toY(model.now) * pxPerMs * view.k + view.ty;
  const lo = bodyH * FOLLOW_TOP;
  const hi = bodyH * FOLLOW_BOTTOM;
  if (nowY >= lo && nowY <= hi) return view;
  return { k: view.k, ty: view.ty + ((nowY < lo ? lo : hi) - nowY) };
}
