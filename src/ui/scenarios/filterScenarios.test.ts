import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import { filterScenarios, scenarioEntries } from './filterScenarios';

const entries = scenarioEntries(SCENARIOS, 'en');
const names = (query: string) =>
  filterScenarios(entries, query, 'en').flatMap((s) => s.entries.map((e) => e.name));

describe('filterScenarios', () => {
  it('keeps every scenario, grouped Opening, Closing, Loss, Resets, Advanced, for an empty search', () => {
    const sections = filterScenarios(entries, '  ', 'en');
    expect(sections.map((s) => s.label)).toEqual(['Opening', 'Closing', 'Loss', 'Resets', 'Advanced']);
    expect(sections.flatMap((s) => s.entries).length).toBe(SCENARIOS.length);
  });

  it('matches titles whatever the case, and drops the groups left empty', () => {
    expect(names('HANDSHAKE')).toContain('handshake');
    const sections = filterScenarios(entries, 'simultaneous', 'en');
    expect(sections.map((s) => s.group)).toEqual(['Opening', 'Closing']);
  });

  it('matches the teaching goal too, and needs every word', () => {
    expect(names('RFC 5961')).toEqual(['challenge-ack']);
    expect(names('tcp_fin_timeout')).toContain('fin-wait-2');
    expect(names('handshake zebra')).toEqual([]);
  });

  it('folds full-width letters, as an IME may type them', () => {
    expect(names('ＳＹＮ')).toEqual(names('syn'));
  });
});
