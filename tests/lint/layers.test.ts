import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The ESLint rules eslint.config.js reports for `code` as if it were the file at `filePath`. */
async function rulesFor(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const LAYER_RULES = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties'];

/** Only the layer rules, so unrelated rules (unused variables) cannot make a case pass or fail. */
async function layerViolations(code: string, filePath: string): Promise<string[]> {
  return (await rulesFor(code, filePath)).filter(
    (rule) => LAYER_RULES.includes(rule) || rule.startsWith('fatal'),
  );
}

describe('layer rule: src/core is pure TypeScript', { timeout: 30_000 }, () => {
  const core = 'src/core/x.ts';

  it('reports importing react from core', async () => {
    expect(
      await layerViolations(`import { useState } from 'react';\nexport const s = useState;\n`, core),
    ).toEqual(['no-restricted-imports']);
  });

  it.each([
    `import { select } from 'd3-selection';\nexport const s = select;\n`,
    `import 'd3-transition';\n`,
    `import * as d3 from 'd3';\nexport const s = d3;\n`,
    `import { useMachine } from '@xstate/react';\nexport const s = useMachine;\n`,
    `import { createRoot } from 'react-dom/client';\nexport const s = createRoot;\n`,
    `import { stateGraph } from '../render/stateGraph';\nexport const s = stateGraph;\n`,
    `import { App } from '../ui/App';\nexport const s = App;\n`,
    `export { main } from '../cli/main';\n`,
  ])('reports a DOM, framework or upward import from core: %s', async (code) => {
    expect(await layerViolations(code, core)).toEqual(['no-restricted-imports']);
  });

  it('allows importing a sibling core module', async () => {
    expect(await layerViolations(`import { seq } from './seq';\nexport const s = seq(1);\n`, core)).toEqual(
      [],
    );
  });

  it('reports Math.random in core', async () => {
    expect(await layerViolations(`export const r = Math.random();\n`, core)).toEqual([
      'no-restricted-properties',
    ]);
  });

  it('allows other Math functions in core', async () => {
    expect(await layerViolations(`export const r = Math.floor(1.5);\n`, core)).toEqual([]);
  });

  it.each([
    `setTimeout(() => {}, 10);\n`,
    `export const id = setInterval(() => {}, 10);\n`,
    `export const now = Date.now();\n`,
    `export const w = window.innerWidth;\n`,
    `export const el = document.body;\n`,
  ])('reports real timers, the wall clock and the DOM in core: %s', async (code) => {
    expect(await layerViolations(code, 'src/core/world/world.ts')).toEqual(['no-restricted-globals']);
  });
});

describe('layer rule: src/render is framework-free', { timeout: 30_000 }, () => {
  it('reports importing react or ui from render', async () => {
    const render = 'src/render/stateGraph.ts';
    expect(
      await layerViolations(`import { useRef } from 'react';\nexport const r = useRef;\n`, render),
    ).toEqual(['no-restricted-imports']);
    expect(
      await layerViolations(`import { App } from '../ui/App';\nexport const a = App;\n`, render),
    ).toEqual(['no-restricted-imports']);
  });

  it('allows render to use d3 and core', async () => {
    const code = `import { select } from 'd3-selection';\nimport 'd3-transition';\nimport type { TcpState } from '../core/endpoint/tcpState';\nexport const s = select;\nexport type T = TcpState;\n`;
    expect(await layerViolations(code, 'src/render/stateGraph.ts')).toEqual([]);
  });
});

describe('ui may use React, core and render', { timeout: 30_000 }, () => {
  it('reports nothing for the imports a component needs', async () => {
    const code = `import { useEffect } from 'react';\nimport { seq } from '../core/seq';\nimport { stateGraph } from '../render/stateGraph';\nexport const x = [useEffect, seq, stateGraph];\n`;
    expect(await layerViolations(code, 'src/ui/Graph.tsx')).toEqual([]);
  });
});
