#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests. Order: $CHROMIUM_PATH, the usual system paths, then the browser
 * Playwright downloaded (if any). Prints the path and exits 0, or prints nothing and exits 1.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** System locations checked after $CHROMIUM_PATH, in order. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Launch flags for a headless Chromium on a CI box or container, shared by the browser tests and the UI
 * benchmark: no sandbox (root in a container), no GPU, no /dev/shm, and no background traffic (the app
 * must make no request outside its origin, so nothing else may either).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) or ' +
  '`npx playwright install chromium`, or set CHROMIUM_PATH';

/**
 * Returns the path of a Chromium executable, or null when there is none.
 * @returns {Promise<string | null>}
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit choice that does not exist is an error, not something to silently replace.
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  for (const candidate of SYSTEM_CHROMIUMS) if (existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // @playwright/test not installed yet, or it has no browser for this platform.
  }
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = await findChromium().catch((/** @type {Error} */ error) => {
    console.error(error.message);
    process.exit(1);
  });
  if (found) {
    console.log(found);
  } else {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
}
