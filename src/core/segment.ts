import type { SeqNum } from './seq';
import type { SimTimeMs } from './time';

/** The two endpoints of every simulation. */
export type Side = 'client' | 'server';

/** A direction on the link: `c>s` carries what the client sends. */
export type Direction = 'c>s' | 's>c';

/** The TCP control bits the engine models (RFC 9293 §3.1; URG is not modelled). */
export type Flag = 'SYN' | 'ACK' | 'FIN' | 'RST' | 'PSH';

/** Canonical flag order used when printing (`SYN+ACK`, `FIN+ACK`, `RST+ACK`, `PSH+ACK`). */
export const FLAG_ORDER: readonly Flag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];

/** A set of control bits. */
export type Flags = Readonly<Record<Flag, boolean>>;

/** The header of a TCP segment as the engine models it; payload is a byte count, not bytes. */
export type SegmentHeader = {
  /** Sequence number of the first octet (of the SYN or FIN when those are set). */
  readonly seq: SeqNum;
  /** Acknowledgment number; meaningful only when `flags.ACK`. */
  readonly ack: SeqNum;
  /** Control bits. */
  readonly flags: Flags;
  /** Advertised receive window (16 bits, no window scaling). */
  readonly win: number;
  /** Payload length in octets (SYN and FIN are not counted here). */
  readonly len: number;
};

/** A segment on the link, with its identity and provenance. */
export type Segment = SegmentHeader & {
  /** Stable id, numbered from 1 in the order segments enter the link (`drop #7`). */
  readonly id: number;
  /** Direction of travel. */
  readonly dir: Direction;
  /** Virtual time it was handed to the link. */
  readonly sentAt: SimTimeMs;
  /** Why it was sent: a trace key such as `tcp.send.synAck` or `link.inject`. */
  readonly cause: string;
  /** True for a retransmission of sequence space already sent. */
  readonly retransmit: boolean;
  /** True for a segment crafted by `inject` rather than sent by an endpoint. */
  readonly injected: boolean;
  /** For a link duplicate, the id of the original; undefined otherwise. */
  readonly duplicateOf: number | undefined;
};

/** Sequence space a segment occupies: its payload plus one for SYN and one for FIN (RFC 9293 §3.4). */
export function segLen(h: SegmentHeader): number {
  return h.len + (h.flags.SYN ? 1 : 0) + (h.flags.FIN ? 1 : 0);
}

const NO_FLAGS: Flags = { SYN: false, ACK: false, FIN: false, RST: false, PSH: false };

/** Builds a flag set from the names given. */
export function flags(...names: Flag[]): Flags {
  const f: Record<Flag, boolean> = { ...NO_FLAGS };
  for (const n of names) f[n] = true;
  return f;
}

/** Shared flag sets for the segments the endpoints send most (flag sets are never mutated). */
export const FLAGS = {
  ACK: flags('ACK'),
  PSH_ACK: flags('PSH', 'ACK'),
  FIN_ACK: flags('FIN', 'ACK'),
  FIN_PSH_ACK: flags('FIN', 'PSH', 'ACK'),
  SYN: flags('SYN'),
  SYN_ACK: flags('SYN', 'ACK'),
  RST: flags('RST'),
  RST_ACK: flags('RST', 'ACK'),
} as const;

/** Prints flags as `SYN+ACK`, or `-` when none is set. */
export function formatFlags(f: Flags): string {
  const on = FLAG_ORDER.filter((n) => f[n]);
  return on.length === 0 ? '-' : on.join('+');
}

/** True when the two flag sets are exactly equal. */
export function sameFlags(a: Flags, b: Flags): boolean {
  return FLAG_ORDER.every((n) => a[n] === b[n]);
}

/** The sender of a direction. */
export function senderOf(dir: Direction): Side {
  return dir === 'c>s' ? 'client' : 'server';
}

/** The receiver of a direction. */
export function receiverOf(dir: Direction): Side {
  return dir === 'c>s' ? 'server' : 'client';
}

/** The direction in which `side` sends. */
export function dirFrom(side: Side): Direction {
  return side === 'client' ? 'c>s' : 's>c';
}

/** The other side. */
export function peerOf(side: Side): Side {
  return side === 'client' ? 'server' : 'client';
}
