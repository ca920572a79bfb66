import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** A message the example page received from a frame, with the frame's id. */
type Received = { frame: string; data: Record<string, unknown> };

/** Records every message any frame posts to the page, before the page's own scripts run. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { received: Received[] };
    w.received = [];
    window.addEventListener('message', (e) => {
      const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      w.received.push({ frame: from?.id ?? '?', data: e.data });
    });
  });
}

const received = (page: Page, type: string, frame = 'lab') =>
  page.evaluate(
    ([t, f]) =>
      (window as unknown as { received: Received[] }).received
        .filter((m) => m.frame === f && m.data.type === t)
        .map((m) => m.data),
    [type, frame] as const,
  );

/** Posts `data` to the frame `#id`, as the course page would. */
const post = (page: Page, data: unknown, id = 'lab') =>
  page.evaluate(
    ([d, i]) => (document.getElementById(i) as HTMLIFrameElement).contentWindow?.postMessage(d, '*'),
    [data, id] as const,
  );

type Log = { errors: string[]; requests: string[] };

async function openExample(page: Page): Promise<Log> {
  const log: Log = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  await recordMessages(page);
  await page.goto('/embed-example.html');
  await expect.poll(() => received(page, 'ready')).toHaveLength(1);
  return log;
}

const labRoot = (page: Page, id = 'lab') => page.frameLocator(`#${id}`).getByTestId('app-root');

test('the course page hears ready, drives the sandboxed lab with its buttons, and sees every move', async ({
  page,
}) => {
  const log = await openExample(page);
  const root = labRoot(page);
  await expect(root).toHaveAttribute('data-ready', 'true');

  await page.getByLabel('Scenario', { exact: true }).selectOption('handshake');
  await page.getByRole('button', { name: 'Load' }).click();
  await expect(root).toHaveAttribute('data-step', '0');
  await expect.poll(() => received(page, 'ok')).toContainEqual(expect.objectContaining({ command: 'load' }));

  await page.getByRole('button', { name: 'Step ▶' }).click();
  await page.getByRole('button', { name: 'Step ▶' }).click();
  await expect(root).toHaveAttribute('data-step', '2');
  await expect(root).toHaveAttribute('data-client-state', 'SYN_SENT');
  await expect
    .poll(() => received(page, 'statechange'))
    .toContainEqual(expect.objectContaining({ side: 'client', from: 'CLOSED', to: 'SYN_SENT' }));
  await expect(page.locator('#status')).toContainText('client SYN_SENT');

  await page.getByRole('button', { name: '◀ Back' }).click();
  await expect(root).toHaveAttribute('data-step', '1');
  await expect
    .poll(() => received(page, 'step'))
    .toContainEqual(expect.objectContaining({ step: 1, client: 'CLOSED', server: 'LISTEN' }));

  await page.getByLabel('Step', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Seek' }).click();
  await expect(root).toHaveAttribute('data-step', '0');

  await page.getByLabel('Speed').selectOption('4');
  await expect.poll(() => received(page, 'ok')).toContainEqual(expect.objectContaining({ command: 'speed' }));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(root).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(root).toHaveAttribute('data-server-state', 'ESTABLISHED');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => received(page, 'ok')).toContainEqual(expect.objectContaining({ command: 'pause' }));

  await post(page, { source: 'tcp-state-lab', version: 1, type: 'lang', lang: 'en', id: 'l1' });
  await expect
    .poll(() => received(page, 'ok'))
    .toContainEqual({
      source: 'tcp-state-lab',
      version: 1,
      type: 'ok',
      id: 'l1',
      command: 'lang',
    });

  expect(log.errors).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
});

