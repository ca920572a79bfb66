/**
 * Behaviours ported from public packetdrill scripts. packetdrill writes sequence numbers relative to
 * each side's ISN (`1:1(0) ack 1`), so "1" below is ISS+1 of the endpoint concerned. The scripts run
 * against a real kernel: google/packetdrill gtests/net/tcp is Linux; the FreeBSD regression suite in
 * ligurio/packetdrill-testcases (from freebsd-net/TCP-IP-Regression-TestSuite) is FreeBSD. Where the
 * kernel and RFC 9293 differ the test says which one it pins and under which profile.
 *
 * In each port, "we" (the socket under test) is the endpoint the packetdrill script drives with system
 * calls; the other endpoint plays packetdrill's injected peer, or segments are injected directly.
 */
import { describe, expect, it } from 'vitest';
import { C_ISS, ESTABLISH, ISS, REACH, S_ISS, run } from './harness';

const LINUX_ESTABLISH = [ISS, 'profile linux', 'server listen', 'client connect', 'wait 1s'];

describe('packetdrill close/: closing sequences', () => {
  it('google/packetdrill gtests/net/tcp/close/close-remote-fin-then-close.pkt: LAST-ACK path, then a segment for the deleted TCB draws <SEQ=SEG.ACK><CTL=RST> (§3.10.7.1)', () => {
    const r = run([
      ...LINUX_ESTABLISH,
      'client close', // < F. 1:1(0) ack 1
      'wait 100ms',
      'server close',
      'wait 1s',
      `inject c>s ACK seq=${C_ISS + 2} ack=${S_ISS + 2}`, // < . 2:2(0) ack 2
      'wait 100ms',
    ]);
    // > . 1:1(0) ack 2  and  > F. 1:1(0) ack 2
    expect(r.sentBetween('s>c', 1000, 2000)).toMatchObject([
      { flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 2 },
      { flags: 'FIN+ACK', seq: S_ISS + 1, ack: C_ISS + 2 },
    ]);
    expect(r.path('server').slice(-3)).toEqual(['CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
    // > R 2:2(0)
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: S_ISS + 2 }]);
  });

  it('ligurio/packetdrill-testcases close/close-on-syn-sent.pkt: close() in SYN-SENT sends no RST; the late SYN,ACK draws <SEQ=SEG.ACK><CTL=RST> (R 1:1(0))', () => {
    const r = run([
      ISS,
      'profile linux',
      'drop next c>s SYN',
      'client connect',
      'client close',
      'wait 100ms',
      `inject s>c SYN+ACK seq=${S_ISS} ack=${C_ISS + 1}`,
      'wait 100ms',
    ]);
    expect(r.sent('c>s').filter((s) => s.t === 0)).toMatchObject([{ flags: 'SYN' }]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: C_ISS + 1 }]);
    expect(r.state('client')).toBe('CLOSED');
  });

  it('ligurio/packetdrill-testcases close/close-local-close-then-remote-fin.pkt: F. 1001:1001(0) ack 1 after the data, then the remote FIN is acknowledged (. 1002:1002(0) ack 2)', () => {
    const r = run([
      ...LINUX_ESTABLISH,
      'client send 1000', // > P. 1:1001(1000) ack 1
      'wait 200ms',
      'client close', // > F. 1001:1001(0) ack 1
      'wait 200ms',
      'server read', // the remote side of a packetdrill script has no receive queue to leave unread
      'server close', // < F. 1:1(0) ack 1002
      'wait 200ms',
    ]);
    expect(r.sent('c>s').slice(-3)).toMatchObject([
      { flags: 'PSH+ACK', seq: C_ISS + 1, ack: S_ISS + 1, len: 1000 },
      { flags: 'FIN+ACK', seq: C_ISS + 1001, ack: S_ISS + 1 },
      { flags: 'ACK', seq: C_ISS + 1002, ack: S_ISS + 2 },
    ]);
    expect(r.state('client')).toBe('TIME_WAIT');
  });

  it('ligurio/packetdrill-testcases close/simultaneous-close.pkt (FreeBSD): our FIN, then the peer FIN acknowledging it, is ACKed (. 2:2(0) ack 2) and TIME-WAIT entered', () => {
    const r = run([
      ...ESTABLISH,
      'link s>c loss=100%',
      'server close', // > F. 1:1(0) ack 1
      'inject c>s FIN+ACK seq=rcv.nxt ack=snd.nxt', // < F. 1:1(0) ack 2
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 2, ack: C_ISS + 2 }]);
    expect(r.state('server')).toBe('TIME_WAIT');
  });

  it('ligurio/packetdrill-testcases close/close-last-ack-lost.pkt: the FIN is retransmitted after the RTO when the last ACK is lost; after CLOSED, data draws R 2:2(0)', () => {
    // The FreeBSD script expects the retransmission after 3 s (the RFC 2988 initial RTO); RFC 6298 and
    // this connection's measured RTT give 1 s.
    const r = run([
      ...ESTABLISH,
      'client close',
      'wait 1s',
      'drop next c>s ACK',
      'server close',
      'wait 1500ms',
      `inject c>s PSH+ACK seq=${C_ISS + 2} ack=${S_ISS + 2} len=1000`,
      'wait 100ms',
    ]);
    expect(r.sent('s>c').filter((s) => s.flags === 'FIN+ACK')).toMatchObject([
      { t: 2000, seq: S_ISS + 1, ack: C_ISS + 2, retransmit: false },
      { t: 3000, seq: S_ISS + 1, ack: C_ISS + 2, retransmit: true },
    ]);
    expect(r.transitions('server').at(-1)).toMatchObject({ from: 'LAST_ACK', to: 'CLOSED', t: 3100 });
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: S_ISS + 2 }]);
  });

  it('ligurio/packetdrill-testcases shutdown/shutdown-wr-close.pkt: after our FIN a write fails, but data and the FIN from the peer are still received and acknowledged', () => {
    const r = run([
      ...LINUX_ESTABLISH,
      'server shutdown', // shutdown(SHUT_WR): > F. 1:1(0) ack 1
      'wait 200ms', // < . 1:1(0) ack 2
      'server send 1000', // write(...) = -1 EPIPE
      'client send 1000', // < . 1:1001(1000) ack 2
      'wait 200ms',
      'client close', // < F. 1001:1001(0) ack 2
      'wait 200ms',
    ]);
    expect(r.calls('server').find((c) => c.call === 'SEND')?.error).toBe('connection closing');
    expect(r.delivered('server')).toBe(1000);
    expect(r.sent('s>c').slice(-2)).toMatchObject([
      { flags: 'ACK', seq: S_ISS + 2, ack: C_ISS + 1001 }, // > . 2:2(0) ack 1001
      { flags: 'ACK', seq: S_ISS + 2, ack: C_ISS + 1002 }, // > . 2:2(0) ack 1002
    ]);
    expect(r.state('server')).toBe('TIME_WAIT');
  });

  it('ligurio/packetdrill-testcases time_wait/time-wait.pkt: FIN-WAIT-2 + FIN enters TIME-WAIT and sends . 2:2(0) ack 2', () => {
    const r = run([
      ...ESTABLISH,
      'link s>c loss=100%',
      'server close', // > F. 1:1(0) ack 1
      'inject c>s ACK seq=rcv.nxt ack=snd.nxt', // < . 1:1(0) ack 2
      'wait 100ms',
      'inject c>s FIN+ACK seq=rcv.nxt ack=snd.nxt', // < F. 1:1(0) ack 2
      'wait 100ms',
    ]);
    expect(r.stateAt('server', 1050)).toBe('FIN_WAIT_2');
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 2, ack: C_ISS + 2 }]);
    expect(r.state('server')).toBe('TIME_WAIT');
  });
});

