import { describe, expect, it } from 'vitest';
import { endpointIn, Ep, OUR_ISS, PEER_ISS, seg, sent, told } from './endpointHarness.testkit';
import type { TcpState } from './tcpState';

const P = PEER_ISS;
const O = OUR_ISS;

describe('RFC 9293 §3.10.7.1 SEGMENT ARRIVES in CLOSED', () => {
  it('an incoming RST is discarded', () => {
    expect(sent(new Ep().rcv(seg('RST', 7, 0)))).toEqual([]);
  });

  it('a segment without ACK draws <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, SYN counted in SEG.LEN', () => {
    expect(sent(new Ep().rcv(seg('SYN', 700)))).toEqual(['RST+ACK 0 701 0']);
    expect(sent(new Ep().rcv(seg('-', 700, 0, 20)))).toEqual(['RST+ACK 0 720 0']);
  });

  it('a segment with ACK draws <SEQ=SEG.ACK><CTL=RST>', () => {
    expect(sent(new Ep().rcv(seg('ACK', 700, 4242)))).toEqual(['RST 4242 0 0']);
  });
});

describe('RFC 9293 §3.10.7.2 SEGMENT ARRIVES in LISTEN', () => {
  it('first check: an incoming RST is ignored', () => {
    const ep = endpointIn('LISTEN');
    expect(sent(ep.rcv(seg('RST', 7)))).toEqual([]);
    expect(ep.state).toBe('LISTEN');
  });

  it('second check: any ACK is bad and draws <SEQ=SEG.ACK><CTL=RST>', () => {
    const ep = endpointIn('LISTEN');
    expect(sent(ep.rcv(seg('ACK', 7, 99)))).toEqual(['RST 99 0 0']);
    expect(ep.state).toBe('LISTEN');
  });

  it('third check: SYN sets IRS and RCV.NXT, sends <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, enters SYN_RCVD', () => {
    const ep = endpointIn('LISTEN');
    expect(sent(ep.rcv(seg('SYN', P)))).toEqual([`SYN+ACK ${O} ${P + 1} 0`]);
    expect(ep.state).toBe('SYN_RCVD');
    expect([ep.tcb.irs, ep.tcb.rcvNxt, ep.tcb.sndUna, ep.tcb.sndNxt]).toEqual([P, P + 1, O, O + 1]);
  });

  it('fourth: any other segment (a lone FIN) is dropped', () => {
    const ep = endpointIn('LISTEN');
    expect(sent(ep.rcv(seg('FIN', P)))).toEqual([]);
    expect(ep.state).toBe('LISTEN');
  });
});

describe('RFC 9293 §3.10.7.3 SEGMENT ARRIVES in SYN_SENT', () => {
  it('an unacceptable ACK (SEG.ACK =< ISS or > SND.NXT) draws <SEQ=SEG.ACK><CTL=RST>', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('SYN+ACK', P, O)))).toEqual([`RST ${O} 0 0`]);
    expect(sent(ep.rcv(seg('ACK', P, O + 5)))).toEqual([`RST ${O + 5} 0 0`]);
    expect(ep.state).toBe('SYN_SENT');
  });

  it('an unacceptable ACK on a RST is dropped without reply', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('RST+ACK', 0, O + 9)))).toEqual([]);
    expect(ep.state).toBe('SYN_SENT');
  });

  it('RST with an acceptable ACK: "connection reset", CLOSED', () => {
    const ep = endpointIn('SYN_SENT');
    expect(told(ep.rcv(seg('RST+ACK', 0, O + 1)))).toEqual(['connection reset']);
    expect(ep.state).toBe('CLOSED');
  });

  it('under the linux profile the same RST is reported as "connection refused" (ECONNREFUSED)', () => {
    const ep = endpointIn('SYN_SENT', { profile: 'linux' });
    expect(told(ep.rcv(seg('RST+ACK', 0, O + 1)))).toEqual(['connection refused']);
  });

  it('RST without ACK is dropped', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('RST', 0)))).toEqual([]);
    expect(ep.state).toBe('SYN_SENT');
  });

  it('SYN,ACK acknowledging our SYN: ESTABLISHED and <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('SYN+ACK', P, O + 1)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.tcb.irs, ep.tcb.rcvNxt, ep.tcb.sndUna]).toEqual([P, P + 1, O + 1]);
  });

  it('SYN without ACK (simultaneous open): <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SYN_RCVD', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('SYN', P)))).toEqual([`SYN+ACK ${O} ${P + 1} 0`]);
    expect(ep.state).toBe('SYN_RCVD');
  });

  it('neither SYN nor RST: the segment is dropped', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('ACK', P, O + 1)))).toEqual([]);
    expect(ep.state).toBe('SYN_SENT');
  });

  it('data on the SYN,ACK is accepted after entering ESTABLISHED and acknowledged', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.rcv(seg('SYN+ACK', P, O + 1, 100)))).toEqual([`ACK ${O + 1} ${P + 101} 0`]);
    expect(ep.tcb.unread).toBe(100);
  });
});