test('a malformed message is answered with an error that names the field; the lab does not move', async ({
  page,
}) => {
  await openExample(page);
  const root = labRoot(page);
  const step = await root.getAttribute('data-step');
  await post(page, { source: 'tcp-state-lab', version: 1, type: 'seek', step: 'three', id: 'bad-1' });
  await expect
    .poll(() => received(page, 'error'))
    .toContainEqual(expect.objectContaining({ id: 'bad-1', code: 'invalid-value', path: 'step' }));
  await post(page, '<img src=x onerror=alert(1)>');
  await expect
    .poll(() => received(page, 'error'))
    .toContainEqual(expect.objectContaining({ code: 'malformed', path: '' }));
  await post(page, { source: 'tcp-state-lab', version: 1, type: 'rm -rf' });
  await expect
    .poll(() => received(page, 'error'))
    .toContainEqual(expect.objectContaining({ code: 'unknown-type', path: 'type' }));
  await post(page, { source: 'tcp-state-lab', version: 1, type: 'load', scenario: 'no-such' });
  await expect
    .poll(() => received(page, 'error'))
    .toContainEqual(expect.objectContaining({ code: 'unknown-scenario', path: 'scenario' }));
  await post(page, {
    source: 'tcp-state-lab',
    version: 1,
    type: 'load',
    script: 'server listen\nclient jump',
  });
  await expect
    .poll(() => received(page, 'error'))
    .toContainEqual(
      expect.objectContaining({
        code: 'script-error',
        path: 'script',
        message: expect.stringMatching(/^line 2/),
      }),
    );
  await expect(root).toHaveAttribute('data-step', step ?? '');
  await expect(page.frameLocator('#lab').locator('img')).toHaveCount(0);
});

test('a lab that trusts another origin ignores this page: no answer, no move', async ({ page }) => {
  await openExample(page);
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'other';
    f.title = 'A lab for another site';
    f.setAttribute('sandbox', 'allow-scripts');
    f.src = '/?embed=1&scenario=handshake&parentOrigin=' + encodeURIComponent('https://course.example.org');
    document.body.appendChild(f);
  });
  const root = labRoot(page, 'other');
  await expect(root).toHaveAttribute('data-ready', 'true');
  const step = await root.getAttribute('data-step');
  await post(page, { source: 'tcp-state-lab', version: 1, type: 'step', id: 's1' }, 'other');
  await post(page, 'junk', 'other');
  // The same commands reach the trusting lab, so by the time it has answered, the other had its chance.
  await post(page, { source: 'tcp-state-lab', version: 1, type: 'step', id: 's2' });
  await expect.poll(() => received(page, 'ok')).toContainEqual(expect.objectContaining({ id: 's2' }));
  await page.waitForTimeout(300);
  await expect(root).toHaveAttribute('data-step', step ?? '');
  expect(
    await page.evaluate(() =>
      (window as unknown as { received: Received[] }).received.filter((m) => m.frame === 'other'),
    ),
  ).toEqual([]);
});

test('height events resize the frame to its content, also when the page narrows', async ({ page }) => {
  await openExample(page);
  const frame = page.locator('#lab');
  const inside = () => frame.evaluate((el) => el.clientHeight); // the frame's own page, without its border
  const last = async () => ((await received(page, 'height')).at(-1)?.px as number | undefined) ?? 0;
  await expect.poll(last).toBeGreaterThan(300);
  await expect.poll(inside).toBe(await last());
  const wide = await last();
  await page.setViewportSize({ width: 420, height: 800 });
  await expect.poll(last).not.toBe(wide);
  await expect.poll(inside).toBe(await last());
  // The frame shows all of its page: nothing to scroll inside it.
  const inner = await labRoot(page).evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(inner).toBeLessThanOrEqual(1);
});

