/** The language a page opens in. */
import { savedLang } from './langPreference';
import type { Lang } from './messages';
import { resolveLang } from './resolveLang';

/**
 * The page's opening language: the URL's `lang=` (read with the other parameters, bootConfig.ts), else
 * the choice remembered from the picker, else the browser's languages, else English (resolveLang).
 */
export function startLang(urlLang: Lang | undefined, browser: readonly string[]): Lang {
  return resolveLang(urlLang ?? savedLang(), browser);
}
