import type { Direction } from '../segment';
import type { TraceEvent } from '../world/trace';

/**
 * Relative sequence numbers as Wireshark shows them: each direction's numbers counted from that
 * sender's ISS (its most recent SYN), acknowledgments from the peer's ISS.
 */
export type RelativeNumbering = {
  /** Returns seq relative to the sender's ISS and ack relative to the receiver's ISS. */
  relative(dir: Direction, seq: number, ack: number): { seq: number; ack: number };
};

/** True for the event that sets a direction's ISS: a SYN sent by an endpoint, not a retransmission. */
export function setsIss(e: TraceEvent): e is Extract<TraceEvent, { kind: 'send' }> {
  return e.kind === 'send' && e.seg.flags.SYN && !e.seg.injected && !e.seg.retransmit;
}

/** The numbering given each direction's ISS (a direction without one shows absolute numbers). */
export function numberingFrom(iss: Readonly<Partial<Record<Direction, number>>>): RelativeNumbering {
  return {
    relative(dir, seq, ack) {
      const other: Direction = dir === 'c>s' ? 's>c' : 'c>s';
      const mine = iss[dir];
      const theirs = iss[other];
      return {
        // A RST with SEQ=0 (RFC 9293 §3.5.2, no ACK to take it from) is shown as the 0 it is.
        seq: mine === undefined || seq === 0 ? seq : (seq - mine) >>> 0,
        ack: theirs === undefined ? ack : (ack - theirs) >>> 0,
      };
    },
  };
}

/** Builds a numbering that follows the trace up to and including `upTo` events. */
export function relativeNumbering(trace: readonly TraceEvent[]): (index: number) => RelativeNumbering {
  const issAt: { index: number; dir: Direction; iss: number }[] = [];
  trace.forEach((e, index) => {
    if (setsIss(e)) issAt.push({ index, dir: e.seg.dir, iss: e.seg.seq });
  });
  return (index) => {
    const iss: Partial<Record<Direction, number>> = {};
    for (const x of issAt) if (x.index <= index) iss[x.dir] = x.iss;
    return numberingFrom(iss);
  };
}
