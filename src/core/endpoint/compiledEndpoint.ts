/**
 * The endpoint statechart compiled for stepping. It reads endpointMachine's own state nodes —
 * transitions in XState's priority order (the state's own, then its parent's), their guards, their
 * `run` operations, raises and targets, and entry actions — and steps a plain `{ value, context }`
 * snapshot with XState's macrostep semantics for the features the machine uses. It exists for speed
 * (docs/performance.md: several times cheaper than `machine.transition`); it duplicates no rule, and
 * compiledEndpoint.test.ts checks it step for step against XState on random event sequences.
 */
import type { AnyStateNode } from 'xstate';
import { and, not, or } from 'xstate';
import type { Effect } from './endpointEffects';
import type { EndpointContext, EndpointInputConfig } from './endpointContext';
import { initialContext } from './endpointContext';
import type { EndpointEvent, EndpointInput } from './endpointEvents';
import { endpointMachine } from './endpointMachine';
import type { OpName } from './endpointOps';
import type { RunParams } from './endpointSetup';
import { applyOps } from './endpointSetup';
import type { TcpState } from './tcpState';
import { parseTcpState, TCP_STATES } from './tcpState';

/** An endpoint snapshot: its RFC state and its context. Plain, immutable, serializable. */
export type EndpointState = { readonly value: TcpState; readonly context: EndpointContext };

type Guard = (ctx: EndpointContext, ev: EndpointEvent) => boolean;
type Raise = 'continueWithText' | 'closeNow';

type CompiledTransition = {
  readonly guard: Guard;
  readonly rule: Effect | undefined;
  readonly ops: readonly OpName[];
  readonly raises: readonly Raise[];
  readonly target: TcpState | undefined;
};

type CompiledState = {
  readonly entry: readonly OpName[];
  readonly on: ReadonlyMap<string, readonly CompiledTransition[]>;
};

const CHECK_AND = (and([]) as unknown as { check: unknown }).check;
const CHECK_OR = (or([]) as unknown as { check: unknown }).check;
const CHECK_NOT = (not('x') as unknown as { check: unknown }).check;

type GuardImpl = (args: { context: EndpointContext; event: EndpointEvent }) => boolean;

function compileGuard(g: unknown): Guard {
  if (g === undefined) return () => true;
  if (typeof g === 'string') {
    const impl = (endpointMachine.implementations.guards as Record<string, GuardImpl | undefined>)[g];
    if (!impl) throw new Error(`compiledEndpoint: unknown guard "${g}"`);
    return (context, event) => impl({ context, event });
  }
  const combo = g as { check?: unknown; guards?: unknown };
  if (typeof g === 'function' && Array.isArray(combo.guards)) {
    const parts = (combo.guards as unknown[]).map(compileGuard);
    if (combo.check === CHECK_AND) return (c, e) => parts.every((p) => p(c, e));
    if (combo.check === CHECK_OR) return (c, e) => parts.some((p) => p(c, e));
  }
  if (typeof g === 'function' && combo.check === CHECK_NOT && combo.guards !== undefined) {
    const inner = compileGuard(combo.guards);
    return (c, e) => !inner(c, e);
  }
  throw new Error('compiledEndpoint: unsupported guard');
}

function runParamsOf(actions: readonly unknown[]): {
  rule: Effect | undefined;
  ops: OpName[];
  raises: Raise[];
} {
  let rule: Effect | undefined;
  const ops: OpName[] = [];
  const raises: Raise[] = [];
  for (const a of actions) {
    if (a === 'continueWithText' || a === 'closeNow') raises.push(a);
    else if (typeof a === 'object' && a !== null && (a as { type?: unknown }).type === 'run') {
      const p = (a as { params: RunParams }).params;
      rule = rule ?? p.rule;
      ops.push(...p.ops);
    } else throw new Error(`compiledEndpoint: unsupported action ${JSON.stringify(a)}`);
  }
  return { rule, ops, raises };
}

function leafName(node: AnyStateNode): TcpState | undefined {
  return parseTcpState(node.key);
}

