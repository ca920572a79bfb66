import type { Direction, Flags } from '../segment';
import { buildPacket, packetLength } from './tcpPacket';

export { internetChecksum } from './checksum';
export { PCAP_ENDPOINTS } from './endpoints';

/** One captured segment. */
export type PcapRecord = {
  /** Virtual time in ms since the simulation began (may be fractional); becomes the record timestamp. */
  timeMs: number;
  /** Direction of travel; picks addresses and ports from `PCAP_ENDPOINTS`. */
  dir: Direction;
  /** Sequence number. */
  seq: number;
  /** Acknowledgment number; written as 0 when `flags.ACK` is off. */
  ack: number;
  /** Control bits. */
  flags: Flags;
  /** Advertised window, 0..65535. */
  win: number;
  /** Payload length in octets; the bytes are a fixed pattern (see `payloadByte`). */
  len: number;
  /** Segment id; modulo 65536 it is the IPv4 Identification field, so `#7` is findable as `ip.id == 7`. */
  id: number;
};

/** Classic libpcap magic for microsecond timestamps, written little-endian (`d4 c3 b2 a1`). */
export const PCAP_MAGIC = 0xa1b2c3d4;
/** Largest record the capture claims to hold; every IPv4 packet fits. */
export const PCAP_SNAPLEN = 65535;
/**
 * LINKTYPE_RAW: each record is a bare IPv4 packet with no link-layer header. Wireshark and tshark
 * open it as "Raw IP", so no invented MAC addresses appear in the capture.
 */
export const LINKTYPE_RAW = 101;

const GLOBAL_HEADER = 24;
const RECORD_HEADER = 16;

/**
 * Pure. Splits virtual milliseconds into a pcap timestamp, rounded to the nearest microsecond:
 * 1500.5 ms → { sec: 1, usec: 500500 }. Virtual time 0 is shown by Wireshark as the Unix epoch.
 */
export function pcapTimestamp(timeMs: number): { sec: number; usec: number } {
  if (!Number.isFinite(timeMs) || timeMs < 0) throw new RangeError(`timeMs ${timeMs} is not a time >= 0`);
  const totalUs = Math.round(timeMs * 1000);
  const sec = Math.floor(totalUs / 1_000_000);
  if (sec > 0xffffffff) throw new RangeError(`timeMs ${timeMs} overflows a 32-bit pcap timestamp`);
  return { sec, usec: totalUs - sec * 1_000_000 };
}

/**
 * Pure. Encodes the records, in the order given, as a classic libpcap file (version 2.4, little
 * endian, LINKTYPE_RAW) with one IPv4/TCP packet per record and valid checksums. Performs no I/O.
 * Throws RangeError on a negative time or a field that does not fit its header.
 */
export function writePcap(records: readonly PcapRecord[]): Uint8Array {
  let size = GLOBAL_HEADER;
  for (const r of records) size += RECORD_HEADER + packetLength(r);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);

  v.setUint32(0, PCAP_MAGIC, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setInt32(8, 0, true); // thiszone: timestamps are already "UTC"
  v.setUint32(12, 0, true); // sigfigs
  v.setUint32(16, PCAP_SNAPLEN, true);
  v.setUint32(20, LINKTYPE_RAW, true);

  let at = GLOBAL_HEADER;
  for (const r of records) {
    const { sec, usec } = pcapTimestamp(r.timeMs);
    const n = packetLength(r);
    v.setUint32(at, sec, true);
    v.setUint32(at + 4, usec, true);
    v.setUint32(at + 8, n, true); // incl_len: never truncated, n <= snaplen
    v.setUint32(at + 12, n, true); // orig_len
    buildPacket(r, out, at + RECORD_HEADER);
    at += RECORD_HEADER + n;
  }
  return out;
}
