import { afterEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../core/scenarios/scenarios';
import { runScript } from '../../core/script/runScript';
import type { Direction, Segment } from '../../core/segment';
import { FLAGS } from '../../core/segment';
import { seq } from '../../core/seq';
import { ms } from '../../core/time';
import type { TraceEvent } from '../../core/world/trace';
import { textWidth } from './chartLayout';
import type { SequenceChartOptions } from './sequenceChart';
import { createSequenceChart } from './sequenceChart';

const LOST_ACK = 'iss client=1000 server=5000; server listen; drop next c>s ACK; client connect; wait 2s';

function traceOf(script: string): { trace: readonly TraceEvent[]; end: number } {
  const r = runScript(script);
  if (!r.ok || !r.sim) throw new Error(`script failed: ${JSON.stringify(r.failures)}`);
  return { trace: r.sim.trace, end: r.sim.current.now };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});

function mount(opts: Partial<SequenceChartOptions> = {}) {
  const div = document.createElement('div');
  document.body.append(div);
  mounted.push(div);
  const onSegmentClick = vi.fn();
  const chart = createSequenceChart(div, {
    labels: { client: 'Client', server: 'Server' },
    reducedMotion: true,
    width: 640,
    height: 1400,
    onSegmentClick,
    ...opts,
  });
  const groups = () => [...div.querySelectorAll<SVGGElement>('g[data-segment-id]')];
  const group = (id: number) => div.querySelector<SVGGElement>(`g[data-segment-id="${id}"]`);
  return { div, chart, onSegmentClick, groups, group };
}

/** The SVG as a file one can open: one tag per line. */
function svgText(div: HTMLElement): string {
  const svg = div.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return new XMLSerializer().serializeToString(svg).replace(/></g, '>\n<') + '\n';
}

