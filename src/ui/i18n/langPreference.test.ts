import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveLang, savedLang } from './langPreference';
import { startLang } from './startLang';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('the remembered language', () => {
  it('comes back on the next visit, and ?lang= still wins over it', () => {
    saveLang('zh-CN');
    expect(savedLang()).toBe('zh-CN');
    expect(startLang(undefined, ['en-US'])).toBe('zh-CN');
    expect(startLang('en', ['en-US'])).toBe('en');
  });

  it('is simply not kept where storage throws (a sandboxed iframe)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => saveLang('zh-CN')).not.toThrow();
    expect(savedLang()).toBeUndefined();
    expect(startLang(undefined, ['zh-CN'])).toBe('zh-CN');
    expect(startLang(undefined, ['de'])).toBe('en');
  });
});
