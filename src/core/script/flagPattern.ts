import type { Flags } from '../segment';
import { FLAG_ORDER } from '../segment';
import type { CompareOp, FlagPattern } from './ast';

/** True when the flags fit one alternative: its required flags set, every flag beyond its optional ones clear. */
export function matchesFlagPattern(pattern: FlagPattern, f: Flags): boolean {
  return pattern.some((alt) =>
    FLAG_ORDER.every((flag) =>
      alt.required.includes(flag) ? f[flag] : f[flag] ? alt.optional.includes(flag) : true,
    ),
  );
}

/** Prints a flag pattern as written: `RST|RST+ACK`, `FIN+ACK+PSH?`, `-`. */
export function formatFlagPattern(pattern: FlagPattern): string {
  return pattern
    .map((alt) => {
      const parts = FLAG_ORDER.flatMap((f) =>
        alt.required.includes(f) ? [f] : alt.optional.includes(f) ? [`${f}?`] : [],
      );
      return parts.length === 0 ? '-' : parts.join('+');
    })
    .join('|');
}

/** Compares two numbers; `seqSpace` compares modulo 2^32 (RFC 9293 §3.4). */
export function compare(actual: number, op: CompareOp, expected: number, seqSpace: boolean): boolean {
  const d = seqSpace ? (actual - expected) | 0 : actual - expected;
  switch (op) {
    case '=':
      return d === 0;
    case '!=':
      return d !== 0;
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
  }
}
