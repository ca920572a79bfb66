import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that touch the DOM: renderers and React components run under jsdom, everything else in Node. */
const DOM_TESTS = ['src/render/**/*.test.{ts,tsx}', 'src/ui/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Fixed ports so the e2e server (playwright.config.ts) never collides with `npm run dev`.
  server: { port: 5173 },
  // cors: a frame sandboxed without allow-same-origin has the opaque origin "null", and module scripts and
  // crossorigin stylesheets are fetched with CORS, so the built app's files must allow any origin
  // (docs/embed.md, "Hosting"). The dev server keeps Vite's safe default.
  preview: { port: 4873, strictPort: true, cors: true },
  test: {
    passWithNoTests: false,
    allowOnly: false,
    // Speed is measured by the benchmarks, not by tests: a timeout only catches a hang, and property and
    // fuzz tests that take 2 s alone must not fail when a loaded CI machine makes them take 6.
    testTimeout: 60_000,
    // e2e/ holds Playwright specs; they run against the production build, never under vitest.
    exclude: [...configDefaults.exclude, 'e2e/**'],
    setupFiles: ['tests/setup/pageTexts.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'e2e/**', ...DOM_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: DOM_TESTS,
          exclude: [...configDefaults.exclude, 'e2e/**'],
        },
      },
    ],
  },
});
