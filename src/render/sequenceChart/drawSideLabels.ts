import type { Selection } from 'd3';
import type { Side } from '../../core/segment';
import { textWidth } from './chartLayout';
import type { Frame } from './chartFrame';
import { SHORT_STATE } from './chartTheme';
import type { LanedTimer } from './drawTimers';
import { timerEnd } from './drawTimers';
import { formatCountdown } from './formatSpan';
import { attrs, text as setText } from './lazyAttr';
import { r } from './segmentGeometry';
import type { SideLabelRequest } from './stackSideLabels';
import { stackSideLabels } from './stackSideLabels';

type SideLabel = SideLabelRequest & { readonly side: Side; readonly text: string; readonly cls: string };

/** Pure. Cuts text to fit `maxPx` of monospace at `fontPx`, with an ellipsis. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxPx) return text;
  const n = Math.max(1, Math.floor(maxPx / (fontPx * 0.6)) - 1);
  return `${[...text].slice(0, n).join('')}…`;
}

/**
 * Pure. The labels beside each lifeline: each state's name where it begins and each timer's name where
 * it is set (a running one with its countdown). A label whose start has scrolled above the window
 * sticks to the top while what it names is still in view.
 */
export function sideLabels(f: Frame, laned: readonly LanedTimer[]): SideLabel[] {
  const { layout, labels, model } = f;
  const lineH = layout.sideFont + 3;
  const stickAt = f.top + 4 + lineH / 2;
  const stick = (y: number, end: number) => (y < stickAt && end > stickAt + lineH ? stickAt : y);
  const out: SideLabel[] = [];
  for (const side of ['client', 'server'] as const) {
    for (const b of model.bands[side]) {
      if (!(b.to > b.from || b.current) || b.from > f.t1 || b.to < f.t0) continue;
      const y = f.sy(b.from);
      const maxY = f.sy(b.to);
      const name = layout.compact ? SHORT_STATE[b.state] : b.state;
      out.push({
        key: `s:${side}:${b.from}`,
        side,
        y: stick(y, maxY),
        maxY,
        keep: b.current,
        text: name,
        cls: 'state',
      });
    }
  }
  for (const t of laned) {
    const { span, side } = t;
    if (span.setAt > f.t1 || timerEnd(span) < f.t0) continue;
    const y = f.sy(span.setAt);
    const maxY = f.sy(timerEnd(span));
    const name = labels.timers[span.name];
    const text =
      span.end === 'running' ? `${name} ${formatCountdown(span.due - model.now, layout.compact)}` : name;
    out.push({
      key: `t:${side}:${span.name}:${span.setAt}`,
      side,
      y: stick(y, maxY),
      maxY,
      keep: span.end === 'running',
      text,
      cls: 'timer',
    });
  }
  return out;
}

/** Draws the side labels, stacked so that none overprints another. */
export function drawSideLabels(
  g: Selection<SVGGElement, unknown, null, undefined>,
  f: Frame,
  laned: readonly LanedTimer[],
): void {
  const { layout } = f;
  const lineH = layout.sideFont + 3;
  const all = sideLabels(f, laned);
  const kept: (SideLabel & { at: number })[] = [];
  for (const side of ['client', 'server'] as const) {
    const mine = all.filter((l) => l.side === side);
    const ys = stackSideLabels(mine, lineH);
    for (const l of mine) {
      const at = ys.get(l.key);
      if (at !== undefined) kept.push({ ...l, at });
    }
  }
  const texts = g
    .selectAll<SVGTextElement, SideLabel & { at: number }>('text')
    .data(kept, (d) => d.key)
    .join('text');
  attrs(texts, {
    class: (d) => d.cls,
    'data-side': (d) => d.side,
    'dominant-baseline': 'central',
    'text-anchor': (d) => (d.side === 'client' ? 'end' : 'start'),
    x: (d) =>
      r(d.side === 'client' ? layout.x.client - layout.labelOffset : layout.x.server + layout.labelOffset),
    y: (d) => r(d.at),
  });
  setText(texts, (d) => fitText(d.text, layout.labelMax, layout.sideFont));
}
