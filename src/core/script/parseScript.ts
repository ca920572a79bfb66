import type { Command, Located, ParseResult, ScriptError } from './ast';
import { lexScript, lower, quote, type Word } from './lexer';
import { parseAt } from './parseAtCommand';
import { parseExpect } from './parseExpectCommands';
import { CALLS, CALL_HINTS, parseCall, parseMark, parseMute, parseWait } from './parseFlowCommands';
import { parseDelay, parseDrop, parseDup, parseInject } from './parseSegmentCommands';
import { parseIss, parseLink, parseOption, parseProfile, parseSeed, parseTimers } from './parseSetupCommands';
import { sideOf } from './parseValues';
import { fail, scriptError, type Result } from './result';
import { nearest } from './suggest';

type CommandParser = (words: readonly Word[]) => Result<Command>;

// A Map, not an object literal: a command named "constructor" must not find Object.prototype's.
const PARSERS: ReadonlyMap<string, CommandParser> = new Map([
  ['seed', parseSeed],
  ['profile', parseProfile],
  ['link', parseLink],
  ['timers', parseTimers],
  ['iss', parseIss],
  ['option', parseOption],
  ['drop', parseDrop],
  ['delay', parseDelay],
  ['dup', parseDup],
  ['inject', parseInject],
  ['mute', parseMute],
  ['unmute', parseMute],
  ['mark', parseMark],
  ['wait', parseWait],
  ['expect', parseExpect],
  ['at', (words) => parseAt(words, parseCommand)],
]);

/** Command names, for suggestions (endpoint names start calls: `client connect`). */
export const COMMAND_NAMES: readonly string[] = [...PARSERS.keys(), 'client', 'server'];

/** Reads one command; `words` is never empty. */
function parseCommand(words: readonly Word[]): Result<Command> {
  const first = words[0] ?? { text: '', line: 1, col: 1 };
  const side = sideOf(first);
  if (side !== undefined) return parseCall(words, side);
  return PARSERS.get(lower(first))?.(words) ?? unknownCommand(first);
}

function unknownCommand(w: Word): Result<Command> {
  const name = lower(w);
  // A verb without its endpoint: `connect` for `client connect`.
  const call = CALLS.find((c) => c === name) ?? CALL_HINTS.get(name) ?? nearest(name, CALLS);
  const command = nearest(name, COMMAND_NAMES);
  if (call !== undefined && (command === undefined || CALLS.some((c) => c === name))) {
    const side = call === 'listen' ? 'server' : 'client';
    return fail(w, 'unknownCommandCall', { word: quote(w.text), side, call });
  }
  if (command !== undefined)
    return fail(w, 'unknownCommandSuggest', { word: quote(w.text), suggestion: command });
  return fail(w, 'unknownCommand', { word: quote(w.text) });
}

/**
 * Parses demo-script text (docs/script.md). Pure and linear in the text's length; never throws.
 * Returns every command that parsed, with its place and source text, and one error for each command
 * that did not.
 */
export function parseScript(text: string): ParseResult {
  const commands: Located<Command>[] = [];
  const errors: ScriptError[] = [];
  let seenAt = false;
  try {
    for (const raw of lexScript(typeof text === 'string' ? text : '')) {
      if (raw.error !== undefined) {
        errors.push(raw.error);
        continue;
      }
      const result = parseCommand(raw.words);
      if (!result.ok) errors.push(result.error);
      else if (result.value.kind !== 'at' && seenAt) errors.push(scriptError(raw.pos, 'atLast'));
      else {
        seenAt ||= result.value.kind === 'at';
        commands.push({ ...result.value, pos: raw.pos, source: raw.source });
      }
    }
  } catch (e) {
    // Last-resort guard for the never-throws contract; the fuzz tests fail if it ever fires.
    errors.push(scriptError({ line: 1, col: 1 }, 'internalParserError', { error: String(e) }));
  }
  return { commands, errors };
}

/** Renders an error as people read it: `line 3, col 8: unknown endpoint "clinet" (...)`. */
export function formatScriptError(e: Pick<ScriptError, 'line' | 'col' | 'message'>): string {
  return `line ${e.line}, col ${e.col}: ${e.message}`;
}
