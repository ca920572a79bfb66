/**
 * `tsx bench/uiProfile.ts --url=URL`: where the busy-playback frame time goes, for working on it. Sets up
 * the same busy world as `npm run bench:ui` against an app already served at URL (build it with
 * `vite build --minify false` for readable names), then records one window in one of three modes:
 *
 * - `--mode=cpu` (default): a CPU profile sampled every 0.2 ms; prints JS self time by function.
 * - `--mode=count`: DOM writes per frame (attribute changes, nodes added and removed, text changes),
 *   layout-reading calls (getBBox, getComputedTextLength, getBoundingClientRect) and SVG element counts.
 * - `--mode=trace`: a Chrome trace; prints main-thread time by event and counts forced layouts.
 * - `--mode=frames`: frame intervals only, nothing else recorded (to compare two builds).
 *
 * `--css=RULES` adds a style sheet first (an experiment without a rebuild). Counts do not depend on the
 * machine's load; times do. Not part of the benchmark's figures.
 */
import type { CDPSession } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';
import { setUpBusyWorld } from './uiFrames';
import { coldPage } from './uiLoad';
import type { FrameWindow } from './uiPageScripts';
import { recordFrames } from './uiPageScripts';
import { ms, percentile } from './uiStats';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const url = arg('url', 'http://127.0.0.1:4896/');
const mode = arg('mode', 'cpu');
const windowMs = Number(arg('ms', '10000'));
const BUSY = { bytes: 200_000, readEveryMs: 250, sendEveryMs: 5000 };

