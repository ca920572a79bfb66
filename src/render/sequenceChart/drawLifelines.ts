import type { Selection } from 'd3';
import type { Side } from '../../core/segment';
import type { Frame } from './chartFrame';
import { bandClass, CLS } from './chartTheme';
import { r } from './segmentGeometry';
import type { StateBand } from './sequenceChartModel';

type BandView = { readonly side: Side; readonly band: StateBand };

const SIDES: readonly Side[] = ['client', 'server'];

/** Pure. The state bands that reach into the frame's window and have a length. */
export function visibleBands(f: Frame): BandView[] {
  return SIDES.flatMap((side) =>
    f.model.bands[side]
      .filter((b) => b.to > b.from && b.from <= f.t1 && b.to >= f.t0)
      .map((band) => ({ side, band })),
  );
}

/** Draws both lifelines: a grey rail the full height and, on it, one coloured bar per state. */
export function drawLifelines(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const { x, barW, bodyH } = f.layout;
  const top = Math.max(0, f.sy(f.model.axis.start));
  g.selectAll<SVGLineElement, Side>(`line.${CLS}-rail`)
    .data(SIDES)
    .join('line')
    .attr('class', `${CLS}-rail`)
    .attr('x1', (s) => r(x[s]))
    .attr('x2', (s) => r(x[s]))
    .attr('y1', r(top))
    .attr('y2', r(Math.max(top, bodyH)));
  g.selectAll<SVGRectElement, BandView>(`rect.${CLS}-band`)
    .data(visibleBands(f), (d) => `${d.side}:${d.band.from}`)
    .join('rect')
    .attr('class', (d) => `${CLS}-band ${bandClass(d.band.state)}`)
    .attr('data-state', (d) => d.band.state)
    .attr('data-side', (d) => d.side)
    .attr('x', (d) => r(x[d.side] - barW / 2))
    .attr('width', barW)
    .attr('y', (d) => r(f.sy(d.band.from)))
    .attr('height', (d) => r(Math.max(1, f.sy(d.band.to) - f.sy(d.band.from))));
}
