import type { Selection } from 'd3';
import { formatDuration } from '../../core/time';
import type { Side } from '../../core/segment';
import type { Frame } from './chartFrame';
import { CLS } from './chartTheme';
import { attrs, text as setText } from './lazyAttr';
import { r } from './segmentGeometry';
import type { TimerSpan } from './sequenceChartModel';

/** Lanes beside each lifeline; a third overlapping timer shares the outer lane. */
const LANES = 2;

/** A timer run placed in a lane. */
export type LanedTimer = { readonly side: Side; readonly span: TimerSpan; readonly lane: number };

/** Where a run's bar ends: when it ended, or its due time while it runs. */
export function timerEnd(t: TimerSpan): number {
  return t.endedAt ?? t.due;
}

/** Pure. Puts each side's timer runs into lanes so that runs that overlap in time sit side by side. */
export function assignLanes(timers: Readonly<Record<Side, readonly TimerSpan[]>>): LanedTimer[] {
  const out: LanedTimer[] = [];
  for (const side of ['client', 'server'] as const) {
    const laneEnds: number[] = [];
    for (const span of timers[side]) {
      let lane = laneEnds.findIndex((end) => end <= span.setAt);
      if (lane < 0) lane = Math.min(laneEnds.length, LANES - 1);
      laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, timerEnd(span));
      out.push({ side, span, lane });
    }
  }
  return out;
}

/** What an ended run's drawing depends on: its times, its end, its place and the words. */
type EndedSignature = {
  readonly labels: Frame['labels'];
  readonly span: TimerSpan;
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
};

/** What each timer group drew last, while its run has ended. */
const drawnRuns = new WeakMap<Element, EndedSignature>();

function endedSignature(d: LanedTimer, f: Frame, x: number): EndedSignature {
  return { labels: f.labels, span: d.span, x, top: f.sy(d.span.setAt), bottom: f.sy(timerEnd(d.span)) };
}

function sameSignature(a: EndedSignature | undefined, b: EndedSignature): boolean {
  return (
    a !== undefined &&
    a.labels === b.labels &&
    a.x === b.x &&
    a.top === b.top &&
    a.bottom === b.bottom &&
    a.span.name === b.span.name &&
    a.span.setAt === b.span.setAt &&
    a.span.due === b.span.due &&
    a.span.endedAt === b.span.endedAt &&
    a.span.end === b.span.end
  );
}

/** The y of a line drawn with no length (y1 = y2, x1 = x2), else undefined. */
function collapsedAt(line: SVGLineElement): string | undefined {
  const y = line.getAttribute('y1');
  return y !== null && y === line.getAttribute('y2') && line.getAttribute('x1') === line.getAttribute('x2')
    ? y
    : undefined;
}

/** x of a lane beside a lifeline. */
export function laneX(f: Frame, side: Side, lane: number): number {
  const { x, laneOffset, laneW } = f.layout;
  const d = laneOffset + lane * laneW;
  return side === 'client' ? x.client - d : x.server + d;
}

/** Draws timer runs as bars beside the lifelines: set at the top, fired ▸, cancelled ⊥, running ◦. */
export function drawTimers(
  g: Selection<SVGGElement, unknown, null, undefined>,
  f: Frame,
  laned: readonly LanedTimer[],
): void {
  const { now } = f.model;
  const visible = laned.filter((t) => t.span.setAt <= f.t1 && timerEnd(t.span) >= f.t0);
  const groups = g
    .selectAll<SVGGElement, LanedTimer>(`g.${CLS}-timer`)
    .data(visible, (d) => `${d.side}:${d.span.name}:${d.span.setAt}`)
    .join((enter) => {
      const e = enter.append('g');
      e.append('title');
      e.append('line').attr('class', 'run');
      e.append('line').attr('class', 'ahead');
      e.append('path').attr('class', 'cap');
      return e;
    });
  const x = (d: LanedTimer) => r(laneX(f, d.side, d.lane));
  // An ended run drawn where it was last frame, in the same words, is left alone (most of them).
  const changed = groups.filter(function (d) {
    const sig = d.span.end === 'running' ? undefined : endedSignature(d, f, x(d));
    const same = sig !== undefined && sameSignature(drawnRuns.get(this), sig);
    if (sig) drawnRuns.set(this, sig);
    else drawnRuns.delete(this);
    return !same;
  });
  attrs(changed, {
    class: (d) => `${CLS}-timer ${d.span.end === 'running' ? 'running' : 'ended'}`,
    'data-timer': (d) => d.span.name,
    'data-end': (d) => d.span.end,
  });
  const out = (d: LanedTimer) => (d.side === 'client' ? -1 : 1);
  setText(
    changed.select('title'),
    (d) =>
      f.labels.timerSpan
        .replace('{timer}', f.labels.timers[d.span.name])
        .replace('{set}', formatDuration(d.span.setAt))
        .replace('{due}', formatDuration(d.span.due)) +
      (d.span.end === 'running'
        ? ''
        : f.labels.timerEnds[d.span.end].replace('{at}', formatDuration(d.span.endedAt ?? d.span.due))),
  );
  attrs(changed.select('.run'), {
    x1: x,
    x2: x,
    y1: (d) => r(f.sy(d.span.setAt)),
    y2: (d) => r(f.sy(d.span.endedAt ?? Math.min(now, d.span.due))),
  });
  // The dotted line from now to the due time. An ended run's is empty (from now to now) and stays empty
  // where it was last drawn: rewriting it at the playhead on every frame would change nothing seen.
  const ahead = groups.select<SVGLineElement>('.ahead').filter(function (d) {
    return d.span.end === 'running' || !this.hasAttribute('y1') || collapsedAt(this) === undefined;
  });
  attrs(ahead, {
    x1: x,
    x2: x,
    y1: r(f.sy(now)),
    y2: (d) => r(f.sy(d.span.end === 'running' ? d.span.due : now)),
  });
  const cap = (d: LanedTimer): string => {
    const cx = laneX(f, d.side, d.lane);
    const top = f.sy(d.span.setAt);
    const yEnd = f.sy(timerEnd(d.span));
    const o = out(d);
    // A tick where it is set; at the end a triangle pointing at the lifeline when it fired, a flat
    // tick when it was cancelled or set again, a ring at the due time while it runs.
    const start = `M${r(cx)},${r(top)}h${o * 3}`;
    if (d.span.end === 'fired')
      return `${start}M${r(cx + o * 3)},${r(yEnd - 4)}L${r(cx - o * 3)},${r(yEnd)}L${r(cx + o * 3)},${r(yEnd + 4)}Z`;
    if (d.span.end === 'running')
      return `${start}M${r(cx - 2.5)},${r(yEnd)}a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0`;
    return `${start}M${r(cx - 3)},${r(yEnd)}h6`;
  };
  attrs(changed.select('.cap'), { d: cap });
}
