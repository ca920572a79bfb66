import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

type PageLog = {
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Every request the page made, as URLs. */
  requests: string[];
  /** Requests that failed or answered 4xx/5xx, as `STATUS URL`. */
  failures: string[];
};

/** Opens the app at `/` and records what the page logs and requests while it loads. */
async function openApp(page: Page): Promise<PageLog> {
  const log: PageLog = { errors: [], requests: [], failures: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failures.push(`failed ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  return log;
}

test('the placeholder page shows the title and the app root without console errors', async ({ page }) => {
  const log = await openApp(page);

  await expect(page.getByRole('heading', { level: 1, name: 'TCP State Lab' })).toBeVisible();
  await expect(page.getByTestId('app-root')).toBeVisible();
  await expect(page).toHaveTitle('TCP State Lab');
  expect(log.errors).toEqual([]);
});

test('the page requests nothing from any other origin, and nothing it requests is missing', async ({
  page,
}) => {
  const log = await openApp(page);
  const ownOrigin = new URL(page.url()).origin;

  expect(log.requests.length).toBeGreaterThan(0);
  expect(log.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== ownOrigin)).toEqual(
    [],
  );
  expect(log.failures).toEqual([]);
  // Browsers fetch the icon outside the page's request events; check it is served so none logs a 404.
  const icon = await page.request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
