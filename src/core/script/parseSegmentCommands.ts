import { MAX_PAYLOAD } from '../pcap/tcpPacket';
import type { Command, FlagSet, NumExpr } from './ast';
import type { Direction, Flag } from '../segment';
import { extraWord, isDigit, lower, quote, wordAt, type Word } from './lexer';
import {
  parseDirection,
  parseDuration,
  parseFlags,
  parseNumExpr,
  parseWhole,
  UINT32_MAX,
} from './parseValues';
import { splitSettings } from './parseSettings';
import { fail, ok, type Result } from './result';

/** Most segments one `drop next ... xN` may drop. */
export const MAX_DROP_COUNT = 1000;

/** A direction and optional flags after `next`, and the index of the word after them. */
type Selector = { readonly dir: Direction; readonly flags: FlagSet; readonly next: number };

/** `next DIR [FLAGS]` from `words[1]`; a word for which `notFlags` holds is left for the caller. */
function parseSelector(words: readonly Word[], notFlags: (w: Word) => boolean): Result<Selector> {
  const name = lower(words[0] ?? { text: '', line: 1, col: 1 });
  const nextWord = wordAt(words, 1, 'selectorNeedsNext', { name });
  if (!nextWord.ok) return nextWord;
  if (lower(nextWord.value) !== 'next') {
    const word = quote(nextWord.value.text);
    return name === 'drop'
      ? fail(nextWord.value, 'expectedNextOrId', { word })
      : fail(nextWord.value, 'expectedNext', { name, word });
  }
  const dirWord = wordAt(words, 2, 'selectorNeedsNext', { name });
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const flagsWord = words[3];
  if (flagsWord === undefined || notFlags(flagsWord)) {
    return ok({ dir: dir.value, flags: undefined, next: 3 });
  }
  const flags = parseFlags(flagsWord);
  return flags.ok ? ok({ dir: dir.value, flags: withImpliedAck(flags.value), next: 4 }) : flags;
}

/**
 * The flags a fault rule selects. They match exactly, except that FIN and PSH imply ACK: an endpoint
 * never sends either without it (every segment after the SYN carries ACK, RFC 9293 §3.10.7.4 fifth
 * check; a CLOSE before the handshake sends no FIN, §3.10.4), so `drop next s>c FIN` means the server's
 * FIN+ACK rather than a rule that could never fire.
 */
function withImpliedAck(flags: readonly Flag[]): readonly Flag[] {
  return (flags.includes('FIN') || flags.includes('PSH')) && !flags.includes('ACK')
    ? [...flags, 'ACK']
    : flags;
}

/** A bare number where `xN` belongs (`drop next c>s 3`), for a better message. */
const DIGITS_ONLY = /^\d{1,12}$/;

/** `x3`: a repeat count. */
function isCount(w: Word): boolean {
  return (w.text[0] === 'x' || w.text[0] === 'X') && isDigit(w.text.charCodeAt(1));
}

/** `drop next DIR [FLAGS] [xN]` or `drop #ID`. */
export function parseDrop(words: readonly Word[]): Result<Command> {
  const first = words[1];
  if (first !== undefined && first.text.startsWith('#')) {
    const id = parseWhole({ ...first, text: first.text.slice(1) }, 'a segment id', 1, UINT32_MAX);
    if (!id.ok) {
      return fail(first, 'segmentIdBad', { word: quote(first.text) });
    }
    return extraWord(words, 2) ?? ok({ kind: 'dropId', id: id.value });
  }
  const sel = parseSelector(words, (w) => isCount(w) || DIGITS_ONLY.test(w.text));
  if (!sel.ok) return sel;
  const { dir, flags, next } = sel.value;
  const countWord = words[next];
  let count = 1;
  if (countWord !== undefined) {
    if (!isCount(countWord)) {
      const word = quote(countWord.text);
      return DIGITS_ONLY.test(countWord.text)
        ? fail(countWord, 'dropCountExpectedDigits', { word, n: countWord.text })
        : fail(countWord, 'dropCountExpected', { word });
    }
    const c = parseWhole({ ...countWord, text: countWord.text.slice(1) }, 'the count', 1, MAX_DROP_COUNT);
    if (!c.ok) {
      return fail(countWord, 'dropCountRange', { word: quote(countWord.text) });
    }
    count = c.value;
  }
  return extraWord(words, next + 1) ?? ok({ kind: 'dropNext', dir, flags, count });
}

