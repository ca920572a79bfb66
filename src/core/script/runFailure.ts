import type { Command, Located } from './ast';
import {
  scriptErrorEnWithParts,
  type ScriptErrorCode,
  type ScriptErrorParams,
  type ScriptErrorPart,
} from './scriptErrorText';

/** Why a run stopped early. */
export type RunFailure = {
  readonly kind: 'parse' | 'expect' | 'wait' | 'command' | 'limit';
  /** Where in the script (absent for a limit hit while settling). */
  readonly line?: number;
  readonly col?: number;
  readonly source?: string;
  /** The sentence in English (rendered from SCRIPT_ERROR_EN; the CLI prints it). */
  readonly message: string;
  /** What went wrong, for machines and translations: a key of SCRIPT_ERROR_EN. */
  readonly code: ScriptErrorCode;
  /** The values filled into the sentence. */
  readonly params: ScriptErrorParams;
  /** For a sentence listing several problems, each problem; they fill its `{problems}`. */
  readonly parts?: readonly ScriptErrorPart[];
};

/** Thrown inside a run to stop it with a failure; caught by runCommands. */
export class Stop extends Error {
  constructor(readonly failure: RunFailure) {
    super(failure.message);
  }
}

/** A failure not tied to a command (`code`'s English rendered from SCRIPT_ERROR_EN). */
export function runFailure(
  kind: RunFailure['kind'],
  code: ScriptErrorCode,
  params: ScriptErrorParams = {},
  parts?: readonly ScriptErrorPart[],
): RunFailure {
  const message = scriptErrorEnWithParts(code, params, parts);
  return { kind, message, code, params, ...(parts === undefined ? {} : { parts }) };
}

/** Stops the run with the failure `code` at command `c`. */
export function fail(
  c: Located<Command>,
  kind: RunFailure['kind'],
  code: ScriptErrorCode,
  params: ScriptErrorParams = {},
  parts?: readonly ScriptErrorPart[],
): never {
  const f = runFailure(kind, code, params, parts);
  throw new Stop({ ...f, line: c.pos.line, col: c.pos.col, source: c.source });
}
