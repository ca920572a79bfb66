/** Test kit for the parser's tests: one line's command, or one script's error as people read it. Not shipped. */
import { expect } from 'vitest';
import { formatScriptError, parseScript } from './parseScript';

/** The one command a line parses to, without its position and source. */
export function command(text: string): unknown {
  const { commands, errors } = parseScript(text);
  expect(errors).toEqual([]);
  expect(commands).toHaveLength(1);
  const { pos: _pos, source: _source, ...rest } = commands[0] ?? { pos: null, source: null };
  return rest;
}

/** The one error a script produces, formatted as people read it. */
export function error(text: string): string {
  const { commands, errors } = parseScript(text);
  expect(commands).toEqual([]);
  expect(errors).toHaveLength(1);
  return errors[0] === undefined ? '' : formatScriptError(errors[0]);
}
