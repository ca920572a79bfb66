/**
 * The transition graph derived from the endpoint statechart (never a second hand-written list): the
 * state graph view, the legal-button logic and the coverage tests all read it.
 */
import type { AnyStateNode } from 'xstate';
import { endpointMachine } from './endpointMachine';
import type { TransitionMeta } from './endpointMachine';
import type { TcpState } from './tcpState';
import { parseTcpState, SYNCHRONIZED_STATES } from './tcpState';

/** One labelled transition of the statechart, from one RFC state. */
export type TransitionEdge = {
  readonly from: TcpState;
  /** Equal to `from` for a transition that changes no state. */
  readonly to: TcpState;
  /** The statechart event (`SEGMENT`, `CLOSE`, `ACK_ARRIVES`, `RTO_TIMEOUT`, …). */
  readonly event: string;
  /** "event / action" in the RFC's words (`rcv SYN / snd SYN,ACK`). */
  readonly label: string;
  /** The named guards that must hold, joined with "and" (`accepted and ackAcceptable`); none: always. */
  readonly guard: string | undefined;
  /** Stable rule key; the trace names the same key when the transition is taken. */
  readonly key: string;
  /** The section that justifies it. */
  readonly rfc: string;
  /** Whether it changes state. */
  readonly changesState: boolean;
  /** True when it answers a user call with an error. */
  readonly error: boolean;
  /** True when it is declared on the `synchronized` parent and so applies in every synchronized state. */
  readonly shared: boolean;
};

function stateName(id: string): TcpState | undefined {
  return parseTcpState(id.slice(id.lastIndexOf('.') + 1));
}

/** The statechart as nodes with their transitions (what xstate/graph's toDirectedGraph gives, without it). */
type GraphNode = { readonly stateNode: AnyStateNode; readonly children: readonly GraphNode[] };

function graphOf(stateNode: AnyStateNode): GraphNode {
  return { stateNode, children: (Object.values(stateNode.states) as AnyStateNode[]).map(graphOf) };
}

function walk(node: GraphNode, out: TransitionEdge[]): void {
  const sourceName = node.stateNode.key;
  const shared = sourceName === 'synchronized';
  const sources: readonly TcpState[] = shared
    ? SYNCHRONIZED_STATES
    : [parseTcpState(sourceName)].filter((x): x is TcpState => x !== undefined);
  for (const t of [...node.stateNode.transitions.values()].flat()) {
    const meta = (t.meta ?? {}) as Partial<TransitionMeta>;
    const targetless = t.target === undefined || t.target.length === 0;
    for (const from of sources) {
      if (shared && childOverrides(node, from, t.eventType, t.guard)) continue;
      const target = t.target?.[0];
      const to = targetless || !target ? from : (stateName(target.id) ?? from);
      out.push({
        from,
        to,
        event: t.eventType,
        label: t.description ?? t.eventType,
        guard: guardName(t.guard),
        key: meta.key ?? `${from}.${t.eventType}`,
        rfc: meta.rfc ?? '',
        changesState: !targetless,
        error: meta.error === true,
        shared,
      });
    }
  }
  for (const child of node.children) walk(child, out);
}

/** A transition's guard by name: a named guard, or the names inside XState's `and([...])`. */
function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  const inner = (guard as { guards?: unknown[] } | undefined)?.guards;
  return Array.isArray(inner) ? inner.map(guardName).join(' and ') : undefined;
}

/**
 * XState picks the deepest enabled transition, so a child state hides a parent transition whenever the
 * child has one for the same event that is enabled at least as often: unguarded, or with the same guard.
 * Such a parent transition is not an edge of that child.
 */
function childOverrides(parent: GraphNode, child: TcpState, eventType: string, guard: unknown): boolean {
  const node = parent.stateNode.states[child];
  return (node?.transitions.get(eventType) ?? []).some(
    (t: { guard?: unknown }) => t.guard === undefined || (typeof t.guard === 'string' && t.guard === guard),
  );
}

let cached: readonly TransitionEdge[] | undefined;

/** Every transition of the endpoint statechart, parent transitions expanded to each child state. */
export function transitionGraph(): readonly TransitionEdge[] {
  if (!cached) {
    const out: TransitionEdge[] = [];
    walk(graphOf(endpointMachine.root), out);
    cached = out;
  }
  return cached;
}

/** The state-changing transitions: the edges of RFC 9293 Figure 5 and the ones its notes add. */
export function stateChangingTransitions(): readonly TransitionEdge[] {
  return transitionGraph().filter((e) => e.changesState);
}
