import type { SegmentHeader } from '../segment';

/** Fields every event carries: the virtual time at which it happens. */
type At = { readonly now: number };

/** User calls of RFC 9293 §3.10.1–3.10.5. */
export type UserCallEvent =
  | ({ readonly type: 'PASSIVE_OPEN' } & At)
  | ({ readonly type: 'ACTIVE_OPEN' } & At)
  | ({ readonly type: 'SEND'; readonly bytes: number } & At)
  | ({ readonly type: 'CLOSE' } & At)
  | ({ readonly type: 'ABORT' } & At);

/** A segment arrives from the link (RFC 9293 §3.10.7). */
export type SegmentArrivesEvent = { readonly type: 'SEGMENT'; readonly seg: SegmentHeader } & At;

/** Timeouts of RFC 9293 §3.10.8 and Linux's FIN_WAIT_2 timer. */
export type TimeoutEvent =
  | ({ readonly type: 'RTO_TIMEOUT' } & At)
  | ({ readonly type: 'TIME_WAIT_TIMEOUT' } & At)
  | ({ readonly type: 'FIN_WAIT_2_TIMEOUT' } & At)
  | ({ readonly type: 'USER_TIMEOUT' } & At);

/**
 * Steps of segment processing raised inside the machine once the checks common to every synchronized
 * state have passed (RFC 9293 §3.10.7.4 second, fourth, fifth and seventh/eighth checks).
 */
export type SegmentStepEvent =
  | { readonly type: 'RST_VALID'; readonly seg: SegmentHeader; readonly now: number }
  | { readonly type: 'SYN_IN_WINDOW'; readonly seg: SegmentHeader; readonly now: number }
  | { readonly type: 'ACK_ARRIVES'; readonly seg: SegmentHeader; readonly now: number }
  | {
      readonly type: 'TEXT_ARRIVES';
      readonly seg: SegmentHeader;
      readonly now: number;
      /** The segment must be acknowledged even if it carries no text (a SYN,ACK in SYN-SENT). */
      readonly mustAck?: boolean;
    };

/** Events an endpoint's statechart accepts from outside. */
export type EndpointInput = UserCallEvent | SegmentArrivesEvent | TimeoutEvent;

/** Every event of the endpoint statechart. */
export type EndpointEvent = EndpointInput | SegmentStepEvent;

/** Names of the user calls, as events. */
export const USER_CALLS = ['PASSIVE_OPEN', 'ACTIVE_OPEN', 'SEND', 'CLOSE', 'ABORT'] as const;
