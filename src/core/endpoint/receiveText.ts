import type { SegmentHeader } from '../segment';
import type { SeqNum } from '../seq';
import { seqAdd, seqDiff, seqGt, seqLe } from '../seq';
import type { HeldSegment, Tcb } from './tcb';

/** What accepting a segment's text and FIN does to the receive side. */
export type Absorbed = {
  /** RCV.NXT, the held queue and `finReceived` after the segment (and any it unblocks). */
  readonly rcvNxt: SeqNum;
  readonly held: readonly HeldSegment[];
  /** New in-order octets for the application. */
  readonly delivered: number;
  /** A FIN became in-sequence with this segment. */
  readonly fin: boolean;
  /** The segment carried text or FIN beyond RCV.NXT and was held: the peer needs an ACK now. */
  readonly outOfOrder: boolean;
  /** The segment carried text or a FIN at all (so it must be acknowledged). */
  readonly carriedData: boolean;
};

/**
 * Pure. RFC 9293 §3.10.7.4 seventh and eighth checks: accept in-window text at RCV.NXT, hold text that
 * starts beyond it ("segments with higher beginning sequence numbers may be held"), and pull held
 * segments in once the gap closes. Text beyond the right window edge is trimmed.
 */
export function absorb(t: Tcb, seg: SegmentHeader): Absorbed {
  const start = seg.flags.SYN ? seqAdd(seg.seq, 1) : seg.seq;
  const piece: HeldSegment = { start, len: seg.len, fin: seg.flags.FIN };
  const carriedData = seg.len > 0 || seg.flags.FIN;
  const heldReachable = t.held.length > 0 && t.held.some((h) => seqLe(h.start, t.rcvNxt));
  if (t.finReceived || (!carriedData && !heldReachable)) {
    return { rcvNxt: t.rcvNxt, held: t.held, delivered: 0, fin: false, outOfOrder: false, carriedData };
  }
  // Fast path, the common case: text (and maybe FIN) starting exactly at RCV.NXT, nothing held.
  if (t.held.length === 0 && carriedData && start === t.rcvNxt && seg.len <= t.rcvWnd) {
    const end = seqAdd(start, seg.len);
    const fin = seg.flags.FIN;
    return {
      rcvNxt: fin ? seqAdd(end, 1) : end,
      held: t.held,
      delivered: seg.len,
      fin,
      outOfOrder: false,
      carriedData,
    };
  }
  const rightEdge = seqAdd(t.rcvNxt, t.rcvWnd);
  let rcvNxt = t.rcvNxt;
  let delivered = 0;
  let fin = false;
  let held: HeldSegment[] = [...t.held];
  const outOfOrder = carriedData && seqGt(piece.start, rcvNxt);
  const consume = (h: HeldSegment): void => {
    const end = seqAdd(h.start, h.len);
    if (seqGt(end, rcvNxt)) {
      const take = Math.min(seqDiff(end, rcvNxt), Math.max(0, seqDiff(rightEdge, rcvNxt))); // trim to window
      rcvNxt = seqAdd(rcvNxt, take);
      delivered += take;
    }
    if (h.fin && rcvNxt === end) {
      fin = true; // RFC 9293 §3.10.7.4 eighth: the FIN is now in sequence
      rcvNxt = seqAdd(rcvNxt, 1);
    }
  };
  if (outOfOrder) {
    if (seqGt(rightEdge, piece.start) && !held.some((h) => h.start === piece.start && h.len >= piece.len)) {
      held.push(piece);
    }
  } else if (carriedData) {
    consume(piece);
  }
  // Pull in held segments that the new RCV.NXT reaches, in any order they were held.
  for (let i = held.findIndex((h) => seqLe(h.start, rcvNxt)); i >= 0 && !fin;) {
    const [h] = held.splice(i, 1);
    if (h) consume(h);
    i = held.findIndex((x) => seqLe(x.start, rcvNxt));
  }
  held = fin ? [] : held.filter((h) => seqGt(seqAdd(h.start, h.len + (h.fin ? 1 : 0)), rcvNxt));
  return { rcvNxt, held, delivered, fin, outOfOrder, carriedData };
}
