import type { Command, FieldCheck, VarCheck } from './ast';
import type { Side } from '../segment';
import { extraWord, lower, quote, wordAt, type Word } from './lexer';
import { bareVariable, hasOperator, parseFieldCheck, parseVarCheck } from './parseChecks';
import { parseFlagPattern } from './parseFlagPattern';
import { parseDirection, parseSide, parseState, parseWhole, sideOf } from './parseValues';
import { fail, ok, type Result } from './result';
import { didYouMean, nearest } from './suggest';

/** Most segments `expect count` may expect. */
export const MAX_EXPECT_COUNT = 100_000;

const EXPECT_USAGE =
  'expect needs an endpoint and a state or check ("expect client ESTABLISHED", "expect c unread=0"), ' +
  'or "last", "none" or "count" and a direction ("expect last c>s SYN")';

/** The words that may follow `expect` instead of an endpoint. */
const SEGMENT_KEYWORDS = ['last', 'none', 'count'];

/**
 * `expect <ep> STATE`, `expect <ep> VAR OP VALUE...`, `expect <ep> error "TEXT"|none`,
 * `expect <ep> notified "TEXT"`, `expect last DIR PATTERN [CHECK...]`, `expect none DIR` or
 * `expect count DIR PATTERN N`.
 */
export function parseExpect(words: readonly Word[]): Result<Command> {
  const w = wordAt(words, 1, EXPECT_USAGE);
  if (!w.ok) return w;
  const first = lower(w.value);
  if (first === 'last') return parseExpectLast(words);
  if (first === 'none') return parseExpectNone(words);
  if (first === 'count') return parseExpectCount(words);
  const side = sideOf(w.value);
  if (side !== undefined) return parseExpectEndpoint(words, side);
  const keyword = nearest(first, SEGMENT_KEYWORDS);
  if (keyword !== undefined) {
    return fail(
      w.value,
      `expected an endpoint, "last", "none" or "count" after expect, not ${quote(w.value.text)}; did you mean "${keyword}"?`,
    );
  }
  const unknown = parseSide(w.value);
  return unknown.ok ? fail(w.value, EXPECT_USAGE) : unknown;
}

/** What may follow `expect <ep>`. */
function parseExpectEndpoint(words: readonly Word[], side: Side): Result<Command> {
  const w = wordAt(
    words,
    2,
    `expect needs a state or a check after the endpoint, e.g. "expect ${side} ESTABLISHED" or "expect ${side} unread=0"`,
  );
  if (!w.ok) return w;
  const what = lower(w.value);
  if (hasOperator(w.value)) return parseExpectVars(words, side);
  if (what === 'error') return parseExpectError(words, side);
  if (what === 'notified') return parseExpectNotified(words, side);
  const bare = bareVariable(w.value);
  if (bare !== undefined) return fail(w.value, bare);
  const state = parseState(w.value);
  if (!state.ok) {
    const hint = didYouMean(what, ['error', 'notified']);
    return hint === '' ? state : fail(w.value, state.error.message + hint);
  }
  return extraWord(words, 3) ?? ok({ kind: 'expectState', side, state: state.value });
}

/** `expect <ep> VAR OP VALUE [VAR OP VALUE ...]`: every word from the third on is a check. */
function parseExpectVars(words: readonly Word[], side: Side): Result<Command> {
  const checks: VarCheck[] = [];
  for (const w of words.slice(2)) {
    const c = parseVarCheck(w);
    if (!c.ok) return c;
    checks.push(c.value);
  }
  return ok({ kind: 'expectVars', side, checks });
}

/** A quoted, non-empty text at `words[i]`; `usage` is a whole example line. */
function quotedText(words: readonly Word[], i: number, what: string, usage: string): Result<string> {
  const w = wordAt(words, i, `${what} needs a text in double quotes, e.g. ${usage}`);
  if (!w.ok) return w;
  const text = w.value.quoted;
  if (text === undefined) {
    return fail(w.value, `${what} needs a text in double quotes, e.g. ${usage}, not ${quote(w.value.text)}`);
  }
  if (text === '') return fail(w.value, `${what} needs a text between the quotes, e.g. ${usage}`);
  return ok(text);
}

