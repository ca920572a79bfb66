import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import type { SegmentHeader } from '../segment';
import { flags } from '../segment';
import { seq } from '../seq';
import { segmentAcceptable } from './segmentChecks';
import { emptyTcb, withTcb } from './tcb';

// RCV.NXT = 1000, RCV.WND = 500: the window is [1000, 1500), its right edge 1500.
const tcb = withTcb(emptyTcb(1000, 65535), { rcvNxt: seq(1000), rcvWnd: 500 });
const ack = (at: number, len = 0): SegmentHeader => ({
  seq: seq(at),
  ack: seq(0),
  flags: flags('ACK'),
  win: 0,
  len,
});

describe('the acceptability test (RFC 9293 §3.10.7.4 first check)', () => {
  it('takes a zero-length segment from RCV.NXT up to, not including, the right edge', () => {
    expect(segmentAcceptable(tcb, ack(1000))).toBe(true);
    expect(segmentAcceptable(tcb, ack(1499))).toBe(true);
    expect(segmentAcceptable(tcb, ack(999))).toBe(false);
    expect(segmentAcceptable(tcb, ack(1500))).toBe(false);
  });

  it('with acceptAtRightEdge (Linux tcp_sequence) also takes a zero-length segment exactly at the edge, not past it', () => {
    expect(segmentAcceptable(tcb, ack(1500), true)).toBe(true);
    expect(segmentAcceptable(tcb, ack(1501), true)).toBe(false);
    expect(segmentAcceptable(tcb, ack(999), true)).toBe(false);
  });

  it('takes a data segment when its first or last octet is in the window', () => {
    expect(segmentAcceptable(tcb, ack(900, 101))).toBe(true);
    expect(segmentAcceptable(tcb, ack(900, 100))).toBe(false);
    expect(segmentAcceptable(tcb, ack(1499, 10))).toBe(true);
    expect(segmentAcceptable(tcb, ack(1500, 10), true)).toBe(false);
  });

  it('with a zero window takes only a zero-length segment at RCV.NXT', () => {
    const closed = withTcb(tcb, { rcvWnd: 0 });
    expect(segmentAcceptable(closed, ack(1000))).toBe(true);
    expect(segmentAcceptable(closed, ack(1001), true)).toBe(false);
    expect(segmentAcceptable(closed, ack(1000, 1))).toBe(false);
  });
});

// The client's 100 bytes reach the server, whose own ACK is lost; then an ACK of them arrives whose SEQ
// is exactly the client's right edge, RCV.NXT + RCV.WND, where a pure ACK from a peer that has filled
// our window sits.
const ACK_AT_RIGHT_EDGE = (profile: string, sndUna: number) =>
  [
    `profile ${profile}`,
    'iss client=1000 server=5000',
    'server listen',
    'client connect',
    'wait until server ESTABLISHED within 1s',
    'mute server',
    'client send 100',
    'wait 100ms',
    'inject s>c ACK seq=rcv.nxt+rcv.wnd ack=1101',
    'wait 100ms',
    `expect client snd.una=${sndUna}`,
  ].join('\n');

describe('a pure ACK whose SEQ is exactly the right edge of the window', () => {
  it('under linux is processed: SND.UNA moves to its ACK', () => {
    expect(runScript(ACK_AT_RIGHT_EDGE('linux', 1101)).failures).toEqual([]);
    expect(runScript(ACK_AT_RIGHT_EDGE('linux', 1001)).failures).not.toEqual([]);
  });

  it('under rfc9293 is unacceptable: it draws an ACK and its ACK field is never looked at', () => {
    const r = runScript(ACK_AT_RIGHT_EDGE('rfc9293', 1001));
    expect(r.failures).toEqual([]);
    const injectedAt = r.sim!.trace.findIndex((e) => e.kind === 'send' && e.seg.injected);
    const answer = r.sim!.trace.slice(injectedAt).find((e) => e.kind === 'rule' && e.side === 'client');
    expect(answer?.key).toBe('sync.unacceptable');
  });
});