describe('RFC 9293 §3.10.7.4 first check: sequence acceptability', () => {
  it('an unacceptable segment draws <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and changes nothing', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('ACK', P - 100, O + 1, 10)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.tcb.unread).toBe(0);
    expect(ep.state).toBe('ESTABLISHED');
  });

  it('an unacceptable RST is dropped silently', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('RST', P + 1 + 70000)))).toEqual([]);
    expect(ep.state).toBe('ESTABLISHED');
  });

  it('a zero-length segment at RCV.NXT is acceptable with a zero receive window', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { rcvBuf: 0 } });
    expect(sent(ep.rcv(seg('RST', P + 1)))).toEqual([]);
    expect(ep.state).toBe('CLOSED');
  });
});

describe('RFC 9293 §3.10.7.4 second check: RST (with RFC 5961 §3)', () => {
  it.each<TcpState>(['ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT'])(
    'RST with SEQ = RCV.NXT in %s: "connection reset", CLOSED',
    (state) => {
      const ep = endpointIn(state);
      expect(told(ep.rcv(seg('RST', ep.tcb.rcvNxt)))).toEqual(['connection reset']);
      expect(ep.state).toBe('CLOSED');
    },
  );

  it.each<TcpState>(['CLOSING', 'LAST_ACK', 'TIME_WAIT'])(
    'RST with SEQ = RCV.NXT in %s: CLOSED, nothing signalled',
    (state) => {
      const ep = endpointIn(state);
      expect(told(ep.rcv(seg('RST', ep.tcb.rcvNxt)))).toEqual([]);
      expect(ep.state).toBe('CLOSED');
    },
  );

  it('RFC 5961 §3.2: an in-window RST that is not exactly RCV.NXT draws a challenge ACK and keeps the connection', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('RST', P + 11)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.state).toBe('ESTABLISHED');
  });

  it('without RFC 5961 any in-window RST resets the connection', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { challengeAck: false } });
    expect(told(ep.rcv(seg('RST', P + 11)))).toEqual(['connection reset']);
    expect(ep.state).toBe('CLOSED');
  });

  it('SYN_RCVD reached from a passive OPEN returns to LISTEN on RST (Figure 5 note 1)', () => {
    const ep = endpointIn('SYN_RCVD');
    expect(told(ep.rcv(seg('RST', P + 1)))).toEqual([]);
    expect(ep.state).toBe('LISTEN');
  });

  it('SYN_RCVD reached from an active OPEN: RST means "connection refused", CLOSED', () => {
    const ep = endpointIn('SYN_RCVD', { activeSynRcvd: true });
    expect(told(ep.rcv(seg('RST', P + 1)))).toEqual(['connection refused']);
    expect(ep.state).toBe('CLOSED');
  });
});

