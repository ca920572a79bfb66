/**
 * Loading figures for the UI benchmark: what the first load downloads before the app is ready (JS and
 * CSS, gzipped here at level 9, since `vite preview` may send them uncompressed), and how long cold loads
 * take from navigation start to the root's data-ready="true".
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import type { LoadMilestones } from './uiPageScripts';
import { INIT_SCRIPT, LOAD_MILESTONES } from './uiPageScripts';

/** The viewport every benchmark page uses (Playwright's Desktop Chrome size). */
export const VIEWPORT = { width: 1280, height: 720 };

const READY = '[data-testid="app-root"][data-ready="true"]';

/** One file the first load fetched. */
export type LoadedFile = { path: string; kind: 'js' | 'css' | 'other'; raw: number; gzip: number };

/** What the first load fetched until the app was ready. */
export type InitialLoad = { files: LoadedFile[]; requests: number; jsCssGzip: number; jsCssRaw: number };

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

/** Loads the app once, recording every response until it is ready. */
export async function measureInitialLoad(browser: Browser, url: string): Promise<InitialLoad> {
  const { context, page } = await coldPage(browser);
  try {
    const responses: Response[] = [];
    let recording = true;
    page.on('response', (r) => {
      if (recording) responses.push(r);
    });
    await page.goto(url);
    await page.waitForSelector(READY, { timeout: 30_000 });
    recording = false;
    const files: LoadedFile[] = [];
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      files.push({
        path: new URL(r.url()).pathname,
        kind: kindOf(r),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    const jsCss = files.filter((f) => f.kind !== 'other');
    return {
      files,
      requests: responses.length,
      jsCssGzip: jsCss.reduce((s, f) => s + f.gzip, 0),
      jsCssRaw: jsCss.reduce((s, f) => s + f.raw, 0),
    };
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
      await page.waitForSelector(READY, { timeout: 30_000 });
      const m = (await page.evaluate(LOAD_MILESTONES)) as LoadMilestones;
      if (m.readyAt === null) throw new Error('the page turned ready but the init script did not see it');
      out.push(m);
    } finally {
      await context.close();
    }
  }
  return out;
}
