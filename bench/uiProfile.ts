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
 * `--clock=N` plays N frames on Playwright's fake clock instead of real time (uiClocked.ts): every run
 * does the same work, so CPU time and counts compare across builds on a shared machine.
 *
 * `--click=SELECTOR` clicks an element first (a tab, say). `--css=RULES` adds a style sheet first (an experiment without a rebuild). Counts do not depend on the
 * machine's load; times do. Not part of the benchmark's figures.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';
import { driveClockedWindow, setUpClockedBusyWorld } from './uiClocked';
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
    const parent = parentsOf(p);
    const incl = new Map<string, number>();
    p.samples.forEach((id, i) =>
      addInclusive(incl, id, (p.timeDeltas[i + 1] ?? 0) / 1000, names, byId, parent),
    );
    for (const n of names)
      console.log(`  inclusive ${ms((incl.get(n) ?? 0) / frames, 2).padStart(9)}/frame  ${n}`);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, v] of top) console.log(`  ${ms(v).padStart(10)} ${pc(v).padStart(6)}  ${k}`);
  summarizeBusyStretches(p, byId);
}

/** Each profile node's parent. */
function parentsOf(p: Profile): Map<number, number> {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return parent;
}

/** Adds a sample of `dt` ms at node `id` to the inclusive time of each of `names` on its stack, once. */
function addInclusive(
  incl: Map<string, number>,
  id: number,
  dt: number,
  names: readonly string[],
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
): void {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const fn = byId.get(at)?.callFrame.functionName ?? '';
    if (names.includes(fn) && !seen.has(fn)) {
      seen.add(fn);
      incl.set(fn, (incl.get(fn) ?? 0) + dt);
    }
  }
}

/** The function under `id` a sample is charged to (`name file:line`), or the category in brackets. */
function frameName(n: ProfileNode | undefined): string {
  if (!n) return '?';
  const { functionName: fn, url: u, lineNumber } = n.callFrame;
  if (fn.startsWith('(')) return fn;
  return `${fn || '(anonymous)'} ${u.slice(u.lastIndexOf('/') + 1)}:${lineNumber + 1}`;
}

/**
 * The stretches in which the main thread never went idle for `--stretch=MS` (default 35 ms) or longer:
 * the long tasks' stuff. For each, its length and where its time went (self time, and the named callers
 * of `--inclusive`).
 */
function summarizeBusyStretches(p: Profile, byId: Map<number, ProfileNode>): void {
  const minMs = Number(arg('stretch', '35'));
  const parent = parentsOf(p);
  const names = arg('inclusive', '').split(',').filter(Boolean);
  type Stretch = { start: number; samples: { id: number; dt: number }[] };
  const stretches: Stretch[] = [];
  let cur: Stretch | undefined;
  let t = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const idle = byId.get(id)?.callFrame.functionName === '(idle)';
    if (idle) {
      if (cur) stretches.push(cur);
      cur = undefined;
    } else {
      cur ??= { start: t, samples: [] };
      cur.samples.push({ id, dt });
    }
    t += dt;
  });
  if (cur) stretches.push(cur);
  const long = stretches
    .map((s) => ({ ...s, ms: s.samples.reduce((a, x) => a + x.dt, 0) }))
    .filter((s) => s.ms >= minMs);
  console.log(`busy stretches of ${minMs} ms or more (no idle sample): ${long.length}`);
  for (const s of long.sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (const { id, dt } of s.samples) {
      const k = frameName(byId.get(id));
      self.set(k, (self.get(k) ?? 0) + dt);
      addInclusive(incl, id, dt, names, byId, parent);
    }
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(
      `  at ${ms(s.start, 0)}: ${ms(s.ms, 0)} — ${top.map(([k, v]) => `${k} ${ms(v, 1)}`).join(', ')}`,
    );
    if (names.length) console.log(`      ${names.map((n) => `${n} ${ms(incl.get(n) ?? 0, 1)}`).join(', ')}`);
  }
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
    // `--clock=N`: N frames on the fake clock (uiClocked.ts), the same work in every run.
    const clocked = Number(arg('clock', '0'));
    if (clocked > 0) await setUpClockedBusyWorld(page, url, BUSY.bytes);
    else await setUpBusyWorld(page, url, BUSY.bytes);
    // `--click=SELECTOR` clicks it first (`--click="[role=tab]:nth-child(3)"` opens the event log).
    const click = arg('click', '');
    if (click) await page.locator(click).click();
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
    const w =
      clocked > 0
        ? await driveClockedWindow(page, clocked, BUSY.readEveryMs, BUSY.sendEveryMs)
        : ((await page.evaluate(recordFrames(windowMs, BUSY.readEveryMs, BUSY.sendEveryMs))) as FrameWindow);
    const frames = w.intervals.length;
    const steps = (w.steps[w.steps.length - 1] ?? 0) - (w.steps[0] ?? 0);
    console.log(
      `${frames} frames in ${ms(w.end - w.start, 0)}, ${steps} steps; frame interval p50 ${ms(percentile(w.intervals, 50), 1)} ` +
        `p95 ${ms(percentile(w.intervals, 95), 1)}, ${w.intervals.filter((x) => x > 17.2).length} late`,
    );
    const inWindow = <T extends { start: number }>(xs: T[]) =>
      xs.filter((x) => x.start >= w.start && x.start < w.end);
    const longTasks = inWindow(w.record.longTasks);
    console.log(
      `long tasks: ${longTasks.length ? longTasks.map((x) => ms(x.duration, 0)).join(', ') : 'none'}; ` +
        `steps per second ${w.steps
          .map((x, i) => x - (w.steps[i - 1] ?? x))
          .slice(1)
          .join(' ')}; ` +
        `ended ${await page.getAttribute('[data-testid="app-root"]', 'data-client-state')}/` +
        `${await page.getAttribute('[data-testid="app-root"]', 'data-server-state')}`,
    );
    for (const f of inWindow(w.record.longFrames))
      console.log(
        `  long frame at ${ms(f.start - w.start, 0)}: ${ms(f.duration, 0)} (blocking ${ms(f.blocking, 0)}, ` +
          `style+layout ${ms(f.layout, 0)}); scripts ` +
          f.scripts.map((x) => `${x.invoker}${x.fn ? '→' + x.fn : ''} ${ms(x.duration, 0)}`).join(', '),
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
      // `--dump=FILE` keeps the raw trace (load it in DevTools' Performance panel, or query it).
      const dump = arg('dump', '');
      if (dump) await writeFile(dump, JSON.stringify({ traceEvents }));
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
