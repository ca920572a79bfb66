import { expect, test, type Page } from '@playwright/test';

/**
 * The page starts in two steps (src/ui/start/startLab.ts): the first frame — both drawings in a static
 * shell — and then the React page. These hold the React page back until the first frame has been looked
 * at, as a slow network would.
 */
async function holdPage(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/assets/mountApp-*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const root = (page: Page) => page.getByTestId('app-root');

/** Where the two drawings are on the page, rounded to whole pixels. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    ['[data-state-graph]', '[data-sequence-chart]'].map((s) => {
      const r = (document.querySelector(s) as Element).getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map(Math.round);
    }),
  );

test('the first frame shows both drawings, the states and the step before the rest of the page arrives', async ({
  page,
}) => {
  const release = await holdPage(page);
  await page.goto('/?scenario=handshake&step=end');
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  await expect(root(page)).not.toHaveAttribute('data-interactive', 'true');
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(page.locator('[data-endpoint-marker="server"]')).toHaveAttribute('data-state', 'ESTABLISHED');
  await expect(page.locator('[data-segment-id]')).toHaveCount(3);
  await expect(page.locator('[data-call]')).toHaveCount(0);
  // The keys work already: Home goes back to the start.
  await page.keyboard.press('Home');
  await expect(root(page)).toHaveAttribute('data-step', '0');
  release();
  await expect(root(page)).toHaveAttribute('data-interactive', 'true');
  await expect(page.locator('[data-side="client"][data-call="connect"]')).toBeVisible();
  await expect(root(page)).toHaveAttribute('data-step', '0');
});

for (const { width, lang, embed } of [
  { width: 360, lang: 'en', embed: false },
  { width: 360, lang: 'zh-CN' },
  { width: 768, lang: 'en' },
  { width: 1280, lang: 'en' },
  { width: 1280, lang: 'zh-CN' },
  { width: 1600, lang: 'en' },
  { width: 900, lang: 'en', embed: true },
  { width: 420, lang: 'zh-CN', embed: true },
]) {
  test(`the drawings do not move when the rest of the page arrives (${width} px, ${lang}${embed ? ', embedded' : ''})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdPage(page);
    await page.goto(`/?lang=${lang}${embed ? '&embed=1' : ''}`);
    await expect(root(page)).toHaveAttribute('data-ready', 'true');
    const first = await boxes(page);
    release();
    await expect(root(page)).toHaveAttribute('data-interactive', 'true');
    expect(await boxes(page)).toEqual(first);
  });
}
