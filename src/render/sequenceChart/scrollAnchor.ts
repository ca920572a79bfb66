import type { BaseType, Selection } from 'd3';
import type { View } from './chartFrame';
import { attrs } from './lazyAttr';
import { r } from './segmentGeometry';

/** Past this shift, px, the next frame is drawn afresh at the view's own offset (keeps numbers small). */
const MAX_SHIFT = 50_000;

/** Remembers the offset content is drawn at while the view only scrolls. */
export type ScrollAnchor = {
  /** The offset to draw `view` at: the last one while only `ty` has changed since, else the view's own. */
  drawnTy(view: View): number;
  /** Forgets it: the next frame is drawn at its view's own offset (after a resize). */
  reset(): void;
};

/**
 * Following the playhead scrolls the chart on every frame. Drawing every element at its new y would
 * rewrite every coordinate each frame (and make the browser restyle and re-lay out all of them); instead
 * content stays where it was drawn and the layers are translated (`shiftLayers`). A zoom, a resize or a
 * very long scroll draws afresh, with no translation.
 */
export function scrollAnchor(): ScrollAnchor {
  let at: View | undefined;
  return {
    drawnTy(view) {
      if (!at || at.k !== view.k || Math.abs(view.ty - at.ty) > MAX_SHIFT) at = view;
      return at.ty;
    },
    reset() {
      at = undefined;
    },
  };
}

/** Translates each layer down by `shift` px; none when it is 0, so a fresh drawing has no transform. */
export function shiftLayers(
  layers: readonly Selection<SVGGElement, unknown, BaseType, unknown>[],
  shift: number,
): void {
  const transform = shift === 0 ? null : `translate(0,${r(shift)})`;
  for (const layer of layers) attrs(layer, { transform });
}
