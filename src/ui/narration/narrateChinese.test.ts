import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import type { ProfileName } from '../../core/script/ast';
import { runScript } from '../../core/script/runScript';
import type { TraceEvent } from '../../core/world/trace';
import { foreignWords } from '../../../tests/i18n/latinAllowList';
import { loadLang } from '../i18n/langStore';
import { narrate, narrationText } from './narrate';

function steps(script: string, profile: ProfileName): TraceEvent[][] {
  const r = runScript(script, { overrides: { profile } });
  if (!r.sim) throw new Error(`did not parse: ${script}`);
  const byStep = new Map<number, TraceEvent[]>();
  for (const e of r.sim.trace) byStep.set(e.step, [...(byStep.get(e.step) ?? []), e]);
  return [...byStep.values()];
}

beforeAll(() => loadLang('zh-CN'));
afterAll(() => loadLang('en'));

describe('the narration on a Chinese page', () => {
  it('tells every step of every scenario in Chinese, under both profiles', () => {
    const bad: string[] = [];
    let told = 0;
    for (const s of SCENARIOS)
      for (const profile of ['rfc9293', 'linux'] as const)
        for (const step of steps(s.script, profile))
          for (const n of narrate(step)) {
            told++;
            const text = narrationText(n);
            // A script command's {source} is the script itself, code in the script language.
            const words = foreignWords(narrationText({ ...n, params: { ...n.params, source: '' } }));
            if (words.length > 0) bad.push(`${s.name} ${n.key}: ${words.join(' ')} — ${text}`);
          }
    expect(told).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });

  it('tells link settings in Chinese, and in English as the engine records them', () => {
    const told = steps('link s>c latency=200ms jitter=20ms; server listen', 'rfc9293')
      .flatMap((st) => narrate(st))
      .filter((n) => n.key === 'narr.link.settings');
    expect(told).toHaveLength(1);
    const [n] = told;
    expect(n && narrationText(n)).toBe(
      '服务器→客户端方向的链路现在为 时延 200ms、抖动 20ms、丢包率 0%、重复 0%、乱序 0%。',
    );
    const english = steps('link s>c latency=200ms jitter=20ms; server listen', 'rfc9293')
      .flatMap((st) => narrate(st, { lang: 'en' }))
      .find((x) => x.key === 'narr.link.settings');
    expect(english && narrationText(english, 'en')).toBe(
      'The server→client link now has latency=200ms jitter=20ms loss=0% dup=0% reorder=0%.',
    );
  });

  it('puts the sides in Chinese by default', () => {
    const [first] = steps('server listen; client connect; wait 1s', 'rfc9293')
      .flatMap((st) => narrate(st))
      .filter((n) => n.key === 'narr.closed.activeOpen');
    expect(first && narrationText(first)).toContain('客户端的应用调用 connect()');
  });
});
