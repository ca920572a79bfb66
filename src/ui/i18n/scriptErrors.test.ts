import { beforeAll, describe, expect, it } from 'vitest';
import { foreignWords } from '../../../tests/i18n/latinAllowList';
import { parseScript } from '../../core/script/parseScript';
import { runScript } from '../../core/script/runScript';
import { PARSE_ERROR_SAMPLES, RUN_FAILURE_SAMPLES } from '../../core/script/scriptErrorSamples.testkit';
import { SCRIPT_ERROR_EN } from '../../core/script/scriptErrorText';
import { problemText, scriptProblems } from '../boot/problemText';
import { loadLang } from './langStore';
import { CATALOGUES, en, isMessageKey, placeholders } from './messages';
import { scriptErrorMessage } from './scriptErrorMessage';
import { WORD_LISTS } from '../../core/script/scriptErrorText';
import { WORD_LISTS_ZH } from './zh-CN/scriptErrors';

beforeAll(() => loadLang('zh-CN'));

/** Every sample's failures, as the lab's session holds them. */
const samples = [
  ...Object.entries(PARSE_ERROR_SAMPLES).map(([code, s]) => [code, runScript(s.script)] as const),
  ...Object.entries(RUN_FAILURE_SAMPLES).map(
    ([code, s]) => [code, runScript(s.script, s.limits ? { limits: s.limits } : {})] as const,
  ),
];

describe('script problems in the catalogues', () => {
  it('the English catalogue holds core’s English template for every code, and only those', () => {
    const codes = Object.keys(SCRIPT_ERROR_EN);
    for (const [code, text] of Object.entries(SCRIPT_ERROR_EN)) {
      expect(en[`scriptError.${code}` as keyof typeof en], code).toBe(text);
    }
    const keys = Object.keys(en).filter((k) => k.startsWith('scriptError.'));
    expect(keys.map((k) => k.slice('scriptError.'.length)).sort()).toEqual(codes.sort());
  });

  it('every code has a Chinese text with the English placeholders', () => {
    const zh = CATALOGUES['zh-CN'] ?? {};
    for (const [code, text] of Object.entries(SCRIPT_ERROR_EN)) {
      const key = `scriptError.${code}`;
      expect(isMessageKey(key), code).toBe(true);
      const zhText = (zh as Record<string, string>)[key] ?? '';
      expect(zhText, code).not.toBe('');
      expect(new Set(placeholders(zhText)), code).toEqual(new Set(placeholders(text)));
    }
  });
});

describe('the problems banner shows a script’s problems in the page’s language', () => {
  it.each(samples)('%s: English is core’s message, byte for byte', (code, r) => {
    expect(r.failures[0]?.code).toBe(code);
    for (const f of r.failures) expect(scriptErrorMessage(f, 'en')).toBe(f.message);
  });

  it.each(samples)('%s: Chinese has no English beyond the allow-list', (_code, r) => {
    for (const p of scriptProblems(r.failures, 'script', 'zh-CN')) {
      const text = problemText(p, 'zh-CN');
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(foreignWords(text), text).toEqual([]);
    }
  });

  it('client conect: the banner line in Chinese', () => {
    const [p] = scriptProblems(runScript('client conect').failures, 'script', 'zh-CN');
    expect(p && problemText(p, 'zh-CN')).toBe(
      '第 1 行第 8 列：未知调用“conect”（应为“listen”“connect”“send”“read”“shutdown”“close”或“abort”）。你是不是想写“connect”？',
    );
  });

  it('falls back to core’s English message for a code the catalogue does not know', () => {
    const f = { message: 'something new', code: 'noSuchCode' as never, params: {} };
    expect(scriptErrorMessage(f, 'zh-CN')).toBe('something new');
    expect(scriptErrorMessage({ message: 'no code' }, 'zh-CN')).toBe('no code');
  });

  it('a parse error from parseScript carries what the banner needs', () => {
    const e = parseScript('client conect').errors[0];
    expect(e && scriptErrorMessage(e, 'en')).toBe(e?.message);
  });
});

describe('the Chinese sentences’ word lists', () => {
  it('name the same words as the English ones, in the same order', () => {
    const words = (list: string) => list.split(/, | or /);
    for (const [name, zh] of Object.entries(WORD_LISTS_ZH)) {
      const en = words(WORD_LISTS[name as keyof typeof WORD_LISTS]);
      const expected =
        name === 'STATES'
          ? en.join('、')
          : `${en
              .slice(0, -1)
              .map((w) => `“${w}”`)
              .join('')}或“${en.at(-1) ?? ''}”`;
      expect(zh, name).toBe(expected);
    }
  });
});
