/**
 * The page's theme and motion preference, outside React so the first frame is drawn in the right theme
 * before React loads (src/ui/start). `useTheme`/`useReducedMotion` read them through React.
 */

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

let choice: ThemeChoice | undefined;
const listeners = new Set<() => void>();

function apply(): void {
  const dark =
    choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

/**
 * Applies the theme to <html> (the `dark` class) and follows the system while the choice is `system`.
 * A `theme=` in the page's URL wins over the learner's stored choice until the learner picks another.
 * Call once, before the first frame.
 */
export function startTheme(urlTheme: ThemeChoice | undefined): void {
  choice = urlTheme ?? stored();
  apply();
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
}

/** The current choice. */
export function getTheme(): ThemeChoice {
  return choice ?? 'system';
}

/** Picks a theme, applies it and remembers it for the next visit. */
export function setTheme(next: ThemeChoice): void {
  choice = next;
  apply();
  try {
    window.localStorage.setItem(KEY, next);
  } catch {
    /* storage unavailable: the choice lasts for this page */
  }
  for (const l of listeners) l();
}

/** Calls `listener` when the learner picks a theme; returns the unsubscribe function. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const REDUCE = '(prefers-reduced-motion: reduce)';

/** Whether the learner asked for reduced motion, now. */
export function reducedMotion(): boolean {
  return window.matchMedia(REDUCE).matches;
}

/** Calls `listener` when the reduced-motion preference changes; returns the unsubscribe function. */
export function subscribeReducedMotion(listener: () => void): () => void {
  const media = window.matchMedia(REDUCE);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}