describe('packetdrill listen/: segments arriving at a listener (FreeBSD suite, from google/packetdrill)', () => {
  const cases = [
    { pkt: 'listen-incoming-ack.pkt', inject: 'ACK seq=7000 ack=0', reply: [{ flags: 'RST', seq: 0 }] },
    {
      pkt: 'listen-incoming-syn-ack.pkt',
      inject: 'SYN+ACK seq=7000 ack=0',
      reply: [{ flags: 'RST', seq: 0 }],
    },
    { pkt: 'listen-incoming-rst.pkt', inject: 'RST seq=7000', reply: [] },
    { pkt: 'listen-incoming-no-tcp-flags.pkt', inject: '- seq=7000', reply: [] },
    { pkt: 'listen-incoming-syn-rst.pkt', inject: 'SYN+RST seq=7000', reply: [] },
  ];
  it.each(cases)(
    'ligurio/packetdrill-testcases listen/$pkt: the listener answers as §3.10.7.2 says, stays in LISTEN, and a valid SYN then still connects',
    ({ inject, reply }) => {
      const r = run([
        ISS,
        'server listen',
        `inject c>s ${inject}`,
        'wait 100ms',
        'client connect',
        'wait 1s',
      ]);
      expect(r.repliesTo(0)).toMatchObject(reply);
      expect(r.stateAt('server', 99)).toBe('LISTEN');
      expect(r.state('server')).toBe('ESTABLISHED');
      expect(r.state('client')).toBe('ESTABLISHED');
    },
  );
});

