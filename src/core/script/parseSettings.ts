import { quote, type Word } from './lexer';
import { fail, ok, type Result } from './result';
import { didYouMean, orList } from './suggest';

/** One `key=value` word, split; `value` is positioned where the value starts. */
export type Setting<K extends string> = {
  /** The canonical key. */
  readonly key: K;
  /** The text after `=`, never empty. */
  readonly value: Word;
};

/** How a command's `key=value` words are read. */
export type SettingsSpec<K extends string> = {
  /** The canonical keys, in the order messages list them. */
  readonly keys: readonly K[];
  /** Other spellings of keys (`c` for `client`). */
  readonly aliases?: ReadonlyMap<string, K>;
  /** What the settings are, for messages (`link`, `timer`). */
  readonly what: string;
  /** An example word for messages (`loss=10%`). */
  readonly example: string;
};

/**
 * Splits `key=value` words from `from` on. Keys are case-insensitive and `-` reads as `_`
 * (`rto-min` is `rto_min`); an unknown, repeated or value-less key is an error.
 */
export function splitSettings<K extends string>(
  words: readonly Word[],
  from: number,
  spec: SettingsSpec<K>,
): Result<Setting<K>[]> {
  const out: Setting<K>[] = [];
  const seen = new Set<K>();
  for (const w of words.slice(from)) {
    const eq = w.text.indexOf('=');
    const written = eq < 0 ? w.text : w.text.slice(0, eq);
    const name = written.toLowerCase().replace(/-/g, '_');
    const key = spec.keys.find((k) => k === name) ?? spec.aliases?.get(name);
    if (eq < 0) {
      return fail(
        w,
        key === undefined
          ? `expected a ${spec.what} setting such as ${spec.example}, not ${quote(w.text)}`
          : `${key} needs a value: write ${key}=VALUE with no spaces around "="`,
      );
    }
    if (eq === 0) return fail(w, `missing a setting name before "=" in ${quote(w.text)}`);
    if (key === undefined) {
      return fail(
        w,
        `unknown ${spec.what} setting ${quote(written)} (expected ${orList(spec.keys)})` +
          didYouMean(name, spec.keys),
      );
    }
    if (seen.has(key)) return fail(w, `${key} is set twice`);
    seen.add(key);
    const value = w.text.slice(eq + 1);
    if (value === '') return fail(w, `${key} needs a value after "="`);
    out.push({ key, value: { text: value, line: w.line, col: w.col + eq + 1 } });
  }
  return ok(out);
}
