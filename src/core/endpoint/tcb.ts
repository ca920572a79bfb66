import type { SeqNum } from '../seq';
import { seq, seqAdd, seqDiff, seqGt } from '../seq';

/** A received segment held for later because it starts beyond RCV.NXT (RFC 9293 §3.10.7.4, seventh). */
export type HeldSegment = {
  /** Sequence number of its first data octet. */
  readonly start: SeqNum;
  /** Data octets. */
  readonly len: number;
  /** Whether a FIN follows its data. */
  readonly fin: boolean;
};

/**
 * Timers of one connection, as absolute virtual due times in ms; undefined = not running. Every key is
 * always present (a fixed object shape keeps copies cheap on the hot path).
 */
export type Timers = {
  /** Retransmission timer (RFC 6298 §5). */
  readonly rexmt: number | undefined;
  /** TIME_WAIT 2×MSL timer (RFC 9293 §3.10.8). */
  readonly timeWait: number | undefined;
  /** Linux tcp_fin_timeout for an orphaned FIN_WAIT_2. */
  readonly finWait2: number | undefined;
  /** RFC 9293 §3.8.3 user timeout. */
  readonly user: number | undefined;
  /** Delayed-ACK timer (RFC 9293 §3.8.6.3). */
  readonly delack: number | undefined;
  /** Zero-window probe timer (RFC 9293 §3.8.6.1). */
  readonly persist: number | undefined;
};

/** No timer running. */
export const NO_TIMERS: Timers = {
  rexmt: undefined,
  timeWait: undefined,
  finWait2: undefined,
  user: undefined,
  delack: undefined,
  persist: undefined,
};

/** Names of the timers, for the trace. */
export type TimerName = keyof Timers;

/**
 * The Transmission Control Block (RFC 9293 §3.3.1) plus what the model needs beside it: the
 * application's send queue as a byte count, held out-of-order segments, RFC 6298 state and timers.
 */
export type Tcb = {
  /** True when this connection reached SYN_RCVD from LISTEN (RFC 9293 §3.10.7.4, note 1 of Figure 5). */
  readonly passive: boolean;
  /** Initial send sequence number. */
  readonly iss: SeqNum;
  /** Initial receive sequence number. */
  readonly irs: SeqNum;
  /** Oldest unacknowledged sequence number. */
  readonly sndUna: SeqNum;
  /** Next sequence number to be sent. */
  readonly sndNxt: SeqNum;
  /** Send window the peer advertised. */
  readonly sndWnd: number;
  /** Segment sequence number used for the last window update. */
  readonly sndWl1: SeqNum;
  /** Segment acknowledgment number used for the last window update. */
  readonly sndWl2: SeqNum;
  /** Largest window the peer has advertised (RFC 5961 §5 MAX.SND.WND). */
  readonly maxSndWnd: number;
  /** Next sequence number expected. */
  readonly rcvNxt: SeqNum;
  /** Receive window we advertise. */
  readonly rcvWnd: number;
  /** Bytes the application has passed to SEND on this connection. */
  readonly written: number;
  /** CLOSE has been called: a FIN follows the queued data. */
  readonly closeRequested: boolean;
  /** CLOSE (or SHUTDOWN) was called in SYN_RCVD with data pending; it takes effect once ESTABLISHED (§3.10.4). */
  readonly closeQueued: 'CLOSE' | 'SHUTDOWN' | undefined;
  /** Sequence number of our FIN once it has been sent. */
  readonly finSeq: SeqNum | undefined;
  /** Segments held until the gap before them fills. */
  readonly held: readonly HeldSegment[];
  /** The peer's FIN has been received in sequence. */
  readonly finReceived: boolean;
  /** Smoothed RTT (RFC 6298 §2); undefined before the first sample. */
  readonly srtt: number | undefined;
  /** RTT variation (RFC 6298 §2). */
  readonly rttvar: number | undefined;
  /** Current retransmission timeout, backoff included. */
  readonly rto: number;
  /** Consecutive retransmissions of the segment at SND.UNA. */
  readonly retransmits: number;
  /** True once a SYN has been retransmitted (RFC 6298 §5.7). */
  readonly synRetransmitted: boolean;
  /** The one segment being timed for an RTT sample: the sequence number whose ACK ends it. */
  readonly rttProbe: { readonly endSeq: SeqNum; readonly sentAt: number } | undefined;
  /** Running timers. */
  readonly timers: Timers;
  /** The application has closed the socket (Linux close(): the socket is orphaned). */
  readonly orphaned: boolean;
  /** When the last ACK answering an invalid segment was sent (for the throttle). */
  readonly lastInvalidAckAt: number | undefined;
  /** Octets received in order but not yet read by the application (`ss` Recv-Q). */
  readonly unread: number;
  /** Full-sized segments received and not yet acknowledged (delayed ACK: ACK every second one). */
  readonly unackedSegments: number;
  /** Data segments still to be acknowledged at once (Linux quick-ACK mode); undefined before data. */
  readonly quickAcksLeft: number | undefined;
  /** A zero-window probe octet is out: when the window opens, sending resumes from SND.UNA. */
  readonly probing: boolean;
};

