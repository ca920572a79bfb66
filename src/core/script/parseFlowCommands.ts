import type { CallName, Command } from './ast';
import type { Side } from '../segment';
import { extraWord, isDigit, lower, quote, wordAt, type Word } from './lexer';
import { decimal, parseBytes, parseDuration, parseSide, parseState } from './parseValues';
import { fail, ok, type Result } from './result';
import { didYouMean, orList } from './suggest';

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

const CALL_LIST = 'listen, connect, send N, read [N], shutdown, close or abort';

/** `<ep> listen|connect|send N|read [N]|shutdown|close|abort`; `words[0]` names the endpoint. */
export function parseCall(words: readonly Word[], side: Side): Result<Command> {
  const w = wordAt(words, 1, `${side} needs a call: ${CALL_LIST}`);
  if (!w.ok) return w;
  const name = lower(w.value);
  const call = CALLS.find((c) => c === name);
  if (call === undefined) {
    if (name === 'mute' || name === 'unmute') {
      return fail(w.value, `${name} is not a call; write "${name} ${side}"`);
    }
    const hint = CALL_HINTS.get(name);
    return fail(
      w.value,
      `unknown call ${quote(w.value.text)} (expected ${orList(CALLS)})` +
        (hint === undefined ? didYouMean(name, CALLS) : `; did you mean "${hint}"?`),
    );
  }
  if (call === 'read' && words[2] === undefined) return ok({ kind: 'call', side, call });
  if (call !== 'send' && call !== 'read') return extraWord(words, 2) ?? ok({ kind: 'call', side, call });
  const count = wordAt(words, 2, `send needs a byte count, e.g. "${side} send 3000"`);
  if (!count.ok) return count;
  const bytes = parseBytes(count.value, call);
  if (!bytes.ok) return bytes;
  return extraWord(words, 3) ?? ok({ kind: 'call', side, call, bytes: bytes.value });
}

/** `mute <ep>` or `unmute <ep>` (`words[0]` says which). */
export function parseMute(words: readonly Word[]): Result<Command> {
  const name = lower(words[0] ?? { text: 'mute', line: 1, col: 1 });
  const w = wordAt(words, 1, `${name} needs an endpoint, e.g. "${name} server"`);
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
  const w = wordAt(
    words,
    1,
    'wait needs a duration (500ms), a multiple of MSL (2msl), "until <endpoint> <state>" or "idle"',
  );
  if (!w.ok) return w;
  const first = lower(w.value);
  if (first === 'idle') return extraWord(words, 2) ?? ok({ kind: 'waitIdle' });
  if (first === 'until') return parseWaitUntil(words);
  if (first.endsWith('msl')) {
    const prefix = first.slice(0, -3);
    const factor = prefix === '' ? 1 : decimal(prefix);
    if (factor === undefined || factor > MAX_MSL_FACTOR) {
      return fail(
        w.value,
        `a multiple of MSL must be from 0 to ${MAX_MSL_FACTOR}, such as 2msl or 0.5msl, not ${quote(w.value.text)}`,
      );
    }
    return extraWord(words, 2) ?? ok({ kind: 'waitMsl', factor });
  }
  const c = w.value.text.charCodeAt(0);
  if (!isDigit(c) && c !== 46 /* . */ && c !== 45 /* - */) {
    return fail(
      w.value,
      `expected a duration (500ms), a multiple of MSL (2msl), "until" or "idle" after wait, not ${quote(w.value.text)}` +
        didYouMean(first, ['until', 'idle', 'msl']),
    );
  }
  const ms = parseDuration(w.value, 'wait');
  if (!ms.ok) return ms;
  return extraWord(words, 2) ?? ok({ kind: 'wait', ms: ms.value });
}

/** `wait until <ep> STATE [within DURATION]` (words[1] is `until`). */
function parseWaitUntil(words: readonly Word[]): Result<Command> {
  const usage = 'e.g. "wait until client ESTABLISHED"';
  const sideWord = wordAt(words, 2, `wait until needs an endpoint and a state, ${usage}`);
  if (!sideWord.ok) return sideWord;
  const side = parseSide(sideWord.value);
  if (!side.ok) return side;
  const stateWord = wordAt(words, 3, `wait until needs a state, ${usage}`);
  if (!stateWord.ok) return stateWord;
  const state = parseState(stateWord.value);
  if (!state.ok) return state;
  const within = words[4];
  if (within === undefined) return ok({ kind: 'waitUntil', side: side.value, state: state.value });
  if (lower(within) !== 'within') {
    return fail(within, `expected "within DURATION" or the end of the command, not ${quote(within.text)}`);
  }
  const limitWord = wordAt(words, 5, 'within needs a duration, e.g. "within 5s"');
  if (!limitWord.ok) return limitWord;
  const limit = parseDuration(limitWord.value, 'within');
  if (!limit.ok) return limit;
  return (
    extraWord(words, 6) ??
    ok({ kind: 'waitUntil', side: side.value, state: state.value, within: limit.value })
  );
}
