import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import { runScript } from '../../core/script/runScript';
import type { TraceEvent } from '../../core/world/trace';
import { foreignWords } from '../../../tests/i18n/latinAllowList';
import { loadLang } from '../i18n/langStore';
import { describeEvent } from './describeEvent';

function traceOf(script: string): readonly TraceEvent[] {
  const r = runScript(script);
  if (!r.sim) throw new Error(`did not parse: ${script}`);
  return r.sim.trace;
}

const TRACES = SCENARIOS.map((s) => ({ name: s.name, trace: traceOf(s.script) }));

beforeAll(() => loadLang('zh-CN'));
afterAll(() => loadLang('en'));

describe('describeEvent', () => {
  it("keeps the trace's own terms in English", () => {
    const trace = traceOf('server listen; drop next c>s SYN; client connect; wait 5s');
    const lines = trace.map((e) => describeEvent(e, 'en'));
    const drop = lines.find((l) => l.text.startsWith('drop '));
    expect(drop?.text).toMatch(/^drop #\d+ c>s SYN \(.+\)$/);
    expect(lines.map((l) => l.text)).toContain('client CLOSED → SYN_SENT');
    expect(lines.find((l) => l.text === 'client CLOSED → SYN_SENT')?.code).toBe('[closed.activeOpen]');
    expect(lines.some((l) => /^client rexmt (set|fire|cancel)$/.test(l.text))).toBe(true);
  });

  it('writes every event of every scenario in Chinese words, identifiers kept apart', () => {
    const bad: string[] = [];
    for (const { name, trace } of TRACES)
      for (const e of trace) {
        const words = foreignWords(describeEvent(e, 'zh-CN').text);
        if (words.length > 0) bad.push(`${name} ${e.kind}: ${words.join(' ')}`);
      }
    expect(bad).toEqual([]);
  });

  it('names sides, timers and actions in Chinese', () => {
    const trace = traceOf('server listen; drop next c>s SYN; client connect; wait 5s');
    const texts = trace.map((e) => describeEvent(e, 'zh-CN').text);
    expect(texts).toContain('客户端 CLOSED → SYN_SENT');
    expect(texts).toContain('客户端的重传定时器启动');
    expect(texts.some((x) => /^丢失 #\d+ 客户端→服务器 SYN（.+）$/.test(x))).toBe(true);
  });
});
