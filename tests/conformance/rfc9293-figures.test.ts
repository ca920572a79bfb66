/**
 * RFC 9293 §3.5 and §3.6, Figures 6–13: connection establishment, old duplicates, half-open connections
 * and closing, replayed on the simulator with the figures' segments mapped onto ISS client=1000,
 * server=5000 (TCP Peer A is the client, TCP Peer B the server). The link's one-way delay is 50 ms.
 */
import { describe, expect, it } from 'vitest';
import { C_ISS, ESTABLISH, ISS, S_ISS, run } from './harness';

describe('RFC 9293 §3.5 Figure 6: basic three-way handshake', () => {
  const fig6 = () => run([ISS, 'server listen', 'client connect', 'wait 1s', 'client send 10', 'wait 1s']);

  it("§3.5 Figure 6 lines 2-5: <SEQ=ISS><CTL=SYN>, <SEQ=ISS'><ACK=ISS+1><CTL=SYN,ACK>, <SEQ=ISS+1><ACK=ISS'+1><CTL=ACK>, then data from the same SEQ", () => {
    const r = fig6();
    expect(r.sent('c>s')).toMatchObject([
      { t: 0, flags: 'SYN', seq: C_ISS, len: 0 },
      { t: 100, flags: 'ACK', seq: C_ISS + 1, ack: S_ISS + 1, len: 0 },
      // Line 5: "the sequence number of the segment in line 5 is the same as in line 4 because the ACK
      // does not occupy sequence number space".
      { t: 1000, flags: 'PSH+ACK', seq: C_ISS + 1, ack: S_ISS + 1, len: 10 },
    ]);
    expect(r.sent('s>c')[0]).toMatchObject({ t: 50, flags: 'SYN+ACK', seq: S_ISS, ack: C_ISS + 1 });
  });

  it('§3.5 Figure 6 states: A CLOSED -> SYN-SENT -> ESTABLISHED; B LISTEN -> SYN-RECEIVED -> ESTABLISHED', () => {
    const r = fig6();
    expect(r.transitions('client')).toMatchObject([
      { t: 0, from: 'CLOSED', to: 'SYN_SENT' },
      { t: 100, from: 'SYN_SENT', to: 'ESTABLISHED' },
    ]);
    expect(r.transitions('server')).toMatchObject([
      { t: 0, from: 'CLOSED', to: 'LISTEN' },
      { t: 50, from: 'LISTEN', to: 'SYN_RCVD' },
      { t: 150, from: 'SYN_RCVD', to: 'ESTABLISHED' },
    ]);
  });
});

describe('RFC 9293 §3.5 Figure 7: simultaneous connection synchronization', () => {
  const fig7 = () => run([ISS, 'client connect', 'server connect', 'wait 1s']);

  it('§3.5 Figure 7 lines 2-5 (MUST-10): each SYN-SENT peer receiving a SYN enters SYN-RECEIVED and sends <SEQ=ISS><ACK=IRS+1><CTL=SYN,ACK>', () => {
    const r = fig7();
    expect(r.sentBetween('c>s', 0, 50)).toMatchObject([
      { t: 0, flags: 'SYN', seq: C_ISS },
      { t: 50, flags: 'SYN+ACK', seq: C_ISS, ack: S_ISS + 1 },
    ]);
    expect(r.sentBetween('s>c', 0, 50)).toMatchObject([
      { t: 0, flags: 'SYN', seq: S_ISS },
      { t: 50, flags: 'SYN+ACK', seq: S_ISS, ack: C_ISS + 1 },
    ]);
    expect(r.stateAt('client', 50)).toBe('SYN_RCVD');
    expect(r.stateAt('server', 50)).toBe('SYN_RCVD');
  });

  it('§3.5 Figure 7 (MUST-10): a simultaneous open ends with both peers ESTABLISHED', () => {
    const r = fig7();
    expect(r.state('client')).toBe('ESTABLISHED');
    expect(r.state('server')).toBe('ESTABLISHED');
    expect(r.path('client')).toEqual(['CLOSED', 'SYN_SENT', 'SYN_RCVD', 'ESTABLISHED']);
  });

  it('§3.5 Figure 7 line 6: the peer SYN,ACK arriving in SYN-RECEIVED moves each peer to ESTABLISHED', () => {
    // Line 6: "ESTABLISHED <-- <SEQ=300><ACK=101><CTL=SYN,ACK> <-- SYN-RECEIVED". §3.10.7.4 first check:
    // the SYN (at IRS, left of RCV.NXT) is trimmed off as outside the window, and the rest of the segment
    // "begins at RCV.NXT", so processing continues and the ACK (SND.UNA < SEG.ACK =< SND.NXT) establishes.
    const r = fig7();
    expect(r.stateAt('client', 100)).toBe('ESTABLISHED');
    expect(r.stateAt('server', 100)).toBe('ESTABLISHED');
  });

  it('§3.5 Figure 7: the exchange is complete after the two SYNs and two SYN,ACKs (no further segment needed)', () => {
    const r = fig7();
    expect(r.sent('c>s').map((s) => s.flags)).toEqual(['SYN', 'SYN+ACK']);
    expect(r.sent('s>c').map((s) => s.flags)).toEqual(['SYN', 'SYN+ACK']);
  });
});

