import { expect, test } from '@playwright/test';
import { foreignWords } from '../tests/i18n/latinAllowList';

test('a Chinese page shows a script’s problem in Chinese: place, sentence and suggestion', async ({
  page,
}) => {
  await page.goto('/?lang=zh-CN&script=client%20conect');
  await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
  const item = page.locator('[data-boot-problem="script"]');
  await expect(item).toContainText('第 1 行第 8 列：未知调用“conect”');
  await expect(item).toContainText('你是不是想写“connect”？');
  // The item's chip names the URL parameter, `script`: code, written as in the address.
  const text = (await page.locator('[data-boot-problems]').innerText()).replace(/\bscript\b/, '');
  expect(foreignWords(text), text).toEqual([]);
});

test('an English page keeps the parser’s sentence', async ({ page }) => {
  await page.goto('/?lang=en&script=client%20conect');
  await expect(page.getByTestId('app-root')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-boot-problem="script"]')).toContainText(
    'line 1, column 8: unknown call "conect" (expected listen, connect, send, read, shutdown, close or abort); did you mean "connect"?',
  );
});
