import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transitionGraph } from '../../core/endpoint/transitionGraph';
import type { TransitionEdge } from '../../core/endpoint/transitionGraph';
import { TCP_STATES } from '../../core/endpoint/tcpState';
import type { MessageKey } from './messages';
import { en, isMessageKey, MISCONCEPTION_IDS, placeholders } from './messages';

const SEG = ['flags', 'seq', 'ack', 'len', 'win', 'id'];
const SEGMENT_EVENTS = new Set(['SEGMENT', 'TEXT_ARRIVES']);
/** Timer rules that always send a segment; narrate() gives them that segment's fields. */
const SENDING_TIMER_RULES = new Set([
  'sync.retransmit',
  'synSent.retransmit',
  'sync.windowProbe',
  'sync.delayedAck',
]);
const CALLS_WITH_BYTES = new Set(['SEND', 'READ']);

/** Rule keys, each with every edge that carries it: derived from the statechart, never listed by hand. */
function ruleEdges(): Map<string, TransitionEdge[]> {
  const byKey = new Map<string, TransitionEdge[]>();
  for (const e of transitionGraph()) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  return byKey;
}

/** The params narrate() fills for a rule, whichever of its edges was taken. */
function ruleParams(edges: readonly TransitionEdge[]): string[] {
  const p = ['side', 'peer'];
  if (edges.every((e) => e.changesState)) p.push('from', 'to');
  if (edges.every((e) => SEGMENT_EVENTS.has(e.event) || SENDING_TIMER_RULES.has(e.key))) p.push(...SEG);
  if (edges.every((e) => CALLS_WITH_BYTES.has(e.event))) p.push('bytes');
  return p;
}

/** The params narrate() fills for the events that are not rules, by message key. */
function eventParams(key: string): string[] | undefined {
  const own = ['side', 'peer'];
  if (/^narr\.(tcp\.send\.|send\.retransmit$|link\.(inject|arrive)$)/.test(key)) return [...own, ...SEG];
  if (key.startsWith('narr.link.drop')) return [...own, ...SEG, 'reason'];
  if (key === 'narr.link.duplicate') return [...own, ...SEG, 'copy'];
  if (key === 'narr.link.delay') return [...own, ...SEG, 'by'];
  if (/^narr\.timer\.\w+\.set$/.test(key)) return [...own, 'timer', 'due', 'delay'];
  if (/^narr\.timer\.\w+\.(cancel|fire)$/.test(key)) return [...own, 'timer'];
  if (key.startsWith('narr.signal.')) return [...own, 'signal'];
  if (key === 'narr.call.ok') return [...own, 'call', 'bytes'];
  if (key === 'narr.call.error') return [...own, 'call', 'bytes', 'error'];
  if (key === 'narr.app.deliver') return [...own, 'bytes', 'offset'];
  if (key === 'narr.link.settings') return ['dir', 'detail'];
  if (key === 'narr.link.mute' || key === 'narr.link.unmute') return [...own, 'detail'];
  if (key === 'narr.note' || key === 'narr.run.settleLimit') return ['detail'];
  if (key.startsWith('narr.script.')) return ['source', 'line'];
  if (key === 'narr.unknown') return ['key'];
  if (key === 'narr.tcp.ackThrottled') return own;
  if (key === 'narr.seq.wrap') return ['side', 'first', 'last'];
  return undefined;
}

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const found = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? '');

/** Keys the engine writes outside the statechart, read from its source so a new one cannot slip by. */
function engineKeys(): string[] {
  const keys = [
    ...found(source('../../core/endpoint/endpointOps.ts'), /'(tcp\.send\.\w+|tcp\.ackThrottled)'/g),
    ...found(
      source('../../core/world/world.ts'),
      /'(timer\.\w+\.\w+|signal\.\w+|link\.\w+|app\.\w+|call\.\w+)'/g,
    ),
    ...found(source('../../core/world/putOnLink.ts'), /'(link\.\w+)'/g),
    ...found(source('../../core/world/simulation.ts'), /'(link\.\w+)'/g),
    ...found(source('../../core/script/runScript.ts'), /'(run\.\w+)'/g),
  ];
  return [...new Set(keys)].sort();
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“])/).length;

describe('the English catalogue', () => {
  it('has a narration for every rule key of the statechart (derived from transitionGraph())', () => {
    const missing = [...ruleEdges().keys()].filter((k) => !isMessageKey(`narr.${k}`));
    expect(missing).toEqual([]);
  });

  it('has a narration for every key the engine writes outside the statechart', () => {
    const keys = engineKeys();
    expect(keys.length).toBeGreaterThan(40);
    expect(keys).toContain('tcp.send.challengeAck');
    expect(keys).toContain('timer.timeWait.fire');
    expect(keys.filter((k) => !isMessageKey(`narr.${k}`))).toEqual([]);
  });

  it('says in a phrase why each kind of segment is sent (the packet inspector)', () => {
    const causes = engineKeys().filter((k) => k.startsWith('tcp.send.') || k === 'link.inject');
    expect(causes.length).toBeGreaterThan(15);
    expect(causes.filter((k) => !isMessageKey(`cause.${k}`))).toEqual([]);
  });

  it('gives every TCP state a one-line hover text and a glossary entry of 2–4 sentences', () => {
    for (const s of TCP_STATES) {
      const short = en[`state.${s}.short` as MessageKey];
      const long = en[`state.${s}.long` as MessageKey];
      expect(short, s).toBeTruthy();
      expect(sentences(short), s).toBe(1);
      expect(sentences(long), s).toBeGreaterThanOrEqual(2);
      expect(sentences(long), s).toBeLessThanOrEqual(4);
      expect(long, s).toMatch(/RFC 9293 §/);
    }
  });

  it('explains every misconception', () => {
    for (const id of MISCONCEPTION_IDS) expect(en[`misconception.${id}`], id).toBeTruthy();
  });

  it('keeps rule narrations to one or two sentences', () => {
    const long = Object.entries(en)
      .filter(([k]) => k.startsWith('narr.'))
      .filter(([, text]) => sentences(text) > 2)
      .map(([k]) => k);
    expect(long).toEqual([]);
  });

  it('uses in each rule narration only params narrate() fills for every edge of that rule', () => {
    const edges = ruleEdges();
    const bad: string[] = [];
    for (const [key, text] of Object.entries(en)) {
      if (!key.startsWith('narr.')) continue;
      const rule = [...edges.keys()].find((k) => key === `narr.${k}` || key.startsWith(`narr.${k}.`));
      const allowed = eventParams(key) ?? (rule ? ruleParams(edges.get(rule) ?? []) : undefined);
      if (!allowed) {
        bad.push(`${key}: no param contract`);
        continue;
      }
      for (const p of placeholders(text)) if (!allowed.includes(p)) bad.push(`${key}: {${p}}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no empty text and no unbalanced braces', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});
