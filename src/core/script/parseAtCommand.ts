import type { AtAction, Command } from './ast';
import { MAX_RUN_STEPS } from './maxRunSteps';
import { lower, quote, wordAt, type Word } from './lexer';
import { parseDuration, parseWhole } from './parseValues';
import { fail, ok, type Result } from './result';

const ACTIONS: ReadonlySet<Command['kind']> = new Set<AtAction['kind']>([
  'call',
  'link',
  'mute',
  'dropNext',
  'dropId',
  'delayNext',
  'dupNext',
  'inject',
]);

function isAction(c: Command): c is AtAction {
  return ACTIONS.has(c.kind);
}

/**
 * `at step N [t=DURATION] COMMAND`: COMMAND (a call, `link`, `mute`/`unmute`, `drop`, `delay`, `dup` or
 * `inject`) is done at step N, at time t, as a learner does it in the lab. `parseCommand` reads COMMAND.
 */
export function parseAt(
  words: readonly Word[],
  parseCommand: (words: readonly Word[]) => Result<Command>,
): Result<Command> {
  const kw = wordAt(words, 1, 'atNeedsStep');
  if (!kw.ok) return kw;
  if (lower(kw.value) !== 'step') return fail(kw.value, 'atExpectedStep', { word: quote(kw.value.text) });
  const n = wordAt(words, 2, 'atStepNeedsNumber');
  if (!n.ok) return n;
  const step = parseWhole(n.value, 'the step', 0, MAX_RUN_STEPS);
  if (!step.ok) return step;
  let i = 3;
  let time: number | undefined;
  const tw = words[i];
  if (tw !== undefined && lower(tw).startsWith('t=')) {
    const d = parseDuration({ ...tw, text: tw.text.slice(2), col: tw.col + 2 }, 'the time');
    if (!d.ok) return d;
    time = d.value;
    i++;
  }
  const rest = words.slice(i);
  const first = wordAt(words, i, 'atNeedsCommand', { step: step.value });
  if (!first.ok) return first;
  const inner = parseCommand(rest);
  if (!inner.ok) return inner;
  if (!isAction(inner.value)) {
    return fail(first.value, 'atNotAction', { word: quote(first.value.text) });
  }
  const source = rest.map((w) => w.text).join(' ');
  const action = { ...inner.value, pos: { line: first.value.line, col: first.value.col }, source };
  return ok({ kind: 'at', step: step.value, ...(time === undefined ? {} : { time }), action });
}