/** Starts like a number: a digit, `.`, or `-` followed by more (a lone `-` means "no flags"). */
function looksNumeric(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return isDigit(c) || w.text[0] === '.' || (w.text[0] === '-' && w.text.length > 1);
}

/** `delay next DIR [FLAGS] DURATION`. */
export function parseDelay(words: readonly Word[]): Result<Command> {
  const sel = parseSelector(words, looksNumeric);
  if (!sel.ok) return sel;
  const { dir, flags, next } = sel.value;
  const w = wordAt(words, next, 'delayNeedsDuration');
  if (!w.ok) return w;
  const by = parseDuration(w.value, 'the delay');
  if (!by.ok) return by;
  return extraWord(words, next + 1) ?? ok({ kind: 'delayNext', dir, flags, by: by.value });
}

/** `dup next DIR [FLAGS]`. */
export function parseDup(words: readonly Word[]): Result<Command> {
  const sel = parseSelector(words, () => false);
  if (!sel.ok) return sel;
  const { dir, flags, next } = sel.value;
  return extraWord(words, next) ?? ok({ kind: 'dupNext', dir, flags });
}

/** The segment described by `inject`. */
type SegmentSpec = {
  dir: Direction;
  flags: Flag[];
  seq?: NumExpr;
  ack?: NumExpr;
  len?: number;
  win?: number;
};

const FIELD_SPEC = { keys: ['seq', 'ack', 'len', 'win'] as const, what: 'segment' } as const;

/** `DIR FLAGS [seq=EXPR] [ack=EXPR] [len=N] [win=N]` from `words[from]` (the words of `inject`). */
function parseSegmentSpec(words: readonly Word[], from: number): Result<SegmentSpec> {
  const dirWord = wordAt(words, from, 'injectNeedsDir');
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const flagsWord = wordAt(words, from + 1, 'injectNeedsFlags');
  if (!flagsWord.ok) return flagsWord;
  if (flagsWord.value.text.includes('=')) {
    return fail(flagsWord.value, 'injectFlagsFirst', { word: quote(flagsWord.value.text) });
  }
  const flags = parseFlags(flagsWord.value);
  if (!flags.ok) return flags;
  const pairs = splitSettings(words, from + 2, FIELD_SPEC);
  if (!pairs.ok) return pairs;
  const spec: SegmentSpec = { dir: dir.value, flags: flags.value };
  for (const { key, value } of pairs.value) {
    if (key === 'seq' || key === 'ack') {
      const n = parseNumExpr(value, key);
      if (!n.ok) return n;
      spec[key] = n.value;
    } else {
      // A segment's payload must fit one IPv4 packet: 65535 - 20 (IP) - 20 (TCP) octets.
      const n = parseWhole(value, key, 0, key === 'len' ? MAX_SEGMENT_PAYLOAD : 65535);
      if (!n.ok) return n;
      spec[key] = n.value;
    }
  }
  return ok(spec);
}

/** Largest payload one IPv4 packet carries (65535 - 20 - 20). */
export const MAX_SEGMENT_PAYLOAD = MAX_PAYLOAD;

/** `inject DIR FLAGS [seq=EXPR] [ack=EXPR] [len=N] [win=N]`. */
export function parseInject(words: readonly Word[]): Result<Command> {
  const spec = parseSegmentSpec(words, 1);
  return spec.ok ? ok({ kind: 'inject', ...spec.value }) : spec;
}
