import { describe, expect, it } from 'vitest';
import { flags, type Flags } from '../segment';
import { internetChecksum, PCAP_ENDPOINTS, writePcap, type PcapRecord } from './writePcap';

// A tiny reader written from the libpcap, RFC 791 and RFC 9293 layouts, deliberately sharing no
// code with the writer, so a symmetric mistake in both cannot pass.

type Parsed = {
  sec: number;
  usec: number;
  inclLen: number;
  origLen: number;
  ip: Uint8Array;
  ipTotal: number;
  ipId: number;
  ipFlagsFrag: number;
  ttl: number;
  proto: number;
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  dataOffset: number;
  flagBits: number;
  win: number;
  urgent: number;
  options: number[];
  payload: string;
};

function sum16(parts: number[][]): number {
  let s = 0;
  for (const p of parts) {
    for (let i = 0; i < p.length; i += 2) s += ((p[i] ?? 0) << 8) + (p[i + 1] ?? 0);
  }
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return s;
}

function readGlobal(file: Uint8Array) {
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return {
    magicBytes: Array.from(file.subarray(0, 4)),
    major: v.getUint16(4, true),
    minor: v.getUint16(6, true),
    zone: v.getInt32(8, true),
    sigfigs: v.getUint32(12, true),
    snaplen: v.getUint32(16, true),
    linktype: v.getUint32(20, true),
  };
}

function readRecords(file: Uint8Array): Parsed[] {
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: Parsed[] = [];
  let at = 24;
  while (at < file.length) {
    const inclLen = v.getUint32(at + 8, true);
    const ip = file.slice(at + 16, at + 16 + inclLen);
    const p = new DataView(ip.buffer);
    const ihl = (ip[0] ?? 0) & 0x0f;
    const t = ihl * 4;
    const dataOffset = (ip[t + 12] ?? 0) >> 4;
    out.push({
      sec: v.getUint32(at, true),
      usec: v.getUint32(at + 4, true),
      inclLen,
      origLen: v.getUint32(at + 12, true),
      ip,
      ipTotal: p.getUint16(2),
      ipId: p.getUint16(4),
      ipFlagsFrag: p.getUint16(6),
      ttl: p.getUint8(8),
      proto: p.getUint8(9),
      src: Array.from(ip.subarray(12, 16)).join('.'),
      dst: Array.from(ip.subarray(16, 20)).join('.'),
      srcPort: p.getUint16(t),
      dstPort: p.getUint16(t + 2),
      seq: p.getUint32(t + 4),
      ack: p.getUint32(t + 8),
      dataOffset,
      flagBits: p.getUint8(t + 13),
      win: p.getUint16(t + 14),
      urgent: p.getUint16(t + 18),
      options: Array.from(ip.subarray(t + 20, t + dataOffset * 4)),
      payload: String.fromCharCode(...ip.subarray(t + dataOffset * 4)),
    });
    at += 16 + inclLen;
  }
  return out;
}

function ipHeaderSum(r: Parsed): number {
  return sum16([Array.from(r.ip.subarray(0, 20))]);
}

function tcpSum(r: Parsed): number {
  const tcp = Array.from(r.ip.subarray(20));
  const pseudo = [...r.ip.subarray(12, 20), 0, 6, tcp.length >> 8, tcp.length & 0xff];
  return sum16([pseudo, tcp]);
}

function rec(over: Partial<PcapRecord> & { flags: Flags }): PcapRecord {
  return { timeMs: 0, dir: 'c>s', seq: 0, ack: 0, win: 65535, len: 0, id: 1, ...over };
}

const CLIENT = PCAP_ENDPOINTS.client.ip.join('.');
const SERVER = PCAP_ENDPOINTS.server.ip.join('.');

