/** Virtual time. Nothing in the core reads a wall clock (STYLE: time is injected). */

declare const simTimeBrand: unique symbol;
/** A point on, or a span of, the simulation's virtual clock, in milliseconds. */
export type SimTimeMs = number & { readonly [simTimeBrand]: 'SimTimeMs' };

/** Brands a number of milliseconds as virtual time. */
export function ms(n: number): SimTimeMs {
  return n as SimTimeMs;
}

/** Formats virtual time for people: `950ms`, `1.25s`, `4m`, `4m30s`. */
export function formatDuration(t: number): string {
  if (t < 1000) return `${round(t)}ms`;
  if (t < 60_000) return `${round(t / 1000)}s`;
  const m = Math.floor(t / 60_000);
  const s = (t - m * 60_000) / 1000;
  return s === 0 ? `${m}m` : `${m}m${round(s)}s`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
