/**
 * The statechart's `setup()`: its types, its guards (endpointGuards.ts) and its one way of acting,
 * `run`, which applies the named RFC operations of a transition (endpointOps.ts) in order — as a single
 * context update — and hands their effects to the world. Also the helpers that label every transition.
 */
import { and, enqueueActions, raise, setup } from 'xstate';
import type { Effect } from './endpointEffects';
import type { EndpointContext, EndpointInputConfig } from './endpointContext';
import type { EndpointEvent } from './endpointEvents';
import type { GuardName } from './endpointGuards';
import { guards } from './endpointGuards';
import type { OpName } from './endpointOps';
import { ops } from './endpointOps';
import type { TcpState } from './tcpState';
import { parseTcpState } from './tcpState';

/** The `meta` every transition carries. */
export type TransitionMeta = {
  /** Stable trace key for the rule, used for narration (`synSent.rcvSynAck`). */
  readonly key: string;
  /** The section of RFC 9293 (or RFC 5961, RFC 6298, Linux source) that justifies it. */
  readonly rfc: string;
  /** The operations it performs, in order (`processAck`, `processText`). */
  readonly ops: readonly OpName[];
  /** True for a transition that answers a user call with an error (not a legal call). */
  readonly error?: boolean;
};

/** Parameters of `run`: the rule taken (for the trace) and the operations to apply. */
export type RunParams = { readonly rule: Effect | undefined; readonly ops: readonly OpName[] };

/** The effects of the last step, as `run` hands them to the world. */
export type EffectsParams = readonly Effect[];

/** Applies operations in order; pure. */
export function applyOps(
  context: EndpointContext,
  event: EndpointEvent,
  names: readonly OpName[],
): { ctx: EndpointContext; effects: Effect[] } {
  let ctx = context;
  const effects: Effect[] = [];
  for (const name of names) {
    const r = ops[name](ctx, event);
    ctx = r.ctx;
    for (const e of r.effects) effects.push(e);
  }
  return { ctx, effects };
}

export const endpointSetup = setup({
  types: {
    context: {} as EndpointContext,
    events: {} as EndpointEvent,
    input: {} as EndpointInputConfig,
    meta: {} as TransitionMeta,
  },
  actions: {
    /** Carried out by the world: send segments, signal the user, note the rule taken. */
    effects: (_: unknown, _params: EffectsParams) => {},
    /** Applies a transition's RFC operations to the TCB as one update and passes on their effects. */
    run: enqueueActions(({ context, event, enqueue }, params: unknown) => {
      const p = params as RunParams;
      const r = applyOps(context, event, p.ops);
      if (r.ctx !== context) enqueue.assign(() => r.ctx);
      const all = p.rule ? [p.rule, ...r.effects] : r.effects;
      if (all.length > 0) enqueue({ type: 'effects', params: all });
    }),
    /** After the handshake completes, processes the segment's text and FIN in the new state. */
    continueWithText: raise(({ event }) => {
      const e = event as Extract<EndpointEvent, { seg: unknown }>;
      return { type: 'TEXT_ARRIVES' as const, seg: e.seg, now: e.now, mustAck: true };
    }),
    /** Processes a CLOSE that was queued in SYN_RCVD, now that the connection is established. */
    closeNow: raise(({ context, event }) => ({
      type: context.tcb.closeQueued === 'SHUTDOWN' ? ('SHUTDOWN' as const) : ('CLOSE' as const),
      now: event.now,
      queued: true,
    })),
  },
  guards,
});

/** How a transition is written in endpointMachine.ts. */
export type RuleSpec = {
  /** Where it goes; omit for a transition that stays in the state. */
  readonly target?: string;
  /** A guard name, or a combination of names (`and([...])`). */
  readonly guard?: GuardName | object;
  /** RFC operations, in order. */
  readonly ops?: readonly OpName[];
  /** Raise TEXT_ARRIVES afterwards (the handshake-completing segment carried text or FIN). */
  readonly thenText?: boolean;
  /** Raise the CLOSE queued in SYN_RCVD afterwards. */
  readonly thenClose?: boolean;
  readonly error?: boolean;
};

/** The RFC state a transition target names (`#tcp.synchronized.SYN_RCVD` → SYN_RCVD). */
function targetState(target: string | undefined): TcpState | undefined {
  return target === undefined ? undefined : parseTcpState(target.slice(target.lastIndexOf('.') + 1));
}

/**
 * A labelled transition. `label` is the RFC's Figure 5 wording, "event / action"; `key` names the rule
 * in the trace; `rfc` cites the section. The transition notes its rule, then runs its operations.
 */
export function rule(key: string, rfc: string, label: string, s: RuleSpec = {}) {
  const ruleEffect: Effect = { kind: 'rule', key, rfc, to: targetState(s.target) };
  const names = s.ops ?? [];
  return {
    target: s.target,
    guard: s.guard,
    actions: [
      { type: 'run', params: { rule: ruleEffect, ops: names } },
      ...(s.thenText ? ['continueWithText'] : []),
      ...(s.thenClose ? ['closeNow'] : []),
    ],
    description: label,
    meta: { key, rfc, ops: names, error: s.error === true },
  } as never;
}

/** Entry actions of a state: operations with no rule of their own. */
export function entry(...names: OpName[]) {
  return { type: 'run', params: { rule: undefined, ops: names } } as never;
}

/** A user call that the state answers with an error. */
export function callError(key: string, rfc: string, call: string, op: OpName, message: string) {
  return rule(key, rfc, `${call} / error: ${message}`, { ops: [op], error: true });
}

export { and };
