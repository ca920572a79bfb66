import { useSyncExternalStore } from 'react';
import type { Lang } from './messages';
import { getLang, subscribeLang } from './langStore';

/** The current language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang, getLang);
}
