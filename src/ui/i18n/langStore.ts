/**
 * The page's current language, as a tiny external store: `t()` reads it, React re-renders through
 * `useLang()`, and anything (the header's picker, the postMessage API) may change it with `setLang()`.
 */
import { useSyncExternalStore } from 'react';
import type { Lang } from './messages';

let current: Lang = 'en';
const listeners = new Set<() => void>();

/** The language shown now. */
export function getLang(): Lang {
  return current;
}

/** Switches the page's language; the lab session is kept. */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  for (const l of listeners) l();
}

/** Calls `listener` after every language change; returns the unsubscribe function. */
export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang, getLang);
}
