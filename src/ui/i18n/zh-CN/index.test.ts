import { describe, expect, it } from 'vitest';
import { legalCalls } from '../../../core/endpoint/legalCalls';
import { transitionGraph } from '../../../core/endpoint/transitionGraph';
import { TCP_STATES } from '../../../core/endpoint/tcpState';
import { foreignWords } from '../../../../tests/i18n/latinAllowList';
import type { MessageKey } from '../messages';
import { en, placeholders } from '../messages';
import { edgeLabelsZh, zhCN } from './index';

/** Sentences of a Chinese text: each 。！？ ends one (a final one without its mark still counts). */
const sentences = (text: string) => text.split(/(?<=[。！？])/).filter((s) => s.trim() !== '').length;
/** The distinct placeholder names of a text, sorted (Chinese may name the side once or twice more). */
const names = (text: string) => [...new Set(placeholders(text))].sort();

describe('the Simplified Chinese catalogue', () => {
  it('has exactly the keys of the English catalogue', () => {
    const zhKeys = new Set(Object.keys(zhCN));
    const enKeys = new Set(Object.keys(en));
    expect(
      [...enKeys].filter((k) => !zhKeys.has(k)),
      'missing in zh-CN',
    ).toEqual([]);
    expect(
      [...zhKeys].filter((k) => !enKeys.has(k)),
      'missing in en',
    ).toEqual([]);
  });

  it('uses exactly the {param} placeholders of the English text', () => {
    const bad = Object.entries(en)
      .filter(([k, text]) => {
        const zh = zhCN[k as MessageKey];
        return JSON.stringify(names(text)) !== JSON.stringify(names(zh));
      })
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('has no empty text and no unbalanced braces', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      expect(text.trim(), key).not.toBe('');
      expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('keeps narrations to one or two sentences, counting 。！？ as sentence ends', () => {
    const long = Object.entries(zhCN)
      .filter(([k, text]) => k.startsWith('narr.') && sentences(text) > 2)
      .map(([k]) => k);
    expect(long).toEqual([]);
  });

  it('gives every TCP state a one-sentence hover text and a glossary entry of 2–4 sentences citing RFC 9293', () => {
    for (const s of TCP_STATES) {
      const short = zhCN[`state.${s}.short` as MessageKey];
      const long = zhCN[`state.${s}.long` as MessageKey];
      expect(sentences(short), s).toBe(1);
      expect(sentences(long), s).toBeGreaterThanOrEqual(2);
      expect(sentences(long), s).toBeLessThanOrEqual(4);
      expect(long, s).toMatch(/RFC 9293 §/);
    }
  });

  it('writes in Chinese: no Latin word beyond state names, flags, code and the allow-list', () => {
    const bad = Object.entries(zhCN)
      .map(([k, text]) => [k, foreignWords(text.replace(/\{\w+\}/g, ''))] as const)
      .filter(([, words]) => words.length > 0)
      .map(([k, words]) => `${k}: ${words.join(' ')}`);
    expect(bad).toEqual([]);
  });

  it('uses the standard terms for the lessons the narration teaches', () => {
    expect(zhCN['narr.synRcvd.rcvAck']).toContain('三次握手');
    expect(zhCN['misconception.threeSegmentClose']).toContain('四次挥手');
    expect(zhCN['misconception.halfClose']).toContain('半关闭');
    expect(zhCN['narr.synSent.rcvSyn']).toContain('同时打开');
    expect(zhCN['state.CLOSING.long']).toContain('同时关闭');
    expect(zhCN['misconception.why2Msl']).toContain('最大报文段生存时间（MSL）');
    expect(zhCN['narr.timer.rexmt.fire']).toContain('重传超时 RTO');
  });
});

describe('the Simplified Chinese edge labels', () => {
  const labels = [...new Set(transitionGraph().map((e) => e.label))];

  it('translate every label of the statechart (derived from transitionGraph())', () => {
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.filter((l) => !Object.hasOwn(edgeLabelsZh, l))).toEqual([]);
  });

  it('keep the " / " between event and action, and are in Chinese', () => {
    const bad = labels.filter((l) => {
      const zh = edgeLabelsZh[l] ?? '';
      return l.includes(' / ') !== zh.includes(' / ') || foreignWords(zh).length > 0;
    });
    expect(bad).toEqual([]);
  });

  it('translate every answer a disabled call button gives (legalCalls)', () => {
    const answers = TCP_STATES.flatMap((s) =>
      legalCalls(s)
        .filter((l) => !l.legal)
        .map((l) => l.answer),
    );
    expect(answers.length).toBeGreaterThan(10);
    expect(answers.filter((a) => !Object.hasOwn(edgeLabelsZh, a))).toEqual([]);
  });
});
