// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * Layer rules (STYLE.md: three floors, arrows point down). core is pure TypeScript that runs in Node and
 * the browser; render is framework-free D3; only ui may use React.
 */
const RENDER_OR_UP = ['**/render', '**/render/**'];
const UI = ['**/ui', '**/ui/**'];
const CLI = ['**/cli', '**/cli/**'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', '@xstate/react', '@xstate/react/*'];

const coreImports = {
  paths: ['d3', 'd3-selection', 'd3-transition'].map((name) => ({
    name,
    message: 'src/core is DOM-free: D3 drawing belongs in src/render.',
  })),
  patterns: [
    { group: REACT, message: 'src/core is framework-free: React belongs in src/ui.' },
    { group: ['d3-selection/*', 'd3-transition/*'], message: 'src/core is DOM-free.' },
    {
      group: [...RENDER_OR_UP, ...UI, ...CLI],
      message: 'Arrows point down: src/core may not import render, ui or cli.',
    },
  ],
};

const renderImports = {
  patterns: [
    { group: REACT, message: 'src/render is framework-free: React belongs in src/ui.' },
    { group: [...UI, ...CLI], message: 'Arrows point down: src/render may not import ui or cli.' },
  ],
};

const wallClock = 'src/core runs on virtual time (SimulatedClock); real timers and clocks are banned.';
const noDom = 'src/core runs in Node and the browser: no DOM.';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'blob-report/', 'coverage/'] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Node-side code: CLI, bench, scripts, configs, tests.
  {
    files: [
      'src/cli/**',
      'bench/**',
      'scripts/**',
      'tests/**',
      'e2e/**',
      '**/*.test.{ts,tsx}',
      '*.config.{js,ts,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  // Browser-side code.
  {
    files: ['src/ui/**', 'src/render/**', 'src/main.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // React hooks rules for the UI.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  // Layer rule: core.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', coreImports],
    },
  },
  // core production code may not touch the DOM, real timers, the wall clock or unseeded randomness.
  // (Tests under src/core may, e.g. to pick and print a random seed.)
  {
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: noDom },
        { name: 'document', message: noDom },
        { name: 'navigator', message: noDom },
        { name: 'setTimeout', message: wallClock },
        { name: 'setInterval', message: wallClock },
        { name: 'clearTimeout', message: wallClock },
        { name: 'clearInterval', message: wallClock },
        { name: 'setImmediate', message: wallClock },
        { name: 'requestAnimationFrame', message: wallClock },
        { name: 'performance', message: wallClock },
        { name: 'Date', message: wallClock },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Unseeded randomness: take a seeded PRNG instead.' },
        { object: 'crypto', property: 'getRandomValues', message: 'Unseeded randomness.' },
        { object: 'globalThis', property: 'setTimeout', message: wallClock },
        { object: 'globalThis', property: 'setInterval', message: wallClock },
        { object: 'globalThis', property: 'Date', message: wallClock },
      ],
    },
  },

  // Layer rule: render.
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': ['error', renderImports],
    },
  },

  // No skipped or focused tests anywhere (docs/testing.md).
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'e2e/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].flatMap((object) =>
          ['only', 'skip', 'todo', 'fixme', 'skipIf', 'runIf'].map((property) => ({
            object,
            property,
            message: 'Every test runs: no .only, .skip, .todo or .fixme (docs/testing.md).',
          })),
        ),
      ],
    },
  },
);
