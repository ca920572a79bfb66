import { describe, expect, it } from 'vitest';
import { TCP_STATES } from '../../core/endpoint/tcpState';
import { edgeGroups } from './edgeGroups';
import type { Point, Rect } from './geometry';
import { rectsOverlap } from './geometry';
import { layoutGraph, routeCrossesNodes } from './layoutGraph';
import { LAYOUT_METRICS } from './layoutMetrics';

const MODES = ['wide', 'compact'] as const;

/** Label box estimated from its text: longest line × 0.6 × font size, one line height per line. */
function estimatedTextFits(box: Rect, lines: readonly string[], fontSize: number, lineHeight: number) {
  const width = Math.max(...lines.map((l) => l.length)) * 0.6 * fontSize;
  return box.width >= width && box.height >= lines.length * lineHeight;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function onBorder(p: Point, r: Rect): boolean {
  const inX = p.x >= r.x - 0.5 && p.x <= r.x + r.width + 0.5;
  const inY = p.y >= r.y - 0.5 && p.y <= r.y + r.height + 0.5;
  const nearX = Math.abs(p.x - r.x) < 0.5 || Math.abs(p.x - r.x - r.width) < 0.5;
  const nearY = Math.abs(p.y - r.y) < 0.5 || Math.abs(p.y - r.y - r.height) < 0.5;
  return inX && inY && (nearX || nearY);
}

describe.each(MODES)('layoutGraph (%s)', (mode) => {
  const layout = layoutGraph(mode);
  const box = (s: string) => layout.nodes.find((n) => n.state === s)!.box;

  it('places each of the eleven states once, without overlaps', () => {
    expect(layout.nodes.map((n) => n.state)).toEqual([...TCP_STATES]);
    for (const a of layout.nodes) {
      for (const b of layout.nodes) if (a !== b) expect(rectsOverlap(a.box, b.box)).toBe(false);
    }
  });

  it('follows Figure 5: CLOSED above LISTEN, SYN states either side, TIME_WAIT at the bottom', () => {
    expect(box('CLOSED').y).toBeLessThan(box('LISTEN').y);
    expect(box('SYN_RCVD').x).toBeLessThan(box('ESTABLISHED').x);
    expect(box('SYN_SENT').x).toBeGreaterThan(box('ESTABLISHED').x);
    expect(box('FIN_WAIT_1').x).toBeLessThan(box('CLOSE_WAIT').x);
    for (const n of layout.nodes) expect(n.box.y).toBeLessThanOrEqual(box('TIME_WAIT').y);
  });

  it('draws one edge per edge group', () => {
    expect(layout.edges.map((e) => e.id).sort()).toEqual(
      edgeGroups()
        .map((g) => g.id)
        .sort(),
    );
  });

  it('routes no edge through a state other than its own two', () => {
    for (const e of layout.edges) expect(routeCrossesNodes(e, layout.nodes), e.id).toEqual([]);
  });

  it('starts every edge on its source border and ends its arrowhead on the target border', () => {
    for (const e of layout.edges) {
      expect(onBorder(e.points[0]!, box(e.from)), `${e.id} start`).toBe(true);
      expect(onBorder(e.tip, box(e.to)), `${e.id} tip`).toBe(true);
    }
  });

  it('sizes each label box to hold its text (characters × 0.6 × font size)', () => {
    for (const e of layout.edges) {
      if (!e.label) continue;
      const { box: b, lines, fontSize, lineHeight } = e.label;
      expect(estimatedTextFits(b, lines, fontSize, lineHeight), e.id).toBe(true);
    }
  });

  it('keeps every label box off every state box', () => {
    for (const e of layout.edges) {
      if (!e.label) continue;
      for (const n of layout.nodes) {
        expect(rectsOverlap(e.label.box, n.box), `${e.id} label over ${n.state}`).toBe(false);
      }
    }
  });

  it('keeps labels apart from one another', () => {
    const labelled = layout.edges.filter((e) => e.label);
    for (const a of labelled) {
      for (const b of labelled) {
        if (a === b) continue;
        expect(overlapArea(a.label!.box, b.label!.box), `${a.id} / ${b.id}`).toBe(0);
      }
    }
  });

  it('labels every Figure 5 edge', () => {
    for (const e of layout.edges) if (e.kind === 'primary') expect(e.label, e.id).toBeDefined();
  });

  it('labels secondary edges only when the layout has room for them', () => {
    const secondary = layout.edges.filter((e) => e.kind === 'secondary');
    expect(secondary.every((e) => (e.label !== undefined) === LAYOUT_METRICS[mode].secondaryLabels)).toBe(
      true,
    );
  });

  it('fits everything in its viewBox', () => {
    const [x, y, w, h] = layout.viewBox;
    const inside = (r: Rect) => r.x >= x && r.y >= y && r.x + r.width <= x + w && r.y + r.height <= y + h;
    for (const n of layout.nodes) expect(inside(n.box)).toBe(true);
    for (const e of layout.edges) {
      if (e.label) expect(inside(e.label.box), e.id).toBe(true);
      for (const p of e.points) expect(inside({ ...p, width: 0, height: 0 }), e.id).toBe(true);
    }
  });

  it('gives the same geometry every time', () => {
    expect(layoutGraph(mode)).toEqual(layout);
  });
});

describe('layoutGraph', () => {
  it('puts the two endpoint markers of one state apart', () => {
    for (const mode of MODES) {
      const r = LAYOUT_METRICS[mode].markerRadius;
      for (const n of layoutGraph(mode).nodes) {
        const { client, server } = n.markers;
        expect(Math.hypot(client.x - server.x, client.y - server.y)).toBeGreaterThan(4 * r);
      }
    }
  });

  it('shortens labels to the event alone in the compact layout', () => {
    const wide = layoutGraph('wide').edges.find((e) => e.id === 'LISTEN>SYN_RCVD')!;
    const compact = layoutGraph('compact').edges.find((e) => e.id === 'LISTEN>SYN_RCVD')!;
    expect(wide.label?.lines).toEqual(['rcv SYN', 'snd SYN,ACK']);
    expect(compact.label?.lines).toEqual(['rcv SYN']);
  });

  it('runs opposite edges side by side rather than on one line', () => {
    const { edges } = layoutGraph('wide');
    const there = edges.find((e) => e.id === 'CLOSED>LISTEN')!;
    const back = edges.find((e) => e.id === 'LISTEN>CLOSED')!;
    expect(Math.abs(there.points[0]!.x - back.points[0]!.x)).toBeGreaterThan(10);
  });
});
