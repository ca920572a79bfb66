/**
 * The language the reader picked, remembered in localStorage. Storage may throw (a sandboxed iframe,
 * privacy settings); then nothing is remembered and nothing breaks.
 */
import type { Lang } from './messages';

const KEY = 'tsl.lang';

/** The remembered choice, as stored (resolveLang validates it); undefined if none or unreadable. */
export function savedLang(): string | undefined {
  try {
    return window.localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `lang` for the next visit, if storage allows. */
export function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Storage refused (sandboxed iframe): the choice lasts for this page only.
  }
}
