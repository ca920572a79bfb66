/**
 * Pure geometry of the state graph: node boxes from the Figure 5 grid, edge routes from the statechart's
 * edge groups, label boxes placed beside their edges, marker spots. No DOM: the renderer only copies
 * these numbers into SVG, and the tests check them (jsdom has no getBBox).
 */
import type { Side } from '../../core/segment';
import type { TcpState } from '../../core/endpoint/tcpState';
import { TCP_STATES } from '../../core/endpoint/tcpState';
import type { EdgeGroup, EdgeKind } from './edgeGroups';
import { edgeGroups } from './edgeGroups';
import { FIGURE5_GRID, LABEL_NUDGES } from './figure5Layout';
import type { Point, Rect } from './geometry';
import { offsetPolyline, polylineHitsRect, roundedPath, roundedPathLength, trimEnd } from './geometry';
import { placeLabels } from './placeLabels';
import type { LabelLayout } from './placeLabels';
import { routeEdges } from './routeEdges';
import type { LayoutMetrics, LayoutMode } from './layoutMetrics';
import { LAYOUT_METRICS, textWidth } from './layoutMetrics';

/** One state's box. */
export type NodeLayout = {
  /** The state. */
  readonly state: TcpState;
  /** Centre. */
  readonly cx: number;
  /** Centre. */
  readonly cy: number;
  /** The rounded rectangle's bounds. */
  readonly box: Rect;
  /** Where each endpoint's marker sits when the endpoint is in this state. */
  readonly markers: Readonly<Record<Side, Point>>;
};

/** One drawn edge. */
export type EdgeLayout = {
  /** `"FROM>TO"`. */
  readonly id: string;
  /** Source state. */
  readonly from: TcpState;
  /** Target state. */
  readonly to: TcpState;
  /** Figure 5 edge or not. */
  readonly kind: EdgeKind;
  /** The group it draws (transitions, main label). */
  readonly group: EdgeGroup;
  /** The route, from the source border to where the arrowhead starts. */
  readonly points: readonly Point[];
  /** Where the arrowhead's tip touches the target border. */
  readonly tip: Point;
  /** SVG path data of the route. */
  readonly d: string;
  /**
   * `stroke-dashoffset` that puts the dash pattern in phase at the arrowhead, so dashed edges sharing
   * a rail draw one clean dashed line there.
   */
  readonly dashOffset: number;
  /** Path data of the per-endpoint "taken" overlays beside the route. */
  readonly overlays: Readonly<Record<Side, string>>;
  /** The label, or undefined when this layout draws none for the edge. */
  readonly label: LabelLayout | undefined;
};

/** Everything the renderer draws, in viewBox units. */
export type GraphLayout = {
  /** Which layout. */
  readonly mode: LayoutMode;
  /** The metrics used. */
  readonly metrics: LayoutMetrics;
  /** `[minX, minY, width, height]`. */
  readonly viewBox: readonly [number, number, number, number];
  /** The eleven states. */
  readonly nodes: readonly NodeLayout[];
  /** One per edge group, primary edges first. */
  readonly edges: readonly EdgeLayout[];
};

function layoutNodes(m: LayoutMetrics): NodeLayout[] {
  const longest = Math.max(...TCP_STATES.map((s) => s.length));
  const width = Math.ceil(textWidth('x'.repeat(longest), m.nodeFont) + 2 * m.nodePadX);
  const h = m.nodeHeight;
  return TCP_STATES.map((state) => {
    const { col, row } = FIGURE5_GRID[state];
    const cx = width / 2 + col * m.colGap;
    const cy = h / 2 + row * m.rowGap;
    const box = { x: cx - width / 2, y: cy - h / 2, width, height: h };
    const r = m.markerRadius;
    const markers: Record<Side, Point> =
      m.markerPlacement === 'inside'
        ? {
            client: { x: box.x + r + 5, y: cy },
            server: { x: box.x + width - r - 5, y: cy },
          }
        : {
            client: { x: box.x + r * 0.6, y: box.y + h - 1 },
            server: { x: box.x + width - r * 0.6, y: box.y + h - 1 },
          };
    return { state, cx, cy, box, markers };
  });
}

