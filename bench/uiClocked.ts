/**
 * The busy world of `bench:ui` on Playwright's fake clock, for comparing two builds when the machine is
 * shared: every run plays the same frames (16 ms of virtual time each, the same clicks at the same
 * moments), so the world, the DOM writes and the JavaScript work are the same from run to run, and only
 * the costs themselves differ. After each frame the page gets a real pause to render it. Frame intervals
 * and long tasks mean nothing here; CPU time and counts do.
 */
import type { Page } from '@playwright/test';
import { lossyFastConnect, playIfPaused, send } from './uiFrames';
import type { FrameWindow } from './uiPageScripts';
import { recordFrames } from './uiPageScripts';

/** Virtual ms per driven frame. */
const CLOCKED_FRAME_MS = 16;

const ROOT = '[data-testid="app-root"]';

async function frames(page: Page, n: number, realPauseMs: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.clock.runFor(CLOCKED_FRAME_MS);
    if (realPauseMs > 0) await new Promise((resolve) => setTimeout(resolve, realPauseMs));
  }
}

async function established(page: Page): Promise<boolean> {
  const [c, s] = await Promise.all(
    ['data-client-state', 'data-server-state'].map((a) => page.getAttribute(ROOT, a)),
  );
  return c === 'ESTABLISHED' && s === 'ESTABLISHED';
}

/**
 * Loads the app with the fake clock installed and sets up the busy world as setUpBusyWorld does (10%
 * loss, 8×, connected, both sides sending `bytes`, playing, scrolled to the top), with the clock paused.
 */
export async function setUpClockedBusyWorld(page: Page, url: string, bytes: number): Promise<void> {
  await page.clock.install({ time: 0 });
  await page.goto(url);
  await page.waitForSelector(`${ROOT}[data-ready="true"]`, { timeout: 30_000 });
  await page.clock.pauseAt(((await page.evaluate('Date.now()')) as number) + 1000);
  await lossyFastConnect(page);
  await playIfPaused(page);
  for (let i = 0; i < 2000 && !(await established(page)); i++) await frames(page, 5, 0);
  for (const side of ['client', 'server'] as const) await send(page, side, bytes);
  await page.evaluate('window.scrollTo(0, 0)');
}

/**
 * Runs `n` frames of the workload recordFrames runs (Read every `readEveryMs`, Send every
 * `sendEveryMs`, virtual), pausing `realPauseMs` of real time after each so that the browser renders it.
 */
export async function driveClockedWindow(
  page: Page,
  n: number,
  readEveryMs: number,
  sendEveryMs: number,
  realPauseMs = 20,
): Promise<FrameWindow> {
  const windowMs = n * CLOCKED_FRAME_MS;
  await page.evaluate(
    `(${recordFrames(windowMs, readEveryMs, sendEveryMs)}.then((w) => (window.__clocked = w)), 0)`,
  );
  await frames(page, n, realPauseMs);
  // The window ends on the first frame at or past its length.
  for (let i = 0; i < 10 && !(await page.evaluate('window.__clocked !== undefined')); i++)
    await frames(page, 1, realPauseMs);
  return (await page.evaluate('window.__clocked')) as FrameWindow;
}
