import type { CallName, Command } from './ast';
import type { Side } from '../segment';
import { extraWord, isDigit, lower, quote, wordAt, type Word } from './lexer';
import { decimal, parseBytes, parseDuration, parseSide, parseState } from './parseValues';
import { fail, failSuggesting, ok, type Result } from './result';
import { nearest } from './suggest';

/** The user calls of RFC 9293 §3.10.1–3.10.5, as script verbs. */
export const CALLS: readonly CallName[] = ['listen', 'connect', 'send', 'read', 'shutdown', 'close', 'abort'];

/** Words people reach for instead of a verb, and the verb they mean. */
export const CALL_HINTS: ReadonlyMap<string, CallName> = new Map([
  ['open', 'connect'],
  ['accept', 'listen'],
  ['write', 'send'],
  ['recv', 'read'],
  ['receive', 'read'],
  ['fin', 'close'],
  ['reset', 'abort'],
  ['rst', 'abort'],
] as const);

/** `<ep> listen|connect|send N|read [N]|shutdown|close|abort`; `words[0]` names the endpoint. */
export function parseCall(words: readonly Word[], side: Side): Result<Command> {
  const w = wordAt(words, 1, 'callMissing', { side });
  if (!w.ok) return w;
  const name = lower(w.value);
  const call = CALLS.find((c) => c === name);
  if (call === undefined) {
    if (name === 'mute' || name === 'unmute') {
      return fail(w.value, 'muteNotCall', { name, side });
    }
    const suggestion = CALL_HINTS.get(name) ?? nearest(name, CALLS);
    return failSuggesting(w.value, 'unknownCall', { word: quote(w.value.text) }, suggestion);
  }
  if (call === 'read' && words[2] === undefined) return ok({ kind: 'call', side, call });
  if (call !== 'send' && call !== 'read') return extraWord(words, 2) ?? ok({ kind: 'call', side, call });
  const count = wordAt(words, 2, 'sendNeedsCount', { side });
  if (!count.ok) return count;
  const bytes = parseBytes(count.value, call);
  if (!bytes.ok) return bytes;
  return extraWord(words, 3) ?? ok({ kind: 'call', side, call, bytes: bytes.value });
}

/** `mute <ep>` or `unmute <ep>` (`words[0]` says which). */
export function parseMute(words: readonly Word[]): Result<Command> {
  const name = lower(words[0] ?? { text: 'mute', line: 1, col: 1 });
  const w = wordAt(words, 1, 'muteNeedsEndpoint', { name });
  if (!w.ok) return w;
  const side = parseSide(w.value);
  if (!side.ok) return side;
  return extraWord(words, 2) ?? ok({ kind: 'mute', side: side.value, muted: name === 'mute' });
}

/** `mark`, which takes no arguments. */
export function parseMark(words: readonly Word[]): Result<Command> {
  return extraWord(words, 1) ?? ok({ kind: 'mark' });
}

/** Most multiples of MSL one `wait` may ask for. */
export const MAX_MSL_FACTOR = 1000;

/** `wait DURATION`, `wait [F]msl`, `wait until <ep> STATE [within DURATION]` or `wait idle`. */
export function parseWait(words: readonly Word[]): Result<Command> {
  const w = wordAt(words, 1, 'waitUsage');
  if (!w.ok) return w;
  const first = lower(w.value);
  if (first === 'idle') return extraWord(words, 2) ?? ok({ kind: 'waitIdle' });
  if (first === 'until') return parseWaitUntil(words);
  if (first.endsWith('msl')) {
    const prefix = first.slice(0, -3);
    const factor = prefix === '' ? 1 : decimal(prefix);
    if (factor === undefined || factor > MAX_MSL_FACTOR) {
      return fail(w.value, 'mslRange', { word: quote(w.value.text) });
    }
    return extraWord(words, 2) ?? ok({ kind: 'waitMsl', factor });
  }
  const c = w.value.text.charCodeAt(0);
  if (!isDigit(c) && c !== 46 /* . */ && c !== 45 /* - */) {
    const suggestion = nearest(first, ['until', 'idle', 'msl']);
    return failSuggesting(w.value, 'waitExpected', { word: quote(w.value.text) }, suggestion);
  }
  const ms = parseDuration(w.value, 'wait');
  if (!ms.ok) return ms;
  return extraWord(words, 2) ?? ok({ kind: 'wait', ms: ms.value });
}

/** `wait until <ep> STATE [within DURATION]` (words[1] is `until`). */
function parseWaitUntil(words: readonly Word[]): Result<Command> {
  const sideWord = wordAt(words, 2, 'waitUntilNeedsEndpoint');
  if (!sideWord.ok) return sideWord;
  const side = parseSide(sideWord.value);
  if (!side.ok) return side;
  const stateWord = wordAt(words, 3, 'waitUntilNeedsState');
  if (!stateWord.ok) return stateWord;
  const state = parseState(stateWord.value);
  if (!state.ok) return state;
  const within = words[4];
  if (within === undefined) return ok({ kind: 'waitUntil', side: side.value, state: state.value });
  if (lower(within) !== 'within') {
    return fail(within, 'withinExpected', { word: quote(within.text) });
  }
  const limitWord = wordAt(words, 5, 'withinNeedsDuration');
  if (!limitWord.ok) return limitWord;
  const limit = parseDuration(limitWord.value, 'within');
  if (!limit.ok) return limit;
  return (
    extraWord(words, 6) ??
    ok({ kind: 'waitUntil', side: side.value, state: state.value, within: limit.value })
  );
}