describe('createSequenceChart', () => {
  const { trace, end } = traceOf(LOST_ACK);

  it('draws the lost-ACK handshake as a fixed SVG', async () => {
    const { div, chart } = mount();
    chart.update({ trace, now: end, relative: true, follow: true });
    await expect(svgText(div)).toMatchFileSnapshot('__snapshots__/lostAckHandshake.svg');
  });

  it('marks the one lost segment dropped and every other delivered', () => {
    const { chart, groups } = mount();
    chart.update({ trace, now: end, relative: true, follow: true });
    expect(groups().map((g) => [g.dataset.segmentId, g.dataset.flags, g.dataset.fate])).toEqual([
      ['1', 'SYN', 'delivered'],
      ['2', 'SYN+ACK', 'delivered'],
      ['3', 'ACK', 'dropped'],
      ['4', 'SYN+ACK', 'delivered'],
      ['5', 'ACK', 'delivered'],
    ]);
    expect(
      groups().every((g) => g.getAttribute('role') === 'button' && g.getAttribute('tabindex') === '0'),
    ).toBe(true);
    expect(groups()[2]?.querySelector('.cross')).not.toBeNull();
    expect(groups()[3]?.classList.contains('retx')).toBe(true);
  });

  it('a segment still on the wire at a mid now is in flight; clicking it asks for it (inFlight = true)', () => {
    const { chart, group, onSegmentClick } = mount();
    chart.update({ trace, now: 75, relative: true, follow: true });
    const g = group(2);
    expect(g?.dataset.fate).toBe('in-flight');
    expect(g?.getAttribute('aria-label')).toContain('in flight');
    g?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSegmentClick).toHaveBeenLastCalledWith(2, true);
  });

  it('Enter and Space on a focused segment act as a click', () => {
    const { chart, group, onSegmentClick } = mount();
    chart.update({ trace, now: 75, relative: true, follow: true });
    const g = group(2);
    g?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSegmentClick).toHaveBeenCalledTimes(1);
    expect(onSegmentClick).toHaveBeenLastCalledWith(2, true);
    g?.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(onSegmentClick).toHaveBeenCalledTimes(2);
    g?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onSegmentClick).toHaveBeenCalledTimes(2);
  });

  it('clicking a segment that has arrived reports inFlight = false', () => {
    const { chart, group, onSegmentClick } = mount();
    chart.update({ trace, now: 75, relative: true, follow: true });
    group(1)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSegmentClick).toHaveBeenLastCalledWith(1, false);
  });

  it('an in-flight arrow stops at now and its head moves on as now advances', () => {
    const { chart, group } = mount();
    const headX = () => Number(group(2)?.querySelector('.hit-head')?.getAttribute('cx'));
    chart.update({ trace, now: 60, relative: true, follow: false });
    const early = headX();
    chart.update({ trace, now: 90, relative: true, follow: false });
    // the server is on the right: the SYN+ACK's head moves left
    expect(headX()).toBeLessThan(early);
    expect(group(2)?.querySelector('.ghost')?.getAttribute('d')).toBeTruthy();
  });

  it('labels with relative numbers by default and absolute ones on request', () => {
    const { chart, group } = mount();
    const label = () => group(2)?.querySelector('tspan.main')?.textContent;
    chart.update({ trace, now: end, relative: true, follow: true });
    expect(label()).toBe('SYN+ACK seq=0 ack=1');
    chart.update({ trace, now: end, relative: false, follow: true });
    expect(label()).toBe('SYN+ACK seq=5000 ack=1001');
    expect(group(4)?.querySelector('tspan.retx')?.textContent).toBe(' retx');
  });

  it('shows a running timer with its countdown to now', () => {
    const { chart, div } = mount();
    chart.update({ trace, now: 75, relative: true, follow: true });
    const timers = [...div.querySelectorAll('.tsl-sc-side text.timer')].map((t) => t.textContent);
    expect(timers).toContain('RTO 0.93 s');
    expect(div.querySelectorAll('.tsl-sc-timer.running').length).toBe(2);
  });

  it('draws state bands that change where the state changes', () => {
    const { chart, div } = mount();
    chart.update({ trace, now: end, relative: true, follow: true });
    const bands = [...div.querySelectorAll<SVGRectElement>('rect.tsl-sc-band[data-side="server"]')];
    expect(bands.map((b) => b.dataset.state)).toEqual(['LISTEN', 'SYN_RCVD', 'ESTABLISHED']);
    const names = [...div.querySelectorAll('.tsl-sc-side text.state[data-side="server"]')].map(
      (t) => t.textContent,
    );
    expect(names).toEqual(['LISTEN', 'SYN_RCVD', 'ESTABLISHED']);
  });

  it('marks the selected segment', () => {
    const { chart, group } = mount();
    chart.update({ trace, now: end, relative: true, follow: true, selectedSegmentId: 4 });
    expect(group(4)?.classList.contains('selected')).toBe(true);
    expect(group(4)?.getAttribute('aria-pressed')).toBe('true');
    expect(group(3)?.classList.contains('selected')).toBe(false);
  });

  it('cuts a long TIME_WAIT to a short break that says how long it lasted', () => {
    const scenario = findScenario('lost-final-ack');
    if (!scenario) throw new Error('no scenario');
    const t = traceOf(scenario.script);
    const { chart, div } = mount({ height: 700 });
    chart.update({ trace: t.trace, now: t.end, relative: true, follow: true });
    const breaks = [...div.querySelectorAll<SVGGElement>('g.tsl-sc-break')];
    expect(breaks).toHaveLength(1);
    expect(breaks[0]?.querySelector('text')?.textContent).toBe('⋯ 4m idle ⋯');
    expect(Number(breaks[0]?.querySelector('rect')?.getAttribute('height'))).toBeCloseTo(26, 0);
    // the whole run, 4 minutes of it, fits on screen: the handshake's SYN is still drawn
    expect(div.querySelector('g[data-segment-id="1"]')).not.toBeNull();
  });

  it('at 360 px shows only flags, and no text runs past either edge', () => {
    const { chart, div, groups } = mount({ width: 360 });
    chart.update({ trace, now: end, relative: true, follow: true });
    for (const g of groups()) expect(g.querySelector('tspan.main')?.textContent).toBe(g.dataset.flags);
    for (const t of div.querySelectorAll<SVGTextElement>('.tsl-sc-side text')) {
      const x = Number(t.getAttribute('x'));
      const w = textWidth(t.textContent ?? '', 9.5);
      const [lo, hi] = t.getAttribute('text-anchor') === 'end' ? [x - w, x] : [x, x + w];
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(360);
    }
    for (const t of div.querySelectorAll<SVGTextElement>('text.label:not([display])')) {
      const x = Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]);
      const w = textWidth(t.textContent ?? '', 10);
      expect(x - w / 2).toBeGreaterThanOrEqual(0);
      expect(x + w / 2).toBeLessThanOrEqual(360);
    }
  });

  it('zoomBy scales the time axis and resetZoom restores it', () => {
    const { chart, group } = mount({ height: 3000 });
    chart.update({ trace, now: end, relative: true, follow: false });
    const span = () => {
      const d = group(4)?.querySelector('.hit')?.getAttribute('d') ?? '';
      const [, y0, y1] = /M[-\d.]+,([-\d.]+)L[-\d.]+,([-\d.]+)/.exec(d) ?? [];
      return Number(y1) - Number(y0);
    };
    const before = span();
    chart.zoomBy(2);
    expect(span()).toBeCloseTo(2 * before, 0);
    chart.resetZoom();
    expect(span()).toBeCloseTo(before, 0);
  });

  it('speaks and titles in the words it is given: fates, loss reasons, timer spans', () => {
    const { div, chart, group } = mount({
      labels: {
        client: '客户端',
        server: '服务器',
        fates: { dropped: '丢失', delivered: '已送达' },
        lossReasons: { 'scripted drop': '脚本指定丢弃' },
        timers: { rexmt: 'RTO' },
        timerSpan: '{timer}：启动于 {set}，到期于 {due}',
        timerEnds: { fired: '，{at} 超时', cancelled: '，{at} 取消', restarted: '，{at} 重启' },
      },
    });
    chart.update({ trace, now: end, relative: true, follow: true });
    expect(group(3)?.getAttribute('aria-label')).toContain('丢失 (脚本指定丢弃)');
    expect(group(3)?.getAttribute('aria-label')).toContain('客户端 → 服务器');
    const titles = [...div.querySelectorAll('[data-timer] > title')].map((t) => t.textContent ?? '');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /^RTO：启动于 .+，到期于 .+/.test(t))).toBe(true);
    expect(titles.join('')).not.toMatch(/set|due|fired|cancelled/);
  });

  it('destroy removes everything it drew', () => {
    const { chart, div } = mount();
    chart.update({ trace, now: end, relative: true, follow: true });
    chart.destroy();
    expect(div.innerHTML).toBe('');
  });
});

