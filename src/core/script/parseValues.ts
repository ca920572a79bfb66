import type { NumExpr, TcbVar } from './ast';
import { TCP_STATES, parseTcpState, type TcpState } from '../endpoint/tcpState';
import { FLAG_ORDER, type Direction, type Flag, type Side } from '../segment';
import { isDigit, lower, quote, type Word } from './lexer';
import { fail, failSuggesting, ok, type Failure, type Result } from './result';
import type { ScriptErrorCode } from './scriptErrorText';
import { nearest } from './suggest';

/** Largest unsigned 32-bit number: sequence numbers, ISNs and seeds live in 0..2^32-1. */
export const UINT32_MAX = 4294967295;

/** Longest wait, delay or timer a script may ask for: ten days, in ms. */
export const MAX_DURATION_MS = 10 * 24 * 60 * 60 * 1000;

/** Largest `send` (or `read`) a script may ask for, in bytes. */
export const MAX_SEND_BYTES = 100_000_000;

// All patterns below are anchored with no nested quantifiers, so they run in linear time.
const DIGITS = /^\d+$/;
const HEX = /^0x[0-9a-f]+$/i;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A whole number written in decimal (or 0x hex when `hex`), or undefined. May be Infinity. */
function wholeNumber(text: string, hex: boolean): number | undefined {
  if (DIGITS.test(text)) return Number(text);
  if (hex && HEX.test(text)) return parseInt(text.slice(2), 16);
  return undefined;
}

/** A non-negative decimal such as `1`, `1.5` or `.5`, or undefined. */
export function decimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/**
 * What a number or duration is, for messages: a script word (`seed`, `latency`, `iss client`), or one of
 * the phrases that have sentences of their own (`the count`, `the step`, `the delay`, `the time`).
 */
export type Subject = string;

/** The code suffix of a phrase subject; a script word has none (its name is a param). */
const PHRASES: ReadonlyMap<Subject, string> = new Map([
  ['the count', 'Count'],
  ['the step', 'Step'],
  ['the delay', 'Delay'],
  ['the time', 'Time'],
]);

/** The error `base` about `what`: `baseDelay` for the phrase `the delay`, else `base` with `name`. */
function subjectFail(w: Word, base: string, what: Subject, params: Record<string, string | number>) {
  const suffix = PHRASES.get(what);
  const code = (suffix === undefined ? base : base + suffix) as ScriptErrorCode;
  return fail(w, code, suffix === undefined ? { name: what, ...params } : params);
}

/** A whole number from `min` to `max`; decimal, or also 0x hex when `hex`. */
export function parseWhole(w: Word, what: Subject, min: number, max: number, hex = false): Result<number> {
  const n = wholeNumber(w.text, hex);
  if (n === undefined || n < min || n > max) {
    return subjectFail(w, 'wholeRange', what, { min, max, word: quote(w.text) });
  }
  return ok(n);
}

const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ['ms', 1],
  ['s', 1000],
  ['m', 60_000],
  ['min', 60_000],
]);

/** A duration such as `250ms`, `1.5s`, `2m` or `2min`, in ms. A unit is required. */
export function parseDuration(w: Word, what: Subject): Result<number> {
  const t = lower(w);
  const word = quote(w.text);
  if (t.startsWith('-')) return subjectFail(w, 'durationNegative', what, { word });
  let i = 0;
  while (i < t.length && (isDigit(t.charCodeAt(i)) || t[i] === '.')) i++;
  const value = decimal(t.slice(0, i));
  if (value === undefined) {
    return subjectFail(w, 'durationNotDuration', what, { word });
  }
  const unitText = t.slice(i);
  if (unitText === '') {
    const n = w.text.length <= 12 ? w.text : '250';
    return subjectFail(w, 'durationNoUnit', what, { word, n });
  }
  const unit = TIME_UNITS.get(unitText);
  if (unit === undefined) {
    return fail(w, 'unknownTimeUnit', { unit: quote(w.text.slice(i)), word });
  }
  const ms = value * unit;
  if (!Number.isFinite(ms) || ms > MAX_DURATION_MS) {
    return subjectFail(w, 'durationRange', what, { word });
  }
  return ok(ms);
}

/** A probability written as a percentage (`10%`) or a fraction (`0.1`); returns the fraction 0..1. */
export function parsePercent(w: Word, what: string): Result<number> {
  const percent = w.text.endsWith('%');
  const n = decimal(percent ? w.text.slice(0, -1) : w.text);
  const fraction = n === undefined ? undefined : percent ? n / 100 : n;
  if (fraction === undefined || fraction > 1) {
    return fail(w, 'percentRange', { name: what, word: quote(w.text) });
  }
  return ok(fraction);
}

/** Flag names by their lower-case spelling. */
export const FLAG_NAMES: ReadonlyMap<string, Flag> = new Map(FLAG_ORDER.map((f) => [f.toLowerCase(), f]));

/** The error at `w` for flag names that are not flags (already quoted). */
export function unknownFlags(w: Word, quoted: readonly string[]): Failure {
  return fail(w, quoted.length === 1 ? 'unknownFlag' : 'unknownFlags', { flags: quoted.join(', ') });
}

