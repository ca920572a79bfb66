/** Which language a page opens in. */
import type { Lang } from './messages';

/**
 * Pure. The app's language for one language tag (`zh-CN`, `zh`, `zh-Hans`, `en-GB`; any case), or
 * undefined when the app has none for it. Every Chinese tag gets Simplified Chinese, the only Chinese
 * the app ships (closer for a Traditional reader than English).
 */
export function langOf(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}

/**
 * Pure. The language asked for (`?lang=`, or a choice remembered from the picker) if the app has it;
 * else the first of the browser's languages (`navigator.languages`) that it has; else English.
 */
export function resolveLang(requested: string | undefined, browser: readonly string[]): Lang {
  const asked = requested === undefined ? undefined : langOf(requested);
  if (asked) return asked;
  for (const tag of browser) {
    const lang = langOf(tag);
    if (lang) return lang;
  }
  return 'en';
}
