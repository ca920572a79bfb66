/** The dot that runs along an edge when a transition fires. */
import type { Selection } from 'd3';
import { easeCubicInOut, select } from 'd3';
import 'd3-transition';
import type { Side } from '../../core/segment';

/** How long the dot takes to run the edge. */
export const DOT_RUN_MS = 650;

/**
 * Sends a dot in the side's colour along `path` from start to end, then removes it. Does nothing where
 * the path cannot be measured (no layout engine, e.g. jsdom).
 */
export function runDot(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  path: SVGPathElement,
  side: Side,
  radius: number,
): void {
  if (typeof path.getTotalLength !== 'function' || typeof path.getPointAtLength !== 'function') return;
  const length = path.getTotalLength();
  if (!(length > 0)) return;
  const start = path.getPointAtLength(0);
  const dot = layer
    .append('circle')
    .attr('class', `tsl-dot tsl-${side}`)
    .attr('r', radius)
    .attr('cx', start.x)
    .attr('cy', start.y);
  dot
    .transition()
    .duration(DOT_RUN_MS)
    .ease(easeCubicInOut)
    .attrTween('transform', () => (t: number) => {
      const p = path.getPointAtLength(t * length);
      return `translate(${p.x - start.x},${p.y - start.y})`;
    })
    .on('end interrupt', function () {
      select(this).remove();
    });
}