/** Flags joined with `+` in any order and case (`ack+syn`), or `-` for none; canonical order out. */
export function parseFlags(w: Word): Result<Flag[]> {
  if (w.text === '-') return ok([]);
  if (w.text.includes('|') || w.text.includes('?')) {
    return fail(w, 'flagsNoPattern', { word: quote(w.text) });
  }
  const seen = new Set<Flag>();
  const unknown: string[] = [];
  for (const part of w.text.split('+')) {
    if (part === '') return fail(w, 'emptyFlagName', { word: quote(w.text) });
    const flag = FLAG_NAMES.get(part.toLowerCase());
    if (flag === undefined) {
      if (unknown.length < 5) unknown.push(quote(part));
    } else if (seen.has(flag)) {
      return fail(w, 'flagTwice', { flag, word: quote(w.text) });
    } else {
      seen.add(flag);
    }
  }
  if (unknown.length > 0) return unknownFlags(w, unknown);
  return ok(FLAG_ORDER.filter((f) => seen.has(f)));
}

const DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['c>s', 'c>s'],
  ['c->s', 'c>s'],
  ['client>server', 'c>s'],
  ['client->server', 'c>s'],
  ['s>c', 's>c'],
  ['s->c', 's>c'],
  ['server>client', 's>c'],
  ['server->client', 's>c'],
] as const);

/** A link direction: `c>s` or `s>c` (also `c->s`, `client>server` and the like). */
export function parseDirection(w: Word): Result<Direction> {
  const d = DIRECTIONS.get(lower(w));
  return d === undefined ? fail(w, 'unknownDirection', { word: quote(w.text) }) : ok(d);
}

const SIDES: ReadonlyMap<string, Side> = new Map([
  ['client', 'client'],
  ['c', 'client'],
  ['server', 'server'],
  ['s', 'server'],
] as const);

/** The endpoint a word names, if it names one. */
export function sideOf(w: Word): Side | undefined {
  return SIDES.get(lower(w));
}

/** An endpoint: `client`, `c`, `server` or `s`. */
export function parseSide(w: Word): Result<Side> {
  const s = sideOf(w);
  return s === undefined ? fail(w, 'unknownEndpoint', { word: quote(w.text) }) : ok(s);
}

/** A connection state, spelled any way `parseTcpState` reads. */
export function parseState(w: Word): Result<TcpState> {
  const s = parseTcpState(w.text);
  if (s !== undefined && TCP_STATES.includes(s)) return ok(s);
  return fail(w, 'unknownState', { word: quote(w.text) });
}

export const TCB_VARS: readonly TcbVar[] = [
  'rcv.nxt',
  'snd.nxt',
  'snd.una',
  'iss',
  'irs',
  'rcv.wnd',
  'snd.wnd',
];

/** `seq=`/`ack=` values: an absolute uint32 (decimal or 0x hex), or a TCB variable with `+N`/`-N`. */
export function parseNumExpr(w: Word, what: string): Result<NumExpr> {
  if (isDigit(w.text.charCodeAt(0))) {
    const n = parseWhole(w, what, 0, UINT32_MAX, true);
    return n.ok ? ok({ kind: 'abs', value: n.value }) : n;
  }
  const t = lower(w);
  let cut = 0;
  while (cut < t.length && t[cut] !== '+' && t[cut] !== '-') cut++;
  const name = t.slice(0, cut);
  const base = TCB_VARS.find((v) => v === name);
  if (base === undefined) {
    const suggestion = nearest(name, TCB_VARS);
    return failSuggesting(w, 'numExprBad', { name: what, word: quote(w.text) }, suggestion);
  }
  if (cut === t.length) return ok({ kind: 'rel', base, offset: 0 });
  const rest = t.slice(cut + 1);
  const termVar = TCB_VARS.find((v) => v === rest);
  if (termVar !== undefined) {
    return ok({ kind: 'rel', base, offset: 0, term: { sign: t[cut] === '-' ? -1 : 1, name: termVar } });
  }
  const n = wholeNumber(rest, true);
  if (n === undefined || n > UINT32_MAX) {
    return fail(w, 'offsetBad', { word: quote(w.text) });
  }
  return ok({ kind: 'rel', base, offset: t[cut] === '-' && n !== 0 ? -n : n });
}

const BYTE_UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1000],
  ['kb', 1000],
  ['kib', 1024],
]);

/**
 * A byte count for `send` and `read` (`verb`, for messages): a whole number with an optional unit B,
 * K or KB (×1000) or KiB (×1024).
 */
export function parseBytes(w: Word, verb: 'send' | 'read' = 'send'): Result<number> {
  const t = lower(w);
  let i = 0;
  while (i < t.length && isDigit(t.charCodeAt(i))) i++;
  const unit = BYTE_UNITS.get(t.slice(i));
  if (i === 0 || unit === undefined) {
    return fail(w, verb === 'read' ? 'readBytesBad' : 'sendBytesBad', { word: quote(w.text) });
  }
  const bytes = Number(t.slice(0, i)) * unit;
  if (bytes < 1 || bytes > MAX_SEND_BYTES) {
    return fail(w, 'bytesRange', { verb, max: MAX_SEND_BYTES, word: quote(w.text) });
  }
  return ok(bytes);
}
