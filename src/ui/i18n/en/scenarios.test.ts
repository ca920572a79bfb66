import { describe, expect, it } from 'vitest';
import { SCENARIO_GROUPS, SCENARIOS } from '../../../core/scenarios/scenarios';
import { placeholders } from '../messages';
import { scenariosZh } from '../zh-CN/scenarios';
import { scenariosEn } from './scenarios';

const en: Readonly<Record<string, string>> = scenariosEn;
const zh: Readonly<Record<string, string>> = scenariosZh;
const HAN = /\p{Script=Han}/u;

describe('scenario texts in the catalogues', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    "%s: the English title and goal are core's, word for word (the CLI prints core's)",
    (name, s) => {
      expect(en[`scenario.${name}.title`]).toBe(s.title);
      expect(en[`scenario.${name}.goal`]).toBe(s.goal);
    },
  );

  it.each(SCENARIOS.map((s) => [s.name] as const))('%s has a Simplified Chinese title and goal', (name) => {
    for (const part of ['title', 'goal']) {
      const text = zh[`scenario.${name}.${part}`] ?? '';
      expect(text, part).toMatch(HAN);
      expect(text, part).not.toBe(en[`scenario.${name}.${part}`]);
    }
  });

  it('names every group in both languages', () => {
    for (const g of SCENARIO_GROUPS) {
      expect(en[`scenarioGroup.${g}`]).toBe(g);
      expect(zh[`scenarioGroup.${g}`]).toMatch(HAN);
    }
  });

  it('has no text for a scenario that no longer exists, and the same placeholders in both languages', () => {
    const names = new Set(SCENARIOS.map((s) => s.name));
    for (const key of Object.keys(en)) {
      const m = /^scenario\.(.+)\.(title|goal)$/.exec(key);
      if (m) expect(names.has(m[1] ?? ''), key).toBe(true);
      expect(placeholders(zh[key] ?? '').sort(), key).toEqual(placeholders(en[key] ?? '').sort());
    }
  });
});
