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
  ackInRfc5961Range,
  ackTooNew,
  isRetransmittedFin,
  rstExact,
  segmentAcceptable,
  synSentAckUnacceptable,
} from './segmentChecks';
import { ourSynAcked } from './tcb';

type GuardArgs = { context: EndpointContext; event: EndpointEvent };
type Pred = (c: EndpointContext, s: SegmentHeader) => boolean;

function onSeg(p: Pred): (a: GuardArgs) => boolean {
  return ({ context, event }) => 'seg' in event && p(context, event.seg);
}

/** The guards, by name. */
export const guards = {
  /** The segment has RST set. */
  isRst: onSeg((_, s) => s.flags.RST),
  /** The segment has ACK set. */
  hasAck: onSeg((_, s) => s.flags.ACK),
  /** The segment has SYN set. */
  hasSyn: onSeg((_, s) => s.flags.SYN),
  /** The segment has ACK clear (RFC 9293 §3.10.7.4 fifth: "if the ACK bit is off, drop the segment"). */
  noAck: onSeg((_, s) => !s.flags.ACK),
  /** RFC 9293 §3.10.7.3 first: SEG.ACK =< ISS or SEG.ACK > SND.NXT. */
  synSentAckUnacceptable: onSeg((c, s) => synSentAckUnacceptable(c.tcb, s)),
  /** RFC 9293 §3.10.7.4 first: the segment fails the acceptability test. */
  segmentUnacceptable: onSeg((c, s) => !segmentAcceptable(c.tcb, s)),
  /** RFC 5961 §3.2: an in-window RST whose SEQ is not exactly RCV.NXT, when challenge ACKs are on. */
  rstNeedsChallenge: onSeg((c, s) => c.cfg.challengeAck && !rstExact(c.tcb, s)),
  /** RFC 5961 §3.2 / Linux TIME_WAIT: SEG.SEQ = RCV.NXT exactly. */
  rstExact: onSeg((c, s) => rstExact(c.tcb, s)),
  /** RFC 5961 §4 is in force: answer an in-window SYN with a challenge ACK. */
  challengeAckOn: ({ context }: GuardArgs) => context.cfg.challengeAck,
  /** RFC 5961 §5.2: the ACK falls outside (SND.UNA - MAX.SND.WND) =< SEG.ACK =< SND.NXT. */
  ackFailsRfc5961Check: onSeg(
    (c, s) => c.cfg.challengeAck && ourSynAcked(c.tcb) && !ackInRfc5961Range(c.tcb, s),
  ),
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