describe('RFC 9293 §3.5 Figure 8: recovery from old duplicate SYN', () => {
  // Line 2: A's SYN is delayed in the network; line 3: an old duplicate SYN <SEQ=990> arrives first.
  const fig8 = () =>
    run([
      ISS,
      'server listen',
      'delay next c>s SYN 300ms',
      'client connect',
      `inject c>s SYN seq=${C_ISS - 10}`,
      'wait 1s',
    ]);

  it('§3.5 Figure 8 lines 3-5: B answers the old SYN with <ACK=991>; A (SYN-SENT) resets it with <SEQ=991><CTL=RST>; B returns to LISTEN', () => {
    const r = fig8();
    expect(r.sent('s>c')[0]).toMatchObject({ t: 50, flags: 'SYN+ACK', seq: S_ISS, ack: C_ISS - 9 });
    expect(r.sent('c>s')[1]).toMatchObject({ t: 100, flags: 'RST', seq: C_ISS - 9 });
    expect(r.stateAt('client', 100)).toBe('SYN_SENT');
    expect(r.transitions('server').slice(1, 3)).toMatchObject([
      { t: 50, from: 'LISTEN', to: 'SYN_RCVD' },
      { t: 150, from: 'SYN_RCVD', to: 'LISTEN' },
    ]);
  });

  it('§3.5 Figure 8 lines 6-8: the original SYN then synchronizes normally: <ACK=ISS+1> SYN,ACK, both ESTABLISHED', () => {
    const r = fig8();
    const synAck = r.sent('s>c')[1];
    expect(synAck).toMatchObject({ t: 350, flags: 'SYN+ACK', ack: C_ISS + 1 });
    expect(r.sent('c>s').at(-1)).toMatchObject({
      t: 400,
      flags: 'ACK',
      seq: C_ISS + 1,
      ack: (synAck?.seq ?? 0) + 1,
    });
    expect(r.state('client')).toBe('ESTABLISHED');
    expect(r.state('server')).toBe('ESTABLISHED');
  });
});

