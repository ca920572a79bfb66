#!/usr/bin/env node
/**
 * `npm run test:e2e`: finds a Chromium, then runs the Playwright suite (e2e/) with it against the
 * production build. Extra arguments go to `playwright test`, e.g. `npm run test:e2e -- --grep axe`.
 */
import { spawn } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

let chromiumPath;
try {
  chromiumPath = await findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (!chromiumPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`Browser tests use Chromium at ${chromiumPath}`);

const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PW_CHROMIUM_PATH: chromiumPath },
});
child.on('error', (error) => {
  console.error(`Could not start Playwright: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