/** Bounds of everything drawn, padded. */
function viewBoxOf(nodes: readonly NodeLayout[], edges: readonly EdgeLayout[], pad: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (r: Rect) => {
    xs.push(r.x, r.x + r.width);
    ys.push(r.y, r.y + r.height);
  };
  for (const n of nodes) add(n.box);
  for (const e of edges) {
    for (const p of e.points) add({ x: p.x, y: p.y, width: 0, height: 0 });
    if (e.label) add(e.label.box);
  }
  const minX = Math.floor(Math.min(...xs) - pad);
  const minY = Math.floor(Math.min(...ys) - pad);
  return [
    minX,
    minY,
    Math.ceil(Math.max(...xs) + pad) - minX,
    Math.ceil(Math.max(...ys) + pad) - minY,
  ] as const;
}

/**
 * Pure. The state graph's geometry for a layout mode. The same inputs always give the same numbers.
 * @param groups the drawn edges; by default those derived from the endpoint statechart
 */
export function layoutGraph(
  mode: LayoutMode = 'wide',
  groups: readonly EdgeGroup[] = edgeGroups(),
): GraphLayout {
  const m = LAYOUT_METRICS[mode];
  const nodes = layoutNodes(m);
  const ordered = [...groups].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'primary' ? -1 : 1));
  const routes = routeEdges(nodes, ordered, m);
  const labels = placeLabels(nodes, ordered, routes, m);
  const nudges = LABEL_NUDGES[mode];
  const edges = ordered.map((group): EdgeLayout => {
    const route = routes.get(group.id)!;
    const points = trimEnd(route, m.arrowInset);
    let label = labels.get(group.id);
    const nudge = nudges[group.id];
    if (label && nudge) label = nudgeLabel(label, nudge.dx, nudge.dy);
    const overlayPoints = (by: number) => trimEnd(offsetPolyline(route, by), m.arrowInset + 9);
    // Overlays run either side of a lone edge, but both outside one of a pair (routes keep left).
    const paired = routes.has(`${group.to}>${group.from}`);
    const ov = m.overlayOffset;
    return {
      id: group.id,
      from: group.from,
      to: group.to,
      kind: group.kind,
      group,
      points,
      tip: route[route.length - 1]!,
      d: roundedPath(points, m.cornerRadius),
      dashOffset: dashPhase(roundedPathLength(points, m.cornerRadius)),
      overlays: {
        client: roundedPath(overlayPoints(ov), m.cornerRadius),
        server: roundedPath(overlayPoints(paired ? 2 * ov : -ov), m.cornerRadius),
      },
      label,
    };
  });
  return { mode, metrics: m, viewBox: viewBoxOf(nodes, edges, 6), nodes, edges };
}

/** The period of the secondary edges' dash pattern (`stroke-dasharray: 5 4`). */
export const DASH_PERIOD = 9;

function dashPhase(length: number): number {
  return Math.round(((DASH_PERIOD - (length % DASH_PERIOD)) % DASH_PERIOD) * 100) / 100;
}

function nudgeLabel(l: LabelLayout, dx: number, dy: number): LabelLayout {
  return { ...l, box: { ...l.box, x: l.box.x + dx, y: l.box.y + dy } };
}

/** Whether an edge's drawn route crosses a node other than its own ends (for tests and routing). */
export function routeCrossesNodes(edge: EdgeLayout, nodes: readonly NodeLayout[]): TcpState[] {
  return nodes
    .filter((n) => n.state !== edge.from && n.state !== edge.to)
    .filter((n) => polylineHitsRect(edge.points, n.box))
    .map((n) => n.state);
}
