import { describe, expect, it } from 'vitest';
import { endpointIn, Ep, OUR_ISS, PEER_ISS, seg, sent, told } from './endpointHarness.testkit';

const P = PEER_ISS;
const O = OUR_ISS;

describe('RFC 6298 retransmission timer', () => {
  it('§2.1 / §5.1: sending a SYN starts the timer with the initial RTO of 1 s', () => {
    const ep = new Ep();
    ep.call('ACTIVE_OPEN');
    expect(ep.tcb.timers.rexmt).toBe(1000);
  });

  it('§5.4–5.6: on expiry the SYN is retransmitted and the RTO doubles (1, 2, 4 s ...)', () => {
    const ep = endpointIn('SYN_SENT');
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(sent(ep.fire('RTO_TIMEOUT'))).toEqual([`SYN ${O} 0 0`]);
      times.push(ep.tcb.timers.rexmt ?? -1);
    }
    expect(times).toEqual([1000 + 2000, 3000 + 4000, 7000 + 8000]);
  });

  it('§2.5: backoff stops at rto_max', () => {
    const ep = endpointIn('SYN_SENT', { timers: { rto_max: 3000, syn_retries: 10 } });
    ep.fire('RTO_TIMEOUT');
    ep.fire('RTO_TIMEOUT');
    ep.fire('RTO_TIMEOUT');
    expect(ep.tcb.rto).toBe(3000);
  });

  it('RFC 9293 §3.8.3: after syn_retries retransmissions the next expiry gives up: "connection timed out", CLOSED', () => {
    const ep = endpointIn('SYN_SENT', { timers: { syn_retries: 2 } });
    ep.fire('RTO_TIMEOUT');
    ep.fire('RTO_TIMEOUT');
    expect(ep.state).toBe('SYN_SENT');
    const last = ep.fire('RTO_TIMEOUT');
    expect(sent(last)).toEqual([]);
    expect(told(last)).toEqual(['connection timed out']);
    expect(ep.state).toBe('CLOSED');
  });

  it('the rfc9293 profile gives up on a SYN no sooner than 3 minutes (R2), at 183 s', () => {
    const ep = endpointIn('SYN_SENT');
    while (ep.state === 'SYN_SENT') ep.fire('RTO_TIMEOUT');
    expect(ep.now).toBe(183_000);
  });

  it('the linux profile gives up on a SYN after tcp_syn_retries=6, at 127 s', () => {
    const ep = endpointIn('SYN_SENT', { profile: 'linux' });
    while (ep.state === 'SYN_SENT') ep.fire('RTO_TIMEOUT');
    expect(ep.now).toBe(127_000);
  });

  it('a passive SYN_RCVD that runs out of SYN,ACK retries returns to LISTEN', () => {
    const ep = endpointIn('SYN_RCVD', { timers: { syn_retries: 1 } });
    expect(sent(ep.fire('RTO_TIMEOUT'))).toEqual([`SYN+ACK ${O} ${P + 1} 0`]);
    ep.fire('RTO_TIMEOUT');
    expect(ep.state).toBe('LISTEN');
  });

  it('lost data is retransmitted from SND.UNA, one segment of at most MSS', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.send(3000);
    expect(sent(ep.fire('RTO_TIMEOUT'))).toEqual([`ACK ${O + 1} ${P + 1} 1460`]);
  });

  it('§5.2: when all data is acknowledged the timer stops; §5.3: a partial ACK restarts it', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.send(2000);
    ep.rcv(seg('ACK', P + 1, O + 1461), 500);
    expect(ep.tcb.timers.rexmt).toBe(500 + ep.tcb.rto);
    ep.rcv(seg('ACK', P + 1, O + 2001), 600);
    expect(ep.tcb.timers.rexmt).toBeUndefined();
  });

  it('§2.2–2.3: RTT samples set SRTT, RTTVAR and RTO = SRTT + 4·RTTVAR (linux: 200 ms floor)', () => {
    const ep = new Ep({ profile: 'linux' });
    ep.call('ACTIVE_OPEN');
    ep.rcv(seg('SYN+ACK', P, O + 1), 300);
    expect([ep.tcb.srtt, ep.tcb.rttvar, ep.tcb.rto]).toEqual([300, 150, 900]);
    ep.send(100);
    ep.rcv(seg('ACK', P + 1, O + 101), 300 + 100);
    expect(ep.tcb.srtt).toBeCloseTo(0.875 * 300 + 0.125 * 100);
    expect(ep.tcb.rttvar).toBeCloseTo(0.75 * 150 + 0.25 * 200);
  });

  it('§2.4: under rfc9293 a computed RTO never goes below 1 s', () => {
    const ep = new Ep();
    ep.call('ACTIVE_OPEN');
    ep.rcv(seg('SYN+ACK', P, O + 1), 20);
    expect(ep.tcb.rto).toBe(1000);
  });

  it('Karn: a retransmitted segment gives no RTT sample', () => {
    const ep = new Ep({ profile: 'linux' });
    ep.call('ACTIVE_OPEN');
    ep.fire('RTO_TIMEOUT');
    ep.rcv(seg('SYN+ACK', P, O + 1), 1100);
    expect(ep.tcb.srtt).toBeUndefined();
  });

  it('§5.7: after a retransmitted SYN, data transmission starts with an RTO of 3 s', () => {
    const ep = new Ep();
    ep.call('ACTIVE_OPEN');
    ep.fire('RTO_TIMEOUT');
    ep.rcv(seg('SYN+ACK', P, O + 1), 1100);
    expect(ep.tcb.rto).toBe(3000);
  });
});

