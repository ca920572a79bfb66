import { expect, test, type Page } from '@playwright/test';

async function open(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
}

const root = (page: Page) => page.getByTestId('app-root');
const call = (page: Page, side: 'client' | 'server', name: string) =>
  page.locator(`[data-side="${side}"][data-call="${name}"]`);

test('connect and close: both endpoints move through the handshake and the close, graph and chart in step', async ({
  page,
}) => {
  await open(page);
  await expect(root(page)).toHaveAttribute('data-server-state', 'LISTEN');
  await call(page, 'client', 'connect').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(root(page)).toHaveAttribute('data-server-state', 'ESTABLISHED');
  await expect(page.locator('[data-endpoint-marker="client"]')).toHaveAttribute('data-state', 'ESTABLISHED');
  await expect(page.locator('[data-segment-id][data-flags="SYN+ACK"]')).toHaveAttribute(
    'data-fate',
    'delivered',
  );
  await call(page, 'client', 'close').click();
  await expect(root(page)).toHaveAttribute('data-server-state', 'CLOSE_WAIT');
  await expect(root(page)).toHaveAttribute('data-client-state', 'FIN_WAIT_2');
  await call(page, 'server', 'close').click();
  await expect(root(page)).toHaveAttribute('data-client-state', /TIME_WAIT|CLOSED/);
  await expect(page.locator('[data-narration]')).not.toBeEmpty();
});

test('calls are enabled only when the statechart allows them, and say why when not', async ({ page }) => {
  await open(page);
  await expect(call(page, 'client', 'send')).toBeDisabled();
  await expect(call(page, 'client', 'send')).toHaveAttribute('title', /CLOSED/);
  await expect(call(page, 'client', 'connect')).toBeEnabled();
});

test('clicking a segment in flight drops it; the chart marks it dropped and the sender retransmits', async ({
  page,
}) => {
  await open(page);
  // A slow link (2 s each way) played at 0.25×: the SYN takes 8 s to cross. Once its arrow has grown,
  // pause, so it holds still for the click whatever the machine's load.
  await page.locator('[data-link-setting="latency"]').fill('2000');
  await page.locator('[data-playback="speed"]').selectOption('0.25');
  const play = page.locator('[data-playback="play"]');
  if ((await play.getAttribute('aria-pressed')) !== 'true') await play.click();
  await call(page, 'client', 'connect').click();
  const syn = page.locator('[data-segment-id="1"]');
  await expect(syn).toHaveAttribute('data-fate', 'in-flight');
  await expect.poll(async () => (await syn.boundingBox())?.height ?? 0).toBeGreaterThan(24);
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(syn).toHaveAttribute('data-fate', 'in-flight');
  // Where a learner clicks: the packet itself, the arrow's head. It is lost half-way across, so the ✕
  // shows once the clock runs on.
  await syn.locator('.hit-head').click();
  await play.click();
  await expect(syn).toHaveAttribute('data-fate', 'dropped');
  await page.locator('[data-playback="speed"]').selectOption('8');
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED', { timeout: 5000 });
  await page.getByRole('tab', { name: /event log/i }).click();
  await expect(page.locator('[data-event-log]')).toContainText('drop #1 c>s SYN');
});

test('step back shows the exact earlier moment, step forward returns', async ({ page }) => {
  await open(page);
  await call(page, 'client', 'connect').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await page.locator('[data-playback="back"]').click();
  await page.locator('[data-playback="back"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'SYN_SENT');
  await page.locator('[data-playback="forward"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
});

test('keyboard only: Tab to Connect, Enter; ← steps back, → forward, Home to the start', async ({ page }) => {
  await open(page);
  await call(page, 'client', 'connect').focus();
  await page.keyboard.press('Enter');
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await page.getByRole('heading', { level: 1 }).click();
  const end = Number(await root(page).getAttribute('data-step'));
  await page.keyboard.press('ArrowLeft');
  await expect(root(page)).toHaveAttribute('data-step', String(end - 1));
  await page.keyboard.press('ArrowRight');
  await expect(root(page)).toHaveAttribute('data-step', String(end));
  await page.keyboard.press('Home');
  await expect(root(page)).toHaveAttribute('data-step', '0');
});

test('a narrow screen (360 px): nothing overflows sideways and the controls are reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await call(page, 'client', 'connect').scrollIntoViewIfNeeded();
  await call(page, 'client', 'connect').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
});

test('state changes are announced in a polite live region', async ({ page }) => {
  await open(page);
  await call(page, 'client', 'connect').click();
  await expect(page.locator('[data-live-region]')).toContainText(/is now in ESTABLISHED/i);
});
