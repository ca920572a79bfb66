/** Class names the quiz's pieces share. */

/** A quiz button (a choice, Continue, Try again): large enough to tap at 360 px, with a visible focus ring. */
export const QUIZ_BUTTON =
  'inline-flex min-h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--tsl-focus)] dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800';
