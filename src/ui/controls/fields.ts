/** What the number fields and selects of the controls share: their look, and how typed text becomes a value. */

/** The border, background and text of an input or select, in both schemes (add a width beside it). */
export const FIELD_CLASS =
  'rounded-md border border-slate-300 bg-white px-1.5 py-1 text-sm dark:border-slate-700 dark:bg-slate-900';

/** The small muted label beside a field. */
export const LABEL_CLASS = 'text-xs text-slate-600 dark:text-slate-400';

/**
 * A number field's text as a value within [min, max]; text that is not a number counts as `min`.
 * `whole` drops any fraction.
 */
export function fieldNumber(text: string, min: number, max: number, whole = false): number {
  const n = Number(text) || min;
  return Math.max(min, Math.min(max, whole ? Math.floor(n) : n));
}
