import type { SegmentHeader } from '../segment';
import type { TcpState } from './tcpState';

/** Signals to the application (RFC 9293 §3.10 "signal the user"). */
export type UserSignal =
  | 'connection closing'
  | 'connection reset'
  | 'connection refused'
  | 'connection timed out'
  | 'connection aborted due to user timeout';

/** Errors returned to a user call (RFC 9293 §3.10.1–3.10.5). */
export type CallError = 'connection does not exist' | 'connection already exists' | 'connection closing';

/**
 * What one endpoint transition asks of the world. The machine declares these as `effect` actions;
 * the world carries them out and writes each into the trace.
 */
export type Effect =
  | {
      readonly kind: 'send';
      readonly seg: SegmentHeader;
      /** Trace key of the reason, e.g. `tcp.send.synAck`. */
      readonly cause: string;
      readonly retransmit: boolean;
    }
  | {
      readonly kind: 'rule';
      readonly key: string;
      readonly rfc: string;
      /** The state the transition enters; undefined when it changes no state. */
      readonly to: TcpState | undefined;
    }
  | {
      readonly kind: 'callResult';
      readonly call: string;
      readonly error?: CallError;
      /** For READ: the octets handed to the application. */
      readonly bytes?: number;
    }
  | { readonly kind: 'signal'; readonly signal: UserSignal }
  | { readonly kind: 'deliver'; readonly bytes: number; readonly offset: number }
  | { readonly kind: 'discard'; readonly key: string; readonly rfc: string };