describe('RFC 9293 §3.10.7.4 fourth check: SYN in a synchronized state', () => {
  it('RFC 5961 §4.2: an in-window SYN draws a challenge ACK and is dropped', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('SYN', P + 10)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.state).toBe('ESTABLISHED');
  });

  it('without RFC 5961 an in-window SYN is an error: send a reset, "connection reset", CLOSED', () => {
    const ep = endpointIn('ESTABLISHED', { cfg: { challengeAck: false } });
    const effects = ep.rcv(seg('SYN', P + 10));
    expect(sent(effects)).toEqual([`RST+ACK 0 ${P + 11} 0`]);
    expect(told(effects)).toEqual(['connection reset']);
    expect(ep.state).toBe('CLOSED');
  });

  it('SYN_RCVD from a passive OPEN returns to LISTEN on an in-window SYN', () => {
    const ep = endpointIn('SYN_RCVD');
    ep.rcv(seg('SYN', P + 5));
    expect(ep.state).toBe('LISTEN');
  });

  it('a repeated SYN in SYN_RCVD fails the acceptability test and draws a bare ACK (rfc9293)', () => {
    const ep = endpointIn('SYN_RCVD');
    expect(sent(ep.rcv(seg('SYN', P)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.state).toBe('SYN_RCVD');
  });

  it('a repeated SYN in SYN_RCVD makes Linux resend its SYN,ACK (tcp_check_req)', () => {
    const ep = endpointIn('SYN_RCVD', { profile: 'linux' });
    expect(sent(ep.rcv(seg('SYN', P)))).toEqual([`SYN+ACK ${O} ${P + 1} 0`]);
    expect(ep.state).toBe('SYN_RCVD');
  });
});

describe('RFC 9293 §3.10.7.4 fifth check: ACK', () => {
  it('a segment with ACK off is dropped', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('-', P + 1, 0, 10)))).toEqual([]);
    expect(ep.tcb.unread).toBe(0);
  });

  it('SYN_RCVD: SND.UNA < SEG.ACK =< SND.NXT enters ESTABLISHED and takes the window from the segment', () => {
    const ep = endpointIn('SYN_RCVD');
    ep.rcv(seg('ACK', P + 1, O + 1, 0, 3000));
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.tcb.sndUna, ep.tcb.sndWnd, ep.tcb.sndWl1, ep.tcb.sndWl2]).toEqual([O + 1, 3000, P + 1, O + 1]);
  });

  it('SYN_RCVD: an unacceptable ACK draws <SEQ=SEG.ACK><CTL=RST> (half-open detection)', () => {
    const ep = endpointIn('SYN_RCVD');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 50)))).toEqual([`RST ${O + 50} 0 0`]);
    expect(ep.state).toBe('SYN_RCVD');
  });

  it('ESTABLISHED: an ACK of data not yet sent (SEG.ACK > SND.NXT) draws an ACK and the segment is dropped', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.send(10);
    const effects = ep.rcv(seg('ACK', P + 1, O + 12, 5));
    expect(sent(effects)).toEqual([`ACK ${O + 11} ${P + 1} 0`]);
    expect(ep.tcb.unread).toBe(0);
  });

  it('ESTABLISHED: a duplicate ACK (SEG.ACK < SND.UNA) leaves SND.UNA alone', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.send(100);
    ep.rcv(seg('ACK', P + 1, O + 101));
    ep.rcv(seg('ACK', P + 1, O + 51));
    expect(ep.tcb.sndUna).toBe(O + 101);
  });

  it('RFC 5961 §5.2: an ACK below SND.UNA - MAX.SND.WND draws a challenge ACK; its data is not taken', () => {
    const ep = endpointIn('ESTABLISHED');
    const effects = ep.rcv(seg('ACK', P + 1, O + 1 - 70000, 10));
    expect(sent(effects)).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.tcb.unread).toBe(0);
  });

  it('the send window follows SEG.WND only from newer segments (SND.WL1 / SND.WL2 rule)', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', P + 101, O + 1, 100, 100)); // arrives early: SND.WL1 = P+101
    expect(ep.tcb.sndWnd).toBe(100);
    ep.rcv(seg('ACK', P + 1, O + 1, 100, 5000)); // older SEG.SEQ: its window is stale
    expect(ep.tcb.sndWnd).toBe(100);
    ep.rcv(seg('ACK', P + 201, O + 1, 0, 6000));
    expect(ep.tcb.sndWnd).toBe(6000);
  });

  it('FIN_WAIT_1: the ACK of our FIN enters FIN_WAIT_2', () => {
    const ep = endpointIn('FIN_WAIT_1');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 2)))).toEqual([]);
    expect(ep.state).toBe('FIN_WAIT_2');
  });

  it('FIN_WAIT_1: an ACK that does not reach our FIN stays in FIN_WAIT_1', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.send(100);
    ep.call('CLOSE');
    ep.rcv(seg('ACK', P + 1, O + 101));
    expect(ep.state).toBe('FIN_WAIT_1');
  });

  it('CLOSING: the ACK of our FIN enters TIME_WAIT', () => {
    const ep = endpointIn('CLOSING');
    ep.rcv(seg('ACK', P + 2, O + 2));
    expect(ep.state).toBe('TIME_WAIT');
  });

  it('LAST_ACK: the ACK of our FIN deletes the TCB (CLOSED)', () => {
    const ep = endpointIn('LAST_ACK');
    ep.rcv(seg('ACK', P + 2, O + 2));
    expect(ep.state).toBe('CLOSED');
  });

  it('LAST_ACK: an ACK short of our FIN keeps waiting', () => {
    const ep = endpointIn('CLOSE_WAIT');
    ep.send(100);
    ep.call('CLOSE');
    ep.rcv(seg('ACK', P + 2, O + 101));
    expect(ep.state).toBe('LAST_ACK');
  });
});

