/**
 * Splits a URL's query string into parameters, decoding each the way browsers do (`+` is a space,
 * `%XX` a byte of UTF-8) but reporting what URLSearchParams silently replaces: escapes that are not
 * UTF-8 text, and control characters. Pure and linear in the query's length; never throws.
 */

/** One `name=value` pair of a query, decoded, or the reason it could not be. */
export type QueryParam = {
  /** The name, decoded (an undecodable name is kept as written). */
  readonly name: string;
  /** The value, decoded; undefined when `bad` says why it cannot be used. */
  readonly value: string | undefined;
  /** The value exactly as written in the URL (still percent-encoded). */
  readonly raw: string;
  /** Why the value cannot be used. */
  readonly bad?: ValueDefect;
};

/** What is wrong with a value; `pos` is the 1-based character position in the decoded value (or the raw one for escapes). */
export type ValueDefect =
  | { readonly kind: 'badEscape'; readonly pos: number; readonly text: string }
  | { readonly kind: 'control'; readonly pos: number; readonly code: string }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number };

const HEX2 = /^[0-9a-f]{2}$/i;

/**
 * Decodes `%XX` escapes (a `%` not followed by two hex digits stays as written, as in browsers) and `+`.
 * Returns the text, or the raw position and text of the first run of escapes that is not UTF-8.
 */
export function decodeComponent(raw: string): { text: string } | { pos: number; bad: string } {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === '%' && HEX2.test(raw.slice(i + 1, i + 3))) {
      const from = i;
      while (raw[i] === '%' && HEX2.test(raw.slice(i + 1, i + 3))) i += 3;
      const run = raw.slice(from, i);
      try {
        out += decodeURIComponent(run);
      } catch {
        return { pos: from + 1, bad: run.length > 24 ? `${run.slice(0, 24)}…` : run };
      }
    } else {
      out += c === '+' ? ' ' : c;
      i++;
    }
  }
  return { text: out };
}

/**
 * C0 and C1 controls other than tab, LF and CR, DEL, and the bidirectional overrides that can make
 * text display in an order other than the one it is read in.
 */
function isForbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 9 && code !== 10 && code !== 13) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The 1-based position and U+XXXX code of the first forbidden control character, if any. */
export function firstControl(text: string): { pos: number; code: string } | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isForbidden(code)) {
      return { pos: i + 1, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
    }
  }
  return undefined;
}

/**
 * Pure. The parameters of `search` (with or without its leading `?`), in order. `maxLength(name)` gives
 * the longest decoded value allowed for a (lower-case) name; longer values are refused before decoding
 * when their raw form is already too long to fit.
 */
export function splitQuery(search: string, maxLength: (name: string) => number): QueryParam[] {
  const text = search.startsWith('?') ? search.slice(1) : search;
  const out: QueryParam[] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    const n = decodeComponent(rawName.length > 200 ? rawName.slice(0, 200) : rawName);
    const name = 'text' in n ? n.text : rawName.slice(0, 200);
    out.push({ name, raw, ...decodeValue(raw, maxLength(name.toLowerCase())) });
  }
  return out;
}

function decodeValue(raw: string, max: number): { value: string | undefined; bad?: ValueDefect } {
  // A UTF-16 code unit takes at most 6 characters of percent-encoding (a 4-byte character: 12 for 2).
  if (raw.length > max * 6) return { value: undefined, bad: { kind: 'tooLong', length: raw.length, max } };
  const d = decodeComponent(raw);
  if (!('text' in d)) return { value: undefined, bad: { kind: 'badEscape', pos: d.pos, text: d.bad } };
  if (d.text.length > max) {
    return { value: undefined, bad: { kind: 'tooLong', length: d.text.length, max } };
  }
  const control = firstControl(d.text);
  if (control) return { value: undefined, bad: { kind: 'control', ...control } };
  return { value: d.text };
}
