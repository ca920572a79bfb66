import { quote, type Word } from './lexer';
import { fail, failSuggesting, ok, type Result } from './result';
import { nearest } from './suggest';

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
  /** What the settings are; names the codes of their problems (`linkSettingUnknown`). */
  readonly what: 'link' | 'timer' | 'iss' | 'option' | 'segment';
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
      return key === undefined
        ? fail(w, `${spec.what}SettingExpected`, { word: quote(w.text) })
        : fail(w, 'settingNeedsValue', { key });
    }
    if (eq === 0) return fail(w, 'settingNameMissing', { word: quote(w.text) });
    if (key === undefined) {
      const suggestion = nearest(name, spec.keys);
      return failSuggesting(w, `${spec.what}SettingUnknown`, { word: quote(written) }, suggestion);
    }
    if (seen.has(key)) return fail(w, 'settingTwice', { key });
    seen.add(key);
    const value = w.text.slice(eq + 1);
    if (value === '') return fail(w, 'settingEmptyValue', { key });
    out.push({ key, value: { text: value, line: w.line, col: w.col + eq + 1 } });
  }
  return ok(out);
}
