import type { Command, FieldCheck, VarCheck } from './ast';
import type { Side } from '../segment';
import { extraWord, lower, quote, wordAt, type Word } from './lexer';
import { bareVariable, hasOperator, parseFieldCheck, parseVarCheck } from './parseChecks';
import { parseFlagPattern } from './parseFlagPattern';
import { parseDirection, parseSide, parseState, parseWhole, sideOf } from './parseValues';
import { fail, ok, type Result } from './result';
import { nearest } from './suggest';

/** Most segments `expect count` may expect. */
export const MAX_EXPECT_COUNT = 100_000;

/** The words that may follow `expect` instead of an endpoint. */
const SEGMENT_KEYWORDS = ['last', 'none', 'count'];

/**
 * `expect <ep> STATE`, `expect <ep> VAR OP VALUE...`, `expect <ep> error "TEXT"|none`,
 * `expect <ep> notified "TEXT"`, `expect last DIR PATTERN [CHECK...]`, `expect none DIR` or
 * `expect count DIR PATTERN N`.
 */
export function parseExpect(words: readonly Word[]): Result<Command> {
  const w = wordAt(words, 1, 'expectUsage');
  if (!w.ok) return w;
  const first = lower(w.value);
  if (first === 'last') return parseExpectLast(words);
  if (first === 'none') return parseExpectNone(words);
  if (first === 'count') return parseExpectCount(words);
  const side = sideOf(w.value);
  if (side !== undefined) return parseExpectEndpoint(words, side);
  const keyword = nearest(first, SEGMENT_KEYWORDS);
  if (keyword !== undefined) {
    return fail(w.value, 'expectKeywordSuggest', { word: quote(w.value.text), suggestion: keyword });
  }
  const unknown = parseSide(w.value);
  return unknown.ok ? fail(w.value, 'expectUsage') : unknown;
}

/** What may follow `expect <ep>`. */
function parseExpectEndpoint(words: readonly Word[], side: Side): Result<Command> {
  const w = wordAt(words, 2, 'expectEndpointNeeds', { side });
  if (!w.ok) return w;
  const what = lower(w.value);
  if (hasOperator(w.value)) return parseExpectVars(words, side);
  if (what === 'error') return parseExpectError(words, side);
  if (what === 'notified') return parseExpectNotified(words, side);
  const bare = bareVariable(w.value);
  if (bare !== undefined) return bare;
  const state = parseState(w.value);
  if (!state.ok) {
    const suggestion = nearest(what, ['error', 'notified']);
    return suggestion === undefined
      ? state
      : fail(w.value, 'unknownStateSuggest', { word: quote(w.value.text), suggestion });
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

/**
 * A quoted, non-empty text at `words[i]` for `expect <side> error` or `notified`; `suggestNone` turns an
 * unquoted word close to `none` into a hint.
 */
function quotedText(
  words: readonly Word[],
  i: number,
  what: 'error' | 'notified',
  side: Side,
  suggestNone = false,
): Result<string> {
  const w = wordAt(words, i, `${what}TextMissing`, { side });
  if (!w.ok) return w;
  const text = w.value.quoted;
  if (text === undefined) {
    const none = suggestNone && nearest(lower(w.value), ['none']) !== undefined;
    const code = what === 'error' && none ? 'errorTextNotQuotedNone' : (`${what}TextNotQuoted` as const);
    return fail(w.value, code, { side, word: quote(w.value.text) });
  }
  if (text === '') return fail(w.value, `${what}TextEmpty`, { side });
  return ok(text);
}

/** `expect <ep> error "TEXT"` or `expect <ep> error none` (the last call succeeded). */
function parseExpectError(words: readonly Word[], side: Side): Result<Command> {
  const w = words[3];
  if (w !== undefined && w.quoted === undefined && lower(w) === 'none') {
    return extraWord(words, 4) ?? ok({ kind: 'expectError', side, error: null });
  }
  const text = quotedText(words, 3, 'error', side, true);
  if (!text.ok) return text;
  return extraWord(words, 4) ?? ok({ kind: 'expectError', side, error: text.value });
}

/** `expect <ep> notified "TEXT"`. */
function parseExpectNotified(words: readonly Word[], side: Side): Result<Command> {
  const text = quotedText(words, 3, 'notified', side);
  if (!text.ok) return text;
  return extraWord(words, 4) ?? ok({ kind: 'expectNotified', side, signal: text.value });
}

/** `expect last DIR PATTERN [CHECK ...]` (words[1] is `last`). */
function parseExpectLast(words: readonly Word[]): Result<Command> {
  const dirWord = wordAt(words, 2, 'expectLastNeedsDir');
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const patternWord = wordAt(words, 3, 'expectLastNeedsFlags');
  if (!patternWord.ok) return patternWord;
  if (hasOperator(patternWord.value)) {
    return fail(patternWord.value, 'expectLastFlagsFirst', { word: quote(patternWord.value.text) });
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
  const dirWord = wordAt(words, 2, 'expectNoneNeedsDir');
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const extra = words[3];
  if (extra !== undefined) {
    return fail(extra, 'expectNoneExtra', { word: quote(extra.text), dir: dir.value, text: extra.text });
  }
  return ok({ kind: 'expectNone', dir: dir.value });
}

/** A bare count where the flags belong (`expect count c>s 3`). */
const DIGITS_ONLY = /^\d{1,12}$/;

/** `expect count DIR PATTERN N` (words[1] is `count`). */
function parseExpectCount(words: readonly Word[]): Result<Command> {
  const dirWord = wordAt(words, 2, 'expectCountNeedsDir');
  if (!dirWord.ok) return dirWord;
  const dir = parseDirection(dirWord.value);
  if (!dir.ok) return dir;
  const patternWord = wordAt(words, 3, 'expectCountNeedsFlags');
  if (!patternWord.ok) return patternWord;
  if (DIGITS_ONLY.test(patternWord.value.text) && words[4] === undefined) {
    return fail(patternWord.value, 'expectCountFlagsFirst');
  }
  const flags = parseFlagPattern(patternWord.value);
  if (!flags.ok) return flags;
  const countWord = wordAt(words, 4, 'expectCountNeedsNumber');
  if (!countWord.ok) return countWord;
  const t = countWord.value.text;
  if ((t[0] === 'x' || t[0] === 'X') && DIGITS_ONLY.test(t.slice(1))) {
    return fail(countWord.value, 'expectCountPlain', { n: t.slice(1), word: quote(t) });
  }
  const count = parseWhole(countWord.value, 'the count', 0, MAX_EXPECT_COUNT);
  if (!count.ok) return count;
  return (
    extraWord(words, 5) ?? ok({ kind: 'expectCount', dir: dir.value, flags: flags.value, count: count.value })
  );
}
