import type { Pos, ScriptError } from './ast';

/** A parse step that went wrong, carrying the one error it reports. */
export type Failure = { readonly ok: false; readonly error: ScriptError };

/** What every parse step returns: a value, or the error that stopped it. Nothing here throws. */
export type Result<T> = { readonly ok: true; readonly value: T } | Failure;

/** Wraps a parsed value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** An error at `at` (a word or any position); the message should not repeat the position. */
export function fail(at: Pos, message: string): Failure {
  return { ok: false, error: { line: at.line, col: at.col, message } };
}