/** Counters installed in the page before recording (mode=count). */
const COUNTERS = `(() => {
  const c = { attrs: 0, added: 0, removed: 0, text: 0, bbox: 0, textLength: 0, rect: 0 };
  const by = {};
  window.__counts = c;
  window.__countsBy = by;
  const where = (n) => {
    const el = n.nodeType === 1 ? n : n.parentElement;
    if (!el) return '?';
    if (el.closest('[data-testid="sequence-chart"]')) return 'chart';
    if (el.closest('[data-state-graph]')) return 'graph';
    const s = el.closest('section, [data-testid="app-root"] > *');
    return 'page:' + (s ? (s.getAttribute('aria-label') || s.getAttribute('aria-labelledby') || s.tagName) : '?');
  };
  const add = (k, n) => (by[k] = (by[k] || 0) + n);
  new MutationObserver((list) => {
    for (const m of list) {
      const w = where(m.target);
      if (m.type === 'attributes') { c.attrs++; add(w + ' attr ' + m.target.nodeName + '@' + m.attributeName, 1); }
      else if (m.type === 'characterData') { c.text++; add(w + ' text', 1); }
      else {
        c.added += m.addedNodes.length; c.removed += m.removedNodes.length;
        const cls = (n) => (n.getAttribute && n.getAttribute('class') ? '.' + n.getAttribute('class').split(' ')[0] : '');
        const into = m.target.nodeName + cls(m.target);
        for (const n of m.addedNodes) add(w + ' add ' + n.nodeName + cls(n) + ' in ' + into, 1);
        for (const n of m.removedNodes) add(w + ' remove ' + n.nodeName + cls(n) + ' from ' + into, 1);
      }
    }
  }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
  const wrap = (proto, name, key) => {
    const f = proto[name];
    proto[name] = function (...a) { c[key]++; return f.apply(this, a); };
  };
  wrap(SVGGraphicsElement.prototype, 'getBBox', 'bbox');
  wrap(SVGTextContentElement.prototype, 'getComputedTextLength', 'textLength');
  wrap(Element.prototype, 'getBoundingClientRect', 'rect');
})()`;

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function summarizeProfile(p: Profile, frames: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  const cat = { idle: 0, program: 0, gc: 0, js: 0 };
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const n = byId.get(id);
    if (!n) return;
    const { functionName: fn, url: u, lineNumber } = n.callFrame;
    if (fn === '(idle)') cat.idle += dt;
    else if (fn === '(program)') cat.program += dt;
    else if (fn === '(garbage collector)') cat.gc += dt;
    else {
      cat.js += dt;
      const key = `${fn || '(anonymous)'} ${u.slice(u.lastIndexOf('/') + 1)}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    }
  });
  const pc = (x: number) => `${((100 * x) / total).toFixed(1)}%`;
  console.log(
    `profile ${ms(total, 0)}: idle ${pc(cat.idle)}, program ${pc(cat.program)}, GC ${pc(cat.gc)}, JS ${pc(cat.js)}` +
      ` = ${ms(cat.js / frames, 2)} JS + ${ms(cat.gc / frames, 2)} GC per frame`,
  );
  // Inclusive time of named functions (`--inclusive=render,drawSegments`), counted once per sample.
  const names = arg('inclusive', '').split(',').filter(Boolean);
  if (names.length) {
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map<string, number>();
    p.samples.forEach((id, i) => {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const fn = byId.get(at)?.callFrame.functionName ?? '';
        if (names.includes(fn) && !seen.has(fn)) {
          seen.add(fn);
          incl.set(fn, (incl.get(fn) ?? 0) + dt);
        }
      }
    });
    for (const n of names)
      console.log(`  inclusive ${ms((incl.get(n) ?? 0) / frames, 2).padStart(9)}/frame  ${n}`);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, v] of top) console.log(`  ${ms(v).padStart(10)} ${pc(v).padStart(6)}  ${k}`);
}

/** A trace event; `tdur` is the thread's CPU time (µs), which other processes' load does not inflate. */
type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
};

function summarizeTrace(events: TraceEvent[], frames: number): void {
  const main = events.find(
    (e) => e.name === 'thread_name' && (e as { args?: { name?: string } }).args?.name === 'CrRendererMain',
  );
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const by = new Map<string, { dur: number; cpu: number; n: number }>();
  for (const e of onMain) {
    const x = by.get(e.name) ?? { dur: 0, cpu: 0, n: 0 };
    x.dur += (e.dur ?? 0) / 1000;
    x.cpu += (e.tdur ?? 0) / 1000;
    x.n++;
    by.set(e.name, x);
  }
  const scripts = onMain.filter((e) =>
    ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.callFunction'].includes(e.name),
  );
  const inScript = (e: TraceEvent) => scripts.some((s) => s.ts <= e.ts && e.ts < s.ts + (s.dur ?? 0));
  const forced = onMain.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inScript(e));
  console.log(
    `trace: ${frames} frames; forced style/layout inside scripts: ${forced.length} (${ms(forced.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0))})`,
  );
  const longest = onMain
    .filter((e) => e.name === 'RunTask')
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map((e) => `${ms((e.dur ?? 0) / 1000, 0)} (CPU ${ms((e.tdur ?? 0) / 1000, 0)})`);
  console.log(`longest tasks: ${longest.join(', ')}`);
  for (const [k, v] of [...by.entries()].sort((a, b) => b[1].dur - a[1].dur).slice(0, 25))
    console.log(
      `  ${ms(v.dur).padStart(10)} ${ms(v.dur / frames, 2).padStart(9)}/frame, CPU ${ms(v.cpu / frames, 2).padStart(9)}/frame ${String(v.n).padStart(6)} × ${k}`,
    );
}

async function main(): Promise<void> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const { context, page } = await coldPage(browser);
    await setUpBusyWorld(page, url, BUSY.bytes);
    // An experiment: CSS added to the page before recording (`--css="[data-sequence-chart]{…}"`).
    const css = arg('css', '');
    if (css) await page.addStyleTag({ content: css });
    const cdp: CDPSession = await context.newCDPSession(page);
    const traceEvents: TraceEvent[] = [];
    if (mode === 'cpu') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    } else if (mode === 'count') {
      await page.evaluate(COUNTERS);
    } else if (mode === 'frames') {
      // Nothing recorded but the frames: for comparing two builds under the same load.
    } else {
      cdp.on('Tracing.dataCollected', (d) => traceEvents.push(...(d.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
        transferMode: 'ReportEvents',
      });
    }
    const w = (await page.evaluate(
      recordFrames(windowMs, BUSY.readEveryMs, BUSY.sendEveryMs),
    )) as FrameWindow;
    const frames = w.intervals.length;
    const steps = (w.steps[w.steps.length - 1] ?? 0) - (w.steps[0] ?? 0);
    console.log(
      `${frames} frames in ${ms(w.end - w.start, 0)}, ${steps} steps; frame interval p50 ${ms(percentile(w.intervals, 50), 1)} ` +
        `p95 ${ms(percentile(w.intervals, 95), 1)}, ${w.intervals.filter((x) => x > 17.2).length} late`,
    );
    if (mode === 'cpu') {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      summarizeProfile(profile, frames);
    } else if (mode === 'count') {
      const c = (await page.evaluate('window.__counts')) as Record<string, number>;
      const per = Object.entries(c).map(([k, v]) => `${k} ${(v / frames).toFixed(1)}`);
      console.log(`per frame: ${per.join(', ')}`);
      const by = (await page.evaluate('window.__countsBy')) as Record<string, number>;
      for (const [k, v] of Object.entries(by)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 80))
        console.log(`  ${(v / frames).toFixed(2).padStart(8)}  ${k}`);
      const els = (await page.evaluate(
        `[document.querySelectorAll('[data-testid="sequence-chart"] *').length, document.querySelectorAll('[data-state-graph] svg *').length, document.querySelectorAll('body *').length]`,
      )) as number[];
      console.log(`elements at the end: chart ${els[0]}, state graph ${els[1]}, whole page ${els[2]}`);
    } else if (mode === 'trace') {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      summarizeTrace(traceEvents, frames);
    }
    await context.close();
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
