/**
 * Groups the statechart's state-changing transitions into the drawn edges of the state graph: one edge
 * per (from, to) pair, labelled with its main transition and classified as a Figure 5 edge or not.
 */
import type { TransitionEdge } from '../../core/endpoint/transitionGraph';
import { stateChangingTransitions } from '../../core/endpoint/transitionGraph';
import type { TcpState } from '../../core/endpoint/tcpState';
import { MAIN_TRANSITION } from './figure5Layout';

/** Whether an edge belongs to RFC 9293 Figure 5 or is one of the paths the figure leaves out. */
export type EdgeKind = 'primary' | 'secondary';

/** One drawn edge: every state-changing transition from one state to another. */
export type EdgeGroup = {
  /** `"FROM>TO"`, the value of the path's `data-edge` attribute. */
  readonly id: string;
  /** Source state. */
  readonly from: TcpState;
  /** Target state. */
  readonly to: TcpState;
  /** The transitions the edge stands for, in statechart order. */
  readonly transitions: readonly TransitionEdge[];
  /** The transition whose RFC words label the edge. */
  readonly main: TransitionEdge;
  /** `primary` for Figure 5 edges; `secondary` for resets, aborts, give-ups and Linux-only paths. */
  readonly kind: EdgeKind;
};

/** The `"FROM>TO"` key of an edge. */
export function edgeId(from: TcpState, to: TcpState): string {
  return `${from}>${to}`;
}

/** The user calls, segment arrivals and the 2MSL timeout that Figure 5 draws. */
const FIGURE5_EVENTS = [
  'PASSIVE_OPEN',
  'SEND',
  'ACTIVE_OPEN',
  'CLOSE',
  'SEGMENT',
  'TIME_WAIT_TIMEOUT',
  'SHUTDOWN',
  'TEXT_ARRIVES',
];

/** Rule keys naming paths Figure 5 omits: resets, aborts, retry give-ups, timeouts, Linux extras. */
const OFF_FIGURE = ['giveUp', 'abort', 'Abort', 'rst', 'Rst', 'unreadReset', 'dataAfterClose'];

/** Whether a transition is one of the edges drawn in RFC 9293 Figure 5. */
export function isFigure5Transition(t: TransitionEdge): boolean {
  if (t.shared || t.error || !FIGURE5_EVENTS.includes(t.event)) return false;
  if (OFF_FIGURE.some((word) => t.key.includes(word))) return false;
  // The 2MSL timeout is in the figure; the user and FIN_WAIT_2 timeouts are not.
  return !t.key.includes('timeout') || t.key === 'timeWait.timeout';
}

/** Event order for choosing a label: Figure 5's own events first, then the half-close and ABORT. */
function eventRank(event: string): number {
  const i = [...FIGURE5_EVENTS, 'ABORT'].indexOf(event);
  return i < 0 ? FIGURE5_EVENTS.length + 1 : i;
}

/**
 * The transition that names an edge: a Figure 5 transition if there is one, RFC before Linux, then by
 * event (user calls before arrivals), own before shared; `MAIN_TRANSITION` may pin the figure's choice.
 */
function mainTransition(id: string, ts: readonly TransitionEdge[]): TransitionEdge {
  const pinned = ts.find((t) => t.key === MAIN_TRANSITION[id]);
  if (pinned) return pinned;
  const score = (t: TransitionEdge): number[] => [
    isFigure5Transition(t) ? 0 : 1,
    t.rfc.includes('Linux') ? 1 : 0,
    eventRank(t.event),
    t.shared ? 1 : 0,
  ];
  const ranked = ts
    .map((t, i) => ({ t, s: [...score(t), i] }))
    .sort((a, b) => {
      for (let k = 0; k < a.s.length; k++) {
        const d = (a.s[k] ?? 0) - (b.s[k] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    });
  return ranked[0]!.t;
}

/**
 * Pure. The drawn edges, in first-appearance order of the statechart's transitions. Self-loops are
 * skipped (a state-changing transition always leaves its state, but a re-entry would not be drawn).
 */
export function edgeGroups(
  transitions: readonly TransitionEdge[] = stateChangingTransitions(),
): readonly EdgeGroup[] {
  const byId = new Map<string, TransitionEdge[]>();
  for (const t of transitions) {
    if (!t.changesState || t.from === t.to) continue;
    const id = edgeId(t.from, t.to);
    const list = byId.get(id) ?? [];
    list.push(t);
    byId.set(id, list);
  }
  return [...byId.entries()].map(([id, ts]) => ({
    id,
    from: ts[0]!.from,
    to: ts[0]!.to,
    transitions: ts,
    main: mainTransition(id, ts),
    kind: ts.some(isFigure5Transition) ? 'primary' : 'secondary',
  }));
}
