/**
 * The state graph: RFC 9293 Figure 5 as SVG, with one marker per endpoint on its current state, the
 * edges of the current step lit up and the edges taken so far marked per endpoint.
 *
 * Colours are CSS custom properties, read from the container or any ancestor, so the UI's themes
 * restyle the graph; the fallbacks below are the light theme. Text colours must keep 4.5:1 (WCAG AA)
 * against --tsl-surface and --tsl-node-bg in each theme (the fallbacks do), lines and arrowheads 3:1.
 *   --tsl-client   client: marker, lit edge, taken overlay, travelling dot   (fallback #0969da)
 *   --tsl-server   server: the same for the server                          (fallback #bc4c00)
 *   --tsl-edge     edges, arrowheads, node borders                          (fallback #57606a)
 *   --tsl-muted    secondary edges (resets, aborts, timeouts)               (fallback #6e7781)
 *   --tsl-label    edge label text                           (fallback --tsl-muted, else #57606a)
 *   --tsl-node-bg  state box fill; tooltip text                            (fallback #ffffff)
 *   --tsl-node-fg  state names, current-state border; tooltip background   (fallback #1f2328)
 *   --tsl-surface  the colour behind the graph: marker letters (fallback --tsl-bg, else #ffffff),
 *                  label backing that hides lines under labels (none when unset)
 *   --tsl-focus    keyboard focus ring                                     (fallback --tsl-client)
 */
import { select } from 'd3';
import 'd3-transition';
import type { TcpState } from '../../core/endpoint/tcpState';
import type { Side } from '../../core/segment';
import type { EdgeStatus } from './drawEdges';
import { drawEdges, styleEdges } from './drawEdges';
import { drawMarkers } from './drawMarkers';
import { drawNodes } from './drawNodes';
import type { EdgeGroup } from './edgeGroups';
import { edgeGroups, edgeId } from './edgeGroups';
import type { GraphLayout } from './layoutGraph';
import { layoutGraph } from './layoutGraph';
import type { LayoutMode } from './layoutMetrics';
import { STATE_GRAPH_CSS } from './stateGraphStyles';
import { createStateTooltip } from './stateTooltip';
import { runDot } from './travelDot';

/** A state change that fired: the fields of a trace `state` event the graph needs. */
export type FiredTransition = {
  /** Which endpoint changed state. */
  readonly side: Side;
  /** State before. */
  readonly from: TcpState;
  /** State after. */
  readonly to: TcpState;
  /** The statechart rule that fired (`listen.rcvSyn`). */
  readonly key: string;
};

/** How the graph is set up; fixed for its lifetime. */
export type StateGraphOptions = {
  /** Short description of a state for the hover/focus tooltip (translated by the UI); none if absent. */
  readonly describeState?: (state: TcpState) => string;
  /** Called when a state is clicked, or activated with Enter or Space. */
  readonly onStateSelect?: (state: TcpState) => void;
  /** No marker moves and no travelling dots (prefers-reduced-motion); tests set it. @default false */
  readonly reducedMotion?: boolean;
  /** Draw secondary edges (resets, aborts, give-ups, Linux-only paths) before they are taken. @default false */
  readonly showSecondary?: boolean;
  /** `auto` picks `compact` when the container is narrower than `compactBelow`. @default 'auto' */
  readonly layout?: 'auto' | LayoutMode;
  /** Container width in px under which `auto` uses the compact layout. @default 560 */
  readonly compactBelow?: number;
  /** Translated words: the endpoints' names in marker labels and the graph's accessible name. */
  readonly labels?: StateGraphLabels;
  /** Prefix of the graph's element ids; unique per graph in a document. @default 'tsl-sg-<n>' */
  readonly idPrefix?: string;
  /**
   * Translates an edge's words: its label in the RFC's words (`rcv SYN / snd SYN,ACK`, event and action
   * split at " / ") and its citation (`§3.10.7.4, Figure 5 note 2`). The layout is cached per function,
   * so pass the same function for the same language. @default the RFC's words
   */
  readonly translateLabel?: (rfcWords: string) => string;
};

/** Words the graph shows or announces; the UI passes them translated. */
export type StateGraphLabels = {
  /** The client's name. @default 'client' */
  readonly client?: string;
  /** The server's name. @default 'server' */
  readonly server?: string;
  /** Accessible name of the whole graph. @default 'TCP state diagram (RFC 9293 Figure 5)' */
  readonly graph?: string;
  /** The one character inside each endpoint's marker. @default { client: 'C', server: 'S' } */
  readonly marks?: Readonly<Record<Side, string>>;
};

