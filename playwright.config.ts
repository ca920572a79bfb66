import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

/** Fixed, uncommon port (E2E_PORT overrides it); `strictPort` makes a busy port an error, not a silent move. */
const PORT = Number(process.env.E2E_PORT) || 4873;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// scripts/run-e2e.mjs passes the browser it found; a bare `npx playwright test` looks for one itself.
const executablePath = process.env.PW_CHROMIUM_PATH || (await findChromium()) || undefined;

export default defineConfig({
  testDir: 'e2e',
  reporter: 'list',
  forbidOnly: true,
  fullyParallel: true,
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Tests run against the production build: some bugs (d3-transition's side-effect import being
  // tree-shaken away) only show there. A stray server on the port must fail the run, not be reused.
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
