// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SHORT_STATE } from './chartTheme';
import { chartLayout, textWidth } from './chartLayout';

describe('chartLayout', () => {
  it.each([360, 400, 559, 560, 800, 1000, 1600])(
    'fits %i px: labels, lanes and lifelines stay inside',
    (w) => {
      const l = chartLayout(w, 600);
      const longest = l.compact
        ? Math.max(...Object.values(SHORT_STATE).map((s) => textWidth(s, l.sideFont)))
        : textWidth('ESTABLISHED', l.sideFont);
      expect(longest).toBeLessThanOrEqual(l.labelMax);
      expect(l.x.client - l.labelOffset - l.labelMax).toBeGreaterThanOrEqual(l.gutterW);
      expect(l.x.server + l.labelOffset + l.labelMax).toBeLessThanOrEqual(w);
      expect(l.x.server - l.x.client).toBeGreaterThan(150);
      expect(l.x.server - l.x.client).toBeLessThanOrEqual(760);
    },
  );

  it('goes compact below 560 px', () => {
    expect(chartLayout(559, 600).compact).toBe(true);
    expect(chartLayout(560, 600).compact).toBe(false);
  });
});
