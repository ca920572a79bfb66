/**
 * The checks of the script language (`expect …`), run against the recorded simulation. Each failure
 * says what was expected and what was found (docs/script.md).
 */
import { sendQueue } from '../endpoint/tcb';
import type { Direction, Segment, Side } from '../segment';
import { formatFlags, receiverOf } from '../segment';
import { formatDuration } from '../time';
import type { TraceEvent } from '../world/trace';
import type { Simulation } from '../world/simulation';
import { endpointState } from '../world/world';
import type { WorldState } from '../world/worldState';
import type { Command, EndpointVar, FieldCheck, Located, VarCheck } from './ast';
import { evalNumExpr, formatNumExpr } from './evalNumExpr';
import { compare, formatFlagPattern, matchesFlagPattern } from './flagPattern';
import { fail } from './runFailure';

type Expect = Extract<Located<Command>, { kind: `expect${string}` }>;

/** Segments an endpoint put on the link in `dir` (injected ones are not an endpoint's), from trace index `from`. */
function sentSince(trace: readonly TraceEvent[], dir: Direction, from: number): Segment[] {
  const out: Segment[] = [];
  for (let i = from; i < trace.length; i++) {
    const e = trace[i];
    if (e?.kind === 'send' && e.seg.dir === dir && !e.seg.injected) out.push(e.seg);
  }
  return out;
}

function describe(seg: Segment): string {
  return `#${seg.id} ${formatFlags(seg.flags)} seq=${seg.seq} ack=${seg.ack} len=${seg.len} win=${seg.win}`;
}

/** Runs one `expect`; `cursor` says where `mark` and the previous `expect` stand in the trace. */
export function runExpect(sim: Simulation, c: Expect, cursor: { mark: number; lastExpect: number }): void {
  const w = sim.current;
  const at = `t=${formatDuration(w.now)}`;
  switch (c.kind) {
    case 'expectState': {
      const actual = endpointState(w, c.side);
      if (actual !== c.state)
        fail(c, 'expect', `expected ${c.side} in ${c.state}, but it is in ${actual} (${at})`);
      return;
    }
    case 'expectLast': {
      const all = sentSince(sim.trace, c.dir, 0);
      const seg = all[all.length - 1];
      const want = formatFlagPattern(c.flags);
      if (!seg)
        return fail(c, 'expect', `expected a ${want} segment ${c.dir}, but nothing has been sent ${c.dir}`);
      const problems: string[] = [];
      if (!matchesFlagPattern(c.flags, seg.flags))
        problems.push(`its flags are ${formatFlags(seg.flags)}, not ${want}`);
      const tcb = w.endpoints[receiverOf(c.dir)].context.tcb;
      for (const check of c.checks) {
        const bad = fieldProblem(seg, check, tcb);
        if (bad) problems.push(bad);
      }
      if (problems.length > 0) {
        fail(
          c,
          'expect',
          `expected the last segment ${c.dir} to be ${want}${checksText(c.checks)}, but ${describe(seg)}: ${problems.join('; ')}`,
        );
      }
      return;
    }
    case 'expectNone': {
      const since = Math.max(cursor.mark, cursor.lastExpect);
      const seen = sentSince(sim.trace, c.dir, since);
      if (seen.length > 0) {
        fail(
          c,
          'expect',
          `expected nothing sent ${c.dir}, but ${seen.length} segment(s) were: ${seen.slice(0, 3).map(describe).join(', ')}${seen.length > 3 ? ', …' : ''}`,
        );
      }
      return;
    }
    case 'expectCount': {
      const n = sentSince(sim.trace, c.dir, cursor.mark).filter((s) =>
        matchesFlagPattern(c.flags, s.flags),
      ).length;
      if (n !== c.count) {
        const scope = cursor.mark > 0 ? 'since the mark' : 'so far';
        fail(
          c,
          'expect',
          `expected ${c.count} ${formatFlagPattern(c.flags)} segment(s) sent ${c.dir} ${scope}, but there were ${n}`,
        );
      }
      return;
    }
    case 'expectVars': {
      const problems = c.checks.flatMap((v) => varProblem(w, c.side, v));
      if (problems.length > 0)
        fail(
          c,
          'expect',
          `expected ${c.side} ${checksText(c.checks).trim()}, but ${problems.join('; ')} (${at})`,
        );
      return;
    }
    case 'expectError': {
      const call = [...sim.trace].reverse().find((e) => e.kind === 'call' && e.side === c.side);
      if (!call || call.kind !== 'call')
        return fail(c, 'expect', `expected a result of a ${c.side} call, but ${c.side} has made none`);
      const got = call.error ?? null;
      if (got !== c.error) {
        const want = c.error === null ? 'no error' : `error "${c.error}"`;
        fail(
          c,
          'expect',
          `expected ${want} from ${c.side}'s last call (${call.call}), but it ${got === null ? 'succeeded' : `answered "${got}"`}`,
        );
      }
      return;
    }
    case 'expectNotified': {
      const told = sim.trace.flatMap((e) => (e.kind === 'signal' && e.side === c.side ? [e.signal] : []));
      if (!told.includes(c.signal as never)) {
        fail(
          c,
          'expect',
          `expected ${c.side}'s application to have been told "${c.signal}", but it was told ${told.length ? told.map((t) => `"${t}"`).join(', ') : 'nothing'}`,
        );
      }
      return;
    }
  }
}

function checksText(checks: readonly (FieldCheck | VarCheck)[]): string {
  return checks.map((k) => ` ${'field' in k ? k.field : k.name}${k.op}${formatNumExpr(k.value)}`).join('');
}

function fieldProblem(
  seg: Segment,
  k: FieldCheck,
  tcb: WorldState['endpoints'][Side]['context']['tcb'],
): string | undefined {
  const expected = evalNumExpr(k.value, tcb);
  const actual = seg[k.field];
  const seqSpace = k.field === 'seq' || k.field === 'ack';
  if (compare(actual, k.op, expected, seqSpace)) return undefined;
  const rel = k.value.kind === 'rel' ? ` (${formatNumExpr(k.value)} = ${expected})` : '';
  return `${k.field}=${actual}, not ${k.op}${k.value.kind === 'abs' ? expected : formatNumExpr(k.value)}${rel}`;
}

const SEQ_VARS: readonly EndpointVar[] = ['snd.una', 'snd.nxt', 'rcv.nxt', 'iss', 'irs'];

function varValue(w: WorldState, side: Side, name: EndpointVar): number {
  const ctx = w.endpoints[side].context;
  const t = ctx.tcb;
  switch (name) {
    case 'snd.una':
      return t.sndUna;
    case 'snd.nxt':
      return t.sndNxt;
    case 'snd.wnd':
      return t.sndWnd;
    case 'rcv.nxt':
      return t.rcvNxt;
    case 'rcv.wnd':
      return t.rcvWnd;
    case 'iss':
      return t.iss;
    case 'irs':
      return t.irs;
    case 'received':
      return ctx.received;
    case 'unread':
      return t.unread;
    case 'sendq':
      return sendQueue(t);
  }
}

function varProblem(w: WorldState, side: Side, v: VarCheck): string[] {
  const actual = varValue(w, side, v.name);
  const expected = evalNumExpr(v.value, w.endpoints[side].context.tcb);
  if (compare(actual, v.op, expected, SEQ_VARS.includes(v.name))) return [];
  const rel = v.value.kind === 'rel' ? ` (${formatNumExpr(v.value)} = ${expected})` : '';
  return [`${v.name} is ${actual}${rel}`];
}
