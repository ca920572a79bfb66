import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** What a page did that it must not: dialogs opened, errors thrown, the payloads' flag set. */
type Watch = { dialogs: string[]; errors: string[] };

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  return w;
}

const root = (page: Page) => page.getByTestId('app-root');

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
}

async function expectNothingRan(page: Page, w: Watch): Promise<void> {
  expect(w.dialogs).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([type="module"]), img[src="x"], svg[onload]').count()).toBe(0);
}

test('a URL with every parameter opens the scenario as it says', async ({ page }) => {
  const w = watch(page);
  await open(
    page,
    '?scenario=handshake&seed=7&profile=linux&speed=2&step=3&theme=dark&lang=en&view=graph,chart,narration,controls,details&embed=0&quiz=0&quizSide=client&parentOrigin=https://school.example&autoplay=0&segment=2&numbers=absolute',
  );
  await expect(root(page)).toHaveAttribute('data-step', '3');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.locator('[data-profile-select]')).toHaveValue('linux');
  await expect(page.locator('[data-playback="speed"]')).toHaveValue('2');
  await expect(page.locator('[data-inspector]')).toContainText('#2');
  await expect(page.getByLabel('Absolute numbers')).toBeChecked();
  await expect(page.locator('[data-boot-problems]')).toHaveCount(0);
  await expectNothingRan(page, w);
});

test('theme=light wins over the learner’s stored dark choice', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('tsl-theme', 'dark'));
  await open(page, '?theme=light');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await expect(page.locator('[data-theme-select]')).toHaveValue('light');
});

test('autoplay=1 plays the scenario once it is drawn', async ({ page }) => {
  await open(page, '?scenario=handshake&autoplay=1&speed=8');
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(root(page)).toHaveAttribute('data-server-state', 'ESTABLISHED');
});

test('script= with ; between commands and an at-step line runs as written; step=end opens at the end', async ({
  page,
}) => {
  const script = 'server listen; client connect; wait until server ESTABLISHED\nat step 5 client close';
  await open(page, `?script=${encodeURIComponent(script)}&step=end&seed=3`);
  await expect(root(page)).toHaveAttribute('data-client-state', /TIME_WAIT|FIN_WAIT_2|CLOSED/);
  await expect(page.locator('[data-boot-problems]')).toHaveCount(0);
});

test('a script that fails names script=, the line and the column, and the page works', async ({ page }) => {
  const w = watch(page);
  await open(page, `?script=${encodeURIComponent('server listen\nclient conect')}`);
  const item = page.locator('[data-boot-problem="script"]');
  await expect(item).toContainText('line 2, column 8');
  await expect(item).toContainText('did you mean "connect"');
  await page.locator('[data-boot-problems-dismiss]').click();
  await expect(page.locator('[data-boot-problems]')).toHaveCount(0);
  await expectNothingRan(page, w);
});

test('Share copies a link that reopens the same session, the learner’s actions and step included', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '');
  await page.locator('[data-side="client"][data-call="connect"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(root(page)).not.toHaveAttribute('data-trace-digest', '');
  await page.locator('[data-playback="back"]').click();
  await page.locator('[data-playback="back"]').click();
  const step = await root(page).getAttribute('data-step');
  const digest = await root(page).getAttribute('data-trace-digest');
  const client = await root(page).getAttribute('data-client-state');
  await page.locator('[data-share]').click();
  await expect(page.locator('[data-share-status]')).toContainText(`step ${step}`);
  const url = await page.locator('[data-share-url]').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  expect(url).toContain('at%20step');
  await page.goto(url);
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  await expect(root(page)).toHaveAttribute('data-step', step ?? '');
  await expect(root(page)).toHaveAttribute('data-client-state', client ?? '');
  await expect(root(page)).toHaveAttribute('data-trace-digest', digest ?? '');
  await expect(page.locator('[data-boot-problems]')).toHaveCount(0);
});

test('without clipboard access, Share shows the link in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await open(page, '?scenario=lost-syn');
  await page.locator('[data-share]').click();
  await expect(page.locator('[data-share-status]')).toContainText('by hand');
  await expect(page.locator('[data-share-url]')).toHaveValue(/scenario=lost-syn/);
  await expect(page.locator('[data-share-url]')).toBeFocused();
});

test('Share warns when its link is longer than servers commonly accept', async ({ page }) => {
  await open(page, `?script=server%20listen%0A%23${'x'.repeat(9000)}`);
  await page.locator('[data-share]').click();
  await expect(page.locator('[data-share-long]')).toContainText('8000');
  expect((await page.locator('[data-share-url]').inputValue()).length).toBeGreaterThan(9000);
});

/** Hostile and malformed URLs, each with the parameter its message must name. */
const CORPUS: readonly (readonly [string, string])[] = [
  ['?script=' + encodeURIComponent('<img src=x onerror="window.__pwned=1;alert(1)">'), 'script'],
  ['?scenario=' + encodeURIComponent('"><script>window.__pwned=1</script>'), 'scenario'],
  ['?parentOrigin=' + encodeURIComponent('javascript:window.__pwned=1'), 'parentOrigin'],
  ['?view=' + encodeURIComponent('<svg onload=alert(1)>'), 'view'],
  ['?lang=%1B%5B31m', 'lang'],
  ['?seed=1%00', 'seed'],
  ['?script=server%20listen%00', 'script'],
  ['?script=%E0%A4%A', 'script'],
  ['?seed=%ZZ', 'seed'],
  ['?seed=1&seed=2', 'seed'],
  ['?bogus=%3Cb%3E1', 'bogus'],
  ['?seed=-1', 'seed'],
  ['?speed=NaN', 'speed'],
  ['?step=1e99', 'step'],
  ['?scenario=handshake&step=99999', 'step'],
  ['?theme=%22%20onmouseover%3Dalert(1)', 'theme'],
];

for (const [query, param] of CORPUS) {
  test(`hostile URL ${query.slice(0, 60)}: message names ${param}, nothing runs, the lab works`, async ({
    page,
  }) => {
    const w = watch(page);
    await open(page, query);
    await expect(page.locator(`[data-boot-problem="${param}"]`).first()).toBeVisible();
    await expectNothingRan(page, w);
    const before = Number(await root(page).getAttribute('data-step'));
    await page.locator('[data-side="client"][data-call]:enabled').first().click();
    await expect.poll(async () => Number(await root(page).getAttribute('data-step'))).toBeGreaterThan(before);
    await expectNothingRan(page, w);
  });
}

test('a 1 MB script= is refused with a message, fast, and the lab works', async ({ page, baseURL }) => {
  const w = watch(page);
  // No server takes a 1 MB request line; the page is served from the route, as a static host would.
  const index = await (await page.request.get(`${baseURL}/`)).text();
  await page.route(/\?script=/, (route) => route.fulfill({ body: index, contentType: 'text/html' }));
  await open(page, `?script=${'%3Cscript%3E'.repeat(90_000)}`);
  await expect(page.locator('[data-boot-problem="script"]')).toContainText('characters long');
  await expectNothingRan(page, w);
  await page.locator('[data-side="client"][data-call="connect"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the problems list and the Share popover (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '?seed=-1&bogus=1&script=client%20conect');
    await expect(page.locator('[data-boot-problem]')).toHaveCount(3);
    await page.locator('[data-share]').click();
    await expect(page.locator('[data-share-popover]')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
