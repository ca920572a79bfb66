import { chooseScenario } from './chooseScenario';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const root = (page: Page) => page.getByTestId('app-root');
const question = (page: Page) => page.locator('[data-quiz-question]');

/** Opens the lab at `search` and records console errors. */
async function open(page: Page, search: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${search}`);
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  return errors;
}

/** Picks a prepared scenario through the picker, as a learner would. */
const selectScenario = (page: Page, name: string) => chooseScenario(page, name);

/** The four-way close scenario's state changes, in order, as RFC 9293 §3.10 has them. */
const NORMAL_CLOSE = [
  ['server', 'CLOSED', 'LISTEN'],
  ['client', 'CLOSED', 'SYN_SENT'],
  ['server', 'LISTEN', 'SYN_RCVD'],
  ['client', 'SYN_SENT', 'ESTABLISHED'],
  ['server', 'SYN_RCVD', 'ESTABLISHED'],
  ['client', 'ESTABLISHED', 'FIN_WAIT_1'],
  ['server', 'ESTABLISHED', 'CLOSE_WAIT'],
  ['client', 'FIN_WAIT_1', 'FIN_WAIT_2'],
  ['server', 'CLOSE_WAIT', 'LAST_ACK'],
  ['client', 'FIN_WAIT_2', 'TIME_WAIT'],
  ['server', 'LAST_ACK', 'CLOSED'],
  ['client', 'TIME_WAIT', 'CLOSED'],
] as const;

/** Waits for the next question and checks the lab is held before the change it asks about. */
async function expectQuestion(page: Page, side: string, from: string) {
  await expect(question(page)).toBeVisible();
  await expect(question(page)).toHaveAttribute('data-quiz-side', side);
  await expect(root(page)).toHaveAttribute(`data-${side}-state`, from);
}

test('a full handshake and close, answered partly right and partly wrong: results, score and summary', async ({
  page,
}) => {
  const errors = await open(page, '?quiz=1');
  await selectScenario(page, 'normal-close');
  await page.locator('[data-playback="play"]').click();
  let right = 0;
  for (const [i, [side, from, to]] of NORMAL_CLOSE.entries()) {
    await expectQuestion(page, side, from);
    const choices = await page
      .locator('[data-quiz-choice]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-quiz-choice') ?? ''));
    expect(choices).toContain(to);
    if (i === 0) {
      // The global shortcuts cannot skip a question: play, step forward and jump to the end all hold.
      const step = await root(page).getAttribute('data-step');
      await page.getByRole('heading', { level: 1 }).click();
      for (const key of ['ArrowRight', 'End', ' ']) await page.keyboard.press(key);
      await expect(root(page)).toHaveAttribute('data-step', step ?? '');
      await expectQuestion(page, side, from);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    }
    // The server's questions are answered right (with the number keys), the client's wrong when it can be.
    const wrong = side === 'client' ? choices.find((c) => c !== to) : undefined;
    if (wrong) await page.locator(`[data-quiz-choice="${wrong}"]`).click();
    else await page.keyboard.press(String(choices.indexOf(to) + 1));
    if (!wrong) right++;
    const result = page.locator('[data-quiz-result]');
    await expect(result).toHaveAttribute('data-quiz-result', wrong ? 'wrong' : 'right');
    await expect(result).toContainText(to);
    await expect(result.locator('a[href*="rfc9293"]')).toBeVisible();
    await expect(root(page)).toHaveAttribute(`data-${side}-state`, to);
    await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', `${right}/${i + 1}`);
    const next = page.locator('[data-quiz-continue]');
    if (i < NORMAL_CLOSE.length - 1) {
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    }
  }
  const summary = page.locator('[data-quiz-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(`${right} of ${NORMAL_CLOSE.length}`);
  await expect(summary.locator('[data-quiz-summary-item]')).toHaveCount(NORMAL_CLOSE.length);
  await expect(summary.locator('[data-quiz-summary-item="right"]')).toHaveCount(right);
  expect(right).toBeGreaterThan(0);
  expect(right).toBeLessThan(NORMAL_CLOSE.length);
  await expect(summary.locator('li').nth(1)).toContainText('CLOSED → SYN_SENT');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('quizSide=server asks only about the server', async ({ page }) => {
  await open(page, '?quiz=1&quizSide=server');
  await selectScenario(page, 'normal-close');
  await page.locator('[data-playback="play"]').click();
  const serverChanges = NORMAL_CLOSE.filter(([side]) => side === 'server');
  for (const [, from, to] of serverChanges) {
    await expectQuestion(page, 'server', from);
    await page.locator(`[data-quiz-choice="${to}"]`).click();
    await expect(page.locator('[data-quiz-result]')).toHaveAttribute('data-quiz-result', 'right');
    const next = page.locator('[data-quiz-continue]');
    if (await next.isVisible()) await next.click();
  }
  // The client's last change (TIME_WAIT → CLOSED) plays through without a question.
  await expect(root(page)).toHaveAttribute('data-client-state', 'CLOSED');
  const summary = page.locator('[data-quiz-summary]');
  await expect(summary.locator('[data-quiz-summary-item="right"]')).toHaveCount(serverChanges.length);
  await expect(page.locator('[data-quiz-score]')).toHaveAttribute(
    'data-quiz-score',
    `${serverChanges.length}/${serverChanges.length}`,
  );
});

test('the toggle turns quiz mode on in free play: a Connect is held until answered; off lets it run', async ({
  page,
}) => {
  await open(page, '');
  await expect(page.locator('[data-quiz-toggle]')).toHaveAttribute('aria-pressed', 'false');
  await page.locator('[data-quiz-toggle]').click();
  await expect(page.locator('[data-quiz-toggle]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-side="client"][data-call="connect"]').click();
  await expectQuestion(page, 'client', 'CLOSED');
  await expect(page.locator('[data-quiz-live]')).toContainText('CLOSED');
  await page.locator('[data-quiz-choice="SYN_SENT"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'SYN_SENT');
  await page.locator('[data-quiz-continue]').click();
  await expectQuestion(page, 'server', 'LISTEN');
  await page.locator('[data-quiz-toggle]').click();
  await expect(question(page)).toHaveCount(0);
  await page.locator('[data-playback="play"]').click();
  await expect(root(page)).toHaveAttribute('data-client-state', 'ESTABLISHED');
  await expect(root(page)).toHaveAttribute('data-server-state', 'ESTABLISHED');
});

test('at 360 px in the dark scheme the question fits, stays in view and is accessible', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '?quiz=1');
  const connect = page.locator('[data-side="client"][data-call="connect"]');
  await connect.scrollIntoViewIfNeeded();
  await connect.click();
  await expectQuestion(page, 'client', 'CLOSED');
  for (const choice of await page.locator('[data-quiz-choice]').all()) await expect(choice).toBeInViewport();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // The quiz panel only: at 360 px the socket table's scroller is reported on its own (not the quiz's).
  const axe = await new AxeBuilder({ page }).include('[data-quiz]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.locator('[data-quiz-choice="LISTEN"]').click();
  await expect(page.locator('[data-quiz-result]')).toHaveAttribute('data-quiz-result', 'wrong');
  await expect(page.locator('[data-quiz-continue]')).toBeInViewport();
});

test('quiz=1 with autoplay=1 asks before the very first state change: the quiz is on before playing starts', async ({
  page,
}) => {
  const errors = await open(page, '?scenario=handshake&quiz=1&autoplay=1');
  await expectQuestion(page, 'server', 'CLOSED');
  await expect(root(page)).toHaveAttribute('data-step', '0');
  expect(errors).toEqual([]);
});
