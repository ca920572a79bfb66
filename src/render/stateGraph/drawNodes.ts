/** Draws the eleven state boxes with a keyed join. */
import type { Selection } from 'd3';
import type { GraphLayout, NodeLayout } from './layoutGraph';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Creates or updates the state boxes: focusable buttons carrying `data-state`. */
export function drawNodes(
  layer: Layer,
  layout: GraphLayout,
): Selection<SVGGElement, NodeLayout, SVGGElement, unknown> {
  const m = layout.metrics;
  return layer
    .selectAll<SVGGElement, NodeLayout>('g.tsl-node')
    .data(layout.nodes, (n) => n.state)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'tsl-node')
        .attr('data-state', (n) => n.state)
        .attr('tabindex', 0)
        .attr('role', 'button')
        .attr('aria-label', (n) => n.state);
      g.append('rect');
      g.append('text').text((n) => n.state);
      return g;
    })
    .attr('transform', (n) => `translate(${n.cx},${n.cy})`)
    .call((g) => {
      g.select('rect')
        .attr('x', (n) => -n.box.width / 2)
        .attr('y', (n) => -n.box.height / 2)
        .attr('width', (n) => n.box.width)
        .attr('height', (n) => n.box.height)
        .attr('rx', m.nodeHeight / 4);
      g.select('text').attr('font-size', m.nodeFont);
    });
}