/** `expect <ep> error "TEXT"` or `expect <ep> error none` (the last call succeeded). */
function parseExpectError(words: readonly Word[], side: Side): Result<Command> {
  const w = words[3];
  if (w !== undefined && w.quoted === undefined && lower(w) === 'none') {
    return extraWord(words, 4) ?? ok({ kind: 'expectError', side, error: null });
  }
  const usage = `expect ${side} error "connection does not exist" (or none for success)`;
  const text = quotedText(words, 3, 'expect error', usage);
  if (!text.ok) {
    const hint = w === undefined || w.quoted !== undefined ? '' : didYouMean(lower(w), ['none']);
    return hint === '' ? text : fail(text.error, text.error.message + hint);
  }
  return extraWord(words, 4) ?? ok({ kind: 'expectError', side, error: text.value });
}

/** `expect <ep> notified "TEXT"`. */
function parseExpectNotified(words: readonly Word[], side: Side): Result<Command> {
  const usage = `expect ${side} notified "connection reset"`;
  const text = quotedText(words, 3, 'expect notified', usage);
  if (!text.ok) return text;
  return extraWord(words, 4) ?? ok({ kind: 'expectNotified', side, signal: text.value });
}

/** `expect last DIR PATTERN [CHECK ...]` (words[1] is `last`). */
function parseExpectLast(words: readonly Word[]): Result<Command> {
  const usage = '"expect last c>s SYN+ACK ack=iss+1"';
  const dirWord = wordAt(words, 2, `expect last needs a direction and flags, e.g. ${usage}`);
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const patternWord = wordAt(words, 3, `expect last needs flags (use - for none), e.g. ${usage}`);
  if (!patternWord.ok) return patternWord;
  if (hasOperator(patternWord.value)) {
    return fail(
      patternWord.value,
      `flags come before ${quote(patternWord.value.text)} (use - for none), e.g. ${usage}`,
    );
  }
  const flags = parseFlagPattern(patternWord.value);
  if (!flags.ok) return flags;
  const checks: FieldCheck[] = [];
  for (const w of words.slice(4)) {
    const c = parseFieldCheck(w);
    if (!c.ok) return c;
    checks.push(c.value);
  }
  return ok({ kind: 'expectLast', dir: dir.value, flags: flags.value, checks });
}

/** `expect none DIR`: nothing has been sent in DIR (words[1] is `none`). */
function parseExpectNone(words: readonly Word[]): Result<Command> {
  const dirWord = wordAt(words, 2, 'expect none needs a direction, e.g. "expect none s>c"');
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const extra = words[3];
  if (extra !== undefined) {
    return fail(
      extra,
      `unexpected extra word ${quote(extra.text)}: expect none takes only a direction; ` +
        `to expect no segments with certain flags, write "expect count ${dir.value} ${extra.text} 0"`,
    );
  }
  return ok({ kind: 'expectNone', dir: dir.value });
}

/** A bare count where the flags belong (`expect count c>s 3`). */
const DIGITS_ONLY = /^\d{1,12}$/;

/** `expect count DIR PATTERN N` (words[1] is `count`). */
function parseExpectCount(words: readonly Word[]): Result<Command> {
  const usage = '"expect count c>s SYN 3"';
  const dirWord = wordAt(words, 2, `expect count needs a direction, flags and a number, e.g. ${usage}`);
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const patternWord = wordAt(words, 3, `expect count needs flags and a number, e.g. ${usage}`);
  if (!patternWord.ok) return patternWord;
  if (DIGITS_ONLY.test(patternWord.value.text) && words[4] === undefined) {
    return fail(patternWord.value, `expect count needs flags before the number (- for none), e.g. ${usage}`);
  }
  const flags = parseFlagPattern(patternWord.value);
  if (!flags.ok) return flags;
  const countWord = wordAt(words, 4, `expect count needs a number after the flags, e.g. ${usage}`);
  if (!countWord.ok) return countWord;
  const t = countWord.value.text;
  if ((t[0] === 'x' || t[0] === 'X') && DIGITS_ONLY.test(t.slice(1))) {
    return fail(countWord.value, `write the count as a plain number: ${t.slice(1)}, not ${quote(t)}`);
  }
  const count = parseWhole(countWord.value, 'the count', 0, MAX_EXPECT_COUNT);
  if (!count.ok) return count;
  return (
    extraWord(words, 5) ?? ok({ kind: 'expectCount', dir: dir.value, flags: flags.value, count: count.value })
  );
}
