import type { ScriptErrorCode, ScriptErrorParams, ScriptErrorPart } from '../../core/script/scriptErrorText';
import type { Lang, MessageParams } from './messages';
import { isMessageKey, t } from './messages';

/** A script problem as core reports it: a parse error or a run failure. */
export type ScriptProblem = {
  /** The English sentence, shown as it is when the code has no text here. */
  readonly message: string;
  readonly code?: ScriptErrorCode;
  readonly params?: ScriptErrorParams;
  readonly parts?: readonly ScriptErrorPart[];
};

/** A word quoted the way the parser quotes it (JSON): `"conect"`, `"a\"b"`. */
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/**
 * Outside English (today: Simplified Chinese), the parser's straight quotes around script words become
 * “…” (`"conect"` → `“conect”`): the word stays as written, the punctuation follows the sentence.
 */
function localParams(params: ScriptErrorParams | undefined, lang: Lang): MessageParams {
  if (params === undefined || lang === 'en') return params ?? {};
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      // A list of quoted words (`"SYNN", "AKC"`) reads “SYNN”“AKC”, as Chinese lists quoted terms.
      typeof v === 'string' ? v.replace(QUOTED, '“$1”').replace(/”, “/g, '”“') : v,
    ]),
  );
}

/**
 * The sentence of a script problem in `lang`: `scriptError.<code>` filled with its params (and, for a
 * failure listing several problems, each one translated in turn). Falls back to core's English message
 * when the problem has no code, or one this catalogue does not know.
 */
export function scriptErrorMessage(p: ScriptProblem, lang: Lang): string {
  const key = `scriptError.${p.code ?? ''}`;
  if (p.code === undefined || !isMessageKey(key)) return p.message;
  const params = localParams(p.params, lang);
  if (p.parts === undefined) return t(key, params, lang);
  const problems = p.parts
    .map((part) => t(`scriptError.${part.code}`, localParams(part.params, lang), lang))
    .join(lang === 'en' ? '; ' : '；');
  return t(key, { ...params, problems }, lang);
}
