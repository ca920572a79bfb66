import { describe, expect, it } from 'vitest';
import { endpointIn, OUR_ISS, PEER_ISS, seg, sent, told } from './endpointHarness.testkit';
import type { Effect } from './endpointEffects';

const P = PEER_ISS;
const O = OUR_ISS;
const readResult = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.kind === 'callResult' && e.call === 'READ' ? [e.bytes] : []));

describe('RFC 9293 §3.10.3 RECEIVE (read) and the receive window', () => {
  it('received text waits in the receive queue (Recv-Q) and the window shrinks by as much', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 1, 1000)))).toEqual([`ACK ${O + 1} ${P + 1001} 0`]);
    expect(ep.tcb.unread).toBe(1000);
    expect(ep.tcb.rcvWnd).toBe(65535 - 1000);
    expect(ep.effects.flatMap((e) => (e.kind === 'send' ? [e.seg.win] : []))).toEqual([64535]);
  });

  it('read hands the application what it asks for, at most what is there, and reopens the window', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', P + 1, O + 1, 1000));
    expect(readResult(ep.read(300))).toEqual([300]);
    expect([ep.tcb.unread, ep.snap.context.received, ep.tcb.rcvWnd]).toEqual([700, 300, 65535 - 700]);
    expect(readResult(ep.read())).toEqual([700]);
    expect(readResult(ep.read(50))).toEqual([0]);
  });

  it('a full buffer advertises a zero window; reading it out sends a window update (§3.8.6.2.2)', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { rcvBuf: 2000 } });
    ep.rcv(seg('ACK', P + 1, O + 1, 1460));
    ep.rcv(seg('ACK', P + 1461, O + 1, 540));
    expect(ep.tcb.rcvWnd).toBe(0);
    expect(sent(ep.read())).toEqual([`ACK ${O + 1} ${P + 2001} 0`]);
    expect(ep.tcb.rcvWnd).toBe(2000);
  });

  it('text beyond a zero window is not acceptable and draws an ACK (§3.10.7.4 first check)', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { rcvBuf: 100 } });
    ep.rcv(seg('ACK', P + 1, O + 1, 100));
    expect(sent(ep.rcv(seg('ACK', P + 101, O + 1, 10), 700))).toEqual([`ACK ${O + 1} ${P + 101} 0`]);
    expect(ep.tcb.unread).toBe(100);
  });

  it('RECEIVE in CLOSE_WAIT hands over what is left, then answers "connection closing"', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('FIN+ACK', P + 1, O + 1, 10));
    expect(ep.state).toBe('CLOSE_WAIT');
    expect(readResult(ep.read())).toEqual([10]);
    expect(told(ep.read())).toEqual(['error: connection closing']);
  });
});

describe('RFC 9293 §3.8.6.1 zero-window probing', () => {
  it('data blocked by a zero window is probed with one octet after an RTO; probes never give up', () => {
    const ep = endpointIn('ESTABLISHED', { timers: { retries: 1 } });
    ep.rcv(seg('ACK', P + 1, O + 1, 0, 0), 200);
    ep.send(500);
    expect(ep.tcb.timers.persist).toBe(200 + 1000);
    expect(sent(ep.fire('PERSIST_TIMEOUT'))).toEqual([`ACK ${O + 1} ${P + 1} 1`]);
    for (let i = 0; i < 5; i++) ep.fire('RTO_TIMEOUT'); // the window stays shut: re-probe, back off
    expect(ep.state).toBe('ESTABLISHED');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 2, 0, 65535)))).toEqual([`PSH+ACK ${O + 2} ${P + 1} 499`]);
  });
});

describe('RFC 9293 §3.8.6.3 delayed ACKs', () => {
  it('with delayed ACKs on, one data segment is acknowledged when the delayed-ACK timer fires', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { delack: 200 } });
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 1, 100), 1000))).toEqual([]);
    expect(ep.tcb.timers.delack).toBe(1200);
    expect(sent(ep.fire('DELACK_TIMEOUT'))).toEqual([`ACK ${O + 1} ${P + 101} 0`]);
  });

  it('at least every second full-sized segment is acknowledged at once', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { delack: 200 } });
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 1, 1460)))).toEqual([]);
    expect(sent(ep.rcv(seg('ACK', P + 1461, O + 1, 1460)))).toEqual([`ACK ${O + 1} ${P + 2921} 0`]);
    expect(ep.tcb.timers.delack).toBeUndefined();
  });

  it('out-of-order text is acknowledged at once (a duplicate ACK)', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { delack: 200 } });
    expect(sent(ep.rcv(seg('ACK', P + 101, O + 1, 100)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
  });

  it('a delayed ACK rides on data the application sends meanwhile', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { delack: 200 } });
    ep.rcv(seg('ACK', P + 1, O + 1, 100), 1000);
    expect(sent(ep.send(50))).toEqual([`PSH+ACK ${O + 1} ${P + 101} 50`]);
    expect(ep.tcb.timers.delack).toBeUndefined();
  });

  it('linux: the first data segments are acknowledged at once (quick-ACK mode), later ones delayed 40 ms', () => {
    const ep = endpointIn('ESTABLISHED', { profile: 'linux' });
    let next = P + 1;
    const immediate: boolean[] = [];
    for (let i = 0; i < 18; i++) {
      immediate.push(sent(ep.rcv(seg('ACK', next, O + 1, 100), 1000 + i)).length > 0);
      next += 100;
      ep.read();
    }
    expect(immediate.slice(0, 16).every(Boolean)).toBe(true);
    expect(immediate[16]).toBe(false);
    expect(ep.tcb.timers.delack).toBe(1016 + 40);
  });

  it('linux: the ACK of a FIN is delayed in CLOSE_WAIT and rides on the application’s own FIN', () => {
    const ep = endpointIn('ESTABLISHED', { profile: 'linux' });
    expect(sent(ep.rcv(seg('FIN+ACK', P + 1, O + 1), 500))).toEqual([]);
    expect(ep.state).toBe('CLOSE_WAIT');
    expect(sent(ep.call('CLOSE'))).toEqual([`FIN+ACK ${O + 1} ${P + 2} 0`]);
  });

  it('rfc9293: the same FIN is acknowledged at once', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('FIN+ACK', P + 1, O + 1), 500))).toEqual([`ACK ${O + 1} ${P + 2} 0`]);
  });
});