/** A TCB for a connection not yet opened. */
export function emptyTcb(rtoInitial: number, rcvBuf: number): Tcb {
  const zero = seq(0);
  return {
    passive: false,
    iss: zero,
    irs: zero,
    sndUna: zero,
    sndNxt: zero,
    sndWnd: 0,
    sndWl1: zero,
    sndWl2: zero,
    maxSndWnd: 0,
    rcvNxt: zero,
    rcvWnd: rcvBuf,
    written: 0,
    closeRequested: false,
    closeQueued: undefined,
    finSeq: undefined,
    held: [],
    finReceived: false,
    srtt: undefined,
    rttvar: undefined,
    rto: rtoInitial,
    retransmits: 0,
    synRetransmitted: false,
    rttProbe: undefined,
    timers: NO_TIMERS,
    orphaned: false,
    lastInvalidAckAt: undefined,
    unread: 0,
    unackedSegments: 0,
    quickAcksLeft: undefined,
    probing: false,
  };
}

/**
 * A copy of a TCB with some fields changed. Written field by field: V8 keeps such objects in fast mode,
 * while chains of object spreads cost several times more on the engine's hottest path.
 */
export function withTcb(t: Tcb, p: Partial<Tcb>): Tcb {
  const c: Tcb = {
    passive: t.passive,
    iss: t.iss,
    irs: t.irs,
    sndUna: t.sndUna,
    sndNxt: t.sndNxt,
    sndWnd: t.sndWnd,
    sndWl1: t.sndWl1,
    sndWl2: t.sndWl2,
    maxSndWnd: t.maxSndWnd,
    rcvNxt: t.rcvNxt,
    rcvWnd: t.rcvWnd,
    written: t.written,
    closeRequested: t.closeRequested,
    closeQueued: t.closeQueued,
    finSeq: t.finSeq,
    held: t.held,
    finReceived: t.finReceived,
    srtt: t.srtt,
    rttvar: t.rttvar,
    rto: t.rto,
    retransmits: t.retransmits,
    synRetransmitted: t.synRetransmitted,
    rttProbe: t.rttProbe,
    timers: t.timers,
    orphaned: t.orphaned,
    lastInvalidAckAt: t.lastInvalidAckAt,
    unread: t.unread,
    unackedSegments: t.unackedSegments,
    quickAcksLeft: t.quickAcksLeft,
    probing: t.probing,
  };
  return Object.assign(c, p);
}

/** Sequence number of the first data octet (right after our SYN). */
export function dataStart(t: Tcb): SeqNum {
  return seqAdd(t.iss, 1);
}

/** True once the peer has acknowledged our SYN. */
export function ourSynAcked(t: Tcb): boolean {
  return seqGt(t.sndUna, t.iss);
}

/** True once our FIN has been sent and acknowledged. */
export function ourFinAcked(t: Tcb): boolean {
  return t.finSeq !== undefined && seqGt(t.sndUna, t.finSeq);
}

/** Data octets sent at least once. */
export function dataSent(t: Tcb): number {
  const sent = seqDiff(t.sndNxt, dataStart(t)) - (t.finSeq === undefined ? 0 : 1);
  return Math.max(0, sent);
}

/** Data octets written by the application but not yet sent (Send-Q minus what is in flight). */
export function unsent(t: Tcb): number {
  return t.written - dataSent(t);
}

/** Sequence space sent but not yet acknowledged (RFC 9293 §3.3.1: SND.NXT - SND.UNA). */
export function inFlight(t: Tcb): number {
  return seqDiff(t.sndNxt, t.sndUna);
}

/** Octets the application queued that the peer has not acknowledged yet (`ss` Send-Q). */
export function sendQueue(t: Tcb): number {
  if (!ourSynAcked(t)) return t.written;
  const acked = Math.max(0, seqDiff(t.sndUna, dataStart(t)));
  return Math.max(0, t.written - Math.min(acked, t.written));
}
