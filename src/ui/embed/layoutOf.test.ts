import { describe, expect, it } from 'vitest';
import { PANEL_NAMES } from '../boot/bootConfig';
import { panelVisible } from './useLayout';

describe('panelVisible', () => {
  it('without view= every panel is shown', () => {
    expect(PANEL_NAMES.filter((p) => panelVisible(undefined, p))).toEqual([...PANEL_NAMES]);
  });

  it('with view= only the panels it names are shown', () => {
    expect(PANEL_NAMES.filter((p) => panelVisible(['chart', 'controls'], p))).toEqual(['chart', 'controls']);
  });
});