describe('shutdown and close: the RFC’s CLOSE vs Linux’s close()', () => {
  it('rfc9293: CLOSE with unread data still sends a FIN; data that arrives afterwards is taken', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', P + 1, O + 1, 100));
    expect(sent(ep.call('CLOSE'))).toEqual([`FIN+ACK ${O + 1} ${P + 101} 0`]);
    ep.rcv(seg('ACK', P + 101, O + 2, 50));
    expect([ep.state, ep.tcb.unread]).toEqual(['FIN_WAIT_2', 150]);
  });

  it('linux: close() with unread data sends RST+ACK instead of a FIN and the connection is gone', () => {
    const ep = endpointIn('ESTABLISHED', { profile: 'linux' });
    ep.rcv(seg('ACK', P + 1, O + 1, 100));
    expect(sent(ep.call('CLOSE'))).toEqual([`RST+ACK ${O + 1} ${P + 101} 0`]);
    expect(ep.state).toBe('CLOSED');
  });

  it('linux: data arriving after close() draws a RST <SEQ=SEG.ACK> and drops the connection', () => {
    const ep = endpointIn('ESTABLISHED', { profile: 'linux' });
    ep.call('CLOSE');
    ep.rcv(seg('ACK', P + 1, O + 2));
    expect(ep.state).toBe('FIN_WAIT_2');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 2, 10)))).toEqual([`RST ${O + 2} 0 0`]);
    expect(ep.state).toBe('CLOSED');
  });

  it('linux: after shutdown() data still flows in, and FIN_WAIT_2 has no tcp_fin_timeout until close()', () => {
    const ep = endpointIn('ESTABLISHED', { profile: 'linux' });
    expect(sent(ep.call('SHUTDOWN'))).toEqual([`FIN+ACK ${O + 1} ${P + 1} 0`]);
    ep.rcv(seg('ACK', P + 1, O + 2), 300);
    expect([ep.state, ep.tcb.timers.finWait2]).toEqual(['FIN_WAIT_2', undefined]);
    ep.rcv(seg('ACK', P + 1, O + 2, 10), 400);
    expect(ep.tcb.unread).toBe(10);
    ep.read();
    ep.on({ type: 'CLOSE' }, 1000);
    expect(ep.tcb.timers.finWait2).toBe(1000 + 60_000);
  });

  it('rfc9293: CLOSE after SHUTDOWN answers "connection closing" (the RFC has one CLOSE)', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.call('SHUTDOWN');
    expect(told(ep.call('CLOSE'))).toEqual(['error: connection closing']);
  });
});

describe('corner cases of the socket calls', () => {
  it('a zero-window probe is answered even right after another invalid-segment ACK (data never loops)', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { rcvBuf: 100 } });
    ep.rcv(seg('ACK', P + 1, O + 1, 100), 0);
    expect(sent(ep.rcv(seg('ACK', P + 101, O + 1, 1), 10))).toEqual([`ACK ${O + 1} ${P + 101} 0`]);
    expect(sent(ep.rcv(seg('ACK', P + 101, O + 1, 1), 20))).toEqual([`ACK ${O + 1} ${P + 101} 0`]);
  });

  it('probing a zero window never runs into the user timeout (RFC 9293 §3.8.6.1)', () => {
    const ep = endpointIn('ESTABLISHED', { timers: { user_timeout: 5000 } });
    ep.rcv(seg('ACK', P + 1, O + 1, 0, 0), 100);
    ep.send(10);
    ep.fire('PERSIST_TIMEOUT');
    expect(ep.tcb.timers.user).toBeUndefined();
  });

  it('a SHUTDOWN queued in SYN_RCVD stays a shutdown: the socket is not released (Linux)', () => {
    const ep = endpointIn('SYN_RCVD', { profile: 'linux' });
    ep.send(100);
    ep.call('SHUTDOWN');
    ep.rcv(seg('ACK', P + 1, O + 1), 100);
    expect(ep.state).toBe('FIN_WAIT_1');
    expect(ep.tcb.orphaned).toBe(false);
  });

  it('RECEIVE in LAST_ACK answers "connection closing" (§3.10.3)', () => {
    const ep = endpointIn('LAST_ACK');
    expect(told(ep.read())).toEqual(['error: connection closing']);
  });
});