test('axe finds no accessibility violations on the course page', async ({ page }) => {
  await openExample(page);
  await expect(labRoot(page)).toHaveAttribute('data-ready', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('embed=1: no site header, a link to the full app in a new tab, and the wheel scrolls the page past the chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 600 });
  await page.goto('/?embed=1');
  const root = page.getByTestId('app-root');
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-scenario-select]')).toHaveCount(0);
  await expect(page.locator('[data-theme-select]')).toHaveCount(0);
  await expect(page.locator('[data-embed-bar]')).toContainText('TCP State Lab');
  const open = page.locator('[data-embed-open]');
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', /noopener/);
  const href = new URL((await open.getAttribute('href')) ?? '', page.url());
  expect(href.origin).toBe(new URL(page.url()).origin);
  expect(href.searchParams.get('embed')).toBeNull();
  // The full app opens on the session shown: free play needs no script, only its seed and step.
  expect(href.searchParams.get('step')).toBe(await root.getAttribute('data-step'));
  expect(href.searchParams.get('seed')).not.toBeNull();

  const chart = page.locator('[data-sequence-chart]');
  await chart.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  const box = await chart.boundingBox();
  await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + 100);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations in the embedded layout (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?embed=1&view=graph,chart,controls');
    await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('view= shows only the panels it names', async ({ page }) => {
  await page.goto('/?view=chart,controls');
  await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-sequence-chart]')).toBeVisible();
  await expect(page.locator('[data-playback="play"]')).toBeVisible();
  await expect(page.locator('[data-state-graph]')).toBeHidden();
  await expect(page.locator('[data-narration]')).toHaveCount(0);
  await expect(page.getByRole('tablist')).toHaveCount(0);
});

test('the Embed dialog gives a sandboxed iframe for the session shown, optionally bound to a parent origin', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
  await page.locator('[data-embed-button]').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const snippet = dialog.locator('[data-embed-snippet]');
  const src = async () =>
    new URL(/src="([^"]*)"/.exec(await snippet.inputValue())?.[1]?.replace(/&amp;/g, '&') ?? '');
  expect((await src()).origin).toBe(new URL(page.url()).origin);
  expect((await src()).searchParams.get('embed')).toBe('1');
  expect((await src()).searchParams.get('step')).toBe(
    await page.getByTestId('app-root').getAttribute('data-step'),
  );
  await expect(snippet).toHaveValue(/sandbox="allow-scripts[^"]*"/);

  await dialog.locator('[data-embed-origin]').fill('course.example.org');
  await expect(dialog.locator('[data-embed-origin-error]')).toContainText('course.example.org');
  expect((await src()).searchParams.get('parentOrigin')).toBeNull();
  await dialog.locator('[data-embed-origin]').fill('https://course.example.org');
  await expect(dialog.locator('[data-embed-origin-error]')).toHaveCount(0);
  expect((await src()).searchParams.get('parentOrigin')).toBe('https://course.example.org');

  const embedUrl = (await src()).toString();
  await dialog.locator('[data-embed-copy]').click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.goto(embedUrl);
  await expect(page.locator('[data-embed-bar]')).toBeVisible();
  await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
});

test('only the embedding window may command the lab: a message the frame posts to itself is ignored', async ({
  page,
}) => {
  await openExample(page);
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'open';
    f.name = 'open';
    f.title = 'A lab that takes commands from any parent';
    f.setAttribute('sandbox', 'allow-scripts');
    f.src = '/?embed=1';
    document.body.appendChild(f);
  });
  await expect.poll(() => received(page, 'ready', 'open')).toHaveLength(1);
  const root = labRoot(page, 'open');
  const start = Number(await root.getAttribute('data-step'));
  const command = { source: 'tcp-state-lab', version: 1, type: 'back', id: 'self' };
  // Had it been obeyed, its `ok` (id "self") would reach the parent too.
  await page.frame({ name: 'open' })?.evaluate((c) => window.postMessage(c, '*'), command);
  // The same command from the parent is obeyed, so by its answer the self-posted one has been handled.
  await post(page, { ...command, id: 'parent' }, 'open');
  await expect
    .poll(() => received(page, 'ok', 'open'))
    .toEqual([{ source: 'tcp-state-lab', version: 1, type: 'ok', id: 'parent', command: 'back' }]);
  await expect(root).toHaveAttribute('data-step', String(Math.max(0, start - 1)));
});
