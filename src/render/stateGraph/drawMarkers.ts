/**
 * Draws one marker per endpoint on its current state: client a circle with "C", server a diamond with
 * "S", each in its own colour, at its own end of the node so both fit on one state.
 */
import type { Selection } from 'd3';
import { easeCubic, select } from 'd3';
import 'd3-transition';
import type { TcpState } from '../../core/endpoint/tcpState';
import type { Side } from '../../core/segment';
import type { Point } from './geometry';
import type { GraphLayout } from './layoutGraph';

/** One endpoint's marker. */
type MarkerDatum = { readonly side: Side; readonly state: TcpState };

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Where each marker was last sent, so an unchanged state never restarts a move. */
const placedAt = new WeakMap<SVGGElement, Point>();
/** Where a moving marker is right now. */
const current = new WeakMap<SVGGElement, Point>();

/** How long a marker takes to move to its new state. */
export const MARKER_MOVE_MS = 400;

/** Marker shape path: a diamond for the server (the client's circle is a <circle>). */
function diamond(r: number): string {
  const d = r * 1.3;
  return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
}

/**
 * Creates, moves or removes the endpoint markers. Moves animate (ease cubic) unless `animate` is
 * false; a marker that appears or a relayout places it at once.
 */
export function drawMarkers(
  layer: Layer,
  layout: GraphLayout,
  states: Readonly<Partial<Record<Side, TcpState>>>,
  animate: boolean,
  sideName: (side: Side) => string,
  mark: (side: Side) => string = (side) => (side === 'client' ? 'C' : 'S'),
): void {
  const r = layout.metrics.markerRadius;
  const data: MarkerDatum[] = (['client', 'server'] as const)
    .filter((side) => states[side] !== undefined)
    .map((side) => ({ side, state: states[side]! }));
  const spot = (d: MarkerDatum) => layout.nodes.find((n) => n.state === d.state)!.markers[d.side];
  const translate = (p: Point) => `translate(${p.x},${p.y})`;
  layer
    .selectAll<SVGGElement, MarkerDatum>('g.tsl-marker')
    .data(data, (d) => d.side)
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('class', 'tsl-marker')
          .attr('data-endpoint-marker', (d) => d.side)
          .attr('role', 'img')
          .attr('transform', (d) => translate(spot(d)));
        g.filter((d) => d.side === 'client')
          .append('circle')
          .attr('class', 'tsl-marker-shape');
        g.filter((d) => d.side === 'server')
          .append('path')
          .attr('class', 'tsl-marker-shape');
        g.append('text');
        g.append('title');
        return g;
      },
      (update) => update,
      (exit) => exit.interrupt().remove(),
    )
    .attr('data-state', (d) => d.state)
    .attr('aria-label', (d) => `${sideName(d.side)}: ${d.state}`)
    .call((g) => {
      g.select('circle.tsl-marker-shape').attr('r', r);
      g.select('path.tsl-marker-shape').attr('d', diamond(r));
      g.select('text')
        .attr('font-size', r * 1.25)
        .text((d) => mark(d.side));
      g.select('title').text((d) => `${sideName(d.side)}: ${d.state}`);
    })
    .each(function (d) {
      const to = spot(d);
      const from = placedAt.get(this);
      if (from && from.x === to.x && from.y === to.y) return;
      placedAt.set(this, to);
      const g = select(this);
      g.interrupt();
      if (!animate || !from) {
        g.attr('transform', translate(to));
        return;
      }
      // Tween the translation itself: the start is where the marker was sent last, even mid-move.
      const start = current.get(this) ?? from;
      g.transition()
        .duration(MARKER_MOVE_MS)
        .ease(easeCubic)
        .attrTween('transform', () => (t) => {
          const p = { x: start.x + (to.x - start.x) * t, y: start.y + (to.y - start.y) * t };
          current.set(this, p);
          return translate(p);
        })
        .on('end', () => current.delete(this));
    });
}
