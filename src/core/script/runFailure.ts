import type { Command, Located } from './ast';

/** Why a run stopped early. */
export type RunFailure = {
  readonly kind: 'parse' | 'expect' | 'wait' | 'command' | 'limit';
  /** Where in the script (absent for a limit hit while settling). */
  readonly line?: number;
  readonly col?: number;
  readonly source?: string;
  readonly message: string;
};

/** Thrown inside a run to stop it with a failure; caught by runCommands. */
export class Stop extends Error {
  constructor(readonly failure: RunFailure) {
    super(failure.message);
  }
}

/** Stops the run with a failure at command `c`. */
export function fail(c: Located<Command>, kind: RunFailure['kind'], message: string): never {
  throw new Stop({ kind, line: c.pos.line, col: c.pos.col, source: c.source, message });
}
