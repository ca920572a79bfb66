import type { FlagPattern } from './ast';
import { FLAG_ORDER, type Flag } from '../segment';
import { quote, type Word } from './lexer';
import { FLAG_NAMES, unknownFlags } from './parseValues';
import { fail, ok, type Result } from './result';

type Alternative = FlagPattern[number];

/**
 * One alternative of a pattern (`FIN+ACK+PSH?`, or `-` for no flags); `w` is the whole word. Names that
 * are not flags go to `unknown` (at most five), so one message can list them for the whole pattern.
 */
function parseAlternative(w: Word, text: string, unknown: string[]): Result<Alternative> {
  if (text === '') {
    return fail(w, 'emptyAlternative', { word: quote(w.text) });
  }
  if (text === '-') return ok({ required: [], optional: [] });
  const required = new Set<Flag>();
  const optional = new Set<Flag>();
  for (const part of text.split('+')) {
    const isOptional = part.endsWith('?');
    const name = isOptional ? part.slice(0, -1) : part;
    if (name === '-') {
      return fail(w, isOptional ? 'dashOptional' : 'dashAlone', { word: quote(w.text) });
    }
    if (name === '') {
      return fail(w, 'emptyFlagNamePattern', { word: quote(w.text) });
    }
    const flag = FLAG_NAMES.get(name.toLowerCase());
    if (flag === undefined) {
      if (unknown.length < 5) unknown.push(quote(name));
    } else if (required.has(flag) || optional.has(flag)) {
      const both = required.has(flag) === isOptional;
      return fail(w, both ? 'flagBoth' : 'flagTwice', { flag, word: quote(w.text) });
    } else {
      (isOptional ? optional : required).add(flag);
    }
  }
  return ok({
    required: FLAG_ORDER.filter((f) => required.has(f)),
    optional: FLAG_ORDER.filter((f) => optional.has(f)),
  });
}

/**
 * A flag pattern for `expect last` and `expect count`: alternatives joined with `|`, each flags joined
 * with `+` in any order and case, `FLAG?` for a flag that may be set, `-` for no flags. Flags come out
 * in canonical order (SYN, FIN, RST, PSH, ACK). Linear in the word's length.
 */
export function parseFlagPattern(w: Word): Result<FlagPattern> {
  const out: Alternative[] = [];
  const unknown: string[] = [];
  for (const text of w.text.split('|')) {
    const alt = parseAlternative(w, text, unknown);
    if (!alt.ok) return alt;
    out.push(alt.value);
  }
  return unknown.length > 0 ? unknownFlags(w, unknown) : ok(out);
}
