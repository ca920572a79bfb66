import { describe, expect, it } from 'vitest';
import { transitionGraph } from '../../core/endpoint/transitionGraph';
import { foreignWords } from '../../../tests/i18n/latinAllowList';
import { citation } from './citation';

describe('citation', () => {
  it("translates the RFC's figure and note words, keeping section numbers", () => {
    expect(citation('§3.10.7.4, Figure 5 note 2', 'zh-CN')).toBe('§3.10.7.4，图 5 注 2');
    expect(citation('§3.5 Figure 7, §3.10.7.4', 'zh-CN')).toBe('§3.5 图 7，§3.10.7.4');
  });

  it('leaves English citations as the statechart writes them', () => {
    expect(citation('§3.10.7.4, Figure 5 note 2', 'en')).toBe('§3.10.7.4, Figure 5 note 2');
  });

  it("leaves no English word in any of the statechart's citations", () => {
    const bad = [...new Set(transitionGraph().map((e) => e.rfc))].filter(
      (rfc) => foreignWords(citation(rfc, 'zh-CN')).length > 0,
    );
    expect(bad).toEqual([]);
  });
});
