import { expect, test } from '@playwright/test';
import { traceDigest } from '../src/core/output/traceDigest';
import { findScenario } from '../src/core/scenarios/scenarios';
import { runScript } from '../src/core/script/runScript';
import { chooseScenario } from './chooseScenario';

/** What Node makes of a scenario: the browser must make exactly the same run. */
function inNode(name: string) {
  const r = runScript(findScenario(name)?.script ?? '');
  const w = r.sim?.current;
  return {
    digest: traceDigest(r.sim?.trace ?? []),
    client: w?.endpoints.client.value,
    server: w?.endpoints.server.value,
  };
}

for (const name of ['handshake', 'lost-final-ack', 'simultaneous-close', 'close-three-segments-linux']) {
  test(`scenario ${name}: the browser's run is identical to Node's`, async ({ page }) => {
    await page.goto('/');
    await chooseScenario(page, name);
    await page.locator('[data-playback="end"]').click();
    const node = inNode(name);
    const root = page.getByTestId('app-root');
    await expect(root).toHaveAttribute('data-trace-digest', node.digest);
    await expect(root).toHaveAttribute('data-client-state', node.client ?? '');
    await expect(root).toHaveAttribute('data-server-state', node.server ?? '');
  });
}
