import { describe, expect, it } from 'vitest';
import { langOf, resolveLang } from './resolveLang';

describe('resolveLang', () => {
  it('takes ?lang= in any of its spellings for Simplified Chinese', () => {
    for (const tag of ['zh-CN', 'zh', 'zh-cn', 'zh-Hans', 'zh_CN', 'ZH-hans-CN'])
      expect(resolveLang(tag, ['en-US']), tag).toBe('zh-CN');
  });

  it('prefers ?lang= over the browser', () => {
    expect(resolveLang('en', ['zh-CN', 'zh'])).toBe('en');
    expect(resolveLang('en-GB', ['zh-CN'])).toBe('en');
  });

  it("falls back to the first of the browser's languages the app has", () => {
    expect(resolveLang(undefined, ['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(resolveLang(undefined, ['de', 'en-US', 'zh'])).toBe('en');
    expect(resolveLang('klingon', ['zh-TW'])).toBe('zh-CN');
  });

  it('opens in English when nothing matches', () => {
    expect(resolveLang(undefined, [])).toBe('en');
    expect(resolveLang('fr', ['ja', 'ko'])).toBe('en');
    expect(resolveLang('', [''])).toBe('en');
  });

  it('names no language for a tag it does not ship', () => {
    expect(langOf('ja-JP')).toBeUndefined();
    expect(langOf('zhx')).toBeUndefined();
  });
});
