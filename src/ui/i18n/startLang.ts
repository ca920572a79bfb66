/** The language a page opens in, read from the page itself. */
import { savedLang } from './langPreference';
import type { Lang } from './messages';
import { resolveLang } from './resolveLang';

/**
 * The page's opening language: `?lang=` in `search`, else the choice remembered from the picker, else
 * the browser's languages, else English (resolveLang).
 */
export function startLang(search: string, browser: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang') ?? savedLang();
  return resolveLang(asked, browser);
}
