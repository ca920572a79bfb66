import { SCRIPT_ERROR_EN, type ScriptErrorCode } from '../../../core/script/scriptErrorText';

/**
 * English texts of the script's problems (issue #4): `scriptError.<code>` for every code of the parser
 * and the runner. The sentences live in core (scriptErrorText.ts), which renders the same English for the
 * CLI; they are taken from there so the two cannot drift (scriptErrors.test.ts checks it as well).
 */
export const scriptErrorsEn = Object.fromEntries(
  Object.entries(SCRIPT_ERROR_EN).map(([code, text]) => [`scriptError.${code}`, text]),
) as { readonly [K in ScriptErrorCode as `scriptError.${K}`]: (typeof SCRIPT_ERROR_EN)[K] };