describe('RFC 9293 §3.5.1 Figures 9 and 10: half-open connections', () => {
  it('§3.5.1 Figure 9: a SYN from the rebooted peer draws an ACK; A answers <SEQ=SEG.ACK><CTL=RST>; B aborts', () => {
    // A (client) "reboots": its ABORT's RST is lost, so B (server) still believes the connection open.
    const r = run([
      ...ESTABLISH,
      'drop next c>s RST',
      'client abort',
      'wait 1s',
      'client connect',
      'wait 1s',
    ]);
    const syn = r.sent('c>s').find((s) => s.t === 2000);
    expect(syn).toMatchObject({ flags: 'SYN' });
    // Line 4: B, synchronized, sends <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    expect(r.sentBetween('s>c', 2000, 3000)).toMatchObject([
      { t: 2050, flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1 },
    ]);
    // Line 5: A, unsynchronized, finds the ACK unacceptable and sends <SEQ=SEG.ACK><CTL=RST>.
    expect(r.sentBetween('c>s', 2100, 2100)).toMatchObject([{ flags: 'RST', seq: C_ISS + 1 }]);
    expect(r.stateAt('client', 2100)).toBe('SYN_SENT');
    // Line 6: B aborts.
    expect(r.transitions('server').at(-1)).toMatchObject({ t: 2150, from: 'ESTABLISHED', to: 'CLOSED' });
    expect(r.signals('server')).toEqual(['connection reset']);
  });

  it('§3.5.1 Figure 10: data arriving where the connection no longer exists draws <SEQ=SEG.ACK><CTL=RST>; B aborts', () => {
    const r = run([
      ...ESTABLISH,
      'drop next c>s RST',
      'client abort',
      'wait 1s',
      'server send 10',
      'wait 1s',
    ]);
    expect(r.sentBetween('s>c', 2000, 2000)).toMatchObject([
      { flags: 'PSH+ACK', seq: S_ISS + 1, ack: C_ISS + 1, len: 10 },
    ]);
    expect(r.sentBetween('c>s', 2050, 2050)).toMatchObject([{ flags: 'RST', seq: C_ISS + 1 }]);
    expect(r.transitions('server').at(-1)).toMatchObject({ t: 2100, from: 'ESTABLISHED', to: 'CLOSED' });
    expect(r.signals('server')).toEqual(['connection reset']);
  });
});

describe('RFC 9293 §3.5.1 Figure 11: old duplicate SYN initiates a reset on two passive sockets', () => {
  it('§3.5.1 Figure 11: B answers <SEQ=X><ACK=Z+1><CTL=SYN,ACK>; A in LISTEN sends <SEQ=Z+1><CTL=RST>; B returns to LISTEN', () => {
    const r = run([ISS, 'server listen', 'client listen', 'inject c>s SYN seq=7000', 'wait 1s']);
    expect(r.sent('s>c')).toMatchObject([{ t: 50, flags: 'SYN+ACK', seq: S_ISS, ack: 7001 }]);
    expect(r.sent('c>s')).toMatchObject([{ t: 100, flags: 'RST', seq: 7001 }]);
    expect(r.transitions('server').slice(1)).toMatchObject([
      { t: 50, from: 'LISTEN', to: 'SYN_RCVD' },
      { t: 150, from: 'SYN_RCVD', to: 'LISTEN' },
    ]);
    expect(r.state('client')).toBe('LISTEN');
    expect(r.state('server')).toBe('LISTEN');
  });
});

