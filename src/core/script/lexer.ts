import type { Pos, ScriptError } from './ast';
import { fail, ok, scriptError, type Failure, type Result } from './result';
import type { ScriptErrorCode, ScriptErrorParams } from './scriptErrorText';

/** A whitespace-separated word of script text and where it starts. */
export type Word = {
  /** The word as written. */
  readonly text: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column of its first character, counted in UTF-16 code units as editors count. */
  readonly col: number;
  /** For a word written in double quotes: the text between them, `\"` and `\\` unescaped. */
  readonly quoted?: string;
};

/** The words of one command (a line, or a `;`-separated part of one), comments removed. */
export type RawCommand = {
  /** Never empty: the first word names the command. */
  readonly words: readonly Word[];
  /** The command's text from its first word to its last, without comment or surrounding blanks. */
  readonly source: string;
  /** Where the first word starts. */
  readonly pos: Pos;
  /** A problem found while splitting (an unterminated quote); such a command is not parsed further. */
  readonly error?: ScriptError;
};

const LF = 10;
const CR = 13;
const SEMICOLON = 59;
const HASH = 35;
const QUOTE = 34;
const BACKSLASH = 92;
/** The two escapes of quoted text, `\"` and `\\`. */
const ESCAPE = /\\(["\\])/g;

/** Blanks inside a line: ASCII space and tab, VT, FF, BOM, NEL and Unicode spaces and separators. */
function isBlank(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 11 ||
    c === 12 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `#` opens a comment, except in `drop #7` (also after `at step N`), where it names a segment id. */
function startsSegmentId(words: readonly Word[], text: string, i: number): boolean {
  const last = words[words.length - 1];
  return (
    last?.text.toLowerCase() === 'drop' &&
    (words.length === 1 || words[0]?.text.toLowerCase() === 'at') &&
    isDigit(text.charCodeAt(i + 1))
  );
}

/** A quoted word that starts at `from` (a `"`), and the index just past it. */
type QuotedWord = { readonly end: number; readonly quoted: string | undefined };

/**
 * Reads `"..."` from the `"` at `from` to its closing `"` on the same line; `\"` and `\\` are the only
 * escapes (any other backslash is kept as written). `quoted` is undefined when the line ends first.
 */
function readQuoted(text: string, from: number): QuotedWord {
  let i = from + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    if (c === QUOTE) return { end: i + 1, quoted: text.slice(from + 1, i).replace(ESCAPE, '$1') };
    const d = text.charCodeAt(i + 1);
    i += c === BACKSLASH && (d === QUOTE || d === BACKSLASH) ? 2 : 1;
  }
  return { end: i, quoted: undefined };
}

/**
 * Splits script text into commands and words in one pass. Pure and linear in the text's length.
 * Lines end at LF, CRLF or CR; `;` also ends a command; `#` starts a comment to the end of the line.
 * A word that starts with `"` runs to the next unescaped `"` on its line, blanks, `;` and `#` included;
 * a `"` inside a word is an ordinary character. A quote the line ends inside is an error at the quote.
 */
export function lexScript(text: string): RawCommand[] {
  const out: RawCommand[] = [];
  let words: Word[] = [];
  let error: ScriptError | undefined;
  let start = 0;
  let end = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const flush = (): void => {
    const first = words[0];
    if (first !== undefined) {
      const pos = { line: first.line, col: first.col };
      out.push({ words, source: text.slice(start, end), pos, ...(error === undefined ? {} : { error }) });
    }
    words = [];
    error = undefined;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      flush();
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
    } else if (c === SEMICOLON) {
      flush();
      i++;
    } else if (isBlank(c)) {
      i++;
    } else if (c === HASH && !startsSegmentId(words, text, i)) {
      while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
    } else {
      const from = i;
      const col = from - lineStart + 1;
      let quoted: string | undefined;
      if (c === QUOTE) {
        const q = readQuoted(text, from);
        i = q.end;
        quoted = q.quoted;
        if (quoted === undefined && error === undefined) {
          error = scriptError({ line, col }, 'unterminatedQuote');
        }
      } else {
        i++;
        while (i < text.length) {
          const d = text.charCodeAt(i);
          if (d === LF || d === CR || d === SEMICOLON || d === HASH || isBlank(d)) break;
          i++;
        }
      }
      if (words.length === 0) start = from;
      end = i;
      const wordText = text.slice(from, i);
      words.push(
        quoted === undefined ? { text: wordText, line, col } : { text: wordText, line, col, quoted },
      );
    }
  }
  flush();
  return out;
}

/** The word at `i`, or the error `missing` (saying what is missing) at the command's last word. */
export function wordAt(
  words: readonly Word[],
  i: number,
  missing: ScriptErrorCode,
  params: ScriptErrorParams = {},
): Result<Word> {
  const w = words[i];
  if (w !== undefined) return ok(w);
  return fail(words[words.length - 1] ?? { line: 1, col: 1 }, missing, params);
}

/** An error for the first word from `i` on, if any: the command should have ended before it. */
export function extraWord(words: readonly Word[], i: number): Failure | undefined {
  const w = words[i];
  return w === undefined ? undefined : fail(w, 'extraWord', { word: quote(w.text) });
}

/** A word in double quotes for a message: control characters escaped, long words cut short. */
export function quote(text: string): string {
  const MAX = 40;
  if (text.length <= MAX) return JSON.stringify(text);
  // Do not cut a surrogate pair in half.
  const cut = (text.charCodeAt(MAX - 1) & 0xfc00) === 0xd800 ? MAX - 1 : MAX;
  return JSON.stringify(text.slice(0, cut) + '…');
}

/** Lower-case text of a word, for case-insensitive keywords. */
export function lower(w: Word): string {
  return w.text.toLowerCase();
}
