import type { Tcb } from '../endpoint/tcb';
import type { SeqNum } from '../seq';
import { seq, seqAdd } from '../seq';
import type { NumExpr, TcbVar } from './ast';

/** Reads a TCB variable a script may name (RFC 9293 §3.3.1). */
export function tcbVar(t: Tcb, v: TcbVar): number {
  switch (v) {
    case 'rcv.nxt':
      return t.rcvNxt;
    case 'snd.nxt':
      return t.sndNxt;
    case 'snd.una':
      return t.sndUna;
    case 'iss':
      return t.iss;
    case 'irs':
      return t.irs;
    case 'rcv.wnd':
      return t.rcvWnd;
    case 'snd.wnd':
      return t.sndWnd;
  }
}

/**
 * Evaluates a script number against a TCB: absolute, or a TCB variable plus an offset or plus or minus a
 * second variable, modulo 2^32.
 */
export function evalNumExpr(e: NumExpr, t: Tcb): SeqNum {
  if (e.kind === 'abs') return seq(e.value);
  const term = e.term === undefined ? e.offset : e.term.sign * tcbVar(t, e.term.name);
  return seqAdd(seq(tcbVar(t, e.base)), term);
}

/** Prints a script number the way it was written. */
export function formatNumExpr(e: NumExpr): string {
  if (e.kind === 'abs') return String(e.value);
  if (e.term !== undefined) return `${e.base}${e.term.sign > 0 ? '+' : '-'}${e.term.name}`;
  if (e.offset === 0) return e.base;
  return `${e.base}${e.offset > 0 ? '+' : ''}${e.offset}`;
}
