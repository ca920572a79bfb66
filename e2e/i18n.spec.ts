import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { foreignWords } from '../tests/i18n/latinAllowList';

const root = (page: Page) => page.getByTestId('app-root');
const call = (page: Page, side: 'client' | 'server', name: string) =>
  page.locator(`[data-side="${side}"][data-call="${name}"]`);

/** Records console errors and every request the page makes. */
function watch(page: Page): { errors: string[]; requests: string[] } {
  const log = { errors: [] as string[], requests: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  return log;
}

/** Before any script of the page runs, remembers the heading's text when it first appears. */
async function recordFirstHeading(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { firstHeading?: string };
    new MutationObserver((_, obs) => {
      const h1 = document.querySelector('h1');
      if (h1?.textContent) {
        w.firstHeading = h1.textContent;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

async function openReady(page: Page, url: string) {
  await page.goto(url);
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
}

/**
 * Connects, then closes from the client and the server, through the ordinary controls; reads the page
 * (`check`) once established and once closed.
 */
async function handshakeAndClose(page: Page, check: () => Promise<void>) {
  await expect(root(page)).toHaveAttribute('data-server-state', 'LISTEN');
  await call(page, 'client', 'connect').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(root(page)).toHaveAttribute('data-server-state', 'ESTABLISHED');
  await check();
  await call(page, 'client', 'close').click();
  await expect(root(page)).toHaveAttribute('data-server-state', 'CLOSE_WAIT');
  await expect(root(page)).toHaveAttribute('data-client-state', 'FIN_WAIT_2');
  await call(page, 'server', 'close').click();
  await expect(root(page)).toHaveAttribute('data-client-state', /TIME_WAIT|CLOSED/);
  await expect(root(page)).toHaveAttribute('data-server-state', 'CLOSED');
  await check();
}

/**
 * Every text a reader can see or hear: visible text nodes (screen-reader-only ones included), SVG text
 * and tooltips, the chosen option of each picker, and the aria-label, title, placeholder and alt of
 * every element. Text marked translate="no" (script source, rule keys) is code and left out.
 */
async function readerText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const excluded = (el: Element) => el.closest('[translate="no"], script, style, select');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || excluded(el)) continue;
      const tooltip = el.tagName.toLowerCase() === 'title';
      if (tooltip || el.checkVisibility()) out.push(n.textContent ?? '');
    }
    for (const s of document.querySelectorAll('select')) out.push(s.selectedOptions[0]?.textContent ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest('[translate="no"]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) out.push(el.getAttribute(a) ?? '');
    }
    return out.filter((s) => s.trim() !== '');
  });
}

/** Reads every details tab (and the rest of the page) and lists each text with Latin words left in it. */
async function englishLeft(page: Page): Promise<string[]> {
  const texts: string[] = [];
  const tabs = page.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    texts.push(...(await readerText(page)));
  }
  return [...new Set(texts)].flatMap((s) => {
    const words = foreignWords(s);
    return words.length > 0 ? [`${words.join(' ')}  ⟵  ${s.slice(0, 160)}`] : [];
  });
}

test('?lang=zh-CN: the handshake and the close read in Chinese, with no English left on the page', async ({
  page,
}) => {
  const log = watch(page);
  await recordFirstHeading(page);
  await openReady(page, '/?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('TCP 状态实验室');
  expect(await page.evaluate(() => (window as unknown as { firstHeading?: string }).firstHeading)).toBe(
    'TCP 状态实验室',
  );
  await handshakeAndClose(page, async () => {
    await expect(page.locator('[data-narration]')).toContainText(/客户端|服务器/);
    // Click the last segment so the packet inspector has something to show.
    await page.locator('[data-segment-id]').last().click();
    expect(await englishLeft(page)).toEqual([]);
  });
  expect(log.errors).toEqual([]);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
});

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese without ?lang=, and never shows the English heading first', async ({ page }) => {
    await recordFirstHeading(page);
    await openReady(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TCP 状态实验室');
    expect(await page.evaluate(() => (window as unknown as { firstHeading?: string }).firstHeading)).toBe(
      'TCP 状态实验室',
    );
    await handshakeAndClose(page, async () => expect(await englishLeft(page)).toEqual([]));
  });
});

test('an English page never downloads the Chinese catalogue', async ({ page }) => {
  const log = watch(page);
  await openReady(page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.waitForLoadState('networkidle');
  expect(log.requests.filter((u) => /zh-CN/.test(u))).toEqual([]);
});

test('switching the language live keeps the step, the run and the playback', async ({ page }) => {
  await openReady(page, '/?lang=en');
  await call(page, 'client', 'connect').click();
  await expect(root(page)).toHaveAttribute('data-server-state', 'ESTABLISHED');
  await page.locator('[data-playback="back"]').click();
  const step = await root(page).getAttribute('data-step');
  const digest = await root(page).getAttribute('data-trace-digest');
  const client = await root(page).getAttribute('data-client-state');
  expect(Number(step)).toBeGreaterThan(0);

  await page.locator('[data-language-select]').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TCP 状态实验室');
  await expect(page.locator('#graph-title')).toHaveText('状态图');
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  await expect(root(page)).toHaveAttribute('data-step', step ?? '');
  await expect(root(page)).toHaveAttribute('data-trace-digest', digest ?? '');
  await expect(root(page)).toHaveAttribute('data-client-state', client ?? '');
  // The renderers redrew their words: the chart's lifelines and the graph's edge labels.
  await expect(page.locator('[data-sequence-chart]')).toContainText('客户端');
  await expect(page.locator('[data-state-graph]')).toContainText('主动打开');

  await page.locator('[data-playback="forward"]').click();
  await expect(root(page)).toHaveAttribute('data-step', String(Number(step) + 1));

  await page.locator('[data-language-select]').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#graph-title')).toHaveText('State graph');
  await expect(root(page)).toHaveAttribute('data-step', String(Number(step) + 1));
});

test('the chosen language is remembered for the next visit', async ({ page }) => {
  await openReady(page, '/?lang=en');
  await page.locator('[data-language-select]').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await openReady(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#graph-title')).toHaveText('状态图');
});
