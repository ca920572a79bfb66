/**
 * One quiz question: before an endpoint's state change is shown, which state will it enter? The choices
 * are derived from the statechart — every state one transition can take the endpoint to from where it is
 * (transitionGraph.ts) — never listed by hand. Pure.
 */
import type { TransitionEdge } from '../endpoint/transitionGraph';
import { stateChangingTransitions } from '../endpoint/transitionGraph';
import type { TcpState } from '../endpoint/tcpState';
import { TCP_STATES } from '../endpoint/tcpState';
import type { Side } from '../segment';
import type { TraceEvent } from '../world/trace';

/** A state change as the trace records it. */
export type StateChange = Extract<TraceEvent, { kind: 'state' }>;

/** What the quiz asks before one state change, and what answers it. */
export type QuizQuestion = {
  /** The endpoint asked about. */
  readonly side: Side;
  /** The state it is in. */
  readonly from: TcpState;
  /** The state it will enter: the right answer. */
  readonly answer: TcpState;
  /** The states offered, in RFC Figure 5 order; always includes `answer`. */
  readonly choices: readonly TcpState[];
  /** The step that makes the change. */
  readonly step: number;
  /** Index of the change in the simulation's trace (identifies the question within a run). */
  readonly traceIndex: number;
  /** The statechart transition taken (its "event / action", guard and rule key), when it is found. */
  readonly edge: TransitionEdge | undefined;
  /** The section of RFC 9293 that justifies the change, as the trace cites it. */
  readonly rfc: string;
};

/** Pure. The states one transition of the statechart can take an endpoint in `from` to, in Figure 5 order. */
export function choicesFrom(from: TcpState): TcpState[] {
  const targets = new Set(
    stateChangingTransitions()
      .filter((e) => e.from === from && e.to !== from)
      .map((e) => e.to),
  );
  return TCP_STATES.filter((s) => targets.has(s));
}

/** Fewest choices a question offers: one legal way out alone would give the answer away. */
export const MIN_CHOICES = 3;

/**
 * Pure. The choices offered in `from`: every state the statechart can take it to (`choicesFrom`), and,
 * where that leaves fewer than `MIN_CHOICES`, the states next to `from` in Figure 5's order that the
 * statechart does NOT allow from here — the tempting wrong answers (from LAST_ACK: CLOSING and
 * TIME_WAIT, the active closer's states; from CLOSE_WAIT: FIN_WAIT_2). In Figure 5 order.
 */
export function quizChoices(from: TcpState): TcpState[] {
  const legal = choicesFrom(from);
  const at = TCP_STATES.indexOf(from);
  const nearest = TCP_STATES.filter((s) => s !== from && !legal.includes(s)).sort(
    (a, b) => Math.abs(TCP_STATES.indexOf(a) - at) - Math.abs(TCP_STATES.indexOf(b) - at),
  );
  const padding = nearest.slice(0, Math.max(0, MIN_CHOICES - legal.length));
  return TCP_STATES.filter((s) => legal.includes(s) || padding.includes(s));
}

/** Pure. The statechart transition a recorded state change took (matched by its rule key). */
export function edgeOf(change: StateChange): TransitionEdge | undefined {
  const edges = stateChangingTransitions().filter((e) => e.key === change.key);
  return edges.find((e) => e.from === change.from && e.to === change.to) ?? edges[0];
}

/** Pure. The question asked before `change`, the trace event at `traceIndex`. */
export function questionOf(change: StateChange, traceIndex: number): QuizQuestion {
  const offered = quizChoices(change.from);
  // The trace's change is always an edge of the statechart (the quiz tests pin it); the union only keeps
  // a question answerable should the two ever disagree.
  const choices = offered.includes(change.to)
    ? offered
    : TCP_STATES.filter((s) => s === change.to || offered.includes(s));
  return {
    side: change.side,
    from: change.from,
    answer: change.to,
    choices,
    step: change.step,
    traceIndex,
    edge: edgeOf(change),
    rfc: change.rfc,
  };
}
