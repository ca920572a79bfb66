import type { Selection } from 'd3';
import type { ChartLayout } from './chartLayout';
import type { ResolvedLabels } from './chartLabels';
import { CLS } from './chartTheme';
import { fitText } from './drawSideLabels';
import { r } from './segmentGeometry';

/** Draws the fixed header: the two lifelines' names over a rule. */
export function drawHeader(
  g: Selection<SVGGElement, unknown, null, undefined>,
  layout: ChartLayout,
  labels: ResolvedLabels,
): void {
  const { width, headerH, x } = layout;
  g.selectAll('rect')
    .data([0])
    .join('rect')
    .attr('class', `${CLS}-bg`)
    .attr('width', width)
    .attr('height', headerH);
  g.selectAll('line')
    .data([0])
    .join('line')
    .attr('class', `${CLS}-rule`)
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', headerH - 0.5)
    .attr('y2', headerH - 0.5);
  // A name may use the room around its lifeline, up to the middle of the chart or the chart's edge.
  const room = Math.min(x.server - x.client, 2 * (x.client - layout.gutterW / 2));
  const sides = [
    { side: 'client', x: x.client, text: labels.client },
    { side: 'server', x: x.server, text: labels.server },
  ];
  g.selectAll('text')
    .data(sides)
    .join('text')
    .attr('class', (d) => d.side)
    .attr('x', (d) => r(d.x))
    .attr('y', headerH / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .text((d) => fitText(d.text, room - 8, 13 * 0.95));
}
