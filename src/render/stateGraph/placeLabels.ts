/**
 * Places edge labels beside their routes: every candidate spot along every leg, on both sides, scored
 * by what it would cover (states worst, then other labels, then other edges), best spot wins. Figure 5
 * edges are placed first so they get the clearest spots.
 */
import type { EdgeGroup } from './edgeGroups';
import type { Point, Rect } from './geometry';
import { inflate, polylineHitsRect, polylineLength, rectAround, rectsOverlap } from './geometry';
import type { NodeLayout } from './layoutGraph';
import type { LayoutMetrics } from './layoutMetrics';
import { textWidth } from './layoutMetrics';

/** An edge label: its lines of text and its box. */
export type LabelLayout = {
  /** One line (the event) or two (event, then action), as Figure 5 stacks them. */
  readonly lines: readonly string[];
  /** The box the text is centred in; nothing else may sit in it. */
  readonly box: Rect;
  /** Font size. */
  readonly fontSize: number;
  /** Line height. */
  readonly lineHeight: number;
  /** Whether a rule separates the event (first line) from the action (second), as in Figure 5. */
  readonly rule: boolean;
};

/**
 * The label's lines: "rcv SYN / snd SYN,ACK" → ["rcv SYN", "snd SYN,ACK"]; with `eventOnly`, the event
 * alone, without a parenthetical, broken in two when long.
 */
export function labelLines(label: string, style: LayoutMetrics['labelStyle']): string[] {
  const cut = label.indexOf(' / ');
  const event = cut < 0 ? label : label.slice(0, cut);
  const action = cut < 0 ? '' : label.slice(cut + 3);
  if (style === 'eventOnly') return wrap(event.replace(/\s*\(.*\)$/, ''), 14);
  return action ? [event, action] : [event];
}

/** Breaks a line longer than `max` characters at the space nearest its middle. */
function wrap(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  let cut = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ' ' && (cut < 0 || Math.abs(i - line.length / 2) < Math.abs(cut - line.length / 2)))
      cut = i;
  }
  return cut < 0 ? [line] : [line.slice(0, cut), line.slice(cut + 1)];
}

/** Box size of a label: the longest line wide, one line height per line plus a rule between two. */
export function labelSize(lines: readonly string[], m: LayoutMetrics) {
  const width = Math.max(...lines.map((l) => textWidth(l, m.labelFont))) + 2 * m.labelPad;
  const height = lines.length * m.lineHeight + (lines.length - 1) * 3 + 2 * m.labelPad;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

const SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/**
 * Pure. A label box for each edge that shows one (secondary edges only when the metrics allow),
 * keyed by edge id.
 */
export function placeLabels(
  nodes: readonly NodeLayout[],
  groups: readonly EdgeGroup[],
  routes: ReadonlyMap<string, readonly Point[]>,
  m: LayoutMetrics,
): Map<string, LabelLayout> {
  const placed = new Map<string, LabelLayout>();
  const minX = Math.min(...nodes.map((n) => n.box.x)) - 2 * m.railGap;
  const maxX = Math.max(...nodes.map((n) => n.box.x + n.box.width)) + 2 * m.railGap;
  const minY = Math.min(...nodes.map((n) => n.box.y)) - 2 * m.railGap;
  const maxY = Math.max(...nodes.map((n) => n.box.y + n.box.height)) + 2 * m.railGap;
  const cx = (minX + maxX) / 2;
  // Spots beyond the figure's frame widen the viewBox and so shrink everything: a mild cost.
  const overflow = (b: Rect) =>
    Math.max(0, minX - b.x) +
    Math.max(0, b.x + b.width - maxX) +
    Math.max(0, minY - b.y) +
    Math.max(0, b.y + b.height - maxY);
  for (const g of groups) {
    if (g.kind === 'secondary' && !m.secondaryLabels) continue;
    const lines = labelLines(g.main.label, m.labelStyle);
    const { width, height } = labelSize(lines, m);
    const route = routes.get(g.id)!;
    const paired = routes.has(`${g.to}>${g.from}`);
    let best: { box: Rect; score: number } | undefined;
    const total = polylineLength(route);
    let before = 0;
    for (let leg = 0; leg < route.length - 1; leg++) {
      const a = route[leg]!;
      const b = route[leg + 1]!;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      before += len;
      if (len < 1) continue;
      const u = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
      for (const t of SPOTS) {
        const at = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        // One of two opposite edges is labelled on its own (left, outer) side, away from its partner.
        for (const sign of paired ? [1] : [1, -1]) {
          const n = { x: u.y * sign, y: -u.x * sign };
          // Clear of the edge and of its taken-overlays (both outside one of a pair).
          const clear = m.labelGap + m.overlayOffset * (paired ? 2 : 1);
          const dist = Math.abs(n.x) * (width / 2) + Math.abs(n.y) * (height / 2) + clear;
          const box = rectAround({ x: at.x + n.x * dist, y: at.y + n.y * dist }, width, height);
          // Outward (away from the figure's middle) reads better for the edges around the outside.
          const inward = Math.sign(box.x + width / 2 - at.x) === Math.sign(cx - at.x) ? 1 : 0;
          const score =
            cost(box, g, nodes, groups, routes, placed) +
            // A straight edge is labelled at its middle, a routed one near where it leaves its state.
            (route.length === 2 ? Math.abs(t - 0.5) * 4 : ((before - len * (1 - t)) / total) * 6) +
            inward * 0.2 +
            overflow(box) * 0.05;
          if (!best || score < best.score) best = { box, score };
        }
      }
    }
    const rule = m.labelStyle === 'eventAndAction' && lines.length > 1;
    if (best)
      placed.set(g.id, { lines, box: best.box, fontSize: m.labelFont, lineHeight: m.lineHeight, rule });
  }
  return placed;
}

function cost(
  box: Rect,
  g: EdgeGroup,
  nodes: readonly NodeLayout[],
  groups: readonly EdgeGroup[],
  routes: ReadonlyMap<string, readonly Point[]>,
  placed: ReadonlyMap<string, LabelLayout>,
): number {
  let c = 0;
  for (const n of nodes) if (rectsOverlap(inflate(n.box, 3), box)) c += 1000;
  for (const l of placed.values()) if (rectsOverlap(inflate(l.box, 2), box)) c += 200;
  for (const other of groups) {
    // A label over a Figure 5 line hurts more than over a hidden-until-taken one (its own included:
    // a routed edge's other legs).
    if (polylineHitsRect(routes.get(other.id)!, box))
      c += other.kind === 'primary' || other.id === g.id ? 30 : 3;
  }
  return c;
}