describe('packetdrill reset/: RST processing (FreeBSD suite)', () => {
  it('ligurio/packetdrill-testcases reset/rst-non-synchronized.pkt: SYN-RECEIVED + RST returns to LISTEN, and a new SYN then establishes and carries data', () => {
    const r = run([
      ISS,
      'server listen',
      'link s>c loss=100%',
      'inject c>s SYN seq=7000', // < S 0:0(0)
      'wait 100ms',
      'inject c>s RST seq=7001', // < R 1:1(0)
      'wait 100ms',
      'link s>c loss=0%',
      'client connect',
      'wait 1s',
      'server send 1000',
      'wait 1s',
    ]);
    expect(r.path('server')).toEqual(['CLOSED', 'LISTEN', 'SYN_RCVD', 'LISTEN', 'SYN_RCVD', 'ESTABLISHED']);
    const synAck = r
      .sent('s>c')
      .filter((s) => s.flags === 'SYN+ACK')
      .at(-1);
    expect(synAck).toMatchObject({ ack: C_ISS + 1 });
    // > P. 1:1001(1000) ack 1
    expect(r.sent('s>c').at(-1)).toMatchObject({
      flags: 'PSH+ACK',
      seq: (synAck?.seq ?? 0) + 1,
      ack: C_ISS + 1,
      len: 1000,
    });
    expect(r.delivered('client')).toBe(1000);
  });

  it('ligurio/packetdrill-testcases reset/rst-syn-sent.pkt: SYN-SENT + RST without ACK is ignored and the SYN retransmitted at the RTO', () => {
    // FreeBSD's script expects the retransmission at 3 s; RFC 6298 (2.1) gives 1 s.
    const r = run([ISS, 'link c>s loss=100%', 'client connect', 'inject s>c RST seq=0', 'wait 1500ms']);
    expect(r.state('client')).toBe('SYN_SENT');
    expect(r.sent('c>s')).toMatchObject([
      { t: 0, flags: 'SYN', seq: C_ISS },
      { t: 1000, flags: 'SYN', seq: C_ISS, retransmit: true },
    ]);
  });

  it('ligurio/packetdrill-testcases reset/rst-synchronized-established.pkt: ESTABLISHED + R. 1:1(0) ack 1 moves to CLOSED', () => {
    const r = run([
      ...ESTABLISH,
      'link s>c loss=100%',
      'inject c>s RST+ACK seq=rcv.nxt ack=snd.nxt',
      'wait 100ms',
    ]);
    expect(r.state('server')).toBe('CLOSED');
  });

  it('ligurio/packetdrill-testcases reset/rst_sync_close_wait.pkt: CLOSE-WAIT + RST aborts; a later write fails ("connection does not exist")', () => {
    const r = run([
      ...REACH.CLOSE_WAIT.script,
      'inject c>s RST+ACK seq=rcv.nxt ack=snd.nxt', // < R 2:2(0) ack 1
      'wait 100ms',
      'server send 1000',
    ]);
    expect(r.state('server')).toBe('CLOSED');
    expect(r.lastCall('server')).toMatchObject({ call: 'SEND', error: 'connection does not exist' });
  });

  it('ligurio/packetdrill-testcases reset/rst-sync-est-fin-wait-1.pkt: FIN-WAIT-1 + RST aborts; a later write fails', () => {
    const r = run([
      ...ESTABLISH,
      'link s>c loss=100%',
      'server close',
      'inject c>s RST seq=rcv.nxt', // < R 1:1(0)
      'wait 100ms',
      'server send 1000',
    ]);
    expect(r.state('server')).toBe('CLOSED');
    expect(r.signals('server')).toEqual(['connection reset']);
    expect(r.lastCall('server').error).toBe('connection does not exist');
  });
});

