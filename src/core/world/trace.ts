import type { CallError, UserSignal } from '../endpoint/endpointEffects';
import type { TimerName } from '../endpoint/tcb';
import type { TcpState } from '../endpoint/tcpState';
import type { Direction, Segment, Side } from '../segment';
import type { LossReason } from './worldState';

/** Fields every trace event has. */
type Base = {
  /** Virtual time in ms. */
  readonly t: number;
  /** The world step that produced it (0 = before anything ran). */
  readonly step: number;
  /**
   * Stable machine-readable key naming what happened and why, for narration: the statechart rule
   * (`finWait1.rcvFinAckOfFin`), the send cause (`tcp.send.synAck`), or the link's reason.
   */
  readonly key: string;
};

/** One record of the trace (docs/trace.md). */
export type TraceEvent =
  | (Base & { readonly kind: 'command'; readonly source: string; readonly line: number })
  | (Base & {
      readonly kind: 'call';
      readonly side: Side;
      readonly call: string;
      readonly bytes?: number;
      /** Undefined when the call succeeded. */
      readonly error?: CallError;
    })
  | (Base & {
      readonly kind: 'state';
      readonly side: Side;
      readonly from: TcpState;
      readonly to: TcpState;
      /** The section of RFC 9293 (or other source) that justifies the change. */
      readonly rfc: string;
    })
  | (Base & { readonly kind: 'rule'; readonly side: Side; readonly rfc: string })
  | (Base & { readonly kind: 'send'; readonly seg: Segment })
  | (Base & { readonly kind: 'arrive'; readonly seg: Segment })
  | (Base & {
      readonly kind: 'drop';
      readonly seg: Segment;
      /** Why the link lost it. */
      readonly reason: LossReason;
    })
  | (Base & { readonly kind: 'duplicate'; readonly seg: Segment; readonly copy: Segment })
  | (Base & { readonly kind: 'delay'; readonly seg: Segment; readonly by: number })
  | (Base & {
      readonly kind: 'timer';
      readonly side: Side;
      readonly timer: TimerName;
      readonly action: 'set' | 'cancel' | 'fire';
      /** Due time (for `set`). */
      readonly due?: number;
    })
  | (Base & { readonly kind: 'signal'; readonly side: Side; readonly signal: UserSignal })
  | (Base & {
      readonly kind: 'deliver';
      readonly side: Side;
      readonly bytes: number;
      /** Offset in the peer's byte stream of the first octet delivered. */
      readonly offset: number;
    })
  | (Base & { readonly kind: 'link'; readonly dir: Direction; readonly detail: string })
  | (Base & { readonly kind: 'note'; readonly detail: string });

/** The kinds of trace event. */
export type TraceKind = TraceEvent['kind'];
