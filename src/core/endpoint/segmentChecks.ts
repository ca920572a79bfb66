import type { SegmentHeader } from '../segment';
import { segLen } from '../segment';
import { seqAdd, seqGt, seqInWindow, seqLe, seqLt } from '../seq';
import type { Tcb } from './tcb';

/**
 * RFC 9293 §3.10.7.4 first check, the segment acceptability test: four cases on segment length and
 * receive window.
 */
export function segmentAcceptable(t: Tcb, seg: SegmentHeader, acceptAtRightEdge = false): boolean {
  const len = segLen(seg);
  if (len === 0) {
    if (t.rcvWnd === 0) return seg.seq === t.rcvNxt;
    // Linux's tcp_sequence() also takes SEG.SEQ = RCV.NXT+RCV.WND (EndpointConfig.acceptAtRightEdge).
    return seqInWindow(seg.seq, t.rcvNxt, acceptAtRightEdge ? t.rcvWnd + 1 : t.rcvWnd);
  }
  if (t.rcvWnd === 0) return false;
  return (
    seqInWindow(seg.seq, t.rcvNxt, t.rcvWnd) || seqInWindow(seqAdd(seg.seq, len - 1), t.rcvNxt, t.rcvWnd)
  );
}

/** RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second check, 2): the RST's sequence number is exactly RCV.NXT. */
export function rstExact(t: Tcb, seg: SegmentHeader): boolean {
  return seg.seq === t.rcvNxt;
}

/** RFC 5961 §5.2: (SND.UNA - MAX.SND.WND) =< SEG.ACK =< SND.NXT. */
export function ackInRfc5961Range(t: Tcb, seg: SegmentHeader): boolean {
  return seqLe(seqAdd(t.sndUna, -t.maxSndWnd), seg.ack) && seqLe(seg.ack, t.sndNxt);
}

/** RFC 9293 §3.10.7.4 fifth check: SND.UNA < SEG.ACK =< SND.NXT. */
export function ackAdvances(t: Tcb, seg: SegmentHeader): boolean {
  return seqLt(t.sndUna, seg.ack) && seqLe(seg.ack, t.sndNxt);
}

/** RFC 9293 §3.10.7.4 fifth check: "If the ACK acks something not yet sent (SEG.ACK > SND.NXT)". */
export function ackTooNew(t: Tcb, seg: SegmentHeader): boolean {
  return seqGt(seg.ack, t.sndNxt);
}

/** True when SEG.ACK covers our FIN (the FIN has been sent and SEG.ACK > its sequence number). */
export function ackCoversFin(t: Tcb, seg: SegmentHeader): boolean {
  return seg.flags.ACK && t.finSeq !== undefined && seqGt(seg.ack, t.finSeq) && seqLe(seg.ack, t.sndNxt);
}

/** RFC 9293 §3.10.7.3 first check in SYN-SENT: the ACK is unacceptable if SEG.ACK =< ISS or > SND.NXT. */
export function synSentAckUnacceptable(t: Tcb, seg: SegmentHeader): boolean {
  return seg.flags.ACK && (seqLe(seg.ack, t.iss) || seqGt(seg.ack, t.sndNxt));
}

/**
 * True for a retransmission of the peer's FIN once it has been received: a FIN whose sequence space
 * ends exactly at RCV.NXT (RFC 9293 §3.10.7.4, TIME-WAIT under the fifth and eighth checks).
 */
export function isRetransmittedFin(t: Tcb, seg: SegmentHeader): boolean {
  return t.finReceived && seg.flags.FIN && !seg.flags.RST && seqAdd(seg.seq, segLen(seg)) === t.rcvNxt;
}
