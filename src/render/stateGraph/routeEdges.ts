/**
 * Routes of the state graph's edges. An edge is a straight line between the two node borders (two
 * opposite edges run side by side). A Figure 5 edge spanning two rows or more bends once, as the
 * figure's CLOSED → SYN-SENT arrow does, when the bend is clear. An edge whose line would cut through
 * another state (the ones back to the single CLOSED box) runs around the figure on a rail and drops
 * into its target from above, like Figure 5's outer arrows.
 */
import type { EdgeGroup } from './edgeGroups';
import { DOWN_THEN_ACROSS } from './figure5Layout';
import type { Point } from './geometry';
import { inflate, rayExit, segmentHitsRect } from './geometry';
import type { NodeLayout } from './layoutGraph';
import type { LayoutMetrics } from './layoutMetrics';

type Side = 'left' | 'right';

/** An edge that goes around: which way, whether it shares the side's bus, and where it starts. */
type Detour = { group: EdgeGroup; side: Side; bus: boolean; source: NodeLayout };

function straight(from: NodeLayout, to: NodeLayout, offset: number): Point[] {
  const dx = to.cx - from.cx;
  const dy = to.cy - from.cy;
  const len = Math.hypot(dx, dy);
  const n = { x: (dy / len) * offset, y: (-dx / len) * offset };
  const dir = { x: dx, y: dy };
  const start = rayExit(from.box, { x: from.cx + n.x, y: from.cy + n.y }, dir);
  const end = rayExit(to.box, { x: to.cx + n.x, y: to.cy + n.y }, { x: -dx, y: -dy });
  return [start, end];
}

/**
 * The one-bend route between states at least `minRise` apart vertically: level with the upper state,
 * then straight down (or up) at the lower state's centre. Undefined for states in one column.
 */
function elbow(from: NodeLayout, to: NodeLayout, offset: number, minRise: number): Point[] | undefined {
  if (Math.abs(to.cy - from.cy) < minRise * 1.5 || Math.abs(to.cx - from.cx) < 1) return undefined;
  const down = to.cy > from.cy;
  const upper = down ? from : to;
  const lower = down ? to : from;
  const toRight = lower.cx > upper.cx;
  // Keeping left, the downward edge bends outside its upward partner.
  const o = down ? offset : -offset;
  const y = upper.cy - o;
  const x = lower.cx + (toRight ? o : -o);
  const sideX = toRight ? upper.box.x + upper.box.width : upper.box.x;
  const topY = lower.box.y;
  const route = [
    { x: sideX, y },
    { x, y },
    { x, y: topY },
  ];
  return down ? route : route.reverse();
}

/** Straight down out of the source's bottom to the target's level, then across into its side. */
function downThenAcross(from: NodeLayout, to: NodeLayout): Point[] {
  const sideX = to.cx > from.cx ? to.box.x : to.box.x + to.box.width;
  return [
    { x: from.cx, y: from.box.y + from.box.height },
    { x: from.cx, y: to.cy },
    { x: sideX, y: to.cy },
  ];
}

function crossesOthersAlong(points: readonly Point[], nodes: readonly NodeLayout[], skip: NodeLayout[]) {
  for (let i = 1; i < points.length; i++) {
    if (crossesOthers([points[i - 1]!, points[i]!], nodes, skip)) return true;
  }
  return false;
}

function crossesOthers(points: readonly Point[], nodes: readonly NodeLayout[], skip: NodeLayout[]) {
  return nodes.some(
    (n) => !skip.includes(n) && segmentHitsRect(points[0]!, points[points.length - 1]!, inflate(n.box, 4)),
  );
}

function hitsAny(p: Point, q: Point, nodes: readonly NodeLayout[], skip: NodeLayout): boolean {
  return nodes.some((n) => n !== skip && segmentHitsRect(p, q, inflate(n.box, 2)));
}

/**
 * Pure. The route of every edge, from the source border to the target border (the arrowhead's tip).
 * Around-the-figure edges on one side nest: the secondary edges share the innermost rail (they are
 * hidden until taken), Figure 5 edges get one rail each, the farther source on the outer rail.
 */
