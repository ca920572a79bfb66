/**
 * RFC 6298, Computing TCP's Retransmission Timer (required by RFC 9293 §3.8.1, MUST-18), and the
 * retransmission limits of RFC 9293 §3.8.3.
 *
 * (2.1) RTO <- 1 s before the first RTT sample; (2.2) first sample: SRTT <- R, RTTVAR <- R/2;
 * (2.3) later samples: RTTVAR <- 3/4 RTTVAR + 1/4 |SRTT - R'|, SRTT <- 7/8 SRTT + 1/8 R';
 * RTO <- SRTT + max(G, 4 RTTVAR); (2.4) an RTO below 1 s SHOULD be rounded up to 1 s; (2.5) a maximum
 * MAY be placed on RTO provided it is at least 60 s; (3) Karn: no samples from retransmitted segments;
 * (5.1)-(5.7) timer management and backoff.
 */
import { describe, expect, it } from 'vitest';
import { C_ISS, ESTABLISH, ISS, run } from './harness';

/** Times, in ms, at which the client sent a SYN. */
function synTimes(r: ReturnType<typeof run>): number[] {
  return r
    .sent('c>s')
    .filter((s) => s.flags === 'SYN')
    .map((s) => s.t);
}

/** Times at which the client sent octets starting at `seq`. */
function dataTimes(r: ReturnType<typeof run>, seq: number): number[] {
  return r
    .sent('c>s')
    .filter((s) => s.len > 0 && s.seq === seq)
    .map((s) => s.t);
}

describe('RFC 6298 §2: the RTO estimator', () => {
  it('RFC 6298 (2.1): before any RTT sample the RTO is 1 second: the first SYN retransmission comes 1 s after the SYN', () => {
    const r = run([ISS, 'link c>s loss=100%', 'client connect', 'wait 1500ms']);
    expect(synTimes(r)).toEqual([0, 1000]);
  });

  it('RFC 6298 (2.2): the first sample R sets SRTT <- R, RTTVAR <- R/2 (R = 100 ms for the handshake)', () => {
    const r = run(ESTABLISH);
    expect(r.tcb('client')).toMatchObject({ srtt: 100, rttvar: 50 });
  });

  it("RFC 6298 (2.3): a later sample R' updates RTTVAR with beta = 1/4 (before SRTT) and SRTT with alpha = 1/8", () => {
    // After the handshake the one-way delay grows to 200 ms, so the data's RTT sample is R' = 400 ms.
    const r = run([...ESTABLISH, 'link latency=200ms', 'client send 100', 'wait 1s']);
    // RTTVAR = 3/4 * 50 + 1/4 * |100 - 400| = 112.5; SRTT = 7/8 * 100 + 1/8 * 400 = 137.5.
    expect(r.tcb('client')).toMatchObject({ srtt: 137.5, rttvar: 112.5 });
  });

  it('RFC 6298 (2.3): RTO <- SRTT + max(G, 4 * RTTVAR) when that is above the 1 s floor', () => {
    // R' = 800 ms (inside the 1 s RTO, so not retransmitted): RTTVAR = 37.5 + 175 = 212.5;
    // SRTT = 87.5 + 100 = 187.5; RTO = 187.5 + 4 * 212.5 = 1037.5.
    const r = run([...ESTABLISH, 'link latency=400ms', 'client send 100', 'wait 3s']);
    expect(r.tcb('client')).toMatchObject({ srtt: 187.5, rttvar: 212.5, rto: 1037.5 });
  });

  it('RFC 6298 (2.4): an RTO computed below 1 s is rounded up to 1 s (RTT 100 ms: retransmission after 1 s, not 300 ms)', () => {
    const r = run([...ESTABLISH, 'link c>s loss=100%', 'client send 100', 'wait 1500ms']);
    expect(r.tcb('client').rto).toBe(2000); // after one backoff from 1 s
    expect(dataTimes(r, C_ISS + 1)).toEqual([1000, 2000]);
  });
});

