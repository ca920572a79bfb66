/**
 * RFC 5961 (as folded into RFC 9293 §3.10.7.4): challenge ACKs against blind in-window attacks.
 *
 * §3.2 RST: out of window, drop silently; SEG.SEQ = RCV.NXT, reset; otherwise in window, send
 * <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and drop. §4.2 SYN in a synchronized state: challenge ACK,
 * "irrespective of the sequence number". §5.2 ACK: acceptable only if
 * (SND.UNA - MAX.SND.WND) =< SEG.ACK =< SND.NXT; otherwise discard and send an ACK.
 */
import { describe, expect, it } from 'vitest';
import { C_ISS, ESTABLISH, REACH, S_ISS, run } from './harness';

/** The server, ESTABLISHED (SND.NXT = 5001, RCV.NXT = 1001, RCV.WND = 65535), its answers lost. */
const SERVER_ALONE = [...ESTABLISH, 'link s>c loss=100%'];

/** The challenge ACK the isolated ESTABLISHED server sends. */
const CHALLENGE = { flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1, len: 0 };

describe('RFC 5961 §3.2 blind reset attack using the RST bit', () => {
  it('RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second, 3): an in-window RST with SEG.SEQ != RCV.NXT draws a challenge ACK and is dropped', () => {
    const r = run([...SERVER_ALONE, 'inject c>s RST seq=rcv.nxt+1', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.state('server')).toBe('ESTABLISHED');
    expect(r.signals('server')).toEqual([]);
  });

  it('RFC 5961 §3.2: a RST at the last in-window sequence number (RCV.NXT+RCV.WND-1) draws a challenge ACK', () => {
    const r = run([...SERVER_ALONE, 'inject c>s RST seq=rcv.nxt+65534', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second, 1): a RST just outside the window (RCV.NXT+RCV.WND) is silently dropped', () => {
    const r = run([...SERVER_ALONE, 'inject c>s RST seq=rcv.nxt+65535', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second, 2): a RST+ACK with SEG.SEQ = RCV.NXT resets the connection', () => {
    const r = run([...SERVER_ALONE, 'inject c>s RST+ACK seq=rcv.nxt ack=snd.nxt', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('server')).toBe('CLOSED');
    expect(r.signals('server')).toEqual(['connection reset']);
  });

  it('RFC 5961 §3.2: a peer that really reset answers the challenge ACK with a RST at the exact RCV.NXT, which is accepted', () => {
    // The client's own RST is lost; a RST with a wrong sequence number then reaches the server.
    const r = run([
      ...ESTABLISH,
      'drop next c>s RST',
      'client abort',
      'inject c>s RST seq=rcv.nxt+100',
      'wait 1s',
    ]);
    expect(r.sentBetween('s>c', 1050, 1050)).toMatchObject([CHALLENGE]);
    // The client has no connection: the challenge ACK draws <SEQ=SEG.ACK><CTL=RST>, SEG.ACK = RCV.NXT.
    expect(r.sentBetween('c>s', 1100, 1100)).toMatchObject([{ flags: 'RST', seq: C_ISS + 1 }]);
    expect(r.transitions('server').at(-1)).toMatchObject({ t: 1150, from: 'ESTABLISHED', to: 'CLOSED' });
  });

  it('RFC 5961 §3.2: FIN-WAIT-2 + in-window RST with SEG.SEQ != RCV.NXT draws a challenge ACK', () => {
    const r = run([
      ...REACH.FIN_WAIT_2.script,
      'link c>s loss=100%',
      'inject s>c RST seq=rcv.nxt+10',
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 1 }]);
    expect(r.state('client')).toBe('FIN_WAIT_2');
  });

  it('RFC 5961 §3.2: CLOSE-WAIT + in-window RST with SEG.SEQ != RCV.NXT draws a challenge ACK', () => {
    const r = run([
      ...REACH.CLOSE_WAIT.script,
      'link s>c loss=100%',
      'inject c>s RST seq=rcv.nxt+10',
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 2 }]);
    expect(r.state('server')).toBe('CLOSE_WAIT');
  });

  it('RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second): TIME-WAIT + in-window RST with SEG.SEQ != RCV.NXT draws a challenge ACK', () => {
    const r = run([
      ...REACH.TIME_WAIT.script,
      'link c>s loss=100%',
      'inject s>c RST seq=rcv.nxt+10',
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 }]);
    expect(r.state('client')).toBe('TIME_WAIT');
  });

  it('RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second, SYN-RECEIVED): an in-window RST with SEG.SEQ != RCV.NXT draws a challenge ACK', () => {
    const r = run([...REACH.SYN_RCVD.script, 'inject c>s RST seq=rcv.nxt+10', 'wait 50ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1 }]);
    expect(r.stateAt('server', 110)).toBe('SYN_RCVD');
  });
});

describe('RFC 5961 §4.2 blind reset attack using the SYN bit', () => {
  it('RFC 5961 §4.2 (RFC 9293 §3.10.7.4 fourth): ESTABLISHED + in-window SYN draws a challenge ACK; no reset, no signal', () => {
    const r = run([...SERVER_ALONE, 'inject c>s SYN seq=rcv.nxt+10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.state('server')).toBe('ESTABLISHED');
    expect(r.signals('server')).toEqual([]);
  });

  it('RFC 5961 §4.2: the challenge ACK is sent "irrespective of the sequence number": a SYN beyond the window draws the same ACK', () => {
    const r = run([...SERVER_ALONE, 'inject c>s SYN seq=rcv.nxt+1000000', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('RFC 5961 §4.2: a SYN exactly at RCV.NXT draws a challenge ACK', () => {
    const r = run([...SERVER_ALONE, 'inject c>s SYN seq=rcv.nxt', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.tcb('server').rcvNxt).toBe(C_ISS + 1);
  });

  it('RFC 5961 §4.2: a SYN,ACK in ESTABLISHED draws a challenge ACK and does not reset', () => {
    const r = run([...SERVER_ALONE, 'inject c>s SYN+ACK seq=rcv.nxt ack=snd.nxt', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('RFC 5961 §4.2: CLOSE-WAIT + SYN draws a challenge ACK', () => {
    const r = run([
      ...REACH.CLOSE_WAIT.script,
      'link s>c loss=100%',
      'inject c>s SYN seq=rcv.nxt',
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 2 }]);
    expect(r.state('server')).toBe('CLOSE_WAIT');
  });

  it('RFC 5961 §4.2 (RFC 9293 §3.10.7.4 fourth): TIME-WAIT + SYN (no timestamps) draws a challenge ACK and TIME-WAIT remains', () => {
    const r = run([
      ...REACH.TIME_WAIT.script,
      'link c>s loss=100%',
      'inject s>c SYN seq=rcv.nxt+100',
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 }]);
    expect(r.state('client')).toBe('TIME_WAIT');
  });
});

describe('RFC 5961 §5.2 blind data injection attack', () => {
  it('RFC 5961 §5.2: SEG.ACK > SND.NXT: the segment is discarded (text not delivered) and an ACK sent back', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt ack=snd.nxt+1 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.delivered('server')).toBe(0);
    expect(r.tcb('server').rcvNxt).toBe(C_ISS + 1);
  });

  it('RFC 5961 §5.2: SEG.ACK < SND.UNA - MAX.SND.WND: the segment is discarded and an ACK sent back', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt ack=snd.una-65536 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([CHALLENGE]);
    expect(r.delivered('server')).toBe(0);
  });

  it('RFC 5961 §5.2: SEG.ACK = SND.UNA - MAX.SND.WND is the inclusive lower edge: the text is accepted', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt ack=snd.una-65535 len=10', 'wait 100ms']);
    expect(r.delivered('server')).toBe(10);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 11 }]);
  });

  it('RFC 5961 §5.2: MAX.SND.WND is the largest window ever received: a later smaller window does not narrow the check', () => {
    const r = run([
      ...SERVER_ALONE,
      'inject c>s ACK seq=rcv.nxt ack=snd.una win=1000',
      'wait 100ms',
      'inject c>s ACK seq=rcv.nxt ack=snd.una-60000 len=10',
      'wait 100ms',
    ]);
    expect(r.tcb('server')).toMatchObject({ sndWnd: 1000, maxSndWnd: 65535 });
    expect(r.delivered('server')).toBe(10);
  });
});
