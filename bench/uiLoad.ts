/**
 * Loading figures for the UI benchmark: what the first load downloads for the first frame and for the
 * whole page (JS and CSS, gzipped here at level 9, since `vite preview` may send them uncompressed), and
 * how long cold loads take from navigation start to the root's data-ready="true" (the first frame) and
 * data-interactive="true" (the whole page).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import type { LoadMilestones } from './uiPageScripts';
import { INIT_SCRIPT, LOAD_MILESTONES } from './uiPageScripts';

/** The viewport every benchmark page uses (Playwright's Desktop Chrome size). */
export const VIEWPORT = { width: 1280, height: 720 };

const INTERACTIVE = '[data-testid="app-root"][data-interactive="true"]';

/** One file the first load fetched; `initial` when it was requested before the first frame was drawn. */
export type LoadedFile = {
  path: string;
  kind: 'js' | 'css' | 'other';
  raw: number;
  gzip: number;
  initial: boolean;
};

/** Sums of the JS and CSS of some of the files. */
export type JsCss = { files: number; gzip: number; raw: number };

/**
 * What the first load fetched: `initial` is what the first frame needed (requested before the root turned
 * data-ready), `page` everything until the whole page was up (data-interactive).
 */
export type InitialLoad = { files: LoadedFile[]; initial: JsCss; page: JsCss };

const sum = (files: readonly LoadedFile[]): JsCss => {
  const jsCss = files.filter((f) => f.kind !== 'other');
  return {
    files: jsCss.length,
    gzip: jsCss.reduce((s, f) => s + f.gzip, 0),
    raw: jsCss.reduce((s, f) => s + f.raw, 0),
  };
};

/** A fresh context and page that never uses the HTTP cache, with the init script installed. */
export async function coldPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript({ content: INIT_SCRIPT });
  return { context, page };
}

function kindOf(r: Response): LoadedFile['kind'] {
  const type = r.request().resourceType();
  const mime = r.headers()['content-type'] ?? '';
  if (type === 'script' || /javascript/.test(mime)) return 'js';
  if (type === 'stylesheet' || /text\/css/.test(mime)) return 'css';
  return 'other';
}

/**
 * Loads the app once, recording every response until the whole page is up, and when each was requested
 * (Resource Timing) against when the root turned ready: a file requested before then was needed for the
 * first frame; the React page's chunk, which the first frame itself requests once drawn, was not.
 */
export async function measureInitialLoad(browser: Browser, url: string): Promise<InitialLoad> {
  const { context, page } = await coldPage(browser);
  try {
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(url);
    await page.waitForSelector(INTERACTIVE, { timeout: 30_000 });
    const { readyAt, started } = (await page.evaluate(`({
      readyAt: window.__uiBench.readyAt,
      started: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
    })`)) as { readyAt: number | null; started: [string, number][] };
    if (readyAt === null) throw new Error('the page turned ready but the init script did not see it');
    const startedAt = new Map(started);
    const files: LoadedFile[] = [];
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      // The document itself is a navigation, not a resource: always initial.
      const at = startedAt.get(r.url()) ?? 0;
      files.push({
        path: new URL(r.url()).pathname,
        kind: kindOf(r),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        initial: at < readyAt,
      });
    }
    return { files, initial: sum(files.filter((f) => f.initial)), page: sum(files) };
  } finally {
    await context.close();
  }
}

/** `runs` cold loads, each in a new context with the cache disabled; their milestones in order. */
export async function measureColdLoads(
  browser: Browser,
  url: string,
  runs: number,
): Promise<LoadMilestones[]> {
  const out: LoadMilestones[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await coldPage(browser);
    try {
      await page.goto(url);
      await page.waitForSelector(INTERACTIVE, { timeout: 30_000 });
      const m = (await page.evaluate(LOAD_MILESTONES)) as LoadMilestones;
      if (m.readyAt === null) throw new Error('the page turned ready but the init script did not see it');
      out.push(m);
    } finally {
      await context.close();
    }
  }
  return out;
}