describe('RFC 9293 §3.10.7.4 seventh check: segment text', () => {
  it('in-order text is delivered, RCV.NXT advances and an ACK is sent', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 1, 500)))).toEqual([`ACK ${O + 1} ${P + 501} 0`]);
    expect(ep.tcb.rcvNxt).toBe(P + 501);
    expect(ep.tcb.unread).toBe(500);
  });

  it('text beyond RCV.NXT is held and draws a duplicate ACK; the gap filling delivers both, cumulatively acked', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.rcv(seg('ACK', P + 101, O + 1, 100)))).toEqual([`ACK ${O + 1} ${P + 1} 0`]);
    expect(ep.tcb.unread).toBe(0);
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 1, 100)))).toEqual([`ACK ${O + 1} ${P + 201} 0`]);
    expect(ep.tcb.unread).toBe(200);
  });

  it('text that overlaps what was received is delivered once', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', P + 1, O + 1, 100));
    ep.rcv(seg('ACK', P + 51, O + 1, 100));
    expect(ep.tcb.unread).toBe(150);
  });

  it('FIN_WAIT_2 still takes text: the half-close keeps the peer’s direction open', () => {
    const ep = endpointIn('FIN_WAIT_2');
    expect(sent(ep.rcv(seg('ACK', P + 1, O + 2, 300)))).toEqual([`ACK ${O + 2} ${P + 301} 0`]);
    expect(ep.tcb.unread).toBe(300);
    expect(ep.state).toBe('FIN_WAIT_2');
  });
});

