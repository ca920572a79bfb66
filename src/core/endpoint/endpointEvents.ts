import type { SegmentHeader } from '../segment';

/** Fields every event carries: the virtual time at which it happens. */
type At = { readonly now: number };

/** User calls of RFC 9293 §3.10.1–3.10.5. */
export type UserCallEvent =
  | ({ readonly type: 'PASSIVE_OPEN' } & At)
  | ({ readonly type: 'ACTIVE_OPEN' } & At)
  | ({ readonly type: 'SEND'; readonly bytes: number } & At)
  | ({
      readonly type: 'READ';
      /** Most octets to read; undefined reads everything waiting (RFC 9293 §3.10.3 RECEIVE). */
      readonly bytes: number | undefined;
    } & At)
  | ({
      readonly type: 'SHUTDOWN';
      /** Raised by the machine: a SHUTDOWN queued in SYN_RCVD, now processed in ESTABLISHED (§3.10.4). */
      readonly queued?: boolean;
    } & At)
  | ({
      readonly type: 'CLOSE';
      /** Raised by the machine: a CLOSE queued in SYN_RCVD, now processed in ESTABLISHED (§3.10.4). */
      readonly queued?: boolean;
    } & At)
  | ({ readonly type: 'ABORT' } & At);

/** A segment arrives from the link (RFC 9293 §3.10.7). */
export type SegmentArrivesEvent = { readonly type: 'SEGMENT'; readonly seg: SegmentHeader } & At;

/** Timeouts of RFC 9293 §3.10.8 and Linux's FIN_WAIT_2 timer. */
export type TimeoutEvent =
  | ({ readonly type: 'RTO_TIMEOUT' } & At)
  | ({ readonly type: 'TIME_WAIT_TIMEOUT' } & At)
  | ({ readonly type: 'FIN_WAIT_2_TIMEOUT' } & At)
  | ({ readonly type: 'USER_TIMEOUT' } & At)
  | ({ readonly type: 'DELACK_TIMEOUT' } & At)
  | ({ readonly type: 'PERSIST_TIMEOUT' } & At);

/**
 * Raised inside the machine when the segment that completes the handshake also carries text or a FIN:
 * it is processed again in ESTABLISHED (RFC 9293 §3.10.7.3: "continue processing at the sixth step").
 */
export type TextArrivesEvent = {
  readonly type: 'TEXT_ARRIVES';
  readonly seg: SegmentHeader;
  readonly now: number;
  /** The segment must be acknowledged even if it carries no text. */
  readonly mustAck: boolean;
};

/** Events an endpoint's statechart accepts from outside. */
export type EndpointInput = UserCallEvent | SegmentArrivesEvent | TimeoutEvent;

/** Every event of the endpoint statechart. */
export type EndpointEvent = EndpointInput | TextArrivesEvent;

/** Names of the user calls, as events. */
export const USER_CALLS = [
  'PASSIVE_OPEN',
  'ACTIVE_OPEN',
  'SEND',
  'READ',
  'SHUTDOWN',
  'CLOSE',
  'ABORT',
] as const;
