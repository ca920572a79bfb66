/**
 * Code the UI benchmark runs inside the page. Kept as source text, not functions: tsx compiles functions
 * with helpers (`__name`) that do not exist in the page, so Playwright could not serialize them.
 */

/** A long task (> 50 ms on the main thread), as the page's PerformanceObserver saw it. */
export type LongTask = { start: number; duration: number };

/** One script inside a long animation frame (the Long Animation Frames API's attribution). */
export type LoafScript = {
  invoker: string;
  invokerType: string;
  fn: string;
  url: string;
  pos: number;
  duration: number;
  forcedLayout: number;
};

/** A long animation frame (> 50 ms from the frame's first task to its paint). */
export type LongFrame = {
  start: number;
  duration: number;
  blocking: number;
  /** Time spent in style and layout after the scripts. */
  layout: number;
  scripts: LoafScript[];
};

/** What the init script keeps on `window.__uiBench`. */
export type PageRecord = {
  /** performance.now() (ms since navigation start) when the app root's data-ready became "true". */
  readyAt: number | null;
  /** performance.now() when the root's data-interactive became "true" (the React page is up). */
  interactiveAt: number | null;
  longTasks: LongTask[];
  longFrames: LongFrame[];
};

/**
 * Installed with page.addInitScript before any app code: notes when the root turns ready and interactive (a
 * MutationObserver on the whole document, so it sees the root appear and its attribute change) and
 * collects long tasks and long animation frames from the start.
 */
export const INIT_SCRIPT = `(() => {
  const b = { readyAt: null, interactiveAt: null, longTasks: [], longFrames: [] };
  window.__uiBench = b;
  const is = (name) => {
    const el = document.querySelector('[data-testid="app-root"]');
    return el !== null && el.getAttribute(name) === 'true';
  };
  const mo = new MutationObserver(() => {
    if (b.readyAt === null && is('data-ready')) b.readyAt = performance.now();
    if (b.interactiveAt === null && is('data-interactive')) b.interactiveAt = performance.now();
    if (b.readyAt !== null && b.interactiveAt !== null) mo.disconnect();
  });
  mo.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'data-interactive'],
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.longFrames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          layout: e.startTime + e.duration - (e.styleAndLayoutStart || e.startTime + e.duration),
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            invokerType: s.invokerType,
            fn: s.sourceFunctionName,
            url: s.sourceURL,
            pos: s.sourceCharPosition,
            duration: s.duration,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/** The navigation's own milestones (ms since navigation start), beside the ready time. */
export type LoadMilestones = {
  readyAt: number | null;
  interactiveAt: number | null;
  responseEnd: number;
  domContentLoaded: number;
  fcp: number;
};

export const LOAD_MILESTONES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    readyAt: window.__uiBench.readyAt,
    interactiveAt: window.__uiBench.interactiveAt,
    responseEnd: nav ? nav.responseEnd : NaN,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
    fcp: fcp ? fcp.startTime : NaN,
  };
})()`;

/** What one frame-recording window returns. */
export type FrameWindow = {
  start: number;
  end: number;
  intervals: number[];
  reads: number;
  sends: number;
  /** The root's data-step at the start of each second of the window. */
  steps: number[];
  record: PageRecord;
};

/**
 * An expression that records requestAnimationFrame intervals for `ms` milliseconds and resolves with
 * them. Meanwhile it keeps the world busy as a learner would, through the buttons: every `readEveryMs`
 * it clicks Read on each side that has data waiting (so the receive windows keep opening), and every
 * `sendEveryMs` it clicks Send on both sides again (with whatever their bytes inputs hold).
 */
export function recordFrames(ms: number, readEveryMs: number, sendEveryMs: number): string {
  return `new Promise((resolve) => {
    const intervals = [];
    let reads = 0;
    let sends = 0;
    const steps = [];
    const step = () => Number(document.querySelector('[data-testid="app-root"]').getAttribute('data-step'));
    const stepper = setInterval(() => steps.push(step()), 1000);
    const press = (name) => {
      let n = 0;
      for (const side of ['client', 'server']) {
        const b = document.querySelector('[data-call="' + name + '"][data-side="' + side + '"]');
        if (b && !b.disabled) { b.click(); n++; }
      }
      return n;
    };
    const reader = setInterval(() => (reads += press('read')), ${readEveryMs});
    const sender = setInterval(() => (sends += press('send')), ${sendEveryMs});
    const start = performance.now();
    steps.push(step());
    let last;
    const loop = (t) => {
      if (last !== undefined) intervals.push(t - last);
      last = t;
      if (t - start < ${ms}) requestAnimationFrame(loop);
      else {
        clearInterval(reader);
        clearInterval(sender);
        clearInterval(stepper);
        steps.push(step());
        resolve({ start, end: performance.now(), intervals, reads, sends, steps, record: window.__uiBench });
      }
    };
    requestAnimationFrame(loop);
  })`;
}