describe('RFC 9293 §3.10.7.4 eighth check: FIN', () => {
  it('ESTABLISHED: FIN signals "connection closing", is acknowledged and enters CLOSE_WAIT', () => {
    const ep = endpointIn('ESTABLISHED');
    const effects = ep.rcv(seg('FIN+ACK', P + 1, O + 1));
    expect(sent(effects)).toEqual([`ACK ${O + 1} ${P + 2} 0`]);
    expect(told(effects)).toEqual(['connection closing']);
    expect(ep.state).toBe('CLOSE_WAIT');
  });

  it('a FIN that arrives before missing text is held; CLOSE_WAIT only once the gap fills', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('FIN+ACK', P + 101, O + 1));
    expect(ep.state).toBe('ESTABLISHED');
    ep.rcv(seg('ACK', P + 1, O + 1, 100));
    expect(ep.state).toBe('CLOSE_WAIT');
    expect(ep.tcb.rcvNxt).toBe(P + 102);
  });

  it('FIN_WAIT_1: FIN that also acknowledges our FIN goes straight to TIME_WAIT (Figure 5 note 2)', () => {
    const ep = endpointIn('FIN_WAIT_1');
    expect(sent(ep.rcv(seg('FIN+ACK', P + 1, O + 2)))).toEqual([`ACK ${O + 2} ${P + 2} 0`]);
    expect(ep.state).toBe('TIME_WAIT');
  });

  it('FIN_WAIT_1: FIN+ACK that does NOT acknowledge our FIN enters CLOSING — both flags are not enough', () => {
    const ep = endpointIn('FIN_WAIT_1');
    expect(sent(ep.rcv(seg('FIN+ACK', P + 1, O + 1)))).toEqual([`ACK ${O + 2} ${P + 2} 0`]);
    expect(ep.state).toBe('CLOSING');
  });

  it('FIN_WAIT_2: FIN enters TIME_WAIT and starts the 2×MSL timer', () => {
    const ep = endpointIn('FIN_WAIT_2');
    ep.rcv(seg('FIN+ACK', P + 1, O + 2), 500);
    expect(ep.state).toBe('TIME_WAIT');
    expect(ep.tcb.timers).toEqual({ timeWait: 500 + 240_000 });
  });

  it('TIME_WAIT: a retransmitted FIN is acknowledged again and the 2×MSL timer restarts', () => {
    const ep = endpointIn('TIME_WAIT');
    const effects = ep.rcv(seg('FIN+ACK', P + 1, O + 2), 10_000);
    expect(sent(effects)).toEqual([`ACK ${O + 2} ${P + 2} 0`]);
    expect(ep.tcb.timers.timeWait).toBe(10_000 + 240_000);
    expect(ep.state).toBe('TIME_WAIT');
  });

  it('CLOSE_WAIT: a repeated FIN is only re-acknowledged', () => {
    const ep = endpointIn('CLOSE_WAIT');
    expect(sent(ep.rcv(seg('FIN+ACK', P + 1, O + 1)))).toEqual([`ACK ${O + 1} ${P + 2} 0`]);
    expect(ep.state).toBe('CLOSE_WAIT');
  });
});

describe('TIME_WAIT and RST: RFC 9293 vs Linux vs RFC 1337', () => {
  it('rfc9293: an in-window RST that is not exact draws a challenge ACK', () => {
    const ep = endpointIn('TIME_WAIT');
    expect(sent(ep.rcv(seg('RST', P + 20)))).toEqual([`ACK ${O + 2} ${P + 2} 0`]);
    expect(ep.state).toBe('TIME_WAIT');
  });

  it('linux: a RST whose SEQ is not RCV.NXT is ignored without a challenge ACK', () => {
    const ep = endpointIn('TIME_WAIT', { profile: 'linux' });
    expect(sent(ep.rcv(seg('RST', P + 20)))).toEqual([]);
    expect(ep.state).toBe('TIME_WAIT');
  });

  it('linux: an exact RST kills TIME_WAIT (net.ipv4.tcp_rfc1337=0)', () => {
    const ep = endpointIn('TIME_WAIT', { profile: 'linux' });
    ep.rcv(seg('RST', P + 2));
    expect(ep.state).toBe('CLOSED');
  });

  it('RFC 1337 protection on: even an exact RST leaves TIME_WAIT alone', () => {
    const ep = endpointIn('TIME_WAIT', { cfg: { rfc1337: true } });
    ep.rcv(seg('RST', P + 2));
    expect(ep.state).toBe('TIME_WAIT');
  });
});

describe('queued data and FIN after CLOSE', () => {
  it('CLOSING: data the window held back still goes out when the ACK opens it, then our FIN', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', P + 1, O + 1, 0, 1000));
    ep.send(1500);
    ep.call('CLOSE'); // FIN_WAIT_1 with 500 octets and the FIN still queued
    ep.rcv(seg('FIN+ACK', P + 1, O + 1, 0, 1000));
    expect(ep.state).toBe('CLOSING');
    expect(sent(ep.rcv(seg('ACK', P + 2, O + 1001, 0, 1000)))).toEqual([
      `FIN+PSH+ACK ${O + 1001} ${P + 2} 500`,
    ]);
    ep.rcv(seg('ACK', P + 2, O + 1502));
    expect(ep.state).toBe('TIME_WAIT');
  });
});
