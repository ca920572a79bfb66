import { describe, expect, it } from 'vitest';
import { endpointIn, Ep, OUR_ISS, PEER_ISS, seg, sent, told } from './endpointHarness.testkit';
import type { TcpState } from './tcpState';

describe('RFC 9293 §3.10.1 OPEN', () => {
  it('passive OPEN in CLOSED creates a TCB and waits in LISTEN without sending', () => {
    const ep = new Ep();
    expect(sent(ep.call('PASSIVE_OPEN'))).toEqual([]);
    expect(ep.state).toBe('LISTEN');
  });

  it('active OPEN in CLOSED sends <SEQ=ISS><CTL=SYN> and enters SYN_SENT with SND.UNA=ISS, SND.NXT=ISS+1', () => {
    const ep = new Ep();
    expect(sent(ep.call('ACTIVE_OPEN'))).toEqual([`SYN ${OUR_ISS} 0 0`]);
    expect(ep.state).toBe('SYN_SENT');
    expect([ep.tcb.sndUna, ep.tcb.sndNxt]).toEqual([OUR_ISS, OUR_ISS + 1]);
  });

  it('active OPEN in LISTEN turns the connection active: snd SYN, SYN_SENT', () => {
    const ep = endpointIn('LISTEN');
    expect(sent(ep.call('ACTIVE_OPEN'))).toEqual([`SYN ${OUR_ISS} 0 0`]);
    expect(ep.state).toBe('SYN_SENT');
  });

  it.each<TcpState>(['LISTEN', 'SYN_SENT', 'ESTABLISHED', 'TIME_WAIT'])(
    'OPEN in %s answers "error: connection already exists"',
    (state) => {
      const ep = endpointIn(state);
      expect(told(ep.call('PASSIVE_OPEN'))).toEqual(['error: connection already exists']);
      expect(ep.state).toBe(state);
    },
  );
});

describe('RFC 9293 §3.10.2 SEND', () => {
  it('SEND in CLOSED answers "error: connection does not exist"', () => {
    expect(told(new Ep().send(100))).toEqual(['error: connection does not exist']);
  });

  it('SEND in LISTEN sends a SYN (LISTEN → SYN_SENT) and queues the data until the handshake completes', () => {
    const ep = endpointIn('LISTEN');
    expect(sent(ep.send(500))).toEqual([`SYN ${OUR_ISS} 0 0`]);
    expect(ep.state).toBe('SYN_SENT');
    expect(sent(ep.rcv(seg('SYN+ACK', PEER_ISS, OUR_ISS + 1), 100))).toEqual([
      `PSH+ACK ${OUR_ISS + 1} ${PEER_ISS + 1} 500`,
    ]);
  });

  it('SEND in SYN_SENT queues the data; it rides with the ACK that completes the handshake', () => {
    const ep = endpointIn('SYN_SENT');
    expect(sent(ep.send(300))).toEqual([]);
    expect(ep.state).toBe('SYN_SENT');
    const out = sent(ep.rcv(seg('SYN+ACK', PEER_ISS, OUR_ISS + 1), 100));
    expect(out).toEqual([`PSH+ACK ${OUR_ISS + 1} ${PEER_ISS + 1} 300`]);
  });

  it('SEND in ESTABLISHED segments by MSS and sets PSH on the segment that empties the queue (MUST-61)', () => {
    const ep = endpointIn('ESTABLISHED');
    expect(sent(ep.send(3000))).toEqual([
      `ACK ${OUR_ISS + 1} ${PEER_ISS + 1} 1460`,
      `ACK ${OUR_ISS + 1461} ${PEER_ISS + 1} 1460`,
      `PSH+ACK ${OUR_ISS + 2921} ${PEER_ISS + 1} 80`,
    ]);
  });

  it('SEND in ESTABLISHED never puts more than the peer’s window in flight', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', PEER_ISS + 1, OUR_ISS + 1, 0, 2000));
    expect(sent(ep.send(3000))).toEqual([
      `ACK ${OUR_ISS + 1} ${PEER_ISS + 1} 1460`,
      `ACK ${OUR_ISS + 1461} ${PEER_ISS + 1} 540`,
    ]);
    expect(sent(ep.rcv(seg('ACK', PEER_ISS + 1, OUR_ISS + 1461, 0, 2000)))).toEqual([
      `PSH+ACK ${OUR_ISS + 2001} ${PEER_ISS + 1} 1000`,
    ]);
  });

  it('SEND in CLOSE_WAIT still sends: the half-close keeps our direction open', () => {
    const ep = endpointIn('CLOSE_WAIT');
    expect(sent(ep.send(100))).toEqual([`PSH+ACK ${OUR_ISS + 1} ${PEER_ISS + 2} 100`]);
  });

  it.each<TcpState>(['FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSING', 'LAST_ACK', 'TIME_WAIT'])(
    'SEND in %s answers "error: connection closing" and sends nothing',
    (state) => {
      const ep = endpointIn(state);
      const effects = ep.send(100);
      expect(told(effects)).toEqual(['error: connection closing']);
      expect(sent(effects)).toEqual([]);
    },
  );
});

