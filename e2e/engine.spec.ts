import { expect, test } from '@playwright/test';
import { traceDigest } from '../src/core/output/traceDigest';
import { findScenario } from '../src/core/scenarios/scenarios';
import { runScript } from '../src/core/script/runScript';

/** What Node makes of a scenario: the browser must make exactly the same. */
function inNode(name: string) {
  const r = runScript(findScenario(name)?.script ?? '');
  const w = r.sim?.current;
  return {
    digest: traceDigest(r.sim?.trace ?? []),
    client: w?.endpoints.client.value,
    server: w?.endpoints.server.value,
  };
}

for (const name of ['handshake', 'lost-final-ack', 'simultaneous-close', 'fin-acks-fin']) {
  test(`scenario ${name}: the browser's trace is identical to Node's`, async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('scenario-select').selectOption(name);
    const node = inNode(name);
    await expect(page.getByTestId('engine-digest')).toHaveText(node.digest);
    await expect(page.getByTestId('final-client')).toHaveText(node.client ?? '');
    await expect(page.getByTestId('final-server')).toHaveText(node.server ?? '');
    await expect(page.getByTestId('expect-result')).toHaveText('Every expect in the script held.');
  });
}

test('the ladder shows the run, and the page never scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByTestId('ladder')).toContainText('SYN_SENT → ESTABLISHED');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
