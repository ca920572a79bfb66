/**
 * The busy-playback figure for the UI benchmark: the free-play world at 8× with 10% loss, both sides
 * sending, recorded frame by frame for a fixed time with long tasks and long animation frames alongside.
 */
import type { Browser, Page } from '@playwright/test';
import { coldPage } from './uiLoad';
import type { FrameWindow, LongFrame, LongTask } from './uiPageScripts';
import { recordFrames } from './uiPageScripts';

/** The workload's knobs. */
export type BusyOptions = {
  /** How long frames are recorded (real ms). */
  readonly windowMs: number;
  /** Bytes each side sends once the connection is up. */
  readonly bytes: number;
  /** How often each side's application reads what has arrived (real ms). */
  readonly readEveryMs: number;
  /** How often both sides send `bytes` again while recording (real ms), so the transfer never ends. */
  readonly sendEveryMs: number;
  /** Write a Chrome trace of the window here, if set. */
  readonly tracePath?: string | undefined;
};

/** What the busy run measured. */
export type BusyRun = {
  intervals: number[];
  longTasks: LongTask[];
  longFrames: LongFrame[];
  /** The world's step at each second of the window, and at its end. */
  steps: number[];
  reads: number;
  sends: number;
  segments: number;
  clientState: string;
  serverState: string;
};

const root = (page: Page) => page.getByTestId('app-root');
/** One endpoint's call button. */
export const call = (page: Page, side: 'client' | 'server', name: string) =>
  page.locator(`[data-side="${side}"][data-call="${name}"]`);

async function waitForAttr(page: Page, attr: string, value: string, timeoutMs = 60_000): Promise<void> {
  await page.waitForSelector(`[data-testid="app-root"][${attr}="${value}"]`, { timeout: timeoutMs });
}

/** Sends `bytes` from `side`. */
export async function send(page: Page, side: 'client' | 'server', bytes: number): Promise<void> {
  await page.locator(`[data-endpoint-controls="${side}"] input[type=number]`).fill(String(bytes));
  await call(page, side, 'send').click();
}

/** The busy world's link and speed (10% loss, 8×), then the client connects. */
export async function lossyFastConnect(page: Page): Promise<void> {
  await page.locator('[data-link-setting="loss"]').fill('10');
  await page.locator('[data-playback="speed"]').selectOption('8');
  await call(page, 'client', 'connect').click();
}

/** Presses Play unless the lab is playing. */
export async function playIfPaused(page: Page): Promise<void> {
  if ((await page.locator('[data-playback="play"]').getAttribute('aria-pressed')) === 'false')
    await page.locator('[data-playback="play"]').click();
}

/**
 * Loads the app in `page` and sets up the busy world: 10% loss, 8×, connected, both sides sending `bytes`,
 * playing, scrolled to the top so that both views are on screen.
 */
export async function setUpBusyWorld(page: Page, url: string, bytes: number): Promise<void> {
  await page.goto(url);
  await waitForAttr(page, 'data-ready', 'true', 30_000);
  await lossyFastConnect(page);
  // Sending is legal only once the connection is up; with 10% loss the handshake may retransmit.
  await waitForAttr(page, 'data-client-state', 'ESTABLISHED');
  await waitForAttr(page, 'data-server-state', 'ESTABLISHED');
  await send(page, 'client', bytes);
  await send(page, 'server', bytes);
  await playIfPaused(page);
  // The views are what costs: keep both charts on screen while recording.
  await page.evaluate('window.scrollTo(0, 0)');
}

/** Sets up the busy world, then records the window. */
export async function measureBusyPlayback(browser: Browser, url: string, o: BusyOptions): Promise<BusyRun> {
  const { context, page } = await coldPage(browser);
  try {
    await setUpBusyWorld(page, url, o.bytes);
    if (o.tracePath) await browser.startTracing(page, { path: o.tracePath, screenshots: false });
    const w = (await page.evaluate(recordFrames(o.windowMs, o.readEveryMs, o.sendEveryMs))) as FrameWindow;
    if (o.tracePath) await browser.stopTracing();
    const inWindow = <T extends { start: number }>(xs: T[]) =>
      xs.filter((x) => x.start >= w.start && x.start < w.end);
    return {
      intervals: w.intervals,
      longTasks: inWindow(w.record.longTasks),
      longFrames: inWindow(w.record.longFrames),
      steps: w.steps,
      reads: w.reads,
      sends: w.sends,
      segments: await page.locator('[data-segment-id]').count(),
      clientState: (await root(page).getAttribute('data-client-state')) ?? '?',
      serverState: (await root(page).getAttribute('data-server-state')) ?? '?',
    };
  } finally {
    await context.close();
  }
}

/** The scripts that took the most time inside long animation frames, summed by invoker and function. */
export function topLongFrameScripts(
  frames: readonly LongFrame[],
  n: number,
): { what: string; totalMs: number; count: number }[] {
  const by = new Map<string, { totalMs: number; count: number }>();
  for (const f of frames)
    for (const s of f.scripts) {
      const file = s.url ? s.url.slice(s.url.lastIndexOf('/') + 1) : '';
      const what = `${s.invokerType} ${s.invoker}${s.fn ? ` → ${s.fn}` : ''}${file ? ` (${file}:${s.pos})` : ''}`;
      const e = by.get(what) ?? { totalMs: 0, count: 0 };
      e.totalMs += s.duration;
      e.count++;
      by.set(what, e);
    }
  return [...by.entries()]
    .map(([what, e]) => ({ what, ...e }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, n);
}
