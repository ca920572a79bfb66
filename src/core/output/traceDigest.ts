import type { TraceEvent } from '../world/trace';

/**
 * Pure. A short fingerprint of a trace (FNV-1a, 32 bits, over its JSON), to show that the same script
 * and seed give the same trace in Node and in the browser.
 */
export function traceDigest(trace: readonly TraceEvent[]): string {
  const text = JSON.stringify(trace);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
