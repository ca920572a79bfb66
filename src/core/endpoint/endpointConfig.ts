import type { ProfileName } from '../script/ast';

/** Everything that tunes one endpoint's behaviour; profiles (docs/profiles.md) fill it in. */
export type EndpointConfig = {
  /** Which behaviour profile this configuration follows. */
  readonly profile: ProfileName;
  /** Maximum segment size in octets. @default 1460 */
  readonly mss: number;
  /** Receive buffer, and so the advertised window (no window scaling). @default 65535 */
  readonly rcvBuf: number;
  /** Initial RTO, RFC 6298 §2.1. @default 1000 */
  readonly rtoInitial: number;
  /** Lower bound on a computed RTO: 1 s in RFC 6298 §2.4, 200 ms in Linux (TCP_RTO_MIN). */
  readonly rtoMin: number;
  /** Upper bound on the RTO: at least 60 s by RFC 6298 §2.5, 120 s in Linux (TCP_RTO_MAX). */
  readonly rtoMax: number;
  /** Retransmissions of data or FIN before giving up (RFC 9293 §3.8.3 R2; Linux tcp_retries2). */
  readonly retries: number;
  /** Retransmissions of a SYN or SYN,ACK before giving up (Linux tcp_syn_retries / tcp_synack_retries). */
  readonly synRetries: number;
  /** Maximum segment lifetime (RFC 9293 §3.4.2). */
  readonly msl: number;
  /** TIME_WAIT length in ms: 2×MSL under RFC 9293, Linux's fixed TCP_TIMEWAIT_LEN of 60 s. */
  readonly timeWait: number;
  /** Linux tcp_fin_timeout for an orphaned FIN_WAIT_2 socket; 0 = wait forever (RFC 9293). */
  readonly finTimeout: number;
  /** RFC 9293 §3.8.3 user timeout; 0 = off. */
  readonly userTimeout: number;
  /** RFC 5961 §3–5 challenge ACKs for in-window RST and SYN, and the ACK range check. */
  readonly challengeAck: boolean;
  /**
   * Accept a zero-length segment whose SEQ is exactly RCV.NXT+RCV.WND, the right edge of the window.
   * RFC 9293 §3.10.7.4's table rejects it (RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND), so its ACK is never
   * processed: when both sides have sent a full window, each side's pure ACKs sit exactly at the other's
   * right edge and a lost segment is never recovered. Linux's tcp_sequence() tests
   * `!after(seq, rcv_nxt + tcp_receive_window())` and accepts it (BSD's tcp_input likewise).
   */
  readonly acceptAtRightEdge: boolean;
  /** RFC 1337: ignore RST in TIME_WAIT (Linux net.ipv4.tcp_rfc1337). */
  readonly rfc1337: boolean;
  /**
   * Least time between two ACKs sent in answer to unacceptable or out-of-range segments (RFC 5961 §7
   * "ACK throttling"; Linux net.ipv4.tcp_invalid_ratelimit = 500 ms). Without it two desynchronized
   * endpoints trade ACKs for ever (an "ACK storm"). 0 = no limit.
   */
  readonly invalidAckInterval: number;
  /**
   * Delayed-ACK timeout (RFC 9293 §3.8.6.3: at most 0.5 s; Linux's minimum, TCP_DELACK_MIN, is 40 ms);
   * 0 = acknowledge every segment at once (the textbook picture).
   */
  readonly delack: number;
  /**
   * The delayed-ACK timeout before any data has arrived on the connection. Linux's delayed-ACK timeout
   * (icsk_ack.ato) is still 0 then, so a delayed ACK — of a FIN, say — leaves on the next timer tick
   * (4 ms at CONFIG_HZ=250); measured in tests/fixtures/linux/. Elsewhere it equals `delack`.
   */
  readonly delackBeforeData: number;
  /**
   * Linux's quick-ACK mode: this many data segments after the first are acknowledged at once
   * (tcp_incr_quickack, TCP_MAX_QUICKACKS = 16); 0 = none.
   */
  readonly quickAcks: number;
  /**
   * Linux's ACK of a FIN that moves ESTABLISHED to CLOSE_WAIT is delayed (tcp_fin() enters "pingpong"
   * mode), so it can ride on the application's own FIN.
   */
  readonly delayFinAck: boolean;
  /**
   * close() releases the socket (Linux tcp_close(): "orphaned"): unread data turns the FIN into a RST,
   * and data that arrives afterwards draws a RST (RFC 1122 §4.2.2.13, RFC 9293 §3.6.1 SHLD-3). Under the
   * RFC, CLOSE closes only the sending direction.
   */
  readonly closeReleasesSocket: boolean;
  /** SYN cookies (recorded for later use; no behaviour yet). */
  readonly syncookies: boolean;
};

/** Linux's TCP_TIMEWAIT_LEN (include/net/tcp.h): 60 s regardless of MSL. */
export const LINUX_TIME_WAIT_MS = 60_000;
