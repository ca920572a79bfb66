/**
 * The hand-written part of the state graph: where RFC 9293 Figure 5 puts each state, and a few label
 * tweaks. Everything else (edges, routes, label spots) is computed from the statechart by layoutGraph.
 */
import type { TcpState } from '../../core/endpoint/tcpState';

/** A cell of the figure's grid: columns 0 (left) to 2 (right), rows 0 (top) to 6 (bottom). */
export type GridCell = { readonly col: number; readonly row: number };

/**
 * RFC 9293 Figure 5, one CLOSED box only: CLOSED over LISTEN a little right of centre, the SYN states
 * either side, ESTABLISHED in the middle, the closing states below, TIME_WAIT at the bottom.
 */
export const FIGURE5_GRID: Readonly<Record<TcpState, GridCell>> = {
  CLOSED: { col: 1.2, row: 0 },
  LISTEN: { col: 1.2, row: 1 },
  SYN_RCVD: { col: 0, row: 2 },
  SYN_SENT: { col: 2, row: 2 },
  ESTABLISHED: { col: 1, row: 3 },
  FIN_WAIT_1: { col: 0, row: 4 },
  CLOSE_WAIT: { col: 2, row: 4 },
  FIN_WAIT_2: { col: 0, row: 5 },
  CLOSING: { col: 1, row: 5 },
  LAST_ACK: { col: 2, row: 5 },
  TIME_WAIT: { col: 1, row: 6 },
};

/**
 * Edges whose label Figure 5 takes from a transition the generic choice would not pick
 * ("FROM>TO" → rule key).
 */
export const MAIN_TRANSITION: Readonly<Record<string, string>> = {
  // Figure 5 note 1: RST in SYN-RECEIVED from a passive OPEN returns to LISTEN.
  'SYN_RCVD>LISTEN': 'synRcvd.rstPassive',
  // The figure's "rcv ACK of SYN / x"; the simultaneous-open SYN,ACK is its Figure 7 variant.
  'SYN_RCVD>ESTABLISHED': 'synRcvd.rcvAck',
};

/**
 * Edges Figure 5 draws straight down out of their source and then across into the target's side
 * ("FROM>TO"), where a diagonal would run through the labels of the neighbouring edges.
 */
export const DOWN_THEN_ACROSS: readonly string[] = ['FIN_WAIT_2>TIME_WAIT'];

/** A hand-tuned nudge of one edge label, in viewBox units, after automatic placement. */
export type LabelNudge = { readonly dx: number; readonly dy: number };

/** Label nudges per layout ("FROM>TO" → nudge); empty when the automatic spot is good. */
export const LABEL_NUDGES: Readonly<Record<'wide' | 'compact', Readonly<Record<string, LabelNudge>>>> = {
  wide: {},
  compact: {},
};