describe('RFC 9293 §3.10.4 CLOSE', () => {
  it('CLOSE in CLOSED answers "error: connection does not exist"', () => {
    expect(told(new Ep().call('CLOSE'))).toEqual(['error: connection does not exist']);
  });

  it.each<TcpState>(['LISTEN', 'SYN_SENT'])(
    'CLOSE in %s deletes the TCB without sending anything',
    (state) => {
      const ep = endpointIn(state);
      expect(sent(ep.call('CLOSE'))).toEqual([]);
      expect(ep.state).toBe('CLOSED');
    },
  );

  it('CLOSE in SYN_RCVD sends FIN and enters FIN_WAIT_1', () => {
    const ep = endpointIn('SYN_RCVD');
    expect(sent(ep.call('CLOSE'))).toEqual([`FIN+ACK ${OUR_ISS + 1} ${PEER_ISS + 1} 0`]);
    expect(ep.state).toBe('FIN_WAIT_1');
  });

  it('CLOSE in ESTABLISHED enters FIN_WAIT_1 at once and sends FIN after the queued data', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.send(100);
    expect(sent(ep.call('CLOSE'))).toEqual([`FIN+ACK ${OUR_ISS + 101} ${PEER_ISS + 1} 0`]);
    expect(ep.state).toBe('FIN_WAIT_1');
  });

  it('CLOSE with data still blocked by the window: FIN_WAIT_1 now, FIN only once all data is segmentized', () => {
    const ep = endpointIn('ESTABLISHED');
    ep.rcv(seg('ACK', PEER_ISS + 1, OUR_ISS + 1, 0, 1000));
    ep.send(1500);
    expect(sent(ep.call('CLOSE'))).toEqual([]);
    expect(ep.state).toBe('FIN_WAIT_1');
    expect(sent(ep.rcv(seg('ACK', PEER_ISS + 1, OUR_ISS + 1001, 0, 1000)))).toEqual([
      `FIN+PSH+ACK ${OUR_ISS + 1001} ${PEER_ISS + 1} 500`,
    ]);
  });

  it('CLOSE in CLOSE_WAIT sends FIN and enters LAST_ACK', () => {
    const ep = endpointIn('CLOSE_WAIT');
    expect(sent(ep.call('CLOSE'))).toEqual([`FIN+ACK ${OUR_ISS + 1} ${PEER_ISS + 2} 0`]);
    expect(ep.state).toBe('LAST_ACK');
  });

  it.each<TcpState>(['FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSING', 'LAST_ACK', 'TIME_WAIT'])(
    'CLOSE in %s answers "error: connection closing" and emits no second FIN',
    (state) => {
      const ep = endpointIn(state);
      const effects = ep.call('CLOSE');
      expect(told(effects)).toEqual(['error: connection closing']);
      expect(sent(effects)).toEqual([]);
      expect(ep.state).toBe(state);
    },
  );
});

describe('RFC 9293 §3.10.5 ABORT', () => {
  it('ABORT in CLOSED answers "error: connection does not exist"', () => {
    expect(told(new Ep().call('ABORT'))).toEqual(['error: connection does not exist']);
  });

  it.each<TcpState>(['LISTEN', 'SYN_SENT'])('ABORT in %s deletes the TCB and sends nothing', (state) => {
    const ep = endpointIn(state);
    expect(sent(ep.call('ABORT'))).toEqual([]);
    expect(ep.state).toBe('CLOSED');
  });

  it.each<TcpState>(['SYN_RCVD', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT'])(
    'ABORT in %s sends <SEQ=SND.NXT><CTL=RST> and enters CLOSED',
    (state) => {
      const ep = endpointIn(state);
      const sndNxt = ep.tcb.sndNxt;
      expect(sent(ep.call('ABORT'))).toEqual([`RST ${sndNxt} 0 0`]);
      expect(ep.state).toBe('CLOSED');
    },
  );

  it('ABORT under the linux profile sends RST+ACK with ACK=RCV.NXT (tcp_send_active_reset)', () => {
    const ep = endpointIn('ESTABLISHED', { profile: 'linux' });
    expect(sent(ep.call('ABORT'))).toEqual([`RST+ACK ${OUR_ISS + 1} ${PEER_ISS + 1} 0`]);
  });

  it.each<TcpState>(['CLOSING', 'LAST_ACK', 'TIME_WAIT'])(
    'ABORT in %s responds ok and closes without a RST',
    (state) => {
      const ep = endpointIn(state);
      const effects = ep.call('ABORT');
      expect(sent(effects)).toEqual([]);
      expect(told(effects)).toEqual([]);
      expect(ep.state).toBe('CLOSED');
    },
  );
});
