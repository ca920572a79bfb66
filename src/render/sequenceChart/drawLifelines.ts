import type { Selection } from 'd3';
import type { Side } from '../../core/segment';
import type { Frame } from './chartFrame';
import { bandClass, CLS } from './chartTheme';
import { attrs } from './lazyAttr';
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
  const { x, barW } = f.layout;
  const top = Math.max(f.top, f.sy(f.model.axis.start));
  attrs(g.selectAll<SVGLineElement, Side>(`line.${CLS}-rail`).data(SIDES).join('line'), {
    class: `${CLS}-rail`,
    x1: (s) => r(x[s]),
    x2: (s) => r(x[s]),
    y1: r(top),
    y2: r(Math.max(top, f.bottom)),
  });
  const bands = g
    .selectAll<SVGRectElement, BandView>(`rect.${CLS}-band`)
    .data(visibleBands(f), (d) => `${d.side}:${d.band.from}`)
    .join('rect');
  attrs(bands, {
    class: (d) => `${CLS}-band ${bandClass(d.band.state)}`,
    'data-state': (d) => d.band.state,
    'data-side': (d) => d.side,
    x: (d) => r(x[d.side] - barW / 2),
    width: barW,
    y: (d) => r(f.sy(d.band.from)),
    height: (d) => r(Math.max(1, f.sy(d.band.to) - f.sy(d.band.from))),
  });
}
