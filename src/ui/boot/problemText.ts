import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { RunFailure } from '../../core/script/runFailure';
import { scriptErrorMessage } from '../i18n/scriptErrorMessage';
import type { BootProblem } from './bootConfig';
import { shownText } from './shownText';

/** Pure. The problems banner's text for one problem in `lang`, with URL text made safe to show. */
export function problemText(p: BootProblem, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? shownText(v) : v]),
  );
  return shownText(t(p.key, params, lang), 600);
}

/**
 * Pure. The banner's problems for a script's failures (`param` is the URL parameter that gave the
 * script): each in `lang` from its code, with its line and column when it has them.
 */
export function scriptProblems(failures: readonly RunFailure[], param: string, lang: Lang): BootProblem[] {
  return failures.map((f): BootProblem => {
    const message = scriptErrorMessage(f, lang);
    return f.line === undefined
      ? { param, key: 'url.scriptFailure', params: { message } }
      : { param, key: 'url.scriptError', params: { line: f.line, col: f.col ?? 1, message } };
  });
}