/** A synthetic trace of `n` segments, one every `every` ms, alternating directions, 50 ms each way. */
function syntheticTrace(n: number, every: number): TraceEvent[] {
  const events: TraceEvent[] = [];
  for (let i = 0; i < n; i++) {
    const dir: Direction = i % 2 === 0 ? 'c>s' : 's>c';
    const t = i * every;
    const seg: Segment = {
      id: i + 1,
      dir,
      seq: seq(1000 + i * 100),
      ack: seq(5000),
      flags: FLAGS.PSH_ACK,
      win: 65535,
      len: 100,
      sentAt: ms(t),
      cause: 'tcp.send.data',
      retransmit: false,
      injected: false,
      duplicateOf: undefined,
    };
    events.push({ t, step: 2 * i, kind: 'send', key: seg.cause, seg });
    events.push({ t: t + 50, step: 2 * i + 1, kind: 'arrive', key: 'link.arrive', seg });
  }
  return events.sort((a, b) => a.t - b.t);
}

describe('scrolling while following', () => {
  /** Each arrow's line and label as seen on screen: drawn positions moved by the layer's translation. */
  function seenLines(div: HTMLElement): Map<string, number[]> {
    const layer = div.querySelector('g.tsl-sc-segments');
    const shift = Number(/translate\(0,([-\d.]+)\)/.exec(layer?.getAttribute('transform') ?? '')?.[1] ?? 0);
    const out = new Map<string, number[]>();
    for (const g of div.querySelectorAll<SVGGElement>('g[data-segment-id]')) {
      const d = g.querySelector('.line')?.getAttribute('d') ?? '';
      const [x0, y0, x1, y1] = (d.match(/[-\d.]+/g) ?? []).map(Number);
      const label = g.querySelector('text.label:not([display])')?.getAttribute('transform') ?? '';
      const [lx, ly] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(label) ?? []).slice(1).map(Number);
      out.set(
        g.dataset.segmentId ?? '',
        [
          ...[x0, (y0 ?? NaN) + shift, x1, (y1 ?? NaN) + shift],
          ...(label ? [lx, (ly ?? NaN) + shift] : []),
        ].map((v) => v ?? NaN),
      );
    }
    return out;
  }

  it('moves the layers instead of every arrow, and shows what a fresh chart at that moment shows', () => {
    const trace = syntheticTrace(400, 20);
    const steps = [3000, 3200, 3400, 3600, 5000];
    const { chart, div, group } = mount({ height: 600 });
    chart.update({ trace, now: steps[0] ?? 0, relative: true, follow: true });
    const first = group(140)?.querySelector('.line')?.getAttribute('d');
    for (const now of steps.slice(1, 4)) chart.update({ trace, now, relative: true, follow: true });
    // The playhead moved 600 ms down the page and the view followed it: segment 140 was not rewritten.
    expect(div.querySelector('g.tsl-sc-segments')?.getAttribute('transform')).toMatch(/^translate\(0,-/);
    expect(group(140)?.querySelector('.line')?.getAttribute('d')).toBe(first);
    chart.update({ trace, now: steps[4] ?? 0, relative: true, follow: true });
    // Following keeps the playhead at the same height on screen, so a fresh chart shows the same window.
    const fresh = mount({ height: 600 });
    fresh.chart.update({ trace, now: steps[4] ?? 0, relative: true, follow: true });
    expect(fresh.div.querySelector('g.tsl-sc-segments')?.hasAttribute('transform')).toBe(false);
    const a = seenLines(div);
    const b = seenLines(fresh.div);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [id, seen] of a) {
      expect(seen.length).toBe(b.get(id)?.length);
      seen.forEach((v, i) => expect(Math.abs(v - (b.get(id)?.[i] ?? NaN))).toBeLessThan(0.15));
    }
  });
});

