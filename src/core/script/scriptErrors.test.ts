import { describe, expect, it } from 'vitest';
import { parseScript } from './parseScript';
import { runScript } from './runScript';
import { PARSE_ERROR_SAMPLES, RUN_FAILURE_SAMPLES } from './scriptErrorSamples.testkit';
import {
  SCRIPT_ERROR_EN,
  scriptErrorEn,
  scriptErrorEnWithParts,
  type ScriptErrorCode,
} from './scriptErrorText';

const PARSE_CODES = Object.keys(SCRIPT_ERROR_EN)
  .slice(0, Object.keys(SCRIPT_ERROR_EN).indexOf('internalError'))
  .filter((c) => c !== 'internalParserError');

describe('script errors have codes', () => {
  it('has a sample script for every parse-error code (internalParserError never fires)', () => {
    expect(Object.keys(PARSE_ERROR_SAMPLES).sort()).toEqual(PARSE_CODES.sort());
  });

  it.each(Object.entries(PARSE_ERROR_SAMPLES))('%s', (code, { script, line, col, message }) => {
    const { errors } = parseScript(script);
    expect(errors).toHaveLength(1);
    const e = errors[0];
    expect(e?.code).toBe(code);
    expect({ line: e?.line, col: e?.col }).toEqual({ line, col });
    // The English is the sentence the parser wrote before errors had codes, byte for byte.
    expect(e?.message).toBe(message);
    expect(scriptErrorEn(code as ScriptErrorCode, e?.params)).toBe(message);
  });

  it('keeps params to script words and numbers: every placeholder of a code is filled', () => {
    for (const { script } of Object.values(PARSE_ERROR_SAMPLES)) {
      const e = parseScript(script).errors[0];
      expect(e?.message, script).not.toMatch(/\{\w+\}/);
    }
  });

  it('a parse failure of a run carries the code and params', () => {
    const r = runScript('client conect');
    expect(r.failures[0]).toMatchObject({
      kind: 'parse',
      code: 'unknownCallSuggest',
      params: { word: '"conect"', suggestion: 'connect' },
    });
  });
});

describe('run failures have codes', () => {
  it.each(Object.entries(RUN_FAILURE_SAMPLES))('%s', (code, { script, limits, kind, line, message }) => {
    const r = runScript(script, limits ? { limits } : {});
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f).toMatchObject({ code, kind, line, message });
    expect(scriptErrorEnWithParts(code as ScriptErrorCode, f?.params ?? {}, f?.parts)).toBe(message);
  });

  it('every code has a sample, except those no script reaches', () => {
    const unreachable = ['internalParserError', 'internalError', 'unknownCallRun'];
    const parts = Object.keys(SCRIPT_ERROR_EN).filter((c) => c.startsWith('problem'));
    const sampled = [...Object.keys(PARSE_ERROR_SAMPLES), ...Object.keys(RUN_FAILURE_SAMPLES)];
    expect([...sampled, ...unreachable, ...parts].sort()).toEqual(Object.keys(SCRIPT_ERROR_EN).sort());
  });
});