function compile(): ReadonlyMap<TcpState, CompiledState> {
  const out = new Map<TcpState, CompiledState>();
  const visit = (node: AnyStateNode, parents: readonly AnyStateNode[]): void => {
    if (node.always && node.always.length > 0) throw new Error('compiledEndpoint: eventless transitions');
    if (node.exit.length > 0) throw new Error('compiledEndpoint: exit actions');
    const children = Object.values(node.states) as AnyStateNode[];
    if (children.length > 0 && node !== endpointMachine.root) {
      for (const c of children) visit(c, [node, ...parents]);
      return;
    }
    if (node === endpointMachine.root) {
      for (const c of children) visit(c, []);
      return;
    }
    const name = leafName(node);
    if (!name) throw new Error(`compiledEndpoint: state ${node.id} is not an RFC state`);
    const chain = [node, ...parents];
    const events = new Set(chain.flatMap((n) => [...n.transitions.keys()]));
    const on = new Map<string, CompiledTransition[]>();
    for (const type of events) {
      const list: CompiledTransition[] = [];
      for (const n of chain) {
        for (const t of n.transitions.get(type) ?? []) {
          const targets = t.target ?? [];
          if (targets.length > 1) throw new Error('compiledEndpoint: parallel targets');
          const target = targets[0];
          const run = runParamsOf(t.actions as readonly unknown[]);
          list.push({ guard: compileGuard(t.guard), ...run, target: target ? leafName(target) : undefined });
        }
      }
      on.set(type, list);
    }
    out.set(name, { entry: runParamsOf(node.entry as readonly unknown[]).ops, on });
  };
  visit(endpointMachine.root, []);
  for (const s of TCP_STATES) if (!out.has(s)) throw new Error(`compiledEndpoint: no state ${s}`);
  return out;
}

let compiled: ReadonlyMap<TcpState, CompiledState> | undefined;

function table(): ReadonlyMap<TcpState, CompiledState> {
  compiled ??= compile();
  return compiled;
}

function raised(kind: Raise, e: EndpointEvent, ctx: EndpointContext): EndpointEvent {
  if (kind === 'closeNow')
    return { type: ctx.tcb.closeQueued === 'SHUTDOWN' ? 'SHUTDOWN' : 'CLOSE', now: e.now, queued: true };
  const withSeg = e as Extract<EndpointEvent, { seg: unknown }>;
  return { type: 'TEXT_ARRIVES', seg: withSeg.seg, now: e.now, mustAck: true };
}

/** Pure. A fresh endpoint in CLOSED (the machine's initial state, its entry actions applied). */
export function initialEndpointState(input: EndpointInputConfig): EndpointState {
  const entry = table().get('CLOSED')?.entry ?? [];
  const init = { type: 'xstate.init', input } as unknown as EndpointEvent;
  return { value: 'CLOSED', context: applyOps(initialContext(input), init, entry).ctx };
}

/** Pure. One macrostep: the next snapshot and the effects, exactly as XState would give them. */
export function stepEndpointState(s: EndpointState, event: EndpointInput): [EndpointState, Effect[]] {
  const states = table();
  let value = s.value;
  let ctx = s.context;
  const effects: Effect[] = [];
  const queue: EndpointEvent[] = [event];
  for (let e = queue.shift(); e !== undefined; e = queue.shift()) {
    const candidates = states.get(value)?.on.get(e.type);
    if (!candidates) continue;
    const t = candidates.find((c) => c.guard(ctx, e as EndpointEvent));
    if (!t) continue;
    if (t.rule) effects.push(t.rule);
    const r = applyOps(ctx, e, t.ops);
    ctx = r.ctx;
    for (const x of r.effects) effects.push(x);
    for (const k of t.raises) queue.push(raised(k, e, ctx));
    if (t.target !== undefined) {
      value = t.target;
      const entry = states.get(value)?.entry ?? [];
      if (entry.length > 0) {
        const en = applyOps(ctx, e, entry);
        ctx = en.ctx;
        for (const x of en.effects) effects.push(x);
      }
    }
  }
  return [value === s.value && ctx === s.context ? s : { value, context: ctx }, effects];
}
