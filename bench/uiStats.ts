/** Small numeric helpers for the UI benchmark. */

/** The p-th percentile (0..100) of `values` by the nearest-rank method; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? NaN;
}

/** The median (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Largest value, or 0 when empty. */
export function max(values: readonly number[]): number {
  return values.reduce((m, v) => Math.max(m, v), 0);
}

/** Kilobytes (1024 bytes) with one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds, with one decimal unless told otherwise. */
export function ms(n: number, decimals = 1): string {
  return Number.isFinite(n) ? `${n.toFixed(decimals)} ms` : 'n/a';
}

/** "✓" when the figure meets its target, "✗ missed" otherwise. */
export function verdict(ok: boolean): string {
  return ok ? '✓' : '✗ missed';
}
