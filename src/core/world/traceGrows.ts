import type { TraceEvent } from './trace';

/**
 * Pure. Whether `trace` is the trace a reader began on (`first` its first event) and read `read` events
 * of (`last` the last of them), since grown at its end or unchanged — so the reader may go on from
 * `read` instead of starting over (the views' traces only grow, or branch and are new).
 */
export function traceGrows(
  trace: readonly TraceEvent[],
  first: TraceEvent | undefined,
  read: number,
  last: TraceEvent | undefined,
): boolean {
  return trace[0] === first && trace.length >= read && (read === 0 || trace[read - 1] === last);
}