describe('RFC 9293 §3.6 Figures 12 and 13: closing', () => {
  const fig12 = () =>
    run([
      ISS,
      'timers msl=1s',
      'server listen',
      'client connect',
      'wait 1s',
      'client close',
      'wait 1s',
      'server close',
      'wait 5s',
    ]);

  it('§3.6 Figure 12 segments: <SEQ=100><ACK=300><FIN,ACK>, <SEQ=300><ACK=101><ACK>, <SEQ=300><ACK=101><FIN,ACK>, <SEQ=101><ACK=301><ACK>', () => {
    const r = fig12();
    expect(r.sentBetween('c>s', 1000, 9000)).toMatchObject([
      { t: 1000, flags: 'FIN+ACK', seq: C_ISS + 1, ack: S_ISS + 1 },
      { t: 2050, flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 },
    ]);
    expect(r.sentBetween('s>c', 1000, 9000)).toMatchObject([
      { t: 1050, flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 2 },
      { t: 2000, flags: 'FIN+ACK', seq: S_ISS + 1, ack: C_ISS + 2 },
    ]);
  });

  it('§3.6 Figure 12 states (cases 1 and 2): A FIN-WAIT-1 -> FIN-WAIT-2 -> TIME-WAIT -> (2 MSL) CLOSED; B CLOSE-WAIT -> LAST-ACK -> CLOSED', () => {
    const r = fig12();
    expect(r.transitions('client').slice(2)).toMatchObject([
      { t: 1000, to: 'FIN_WAIT_1' },
      { t: 1100, to: 'FIN_WAIT_2' },
      { t: 2050, to: 'TIME_WAIT' },
      { t: 4050, to: 'CLOSED' },
    ]);
    expect(r.transitions('server').slice(3)).toMatchObject([
      { t: 1050, to: 'CLOSE_WAIT' },
      { t: 2000, to: 'LAST_ACK' },
      { t: 2100, to: 'CLOSED' },
    ]);
  });

  it('§3.6 case 2 (MUST-12): the endpoint receiving the FIN tells its user the connection is closing', () => {
    const r = fig12();
    expect(r.timedSignals('server')).toEqual([{ t: 1050, signal: 'connection closing' }]);
    expect(r.timedSignals('client')).toEqual([{ t: 2050, signal: 'connection closing' }]);
  });

  it('§3.6 Figure 13 (case 3): simultaneous CLOSE: FIN-WAIT-1 -> CLOSING -> TIME-WAIT on both sides, ACKs <SEQ=101><ACK=301>', () => {
    const r = run([
      ISS,
      'timers msl=1s',
      'server listen',
      'client connect',
      'wait 1s',
      'client close',
      'server close',
      'wait 5s',
    ]);
    expect(r.sentBetween('c>s', 1000, 9000)).toMatchObject([
      { t: 1000, flags: 'FIN+ACK', seq: C_ISS + 1, ack: S_ISS + 1 },
      { t: 1050, flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 },
    ]);
    expect(r.sentBetween('s>c', 1000, 9000)).toMatchObject([
      { t: 1000, flags: 'FIN+ACK', seq: S_ISS + 1, ack: C_ISS + 1 },
      { t: 1050, flags: 'ACK', seq: S_ISS + 2, ack: C_ISS + 2 },
    ]);
    for (const side of ['client', 'server'] as const) {
      expect(r.transitions(side).slice(-4)).toMatchObject([
        { t: 1000, to: 'FIN_WAIT_1' },
        { t: 1050, to: 'CLOSING' },
        { t: 1100, to: 'TIME_WAIT' },
        { t: 3100, to: 'CLOSED' },
      ]);
    }
  });

  it('§3.6.1 (MUST-13): an active closer lingers in TIME-WAIT for 2 x MSL (MSL = 2 minutes by default)', () => {
    const r = run([...ESTABLISH, 'client close', 'wait 1s', 'server close', 'wait 1s', 'wait 240s']);
    expect(r.transitions('client').at(-1)).toMatchObject({
      from: 'TIME_WAIT',
      to: 'CLOSED',
      t: 2050 + 240_000,
    });
  });

  it('§3.6 case 1: RECEIVEs are allowed after CLOSE: data sent by the peer in CLOSE-WAIT is delivered and acknowledged in FIN-WAIT-2', () => {
    const r = run([...ESTABLISH, 'client close', 'wait 1s', 'server send 500', 'wait 1s']);
    expect(r.stateAt('client', 2050)).toBe('FIN_WAIT_2');
    expect(r.delivered('client')).toBe(500);
    expect(r.sentBetween('c>s', 2050, 2050)).toMatchObject([
      { flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 501 },
    ]);
  });

  it('§3.6 case 2: if the ACK of the FIN is not forthcoming, after the user timeout the connection is aborted and the user told', () => {
    const r = run([
      ISS,
      'timers user_timeout=10s',
      'server listen',
      'client connect',
      'wait 1s',
      'client close',
      'wait 1s',
      'link c>s loss=100%',
      'server close',
      'wait 15s',
    ]);
    expect(r.transitions('server').at(-1)).toMatchObject({ from: 'LAST_ACK', to: 'CLOSED', t: 12_000 });
    expect(r.timedSignals('server').at(-1)).toEqual({
      t: 12_000,
      signal: 'connection aborted due to user timeout',
    });
  });
});
