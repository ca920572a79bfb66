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
import type { ScriptErrorPart } from './scriptErrorText';

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
  const t = formatDuration(w.now);
  switch (c.kind) {
    case 'expectState': {
      const actual = endpointState(w, c.side);
      if (actual !== c.state) fail(c, 'expect', 'expectState', { side: c.side, state: c.state, actual, t });
      return;
    }
    case 'expectLast': {
      const all = sentSince(sim.trace, c.dir, 0);
      const seg = all[all.length - 1];
      const want = formatFlagPattern(c.flags);
      if (!seg) return fail(c, 'expect', 'expectLastNothing', { want, dir: c.dir });
      const problems: ScriptErrorPart[] = [];
      if (!matchesFlagPattern(c.flags, seg.flags))
        problems.push({ code: 'problemFlags', params: { got: formatFlags(seg.flags), want } });
      const tcb = w.endpoints[receiverOf(c.dir)].context.tcb;
      for (const check of c.checks) {
        const bad = fieldProblem(seg, check, tcb);
        if (bad) problems.push(bad);
      }
      if (problems.length > 0) {
        const params = { dir: c.dir, want, checks: checksText(c.checks), segment: describe(seg) };
        fail(c, 'expect', 'expectLastMismatch', params, problems);
      }
      return;
    }
    case 'expectNone': {
      const since = Math.max(cursor.mark, cursor.lastExpect);
      const seen = sentSince(sim.trace, c.dir, since);
      if (seen.length > 0) {
        const segments = `${seen.slice(0, 3).map(describe).join(', ')}${seen.length > 3 ? ', …' : ''}`;
        fail(c, 'expect', 'expectNoneSent', { dir: c.dir, n: seen.length, segments });
      }
      return;
    }
    case 'expectCount': {
      const n = sentSince(sim.trace, c.dir, cursor.mark).filter((s) =>
        matchesFlagPattern(c.flags, s.flags),
      ).length;
      if (n !== c.count) {
        const params = { count: c.count, pattern: formatFlagPattern(c.flags), dir: c.dir, n };
        fail(c, 'expect', cursor.mark > 0 ? 'expectCountSinceMark' : 'expectCountSoFar', params);
      }
      return;
    }
    case 'expectVars': {
      const problems = c.checks.flatMap((v) => varProblem(w, c.side, v));
      if (problems.length > 0) {
        const params = { side: c.side, checks: checksText(c.checks).trim(), t };
        fail(c, 'expect', 'expectVars', params, problems);
      }
      return;
    }
    case 'expectError': {
      const call = [...sim.trace].reverse().find((e) => e.kind === 'call' && e.side === c.side);
      if (!call || call.kind !== 'call') return fail(c, 'expect', 'expectErrorNoCall', { side: c.side });
      const got = call.error ?? null;
      if (got !== c.error) {
        const params = { side: c.side, call: call.call };
        if (c.error === null) fail(c, 'expect', 'expectNoErrorGotError', { ...params, got: got ?? '' });
        if (got === null) fail(c, 'expect', 'expectErrorGotNone', { ...params, want: c.error ?? '' });
        fail(c, 'expect', 'expectErrorGotOther', { ...params, want: c.error ?? '', got: got ?? '' });
      }
      return;
    }
    case 'expectNotified': {
      const told = sim.trace.flatMap((e) => (e.kind === 'signal' && e.side === c.side ? [e.signal] : []));
      if (!told.includes(c.signal as never)) {
        const params = { side: c.side, signal: c.signal };
        if (told.length === 0) fail(c, 'expect', 'expectNotifiedNothing', params);
        fail(c, 'expect', 'expectNotified', { ...params, told: told.map((s) => `"${s}"`).join(', ') });
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
): ScriptErrorPart | undefined {
  const expected = evalNumExpr(k.value, tcb);
  const actual = seg[k.field];
  const seqSpace = k.field === 'seq' || k.field === 'ack';
  if (compare(actual, k.op, expected, seqSpace)) return undefined;
  const params = { field: k.field, actual, op: k.op, expected };
  return k.value.kind === 'abs'
    ? { code: 'problemField', params }
    : { code: 'problemFieldRel', params: { ...params, expr: formatNumExpr(k.value) } };
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

function varProblem(w: WorldState, side: Side, v: VarCheck): ScriptErrorPart[] {
  const actual = varValue(w, side, v.name);
  const expected = evalNumExpr(v.value, w.endpoints[side].context.tcb);
  if (compare(actual, v.op, expected, SEQ_VARS.includes(v.name))) return [];
  const params = { name: v.name, actual };
  return v.value.kind === 'abs'
    ? [{ code: 'problemVar', params }]
    : [{ code: 'problemVarRel', params: { ...params, expr: formatNumExpr(v.value), expected } }];
}
