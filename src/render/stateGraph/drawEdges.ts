/** Draws the state graph's edges and their labels with keyed joins; restyles them per update. */
import type { Selection } from 'd3';
import { select } from 'd3';
import type { Side } from '../../core/segment';
import type { EdgeLayout, GraphLayout } from './layoutGraph';

/** What an update says about one edge. */
export type EdgeStatus = {
  /** Sides whose transition along this edge fired in the current step. */
  readonly lit: readonly Side[];
  /** Sides that have taken this edge in this run. */
  readonly taken: readonly Side[];
};

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const SIDES: readonly Side[] = ['client', 'server'];

/** Every transition the edge stands for, one per line (the path's tooltip and accessible name). */
function edgeTitle(e: EdgeLayout): string {
  const lines = [...new Set(e.group.transitions.map((t) => `${t.label} (${t.rfc})`))];
  return `${e.from} → ${e.to}\n${lines.join('\n')}`;
}

/** Creates or updates the edge paths and label boxes for a layout. */
export function drawEdges(edgeLayer: Layer, labelLayer: Layer, layout: GraphLayout): void {
  edgeLayer
    .selectAll<SVGGElement, EdgeLayout>('g.tsl-edge')
    .data(layout.edges, (e) => e.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', (e) => `tsl-edge is-${e.kind}`);
      for (const side of SIDES) g.append('path').attr('class', `tsl-edge-overlay tsl-${side}`);
      const line = g
        .append('path')
        .attr('class', 'tsl-edge-line')
        .attr('data-edge', (e) => e.id)
        .attr('data-kind', (e) => e.kind);
      line.append('title').text(edgeTitle);
      return g;
    })
    .call((g) => {
      for (const side of SIDES) g.select(`.tsl-edge-overlay.tsl-${side}`).attr('d', (e) => e.overlays[side]);
      g.select('.tsl-edge-line')
        .attr('d', (e) => e.d)
        .attr('stroke-dashoffset', (e) => (e.kind === 'secondary' ? e.dashOffset : null));
    });
  drawLabels(labelLayer, layout);
}

function drawLabels(labelLayer: Layer, layout: GraphLayout): void {
  const withLabel = layout.edges.filter((e) => e.label);
  labelLayer
    .selectAll<SVGGElement, EdgeLayout>('g.tsl-label')
    .data(withLabel, (e) => e.id)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', (e) => `tsl-label is-${e.kind}`)
        .attr('data-label', (e) => e.id)
        .attr('aria-hidden', 'true');
      g.append('rect');
      return g;
    })
    .each(function (e) {
      const l = e.label!;
      const g = select(this);
      g.select('rect')
        .attr('x', l.box.x)
        .attr('y', l.box.y)
        .attr('width', l.box.width)
        .attr('height', l.box.height)
        .attr('rx', 3);
      const cx = l.box.x + l.box.width / 2;
      const top = l.box.y + (l.box.height - (l.lines.length * l.lineHeight + (l.lines.length - 1) * 3)) / 2;
      // Figure 5 stacks "event" over "action" with a rule between them.
      const rows = l.lines.map((text, i) => ({ text, y: top + l.lineHeight * (i + 0.5) + i * 3 }));
      g.selectAll<SVGTextElement, { text: string; y: number }>('text')
        .data(rows)
        .join('text')
        .attr('x', cx)
        .attr('y', (r) => r.y)
        .attr('dy', '0.35em')
        .attr('font-size', l.fontSize)
        .text((r) => r.text);
      const ruleW = l.box.width - 2;
      g.selectAll('line')
        .data(l.rule ? [top + l.lineHeight + 1.5] : [])
        .join('line')
        .attr('x1', cx - ruleW / 2)
        .attr('x2', cx + ruleW / 2)
        .attr('y1', (y) => y)
        .attr('y2', (y) => y);
    });
}

/** The status each edge and label element was last styled with. */
const styled = new WeakMap<Element, string>();

/** Applies lit, taken and shown state to each edge and label whose status changed since the last call. */
export function styleEdges(
  edgeLayer: Layer,
  labelLayer: Layer,
  status: (id: string) => EdgeStatus,
  showSecondary: boolean,
  ids: string,
): void {
  const shown = (e: EdgeLayout) => {
    const s = status(e.id);
    return e.kind === 'primary' || showSecondary || s.lit.length > 0 || s.taken.length > 0;
  };
  // Only elements whose status changed since they were last styled are touched.
  const changed = function (this: Element, e: EdgeLayout): boolean {
    const s = status(e.id);
    const key = `${s.lit.join(' ')}|${s.taken.join(' ')}|${showSecondary}|${ids}`;
    if (styled.get(this) === key) return false;
    styled.set(this, key);
    return true;
  };
  const edges = edgeLayer.selectAll<SVGGElement, EdgeLayout>('g.tsl-edge').filter(changed);
  edges.classed('is-shown', shown);
  for (const side of SIDES) {
    edges.classed(`is-lit-${side}`, (e) => status(e.id).lit.includes(side));
    edges.classed(`is-taken-${side}`, (e) => status(e.id).taken.includes(side));
  }
  edges
    .select('.tsl-edge-line')
    .attr('data-lit', (e) => status(e.id).lit.join(' ') || null)
    .attr('data-taken', (e) => status(e.id).taken.join(' ') || null)
    .attr('marker-end', (e) => {
      const lit = status(e.id).lit[0];
      const arrow = lit ?? (e.kind === 'secondary' ? 'secondary' : 'edge');
      return `url(#${ids}-arrow-${arrow})`;
    });
  const labels = labelLayer.selectAll<SVGGElement, EdgeLayout>('g.tsl-label').filter(changed);
  // Secondary labels only once taken: with every secondary edge drawn, their labels would crowd.
  labels.classed('is-hidden', (e) => {
    const s = status(e.id);
    return e.kind === 'primary' ? false : s.lit.length === 0 && s.taken.length === 0;
  });
  for (const side of SIDES) labels.classed(`is-lit-${side}`, (e) => status(e.id).lit[0] === side);
}
