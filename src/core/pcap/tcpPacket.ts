import type { Direction, Flags } from '../segment';
import { seq } from '../seq';
import { foldComplement, onesSum } from './checksum';
import { endpointsFor } from './endpoints';

/** The header fields of one segment, as handed to the packet builder. */
export type PacketFields = {
  /** Direction of travel; picks addresses and ports from `PCAP_ENDPOINTS`. */
  readonly dir: Direction;
  /** Sequence number; reduced modulo 2^32. */
  readonly seq: number;
  /** Acknowledgment number; written as 0 unless `flags.ACK` (RFC 9293 §3.1). */
  readonly ack: number;
  /** Control bits. */
  readonly flags: Flags;
  /** Advertised window, 0..65535. */
  readonly win: number;
  /** Payload length in octets. */
  readonly len: number;
  /** Segment id; its value modulo 65536 becomes the IPv4 Identification field. */
  readonly id: number;
};

const IP_HEADER = 20;
const TCP_HEADER = 20;
/** MSS advertised on every SYN: the Ethernet-sized value of RFC 9293 §3.7.1 (1500 - 40). */
export const SYN_MSS = 1460;
const MSS_OPTION = 4;
const TTL = 64;
const PROTO_TCP = 6;
/** Largest payload that still fits an IPv4 total length of 65535 with the MSS option present. */
export const MAX_PAYLOAD = 0xffff - IP_HEADER - TCP_HEADER - MSS_OPTION;

const FLAG_BITS = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10 } as const;

/** Pure. Length in octets of the IPv4 packet `buildPacket` produces for these fields. */
export function packetLength(f: PacketFields): number {
  return IP_HEADER + TCP_HEADER + (f.flags.SYN ? MSS_OPTION : 0) + f.len;
}

/**
 * Pure. The payload octet at stream position `s`: lowercase letters cycling with the sequence
 * number, so every copy of the same sequence space (retransmissions, duplicates) carries identical
 * bytes and a followed stream reads `abc…xyzabc…`.
 */
export function payloadByte(s: number): number {
  return 0x61 + (seq(s) % 26);
}

/**
 * Pure. Writes one raw IPv4 packet carrying a TCP segment into `out` at `at` (which must have room
 * for `packetLength(f)` octets), with valid IPv4 and TCP checksums. Throws RangeError on fields that
 * do not fit their header width.
 */
export function buildPacket(f: PacketFields, out: Uint8Array, at: number): void {
  if (!Number.isInteger(f.win) || f.win < 0 || f.win > 0xffff)
    throw new RangeError(`win ${f.win} not in 0..65535`);
  if (!Number.isInteger(f.len) || f.len < 0 || f.len > MAX_PAYLOAD) {
    throw new RangeError(`len ${f.len} not in 0..${MAX_PAYLOAD}`);
  }
  const total = packetLength(f);
  const tcpLen = total - IP_HEADER;
  const tcpHeader = TCP_HEADER + (f.flags.SYN ? MSS_OPTION : 0);
  const { src, dst } = endpointsFor(f.dir);
  const v = new DataView(out.buffer, out.byteOffset + at, total);
  const bytes = new Uint8Array(out.buffer, out.byteOffset + at, total);

  // IPv4 header (RFC 791 §3.1): version 4, IHL 5, no options.
  v.setUint8(0, 0x45);
  v.setUint8(1, 0);
  v.setUint16(2, total);
  v.setUint16(4, ((f.id % 0x10000) + 0x10000) % 0x10000);
  v.setUint16(6, 0x4000); // DF: the simulator never fragments
  v.setUint8(8, TTL);
  v.setUint8(9, PROTO_TCP);
  v.setUint16(10, 0);
  bytes.set(src.ip, 12);
  bytes.set(dst.ip, 16);
  v.setUint16(10, foldComplement(onesSum(bytes, 0, IP_HEADER)));

  // TCP header (RFC 9293 §3.1).
  const t = IP_HEADER;
  v.setUint16(t, src.port);
  v.setUint16(t + 2, dst.port);
  v.setUint32(t + 4, seq(f.seq));
  v.setUint32(t + 8, f.flags.ACK ? seq(f.ack) : 0);
  let bits = 0;
  for (const [name, bit] of Object.entries(FLAG_BITS))
    if (f.flags[name as keyof typeof FLAG_BITS]) bits |= bit;
  v.setUint16(t + 12, ((tcpHeader / 4) << 12) | bits);
  v.setUint16(t + 14, f.win);
  v.setUint16(t + 16, 0);
  v.setUint16(t + 18, 0);
  if (f.flags.SYN) {
    // RFC 9293 §3.2: MSS option, kind 2, length 4; only legal on SYN segments.
    v.setUint8(t + 20, 2);
    v.setUint8(t + 21, 4);
    v.setUint16(t + 22, SYN_MSS);
  }
  // A SYN occupies the first sequence number, so its payload (if any) starts one later.
  const first = f.seq + (f.flags.SYN ? 1 : 0);
  for (let i = 0; i < f.len; i++) bytes[t + tcpHeader + i] = payloadByte(first + i);

  // TCP checksum covers the pseudo-header: src, dst, zero, protocol, TCP length (RFC 9293 §3.1).
  let sum = onesSum(bytes, 12, 20) + PROTO_TCP + tcpLen;
  sum = onesSum(bytes, t, total, sum);
  v.setUint16(t + 16, foldComplement(sum));
}
