import { useCallback, useEffect, useState } from 'react';
import { useBoot } from '../boot/bootContext';

/** The learner's theme choice; `system` follows prefers-color-scheme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'tsl-theme';

function stored(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system'; // a sandboxed iframe has no storage
  }
}

/**
 * Applies the theme to <html> (the `dark` class) and follows the system while the choice is `system`.
 * A `theme=` in the page's URL wins over the learner's stored choice until the learner picks another.
 */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const urlTheme = useBoot().config.theme;
  const [choice, setChoice] = useState<ThemeChoice>(() => urlTheme ?? stored());
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = choice === 'dark' || (choice === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [choice]);
  const set = useCallback((t: ThemeChoice) => {
    setChoice(t);
    try {
      window.localStorage.setItem(KEY, t);
    } catch {
      /* storage unavailable: the choice lasts for this page */
    }
  }, []);
  return [choice, set];
}

/** Whether the learner asked for reduced motion. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  useEffect(() => {
    const media = window.matchMedia('(prefers-reduced-motion: reduce)');
    const on = () => setReduced(media.matches);
    media.addEventListener('change', on);
    return () => media.removeEventListener('change', on);
  }, []);
  return reduced;
}
