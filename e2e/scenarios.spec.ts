import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SCENARIOS } from '../src/core/scenarios/scenarios';
import { chooseScenario } from './chooseScenario';

const root = (page: Page) => page.getByTestId('app-root');
const picker = (page: Page) => page.locator('[data-scenario-select]');
const search = (page: Page) => page.locator('[data-scenario-search]');

async function open(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  return errors;
}

test('every scenario, chosen in the picker and played to the end, ends in its declared states', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = await open(page);
  for (const s of SCENARIOS) {
    await chooseScenario(page, s.name);
    await expect(page.locator('[data-scenario-goal]')).toHaveAttribute('data-scenario-goal', s.name);
    await page.locator('[data-playback="end"]').click();
    await expect(root(page), s.name).toHaveAttribute('data-client-state', s.end.client);
    await expect(root(page), s.name).toHaveAttribute('data-server-state', s.end.server);
  }
  expect(errors).toEqual([]);
});

test('the picker shows the chosen title, and the goal card its teaching goal', async ({ page }) => {
  await open(page);
  await chooseScenario(page, 'challenge-ack');
  const s = SCENARIOS.find((x) => x.name === 'challenge-ack');
  await expect(picker(page)).toContainText(s?.title ?? '');
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-scenario-goal]')).toContainText(s?.goal ?? '');
  await chooseScenario(page, '');
  await expect(page.locator('[data-scenario-goal]')).toHaveCount(0);
});

test('keyboard only: open, search, move, choose; Escape closes and gives the focus back', async ({
  page,
}) => {
  await open(page);
  await picker(page).focus();
  await page.keyboard.press('Enter');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('lost');
  await expect(page.getByRole('group', { name: 'Opening' })).toHaveCount(0);
  await expect(page.locator('[data-scenario-option]')).toHaveCount(
    SCENARIOS.filter((s) => /lost/i.test(s.title + s.goal)).length,
  );
  await page.keyboard.press('ArrowDown');
  const active = page.locator('[data-scenario-option][data-active]');
  const name = await active.getAttribute('data-scenario-option');
  await expect(search(page)).toHaveAttribute(
    'aria-activedescendant',
    (await active.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
  await expect(picker(page)).toHaveAttribute('data-scenario', name ?? '');
  await expect(picker(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search(page)).toHaveCount(0);
  await expect(picker(page)).toBeFocused();
  await expect(picker(page)).toHaveAttribute('data-scenario', name ?? '');
});

test('a search that matches nothing says so; clicking outside closes the picker', async ({ page }) => {
  await open(page);
  await picker(page).click();
  await search(page).fill('no such thing');
  await expect(page.getByText('No scenario matches “no such thing”.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'scenarios' })).toContainText(
    `0 of ${SCENARIOS.length}`,
  );
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await expect(search(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the header with the picker open (${colorScheme}), at 360 px too`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await chooseScenario(page, 'seq-wrap');
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await picker(page).click();
      await search(page).fill('close');
      const results = await new AxeBuilder({ page }).include('header').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      const box = await page.locator('[role="dialog"]').boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
      await page.keyboard.press('Escape');
    }
  });
}

test('a scenario picked after a linux one runs under rfc9293; the header switches fin-wait-2 to linux', async ({
  page,
}) => {
  await open(page);
  await chooseScenario(page, 'close-three-segments-linux');
  await expect(page.locator('[data-profile-select]')).toHaveValue('linux');
  await chooseScenario(page, 'fin-wait-2');
  await expect(page.locator('[data-profile-select]')).toHaveValue('rfc9293');
  await page.locator('[data-playback="end"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'FIN_WAIT_2');
  await page.locator('[data-profile-select]').selectOption('linux');
  await page.locator('[data-playback="end"]').click();
  const linux = SCENARIOS.find((s) => s.name === 'fin-wait-2')?.endUnder?.linux;
  await expect(root(page)).toHaveAttribute('data-client-state', linux?.client ?? '');
  await expect(root(page)).toHaveAttribute('data-server-state', linux?.server ?? '');
});