// Handshake, a data exchange with a retransmission, and a close.
const CONVERSATION: PcapRecord[] = [
  rec({ id: 1, timeMs: 0, dir: 'c>s', seq: 1000, flags: flags('SYN'), win: 64240 }),
  rec({ id: 2, timeMs: 50, dir: 's>c', seq: 5000, ack: 1001, flags: flags('SYN', 'ACK'), win: 65160 }),
  rec({ id: 3, timeMs: 100, dir: 'c>s', seq: 1001, ack: 5001, flags: flags('ACK'), win: 64240 }),
  rec({ id: 4, timeMs: 100, dir: 'c>s', seq: 1001, ack: 5001, flags: flags('PSH', 'ACK'), len: 30 }),
  rec({ id: 5, timeMs: 300.25, dir: 'c>s', seq: 1001, ack: 5001, flags: flags('PSH', 'ACK'), len: 30 }),
  rec({ id: 6, timeMs: 350.25, dir: 's>c', seq: 5001, ack: 1031, flags: flags('ACK') }),
  rec({ id: 7, timeMs: 400, dir: 'c>s', seq: 1031, ack: 5001, flags: flags('FIN', 'ACK') }),
  rec({ id: 8, timeMs: 450, dir: 's>c', seq: 5001, ack: 1032, flags: flags('FIN', 'ACK') }),
  rec({ id: 9, timeMs: 500, dir: 'c>s', seq: 1032, ack: 5002, flags: flags('ACK') }),
  rec({ id: 70000, timeMs: 1500.5, dir: 's>c', seq: 5002, flags: flags('RST') }),
];

describe('internetChecksum', () => {
  it('RFC 1071 §3 example 00 01 f2 03 f4 f5 f6 f7 → sum 0xddf2, checksum 0x220d', () => {
    expect(internetChecksum(new Uint8Array([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]))).toBe(0x220d);
  });

  it('pads an odd trailing byte with zero', () => {
    expect(internetChecksum(new Uint8Array([0x12]))).toBe(~0x1200 & 0xffff);
    expect(internetChecksum(new Uint8Array([0x12, 0x34, 0x56]))).toBe(~(0x1234 + 0x5600) & 0xffff);
  });

  it('folds carries end-around', () => {
    expect(internetChecksum(new Uint8Array([0xff, 0xff, 0x00, 0x01]))).toBe(0xfffe);
    expect(internetChecksum(new Uint8Array([]))).toBe(0xffff);
  });
});

