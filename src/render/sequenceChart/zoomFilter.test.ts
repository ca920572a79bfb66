import { describe, expect, it } from 'vitest';
import { zoomFilter } from './zoomFilter';

const wheel = (init: WheelEventInit = {}) => new WheelEvent('wheel', init);

describe('zoomFilter', () => {
  it('by default the wheel always zooms and a primary-button drag pans', () => {
    const f = zoomFilter(false);
    expect(f(wheel())).toBe(true);
    expect(f(new MouseEvent('mousedown', { button: 0 }))).toBe(true);
    expect(f(new MouseEvent('mousedown', { button: 2 }))).toBe(false);
  });

  it('with modifierWheel a plain wheel is left to the page, and Ctrl or ⌘ zooms', () => {
    const f = zoomFilter(true);
    expect(f(wheel())).toBe(false);
    expect(f(wheel({ ctrlKey: true }))).toBe(true);
    expect(f(wheel({ metaKey: true }))).toBe(true);
    expect(f(new MouseEvent('mousedown', { button: 0 }))).toBe(true);
  });

  it('with modifierWheel one finger scrolls the page and two fingers zoom', () => {
    const f = zoomFilter(true);
    const touchstart = (n: number) => Object.assign(new Event('touchstart'), { touches: { length: n } });
    expect(f(touchstart(1))).toBe(false);
    expect(f(touchstart(2))).toBe(true);
  });
});