export function routeEdges(
  nodes: readonly NodeLayout[],
  groups: readonly EdgeGroup[],
  m: LayoutMetrics,
): Map<string, Point[]> {
  const node = (s: string) => nodes.find((n) => n.state === s)!;
  const ids = new Set(groups.map((g) => g.id));
  const routes = new Map<string, Point[]>();
  const detours: Detour[] = [];
  for (const g of groups) {
    const from = node(g.from);
    const to = node(g.to);
    // Opposite edges run side by side, each keeping to the left of its direction of travel.
    const offset = ids.has(`${g.to}>${g.from}`) ? m.pairOffset : 0;
    const bend = DOWN_THEN_ACROSS.includes(g.id)
      ? downThenAcross(from, to)
      : elbow(from, to, offset, g.kind === 'primary' ? m.rowGap : Infinity);
    if (bend && !crossesOthersAlong(bend, nodes, [from, to])) {
      routes.set(g.id, bend);
      continue;
    }
    const line = straight(from, to, offset);
    // Long secondary edges (resets and aborts back to CLOSED) join their side's bus rather than
    // cutting across the figure.
    const long = g.kind === 'secondary' && Math.abs(to.cy - from.cy) > m.rowGap * 1.5;
    if (!long && !crossesOthers(line, nodes, [from, to])) {
      routes.set(g.id, line);
      continue;
    }
    // A source in the target's column goes right if it is a Figure 5 edge (the figure draws
    // TIME-WAIT → CLOSED on the right), left otherwise, to spread the rails over both sides.
    const near = Math.abs(from.cx - to.cx) < m.colGap / 2;
    const side: Side = near ? (g.kind === 'primary' ? 'right' : 'left') : from.cx > to.cx ? 'right' : 'left';
    detours.push({ group: g, side, bus: g.kind === 'secondary', source: from });
  }
  const left = Math.min(...nodes.map((n) => n.box.x));
  const right = Math.max(...nodes.map((n) => n.box.x + n.box.width));
  for (const side of ['left', 'right'] as const) {
    const mine = detours.filter((d) => d.side === side);
    const bus = mine.filter((d) => d.bus);
    const own = mine.filter((d) => !d.bus).sort((a, b) => a.source.cy - b.source.cy);
    // Rails from the inside out: the shared bus, then one per Figure 5 edge.
    const rails = [...(bus.length ? [bus] : []), ...own.map((d) => [d])];
    rails.forEach((rail, k) => {
      const x = side === 'left' ? left - m.railGap * (k + 1) : right + m.railGap * (k + 1);
      for (const d of rail) {
        const target = node(d.group.to);
        // Over the target, then down into its top: the outer rail runs higher and lands farther in.
        const y = target.box.y - m.railGap * (k + 2);
        const inset = m.railGap * (k + 0.75);
        const portX = side === 'left' ? target.box.x + inset : target.box.x + target.box.width - inset;
        routes.set(d.group.id, [
          ...exit(d.source, side, x, nodes, m),
          { x, y },
          { x: portX, y },
          { x: portX, y: target.box.y },
        ]);
      }
    });
  }
  return routes;
}

/** Leaves the source sideways towards the rail, or via the channel below it if a state is in the way. */
function exit(src: NodeLayout, side: Side, railX: number, nodes: readonly NodeLayout[], m: LayoutMetrics) {
  const sideX = side === 'left' ? src.box.x : src.box.x + src.box.width;
  const a = { x: sideX, y: src.cy };
  const b = { x: railX, y: src.cy };
  if (!hitsAny(a, b, nodes, src)) return [a, b];
  const chanY = src.cy + m.rowGap / 2;
  const x = src.cx + (side === 'left' ? -1 : 1) * (src.box.width / 4);
  return [
    { x, y: src.box.y + src.box.height },
    { x, y: chanY },
    { x: railX, y: chanY },
  ];
}
