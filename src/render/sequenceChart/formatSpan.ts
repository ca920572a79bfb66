import { formatDuration } from '../../core/time';

/**
 * Pure. A duration rounded for a glance: whole seconds from a minute up (`4m`, `3m59s`), tenths of a
 * second from 10 s, else as `formatDuration` writes it (`950ms`, `1.25s`).
 */
export function formatSpan(ms: number): string {
  if (ms >= 60_000) return formatDuration(Math.round(ms / 1000) * 1000);
  if (ms >= 10_000) return formatDuration(Math.round(ms / 100) * 100);
  return formatDuration(Math.round(ms));
}

/** Pure. A countdown to a timer's due time: `0.73 s`, `12.4 s`, `3m59s`; compact: `0.7s`. */
export function formatCountdown(ms: number, compact = false): string {
  const left = Math.max(0, ms);
  if (compact)
    return left < 60_000
      ? `${(left / 1000).toFixed(left < 10_000 ? 1 : 0)}s`
      : `${Math.round(left / 60_000)}m`;
  if (left < 10_000) return `${(left / 1000).toFixed(2)} s`;
  if (left < 60_000) return `${(left / 1000).toFixed(1)} s`;
  return formatSpan(left);
}