describe('writing only what changed', () => {
  it('the same moment drawn again writes nothing; a later one rewrites only what moved', () => {
    const { trace } = traceOf(LOST_ACK);
    const { chart, div } = mount();
    chart.update({ trace, now: 75, relative: true, follow: false });
    const observer = new MutationObserver(() => {});
    observer.observe(div, { subtree: true, attributes: true, childList: true, characterData: true });
    chart.update({ trace, now: 75, relative: true, follow: false });
    expect(observer.takeRecords()).toEqual([]);
    // At 76 ms only SYN+ACK #2 is on the wire: of the segments, only its group is touched.
    chart.update({ trace, now: 76, relative: true, follow: false });
    const touched = new Set(
      observer
        .takeRecords()
        .map((r) => (r.target instanceof Element ? r.target : r.target.parentElement))
        .map((el) => el?.closest<SVGGElement>('g[data-segment-id]')?.dataset.segmentId)
        .filter((id) => id !== undefined),
    );
    expect([...touched]).toEqual(['2']);
    observer.disconnect();
  });
});

describe('ended timers', () => {
  it('an ended run is left as drawn as now moves on (its empty dotted line too); a running one follows now', () => {
    const { trace } = traceOf(LOST_ACK);
    const { chart, div } = mount();
    chart.update({ trace, now: 1500, relative: true, follow: false });
    const ended = [...div.querySelectorAll<SVGLineElement>('g.tsl-sc-timer.ended .ahead')];
    expect(ended.length).toBeGreaterThan(0);
    const before = ended.map((l) => [l.getAttribute('y1'), l.getAttribute('y2')]);
    for (const [y1, y2] of before) expect(y1).toBe(y2);
    const observer = new MutationObserver(() => {});
    observer.observe(div, { subtree: true, attributes: true, childList: true, characterData: true });
    chart.update({ trace, now: 1600, relative: true, follow: false });
    const touched = observer
      .takeRecords()
      .map((m) => (m.target instanceof Element ? m.target : m.target.parentElement))
      .filter((el) => el?.closest('g.tsl-sc-timer.ended'));
    observer.disconnect();
    expect(touched).toEqual([]);
    expect(ended.map((l) => [l.getAttribute('y1'), l.getAttribute('y2')])).toEqual(before);
    const running = div.querySelector<SVGLineElement>('g.tsl-sc-timer.running .ahead');
    if (running) expect(running.getAttribute('y1')).not.toBe(before[0]?.[0]);
  });
});

describe('virtualization', () => {
  it('a 2,000-segment trace draws only the arrows in view', () => {
    const trace = syntheticTrace(2000, 20);
    const now = 2000 * 20 + 100;
    const height = 600;
    const { chart, groups } = mount({ height });
    const t0 = performance.now();
    chart.update({ trace, now, relative: true, follow: true });
    const first = performance.now() - t0;
    const t1 = performance.now();
    chart.update({ trace, now: now + 10, relative: true, follow: true });
    const again = performance.now() - t1;
    console.log(
      `update() with 2,000 segments under jsdom: first ${first.toFixed(1)} ms, next ${again.toFixed(1)} ms`,
    );
    // The window is the body (600 − 32 px) plus half a body above and below: 1,136 px = 2,272 ms at
    // 0.5 px/ms, so at one segment per 20 ms about 114 segments, plus those still crossing its edges.
    const windowMs = (2 * (height - 32)) / 0.5;
    const bound = Math.ceil(windowMs / 20) + 4;
    expect(groups().length).toBeGreaterThan(50);
    expect(groups().length).toBeLessThanOrEqual(bound);
    // the newest segments are the ones drawn
    expect(groups().at(-1)?.dataset.segmentId).toBe('2000');
  });
});