describe('RFC 9293 §3.10.8 timeouts', () => {
  it('TIME_WAIT lasts 2×MSL under rfc9293 and ends in CLOSED', () => {
    const ep = endpointIn('TIME_WAIT', { timers: { msl: 30_000 } });
    expect(ep.tcb.timers.timeWait).toBe(300 + 60_000);
    ep.fire('TIME_WAIT_TIMEOUT');
    expect(ep.state).toBe('CLOSED');
  });

  it('TIME_WAIT lasts Linux’s fixed 60 s under linux whatever the MSL', () => {
    const ep = endpointIn('TIME_WAIT', { profile: 'linux', timers: { msl: 5000 } });
    expect(ep.tcb.timers.timeWait).toBe(300 + 60_000);
  });

  it('entering TIME_WAIT turns off the other timers', () => {
    const ep = endpointIn('CLOSING');
    expect(ep.tcb.timers.rexmt).toBeDefined();
    ep.rcv(seg('ACK', P + 2, O + 2), 400);
    expect(ep.tcb.timers).toEqual({ timeWait: 400 + 240_000 });
  });

  it('the user timeout aborts the connection: "connection aborted due to user timeout", CLOSED', () => {
    const ep = endpointIn('ESTABLISHED', { timers: { user_timeout: 10_000 } });
    ep.send(100);
    expect(ep.tcb.timers.user).toBe(100 + 10_000);
    expect(told(ep.fire('USER_TIMEOUT'))).toEqual(['connection aborted due to user timeout']);
    expect(ep.state).toBe('CLOSED');
  });

  it('linux: an orphaned FIN_WAIT_2 is closed after tcp_fin_timeout (60 s)', () => {
    const ep = endpointIn('FIN_WAIT_2', { profile: 'linux' });
    expect(ep.tcb.timers.finWait2).toBe(200 + 60_000);
    ep.fire('FIN_WAIT_2_TIMEOUT');
    expect(ep.state).toBe('CLOSED');
  });

  it('rfc9293: FIN_WAIT_2 has no timer and can last forever', () => {
    const ep = endpointIn('FIN_WAIT_2');
    expect(ep.tcb.timers).toEqual({});
  });
});

describe('RFC 9293 §3.4 sequence space modulo 2^32', () => {
  it('a connection whose ISS is 2^32 - 100 sends and acknowledges across the wrap', () => {
    const ep = new Ep({ iss: 4294967196 });
    ep.call('ACTIVE_OPEN');
    ep.rcv(seg('SYN+ACK', P, 4294967197));
    expect(sent(ep.send(300))).toEqual([`PSH+ACK 4294967197 ${P + 1} 300`]);
    ep.rcv(seg('ACK', P + 1, 201));
    expect(ep.tcb.sndUna).toBe(201);
    expect(ep.tcb.timers.rexmt).toBeUndefined();
  });

  it('a peer whose ISS is 2^32 - 1 has its data accepted past the wrap', () => {
    const ep = endpointIn('LISTEN');
    ep.rcv(seg('SYN', 4294967295));
    expect(ep.tcb.rcvNxt).toBe(0);
    ep.rcv(seg('ACK', 0, O + 1, 1000));
    expect(ep.tcb.rcvNxt).toBe(1000);
    expect(ep.tcb.unread).toBe(1000);
  });
});

describe('retransmission across the 2^32 wrap', () => {
  it('a lost segment whose data straddles 2^32 is retransmitted with its data', () => {
    const ep = new Ep({ iss: 4294967000 });
    ep.call('ACTIVE_OPEN');
    ep.rcv(seg('SYN+ACK', P, 4294967001));
    ep.send(500);
    expect(sent(ep.fire('RTO_TIMEOUT'))).toEqual([`PSH+ACK 4294967001 ${P + 1} 500`]);
  });
});