describe('packetdrill timers: initial RTO and user timeout', () => {
  it('ligurio/packetdrill-testcases init_rto/init_rto_passive_open.pkt: the SYN,ACK is retransmitted after the initial RTO (1 s by RFC 6298; the FreeBSD script says 3 s)', () => {
    const r = run([ISS, 'server listen', 'link s>c loss=100%', 'inject c>s SYN seq=7000', 'wait 1500ms']);
    expect(r.sent('s>c')).toMatchObject([
      { t: 50, flags: 'SYN+ACK', seq: S_ISS, ack: 7001 },
      { t: 1050, flags: 'SYN+ACK', seq: S_ISS, ack: 7001, retransmit: true },
    ]);
  });

  it('ligurio/packetdrill-testcases user_timeout/user_timeout.pkt (Linux): with a 3 s user timeout the unacknowledged FIN is retransmitted, the connection dies at 3 s, and a late segment draws R 1:1(0)', () => {
    const r = run([
      ISS,
      'profile linux',
      'timers user_timeout=3s',
      'server listen',
      'client connect',
      'wait 1s',
      'link s>c loss=100%',
      'server close', // > F. 1:1(0) ack 1, then retransmissions
      'wait 4s',
      `inject c>s ACK seq=${C_ISS + 1} ack=${S_ISS + 1} len=1`, // < . 1:2(1) ack 1
      'wait 100ms',
    ]);
    const fins = r.sent('s>c').filter((s) => s.flags === 'FIN+ACK');
    expect(fins.length).toBeGreaterThan(1);
    expect(fins.every((f) => f.seq === S_ISS + 1 && f.ack === C_ISS + 1)).toBe(true);
    expect(r.timedSignals('server')).toEqual([{ t: 4000, signal: 'connection aborted due to user timeout' }]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: S_ISS + 1 }]);
  });
});

