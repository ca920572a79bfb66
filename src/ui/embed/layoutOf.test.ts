import { describe, expect, it } from 'vitest';
import { PANEL_NAMES } from '../boot/bootConfig';
import { DEFAULT_BOOT } from '../boot/bootConfig';
import { layoutOf, panelVisible } from './layoutOf';

describe('panelVisible', () => {
  it('without view= every panel is shown', () => {
    expect(PANEL_NAMES.filter((p) => panelVisible(undefined, p))).toEqual([...PANEL_NAMES]);
  });

  it('with view= only the panels it names are shown', () => {
    expect(PANEL_NAMES.filter((p) => panelVisible(['chart', 'controls'], p))).toEqual(['chart', 'controls']);
  });
});

describe('layoutOf', () => {
  it('puts the two views side by side on wide screens, sooner when embedded', () => {
    expect(layoutOf(DEFAULT_BOOT).columns).toMatch(/^lg:grid-cols-/);
    expect(layoutOf({ ...DEFAULT_BOOT, embed: true }).columns).toMatch(/^md:grid-cols-/);
  });

  it('gives a single view the whole width', () => {
    expect(layoutOf({ ...DEFAULT_BOOT, view: ['chart', 'narration'] }).columns).toBe('');
  });
});
