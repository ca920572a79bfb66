/**
 * The page's current language, as a tiny external store: `t()` reads it, React re-renders through
 * `useLang()` (useLang.ts), and anything (the header's picker, the postMessage API) may change it with `setLang()`.
 * A language other than English is a separate chunk, fetched on first use; the switch happens once it
 * has arrived, so the page never shows a half-translated frame.
 */
import { ensureCatalogue } from './loadCatalogue';
import type { Lang } from './messages';

let current: Lang = 'en';
let latest = 0;
const listeners = new Set<() => void>();

function apply(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (lang === current) return;
  current = lang;
  for (const l of listeners) l();
}

/** The language shown now. */
export function getLang(): Lang {
  return current;
}

/**
 * Loads `lang`'s catalogue if needed, then makes it the page's language (and `<html lang>`). When several
 * calls overlap, the last one wins. Rejects only if the catalogue cannot be fetched; the language then
 * stays as it was.
 */
export async function loadLang(lang: Lang): Promise<void> {
  const ticket = ++latest;
  await ensureCatalogue(lang);
  if (ticket === latest) apply(lang);
}

/** Switches the page's language (once its catalogue is loaded); the lab session is kept. */
export function setLang(lang: Lang): void {
  loadLang(lang).catch(() => {
    // The catalogue could not be fetched (offline after an update): keep the current language.
  });
}

/** Calls `listener` after every language change; returns the unsubscribe function. */
export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