describe('Linux profile: where Linux (packetdrill) and RFC 9293 differ', () => {
  it('Linux tcp_send_active_reset() vs RFC 9293 §3.10.5: ABORT sends RST+ACK <SEQ=SND.NXT><ACK=RCV.NXT> (RFC: <SEQ=SND.NXT><CTL=RST>)', () => {
    const rfc = run([...ESTABLISH, 'client abort']);
    expect(rfc.sent('c>s').at(-1)).toMatchObject({ flags: 'RST', seq: C_ISS + 1 });
    const linux = run([...LINUX_ESTABLISH, 'client abort']);
    expect(linux.sent('c>s').at(-1)).toMatchObject({ flags: 'RST+ACK', seq: C_ISS + 1, ack: S_ISS + 1 });
  });

  it('Linux tcp_reset() vs RFC 9293 §3.10.7.3: an acceptable RST in SYN-SENT reports ECONNREFUSED ("connection refused"); the RFC signals "connection reset"', () => {
    const script = (profile: string) => [
      ISS,
      `profile ${profile}`,
      'link c>s loss=100%',
      'client connect',
      `inject s>c RST+ACK seq=0 ack=${C_ISS + 1}`,
      'wait 100ms',
    ];
    expect(run(script('rfc9293')).signals('client')).toEqual(['connection reset']);
    expect(run(script('linux')).signals('client')).toEqual(['connection refused']);
  });

  it('Linux tcp_check_req() vs RFC 9293 §3.10.7.4 first check: a pure retransmitted SYN in SYN-RECEIVED re-sends the SYN,ACK (RFC: an ACK, the SYN being left of the window)', () => {
    const script = (profile: string) => [
      ISS,
      `profile ${profile}`,
      'server listen',
      'link s>c loss=100%',
      'inject c>s SYN seq=7000',
      'wait 100ms',
      'inject c>s SYN seq=7000',
      'wait 100ms',
    ];
    expect(run(script('rfc9293')).repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: 7001 }]);
    expect(run(script('linux')).repliesTo()).toMatchObject([{ flags: 'SYN+ACK', seq: S_ISS, ack: 7001 }]);
  });

  it('Linux tcp_timewait_state_process() vs RFC 9293 §3.10.7.4 second check: in TIME-WAIT a RST with SEG.SEQ != RCV.NXT is ignored (no challenge ACK)', () => {
    const r = run([
      ISS,
      'profile linux',
      'server listen',
      'client connect',
      'wait 1s',
      'client close',
      'wait 1s',
      'server close',
      'wait 1s',
      'link c>s loss=100%',
      'inject s>c RST seq=rcv.nxt+10',
      'wait 100ms',
    ]);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('client')).toBe('TIME_WAIT');
  });

  it('Linux TCP_TIMEWAIT_LEN vs RFC 9293 §3.6.1 (MUST-13, 2 x MSL): TIME-WAIT lasts 60 s whatever the MSL', () => {
    const close = ['client close', 'wait 1s', 'server close', 'wait 1s', 'wait 61s'];
    const linux = run([
      ISS,
      'profile linux',
      'timers msl=10s',
      'server listen',
      'client connect',
      'wait 1s',
      ...close,
    ]);
    expect(linux.transitions('client').at(-1)).toMatchObject({
      from: 'TIME_WAIT',
      to: 'CLOSED',
      t: 2050 + 60_000,
    });
    const rfc = run([ISS, 'timers msl=10s', 'server listen', 'client connect', 'wait 1s', ...close]);
    expect(rfc.transitions('client').at(-1)).toMatchObject({
      from: 'TIME_WAIT',
      to: 'CLOSED',
      t: 2050 + 20_000,
    });
  });

  it('Linux tcp_fin_timeout vs RFC 9293: an orphaned FIN-WAIT-2 socket is closed after 60 s; RFC 9293 has no FIN-WAIT-2 timeout', () => {
    const tail = ['client close', 'wait 120s'];
    const linux = run([...LINUX_ESTABLISH, ...tail]);
    expect(linux.transitions('client').at(-1)).toMatchObject({
      from: 'FIN_WAIT_2',
      to: 'CLOSED',
      // The server delays its ACK of the FIN; with no data received yet, Linux's delayed-ACK timeout is
      // one timer tick (4 ms; measured in tests/fixtures/linux/server-closes-first.json): ACK at 1104.
      t: 1104 + 60_000,
    });
    const rfc = run([...ESTABLISH, ...tail]);
    expect(rfc.state('client')).toBe('FIN_WAIT_2');
  });

  it('Linux TCP_RTO_MIN (200 ms) vs RFC 6298 (2.4) (1 s): with a 100 ms RTT Linux retransmits after 300 ms', () => {
    const linux = run([...LINUX_ESTABLISH, 'link c>s loss=100%', 'client send 100', 'wait 500ms']);
    expect(
      linux
        .sent('c>s')
        .filter((s) => s.len > 0)
        .map((s) => s.t),
    ).toEqual([1000, 1300]);
  });
});