describe('writePcap', () => {
  const file = writePcap(CONVERSATION);
  const records = readRecords(file);

  it('writes a classic little-endian libpcap 2.4 header, snaplen 65535, LINKTYPE_RAW', () => {
    expect(readGlobal(file)).toEqual({
      magicBytes: [0xd4, 0xc3, 0xb2, 0xa1],
      major: 2,
      minor: 4,
      zone: 0,
      sigfigs: 0,
      snaplen: 65535,
      linktype: 101,
    });
  });

  it('an empty capture is just the 24-byte global header', () => {
    expect(writePcap([]).length).toBe(24);
  });

  it('one record per segment, untruncated, in the order given', () => {
    expect(records).toHaveLength(CONVERSATION.length);
    for (const r of records) {
      expect(r.inclLen).toBe(r.origLen);
      expect(r.ipTotal).toBe(r.inclLen);
    }
    expect(records.map((r) => r.ipId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 70000 % 65536]);
  });

  it('IPv4 header: version 4, IHL 5, DF, TTL 64, protocol TCP, checksum verifies', () => {
    for (const r of records) {
      expect(r.ip[0]).toBe(0x45);
      expect(r.ipFlagsFrag).toBe(0x4000);
      expect(r.ttl).toBe(64);
      expect(r.proto).toBe(6);
      expect(ipHeaderSum(r)).toBe(0xffff);
    }
  });

  it('TCP checksum over the pseudo-header verifies on every segment', () => {
    for (const r of records) expect(tcpSum(r)).toBe(0xffff);
  });

  it('a corrupted payload byte breaks the TCP checksum (the check is not vacuous)', () => {
    const r = records[3]!;
    const bad = r.ip.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 0x01;
    expect(tcpSum({ ...r, ip: bad })).not.toBe(0xffff);
  });

  it('addresses and ports follow the direction', () => {
    expect(PCAP_ENDPOINTS.client).toEqual({ ip: [192, 0, 2, 1], port: 49152 });
    expect(PCAP_ENDPOINTS.server).toEqual({ ip: [198, 51, 100, 2], port: 9000 });
    for (const [i, r] of records.entries()) {
      const c2s = CONVERSATION[i]!.dir === 'c>s';
      expect([r.src, r.srcPort]).toEqual(c2s ? [CLIENT, 49152] : [SERVER, 9000]);
      expect([r.dst, r.dstPort]).toEqual(c2s ? [SERVER, 9000] : [CLIENT, 49152]);
    }
  });

  it('seq, flags bits, window and urgent pointer are written as given', () => {
    expect(records.map((r) => r.seq)).toEqual(CONVERSATION.map((c) => c.seq));
    expect(records.map((r) => r.flagBits)).toEqual([
      0x02, 0x12, 0x10, 0x18, 0x18, 0x10, 0x11, 0x11, 0x10, 0x04,
    ]);
    expect(records.map((r) => r.win)).toEqual(CONVERSATION.map((c) => c.win));
    for (const r of records) expect(r.urgent).toBe(0);
  });

  it('ack field carries the number only when ACK is set, else 0', () => {
    expect(records[1]!.ack).toBe(1001);
    expect(records[5]!.ack).toBe(1031);
    expect(records[0]!.ack).toBe(0);
    const noAck = readRecords(writePcap([rec({ ack: 12345, flags: flags('RST') })]));
    expect(noAck[0]!.ack).toBe(0);
  });

  it('MSS 1460 option (data offset 6) on SYN and SYN+ACK only; others have data offset 5', () => {
    for (const [i, r] of records.entries()) {
      if (CONVERSATION[i]!.flags.SYN) {
        expect(r.dataOffset).toBe(6);
        expect(r.options).toEqual([2, 4, 1460 >> 8, 1460 & 0xff]);
      } else {
        expect(r.dataOffset).toBe(5);
        expect(r.options).toEqual([]);
      }
    }
  });

  it('payload has len bytes of letters keyed to sequence number; a retransmission is identical', () => {
    expect(records.map((r) => r.payload.length)).toEqual(CONVERSATION.map((c) => c.len));
    const data = records[3]!.payload;
    // 1001 mod 26 = 13 → 'n'
    expect(data).toBe('nopqrstuvwxyzabcdefghijklmnopq');
    expect(records[4]!.payload).toBe(data);
    const later = readRecords(writePcap([rec({ seq: 1011, flags: flags('ACK'), len: 5 })]));
    expect(later[0]!.payload).toBe(data.slice(10, 15));
  });

  it('payload on a SYN starts after the SYN octet', () => {
    const [r] = readRecords(writePcap([rec({ seq: 25, flags: flags('SYN'), len: 3 })]));
    expect(r!.payload).toBe('abc');
    expect(tcpSum(r!)).toBe(0xffff);
  });

  it('timestamps split virtual ms into seconds and microseconds', () => {
    expect(records.map((r) => [r.sec, r.usec])).toEqual([
      [0, 0],
      [0, 50000],
      [0, 100000],
      [0, 100000],
      [0, 300250],
      [0, 350250],
      [0, 400000],
      [0, 450000],
      [0, 500000],
      [1, 500500],
    ]);
    const [r] = readRecords(writePcap([rec({ timeMs: 3_600_000.0004, flags: flags('ACK') })]));
    expect([r!.sec, r!.usec]).toEqual([3600, 0]);
  });

  it('sequence numbers wrap modulo 2^32 and odd-length payloads still checksum', () => {
    const [r] = readRecords(
      writePcap([rec({ seq: 2 ** 32 + 7, ack: -1, flags: flags('ACK', 'PSH'), len: 7, dir: 's>c' })]),
    );
    expect(r!.seq).toBe(7);
    expect(r!.ack).toBe(2 ** 32 - 1);
    expect(tcpSum(r!)).toBe(0xffff);
    expect(ipHeaderSum(r!)).toBe(0xffff);
  });

  it('rejects fields that do not fit the headers', () => {
    expect(() => writePcap([rec({ timeMs: -1, flags: flags('ACK') })])).toThrow(RangeError);
    expect(() => writePcap([rec({ timeMs: NaN, flags: flags('ACK') })])).toThrow(RangeError);
    expect(() => writePcap([rec({ win: 65536, flags: flags('ACK') })])).toThrow(RangeError);
    expect(() => writePcap([rec({ len: 70000, flags: flags('ACK') })])).toThrow(RangeError);
    expect(() => writePcap([rec({ len: 1.5, flags: flags('ACK') })])).toThrow(RangeError);
  });

  it('is deterministic: same records, same bytes', () => {
    expect(writePcap(CONVERSATION)).toEqual(file);
  });
});