/** What the graph shows; pass the whole of it to every update. */
export type StateGraphData = {
  /** The client's current state; no client marker when absent. */
  readonly client?: TcpState;
  /** The server's current state; no server marker when absent. */
  readonly server?: TcpState;
  /** The state changes of the current step (its trace `state` events); their edges light up. */
  readonly lastTransitions?: readonly FiredTransition[];
  /** Edges each endpoint has taken in this run, as "FROM>TO" keys. */
  readonly taken?: Readonly<Partial<Record<Side, readonly string[]>>>;
  /** The current step; a new value replays the travelling dots even when the transitions repeat. */
  readonly step?: number;
};

/** A mounted state graph. */
export type StateGraph = {
  /** Shows `data`. Cheap and idempotent: the same data twice changes nothing and replays nothing. */
  update(data: StateGraphData): void;
  /** Removes the graph, its listeners and observers from the container. */
  destroy(): void;
};

const SIDES: readonly Side[] = ['client', 'server'];
const ARROWS = ['edge', 'secondary', 'client', 'server'] as const;
const layouts = new Map<LayoutMode, GraphLayout>();
const translatedLayouts = new WeakMap<(w: string) => string, Map<LayoutMode, GraphLayout>>();
let instances = 0;

/** The edge groups with every transition's label put through `tr`. */
function translatedGroups(tr: (w: string) => string): EdgeGroup[] {
  return edgeGroups().map((g) => ({
    ...g,
    transitions: g.transitions.map((t) => ({ ...t, label: tr(t.label), rfc: tr(t.rfc) })),
    main: { ...g.main, label: tr(g.main.label) },
  }));
}

function layoutFor(mode: LayoutMode, tr?: (w: string) => string): GraphLayout {
  let cache = layouts;
  if (tr) {
    cache = translatedLayouts.get(tr) ?? new Map<LayoutMode, GraphLayout>();
    translatedLayouts.set(tr, cache);
  }
  let l = cache.get(mode);
  if (!l) cache.set(mode, (l = layoutGraph(mode, tr ? translatedGroups(tr) : undefined)));
  return l;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}

/** Pure. True when two updates show the same thing (the same states, lit and taken edges, and step). */
function sameData(a: StateGraphData, b: StateGraphData): boolean {
  const fa = a.lastTransitions ?? [];
  const fb = b.lastTransitions ?? [];
  return (
    a.client === b.client &&
    a.server === b.server &&
    a.step === b.step &&
    (fa === fb ||
      (fa.length === fb.length &&
        fa.every((t, i) => {
          const u = fb[i];
          return (
            u !== undefined && t.side === u.side && t.from === u.from && t.to === u.to && t.key === u.key
          );
        }))) &&
    SIDES.every((side) => sameList(a.taken?.[side], b.taken?.[side]))
  );
}