describe('RFC 6298 §3 and §5: Karn, timer management and backoff', () => {
  it('RFC 6298 §3 (RFC 9293 MUST-18, Karn): no RTT sample is taken from a retransmitted SYN', () => {
    const r = run([ISS, 'server listen', 'drop next c>s SYN', 'client connect', 'wait 2s']);
    expect(r.state('client')).toBe('ESTABLISHED');
    expect(r.tcb('client').srtt).toBeUndefined();
  });

  it('RFC 6298 (5.7): after the SYN was retransmitted, the RTO is re-initialized to 3 s when data transmission begins', () => {
    const r = run([
      ISS,
      'server listen',
      'drop next c>s SYN',
      'client connect',
      'wait 2s',
      'link c>s loss=100%',
      'client send 100',
      'wait 4s',
    ]);
    expect(dataTimes(r, C_ISS + 1)).toEqual([2000, 5000]);
  });

  it('RFC 6298 (5.7): the same holds on the passive side when its SYN,ACK had to be retransmitted', () => {
    const r = run([ISS, 'server listen', 'drop next s>c SYN+ACK', 'client connect', 'wait 3s']);
    expect(
      r
        .sent('s>c')
        .filter((s) => s.flags === 'SYN+ACK')
        .map((s) => s.retransmit),
    ).toEqual([false, true]);
    expect(r.state('server')).toBe('ESTABLISHED');
    expect(r.tcb('server').rto).toBe(3000);
  });

  it('RFC 6298 (5.1): sending data starts the retransmission timer to expire after RTO', () => {
    const r = run([...ESTABLISH, 'client send 100', 'wait 10ms']);
    expect(r.timer('client', 'rexmt').at(-1)).toEqual({ t: 1000, action: 'set', due: 2000 });
  });

  it('RFC 6298 (5.2): when all outstanding data has been acknowledged the retransmission timer is turned off', () => {
    const r = run([...ESTABLISH, 'client send 100', 'wait 1s']);
    expect(r.timer('client', 'rexmt').at(-1)).toEqual({ t: 1100, action: 'cancel', due: undefined });
    expect(r.tcb('client').timers.rexmt).toBeUndefined();
  });

  it('RFC 6298 (5.3): an ACK of new data with data still outstanding restarts the timer to expire after RTO', () => {
    // Two segments: 1460 octets, then 540 with PSH. The second is lost; the ACK of the first
    // arrives at 1100 ms.
    const r = run([...ESTABLISH, 'drop next c>s PSH+ACK', 'client send 2000', 'wait 500ms']);
    expect(r.timer('client', 'rexmt').at(-1)).toEqual({ t: 1100, action: 'set', due: 2100 });
  });

  it('RFC 6298 (5.4): on expiry the earliest segment not acknowledged is retransmitted', () => {
    const r = run([...ESTABLISH, 'drop next c>s PSH+ACK', 'client send 2000', 'wait 1500ms']);
    expect(r.sent('c>s').at(-1)).toMatchObject({ t: 2100, seq: C_ISS + 1461, len: 540, retransmit: true });
  });

  it('RFC 6298 (5.5)-(5.6): each expiry doubles the RTO: SYNs at 0, 1, 3, 7, 15 and 31 s', () => {
    const r = run([ISS, 'link c>s loss=100%', 'client connect', 'wait 40s']);
    expect(synTimes(r)).toEqual([0, 1000, 3000, 7000, 15_000, 31_000]);
  });

  it('RFC 6298 (5.5): the backoff applies to data too: retransmissions 1, 2 and 4 s apart', () => {
    const r = run([...ESTABLISH, 'link c>s loss=100%', 'client send 100', 'wait 8500ms']);
    expect(dataTimes(r, C_ISS + 1)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('RFC 6298 (5.5) and RFC 9293 §3.8.2: the backed-off RTO is kept until new data is sent and acknowledged without retransmission', () => {
    // The first data segment is lost once (RTO backs off to 2 s); its retransmission is acknowledged,
    // which gives no sample (Karn). The next data segment is lost too: it is retransmitted after 2 s.
    const r = run([
      ...ESTABLISH,
      'drop next c>s PSH+ACK',
      'client send 100',
      'wait 3s',
      'link c>s loss=100%',
      'client send 100',
      'wait 3s',
    ]);
    expect(dataTimes(r, C_ISS + 1)).toEqual([1000, 2000]);
    expect(dataTimes(r, C_ISS + 101)).toEqual([4000, 6000]);
  });

  it('RFC 6298 (2.5): the maximum placed on the RTO bounds the doubling (rto_max=4s: SYNs at 0, 1, 3, 7, 11, 15 s)', () => {
    const r = run([ISS, 'timers rto_max=4s', 'link c>s loss=100%', 'client connect', 'wait 16s']);
    expect(synTimes(r)).toEqual([0, 1000, 3000, 7000, 11_000, 15_000]);
  });

  it('RFC 6298 (2.5): the default maximum is at least 60 s (the gap after 32 s of backoff is 60 s)', () => {
    const r = run([ISS, 'link c>s loss=100%', 'client connect', 'wait 130s']);
    const t = synTimes(r);
    expect(t.slice(-3)).toEqual([31_000, 63_000, 123_000]);
  });
});

describe('RFC 9293 §3.8.3 connection failures (R2)', () => {
  it('§3.8.3 (MUST-23): a SYN is retransmitted for at least 3 minutes before the open fails with "connection timed out"', () => {
    const r = run([ISS, 'link c>s loss=100%', 'client connect', 'wait 200s']);
    const closed = r.transitions('client').at(-1);
    expect(closed).toMatchObject({ from: 'SYN_SENT', to: 'CLOSED' });
    expect(closed?.t).toBeGreaterThanOrEqual(180_000);
    expect(synTimes(r).at(-1)).toBeLessThan(closed?.t ?? 0);
    expect(r.signals('client')).toEqual(['connection timed out']);
  });

  it('§3.8.3 (SHLD-11): R2 for data corresponds to at least 100 s; then the connection is closed and the user told', () => {
    const r = run([...ESTABLISH, 'link c>s loss=100%', 'client send 100', 'wait 300s']);
    const closed = r.transitions('client').at(-1);
    expect(closed).toMatchObject({ from: 'ESTABLISHED', to: 'CLOSED' });
    expect((closed?.t ?? 0) - 1000).toBeGreaterThanOrEqual(100_000);
    expect(r.signals('client')).toEqual(['connection timed out']);
  });

  it('§3.8.3 (MUST-21): the application can set R2: with retries=3 the connection closes after the third retransmission times out', () => {
    const r = run([
      ISS,
      'timers retries=3',
      'server listen',
      'client connect',
      'wait 1s',
      'link c>s loss=100%',
      'client send 100',
      'wait 30s',
    ]);
    expect(dataTimes(r, C_ISS + 1)).toEqual([1000, 2000, 4000, 8000]);
    expect(r.transitions('client').at(-1)).toMatchObject({ to: 'CLOSED', t: 16_000 });
  });
});
