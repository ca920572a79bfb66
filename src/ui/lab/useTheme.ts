import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from './themeStore';
import { getTheme, setTheme, subscribeTheme } from './themeStore';

export type { ThemeChoice } from './themeStore';

/** The learner's theme choice and the function that changes it (applied by themeStore.ts). */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  return [useSyncExternalStore(subscribeTheme, getTheme), setTheme];
}