/** Mounts the state graph in `container` (which it fills in width) and returns its handle. */
export function createStateGraph(container: HTMLElement, options: StateGraphOptions = {}): StateGraph {
  const ids = options.idPrefix ?? `tsl-sg-${++instances}`;
  const sideName = (side: Side) => options.labels?.[side] ?? side;
  const givenMarks = options.labels?.marks;
  const marks = givenMarks ? (side: Side) => givenMarks[side] : undefined;
  const wrapper = select(container).append('div').attr('class', 'tsl-state-graph');
  wrapper.append('style').text(STATE_GRAPH_CSS);
  const svg = wrapper
    .append('svg')
    .attr('role', 'group')
    .attr('aria-label', options.labels?.graph ?? 'TCP state diagram (RFC 9293 Figure 5)');
  const defs = svg.append('defs');
  for (const kind of ARROWS) {
    defs
      .append('marker')
      .attr('id', `${ids}-arrow-${kind}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refY', 5)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('orient', 'auto')
      .append('path')
      .attr('class', kind === 'edge' ? 'tsl-arrow' : `tsl-arrow-${kind}`)
      .attr('d', 'M0,1L10,5L0,9Z');
  }
  const edgeLayer = svg.append('g').attr('class', 'tsl-edges');
  const labelLayer = svg.append('g').attr('class', 'tsl-labels');
  const nodeLayer = svg.append('g').attr('class', 'tsl-nodes');
  const markerLayer = svg.append('g').attr('class', 'tsl-markers');
  const dotLayer = svg.append('g').attr('class', 'tsl-dots');
  const tooltip = createStateTooltip(wrapper.node()!, `${ids}-tip`);

  const pickMode = (): LayoutMode => {
    if (options.layout && options.layout !== 'auto') return options.layout;
    const width = container.clientWidth;
    return width > 0 && width < (options.compactBelow ?? 560) ? 'compact' : 'wide';
  };
  let layout = layoutFor(pickMode(), options.translateLabel);
  let last: StateGraphData | undefined;
  let lastFired: string | undefined;
  let destroyed = false;

  const relayout = () => {
    const m = layout.metrics;
    svg.attr('viewBox', layout.viewBox.join(' ')).attr('data-layout', layout.mode);
    const size = m.arrowInset * 3.4;
    defs
      .selectAll('marker')
      .attr('markerWidth', size)
      .attr('markerHeight', size)
      .attr('refX', 10 - (m.arrowInset * 10) / size);
    drawEdges(edgeLayer, labelLayer, layout);
    const nodes = drawNodes(nodeLayer, layout);
    nodes
      .on('click', (_e, n) => options.onStateSelect?.(n.state))
      .on('keydown', (e: KeyboardEvent, n) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          options.onStateSelect?.(n.state);
        } else if (e.key === 'Escape') tooltip.hide();
      })
      .on('mouseenter focus', function (_e, n) {
        if (options.describeState) tooltip.show(this, n.state, options.describeState(n.state));
      })
      .on('mouseleave blur', () => tooltip.hide());
    if (last) show(last, false);
  };

  const show = (data: StateGraphData, animate: boolean) => {
    const fired = data.lastTransitions ?? [];
    const status = new Map<string, { lit: Side[]; taken: Side[] }>();
    const entry = (id: string) => {
      let s = status.get(id);
      if (!s) status.set(id, (s = { lit: [], taken: [] }));
      return s;
    };
    for (const t of fired) {
      const s = entry(edgeId(t.from, t.to));
      if (!s.lit.includes(t.side)) s.lit.push(t.side);
    }
    for (const side of SIDES) {
      for (const id of data.taken?.[side] ?? []) {
        const s = entry(id);
        if (!s.taken.includes(side)) s.taken.push(side);
      }
    }
    const none: EdgeStatus = { lit: [], taken: [] };
    styleEdges(edgeLayer, labelLayer, (id) => status.get(id) ?? none, options.showSecondary ?? false, ids);
    nodeLayer
      .selectAll<SVGGElement, { state: TcpState }>('g.tsl-node')
      .classed('is-current', (n) => SIDES.some((side) => data[side] === n.state))
      .attr('aria-label', (n) => {
        const here = SIDES.filter((side) => data[side] === n.state).map(sideName);
        return here.length ? `${n.state} (${here.join(', ')})` : n.state;
      });
    drawMarkers(markerLayer, layout, data, animate && !options.reducedMotion, sideName, marks);
    const signature = JSON.stringify([data.step ?? null, fired.map((t) => [t.side, t.from, t.to, t.key])]);
    if (signature === lastFired) return;
    lastFired = signature;
    if (options.reducedMotion || !animate) return;
    for (const t of fired) {
      const path = edgeLayer.select<SVGPathElement>(`path[data-edge="${edgeId(t.from, t.to)}"]`).node();
      if (path) runDot(dotLayer, path, t.side, layout.metrics.markerRadius * 0.55);
    }
  };

  relayout();
  const observer =
    (options.layout ?? 'auto') === 'auto' && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(() => {
          const next = layoutFor(pickMode(), options.translateLabel);
          if (next === layout || destroyed) return;
          layout = next;
          relayout();
        })
      : undefined;
  observer?.observe(container);

  return {
    update(data) {
      if (destroyed) return;
      if (last && sameData(last, data)) return;
      last = data;
      show(data, true);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      tooltip.hide();
      svg.selectAll('*').interrupt();
      nodeLayer.selectAll('g.tsl-node').on('click keydown mouseenter focus mouseleave blur', null);
      wrapper.remove();
    },
  };
}
