import type { Pos, ScriptError } from './ast';
import { scriptErrorEn, type ScriptErrorCode, type ScriptErrorParams } from './scriptErrorText';

/** A parse step that went wrong, carrying the one error it reports. */
export type Failure = { readonly ok: false; readonly error: ScriptError };

/** What every parse step returns: a value, or the error that stopped it. Nothing here throws. */
export type Result<T> = { readonly ok: true; readonly value: T } | Failure;

/** Wraps a parsed value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** The problem `code` at `at`, its English sentence rendered from SCRIPT_ERROR_EN. */
export function scriptError(at: Pos, code: ScriptErrorCode, params: ScriptErrorParams = {}): ScriptError {
  return { line: at.line, col: at.col, message: scriptErrorEn(code, params), code, params };
}

/** An error at `at` (a word or any position); the sentence does not repeat the position. */
export function fail(at: Pos, code: ScriptErrorCode, params: ScriptErrorParams = {}): Failure {
  return { ok: false, error: scriptError(at, code, params) };
}

/** The codes that have a `…Suggest` twin, the same sentence ending in "did you mean …?". */
export type SuggestingCode = {
  [K in ScriptErrorCode]: `${K}Suggest` extends ScriptErrorCode ? K : never;
}[ScriptErrorCode];

/** The error `code` at `at`, or its `…Suggest` twin naming `suggestion` when there is one. */
export function failSuggesting(
  at: Pos,
  code: SuggestingCode,
  params: ScriptErrorParams,
  suggestion: string | undefined,
): Failure {
  return suggestion === undefined
    ? fail(at, code, params)
    : fail(at, `${code}Suggest`, { ...params, suggestion });
}
