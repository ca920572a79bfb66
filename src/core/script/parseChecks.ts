import type { CompareOp, EndpointVar, FieldCheck, VarCheck } from './ast';
import { lower, quote, type Word } from './lexer';
import { parseNumExpr, parseWhole } from './parseValues';
import { fail, failSuggesting, ok, type Failure, type Result, type SuggestingCode } from './result';
import { nearest } from './suggest';

/** Longest first, so `<=` is not read as `<` followed by a value starting with `=`. */
const OPERATORS: readonly CompareOp[] = ['<=', '>=', '!=', '=', '<', '>'];

/** Characters that start an operator. */
const OPERATOR_CHAR = /[=!<>]/;

/** True when the word holds a comparison operator (`seq>=100`, `unread=0`). */
export function hasOperator(w: Word): boolean {
  return OPERATOR_CHAR.test(w.text);
}

/** A comparison word taken apart: its name, operator and value. */
type Comparison = {
  /** The name in lower case. */
  readonly name: string;
  /** The name as written. */
  readonly written: string;
  readonly op: CompareOp;
  /** The text after the operator, positioned where it starts. */
  readonly value: Word;
};

/** Splits `NAME OP VALUE` written as one word; `what` says whose codes report its problems. */
function splitComparison(w: Word, what: 'field' | 'var'): Result<Comparison> {
  const at = w.text.search(OPERATOR_CHAR);
  const word = quote(w.text);
  if (at < 0) return fail(w, `${what}CheckExpected`, { word });
  const op = OPERATORS.find((o) => w.text.startsWith(o, at));
  const opPos = { line: w.line, col: w.col + at };
  if (op === undefined) return fail(opPos, 'unknownOperator', { word });
  if (at === 0) return fail(w, `${what}NameMissing`, { op, word });
  const written = w.text.slice(0, at);
  const name = written.toLowerCase();
  const rest = w.text.slice(at + op.length);
  if (rest === '') return fail(w, `${what}ValueMissing`, { name, op });
  if (OPERATOR_CHAR.test(rest[0] ?? '')) {
    const bad = op + (rest.slice(0, 2).match(/^[=!<>]+/)?.[0] ?? '');
    return fail(opPos, 'notOperator', { word: quote(bad) });
  }
  return ok({ name, written, op, value: { text: rest, line: w.line, col: w.col + at + op.length } });
}

/** `name needs a comparison` when a bare word is a known name, else undefined. */
function missingOperator(w: Word, names: readonly string[]): Failure | undefined {
  const t = lower(w);
  if (!names.includes(t)) return undefined;
  return fail(w, 'needsComparison', { name: t });
}

/** The error for an unknown name: `code`, or its `…Suggest` twin when a known name is close. */
function unknownName(w: Word, code: SuggestingCode, written: string, name: string, names: readonly string[]) {
  return failSuggesting(w, code, { word: quote(written) }, nearest(name, names));
}

export const FIELDS: readonly FieldCheck['field'][] = ['seq', 'ack', 'len', 'win'];

/**
 * One field check of `expect last`: `seq=rcv.nxt`, `ack>=iss+1`, `len=0`, `win<=1000`. seq and ack take
 * a sequence expression; len and win only an absolute whole number 0..65535.
 */
export function parseFieldCheck(w: Word): Result<FieldCheck> {
  const bare = hasOperator(w) ? undefined : missingOperator(w, FIELDS);
  if (bare !== undefined) return bare;
  const c = splitComparison(w, 'field');
  if (!c.ok) return c;
  const { name, written, op, value } = c.value;
  const field = FIELDS.find((f) => f === name);
  if (field === undefined) {
    return unknownName(w, 'unknownField', written, name, FIELDS);
  }
  if (field === 'seq' || field === 'ack') {
    const n = parseNumExpr(value, field);
    return n.ok ? ok({ field, op, value: n.value }) : n;
  }
  const n = parseWhole(value, field, 0, 65535);
  return n.ok ? ok({ field, op, value: { kind: 'abs', value: n.value } }) : n;
}

/** The variables `expect <ep> VAR OP VALUE` checks, in the order messages list them. */
export const ENDPOINT_VARS: readonly EndpointVar[] = [
  'snd.una',
  'snd.nxt',
  'snd.wnd',
  'rcv.nxt',
  'rcv.wnd',
  'iss',
  'irs',
  'received',
  'unread',
  'sendq',
];

/** `name needs a comparison` when a bare word names an endpoint variable, else undefined. */
export function bareVariable(w: Word): Failure | undefined {
  return missingOperator(w, ENDPOINT_VARS);
}

/** One check of `expect <ep>`: `snd.una=iss+1`, `unread>0`, `rcv.wnd<=1000`. */
export function parseVarCheck(w: Word): Result<VarCheck> {
  const bare = hasOperator(w) ? undefined : bareVariable(w);
  if (bare !== undefined) return bare;
  const c = splitComparison(w, 'var');
  if (!c.ok) return c;
  const { name, written, op, value } = c.value;
  const v = ENDPOINT_VARS.find((n) => n === name);
  if (v === undefined) {
    return unknownName(w, 'unknownVariable', written, name, ENDPOINT_VARS);
  }
  const n = parseNumExpr(value, v);
  return n.ok ? ok({ name: v, op, value: n.value }) : n;
}
