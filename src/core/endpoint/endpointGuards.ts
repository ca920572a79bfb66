/**
 * The guards of the endpoint statechart, named as RFC 9293 §3.10.7 words its checks. Pure predicates
 * over the context and the event's segment.
 */
import type { SegmentHeader } from '../segment';
import type { EndpointContext } from './endpointContext';
import type { EndpointEvent } from './endpointEvents';
import { absorb } from './receiveText';
import {
  ackAdvances,
  ackCoversFin,
  ackTooNew,
  isRetransmittedFin,
  rstExact,
  synSentAckUnacceptable,
} from './segmentChecks';
import { ourSynAcked } from './tcb';
import { seqAdd, seqGt } from '../seq';
import type { SegmentVerdict } from './segmentVerdict';
import { segmentVerdict } from './segmentVerdict';

type GuardArgs = { context: EndpointContext; event: EndpointEvent };
type Pred = (c: EndpointContext, s: SegmentHeader) => boolean;

function onSeg(p: Pred): (a: GuardArgs) => boolean {
  return ({ context, event }) => 'seg' in event && p(context, event.seg);
}

function verdictIs(v: SegmentVerdict): (a: GuardArgs) => boolean {
  return onSeg((c, s) => segmentVerdict(c, s) === v);
}

/** The guards, by name. */
export const guards = {
  /** RFC 9293 §3.10.7.4 first check failed on a RST: drop it silently. */
  unacceptableRst: verdictIs('unacceptableRst'),
  /** RFC 9293 §3.10.7.4 first check failed: the segment is not acceptable. */
  unacceptable: verdictIs('unacceptable'),
  /** RFC 5961 §3.2: an in-window RST whose SEQ is not RCV.NXT. */
  rstChallenge: verdictIs('rstChallenge'),
  /** RFC 9293 §3.10.7.4 second check: a RST to act on. */
  rstValid: verdictIs('rstValid'),
  /** RFC 9293 §3.10.7.4 fourth check: a SYN in a synchronized state. */
  synInWindow: verdictIs('synInWindow'),
  /** RFC 9293 §3.10.7.4 fifth check: the ACK bit is off. */
  ackOff: verdictIs('ackOff'),
  /** RFC 5961 §5.2: the ACK is outside (SND.UNA - MAX.SND.WND) =< SEG.ACK =< SND.NXT. */
  ackChallenge: verdictIs('ackChallenge'),
  /** The shared checks passed: on to the state's own ACK, text and FIN processing. */
  accepted: verdictIs('accepted'),
  /** The segment carries text or a FIN, to be processed once the handshake completes. */
  carriesTextOrFin: onSeg((_, s) => s.len > 0 || s.flags.FIN),
  /** The segment has RST set. */
  isRst: onSeg((_, s) => s.flags.RST),
  /** The segment has ACK set. */
  hasAck: onSeg((_, s) => s.flags.ACK),
  /** The segment has SYN set. */
  hasSyn: onSeg((_, s) => s.flags.SYN),
  /** RFC 9293 §3.10.7.3 first: SEG.ACK =< ISS or SEG.ACK > SND.NXT. */
  synSentAckUnacceptable: onSeg((c, s) => synSentAckUnacceptable(c.tcb, s)),
  /** RFC 5961 §4 is in force: answer an in-window SYN with a challenge ACK. */
  challengeAckOn: ({ context }: GuardArgs) => context.cfg.challengeAck,
  /** RFC 9293 §3.10.7.4 fifth: SND.UNA < SEG.ACK =< SND.NXT. */
  ackAcceptable: onSeg((c, s) => ackAdvances(c.tcb, s)),
  /** RFC 9293 §3.10.7.4 fifth: SEG.ACK > SND.NXT, an ACK of something not yet sent. */
  ackTooNew: onSeg((c, s) => ackTooNew(c.tcb, s)),
  /** The ACK covers our FIN. */
  ackCoversOurFin: onSeg((c, s) => ackCoversFin(c.tcb, s)),
  /** RFC 9293 §3.10.7.4 eighth: after taking in the text, a FIN is next in sequence. */
  finInSequence: onSeg((c, s) => absorb(c.tcb, s).fin),
  /** A retransmission of the peer's FIN, which TIME_WAIT re-acknowledges (RFC 9293 §3.10.7.4). */
  retransmittedFin: onSeg((c, s) => isRetransmittedFin(c.tcb, s)),
  /** The receive queue holds data the application has not read. */
  hasUnread: ({ context }: GuardArgs) => context.tcb.unread > 0,
  /** Linux close() with unread data: the FIN becomes a RST (tcp_close()). */
  closeDiscardsUnread: ({ context }: GuardArgs) => context.cfg.closeReleasesSocket && context.tcb.unread > 0,
  /** Linux close() on a socket still open for reading (after shutdown()): it is released. */
  closeReleasesOpenSocket: ({ context }: GuardArgs) =>
    context.cfg.closeReleasesSocket && !context.tcb.orphaned,
  /** Linux: new data reaches a socket the application has closed (RFC 1122 §4.2.2.13). */
  orphanGetsData: onSeg(
    (c, s) =>
      c.cfg.closeReleasesSocket && c.tcb.orphaned && s.len > 0 && seqGt(seqAdd(s.seq, s.len), c.tcb.rcvNxt),
  ),
  /** A CLOSE is waiting for the connection to be established (§3.10.4, SYN-RECEIVED). */
  closeQueued: ({ context }: GuardArgs) => context.tcb.closeQueued !== undefined,
  /** Nothing has been queued to send (§3.10.4 SYN-RECEIVED: "If no SENDs have been issued"). */
  nothingToSend: ({ context }: GuardArgs) => context.tcb.written === 0,
  /**
   * The peer's SYN,ACK in simultaneous open (RFC 9293 Figure 7, line 6): SEG.SEQ = IRS with an ACK. Its
   * SYN lies left of RCV.NXT; trimmed off (§3.10.7.4, "trimming off any portions that lie outside the
   * window (including SYN and FIN)") what remains starts at RCV.NXT and carries the ACK of our SYN.
   */
  peerSynAckAgain: onSeg((c, s) => s.flags.SYN && s.flags.ACK && !s.flags.RST && s.seq === c.tcb.irs),
  /** This connection reached SYN_RCVD from LISTEN (note 1 of RFC 9293 Figure 5). */
  passiveOpen: ({ context }: GuardArgs) => context.tcb.passive,
  /** RFC 9293 §3.8.3 R2 / RFC 6298: the retransmission limit has been reached. */
  retriesExhausted: ({ context }: GuardArgs) =>
    context.tcb.retransmits >= (ourSynAcked(context.tcb) ? context.cfg.retries : context.cfg.synRetries),
  /** RFC 1337 TIME-WAIT assassination protection is on (Linux net.ipv4.tcp_rfc1337). */
  rfc1337: ({ context }: GuardArgs) => context.cfg.rfc1337,
  /** The linux profile is in force. */
  linux: ({ context }: GuardArgs) => context.cfg.profile === 'linux',
  /** Linux tcp_check_req: the peer's SYN again (SEG.SEQ = IRS, no ACK) while in SYN_RECV. */
  repeatedSynOnLinux: onSeg(
    (c, s) => c.cfg.profile === 'linux' && s.flags.SYN && !s.flags.ACK && !s.flags.RST && s.seq === c.tcb.irs,
  ),
  /** Linux tcp_timewait_state_process(): a RST that does not carry SEQ = RCV.NXT is ignored. */
  linuxIgnoresRst: onSeg((c, s) => c.cfg.profile === 'linux' && s.flags.RST && !rstExact(c.tcb, s)),
};

/** Names of the statechart's guards. */
export type GuardName = keyof typeof guards;
