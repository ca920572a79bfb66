/**
 * RFC 9293 §3.10.1–3.10.5: the user calls OPEN, SEND, CLOSE and ABORT, in every state.
 *
 * Each test drives one endpoint into a state with a script from REACH, makes one call, and compares the
 * call's answer, the segments that left and the state afterwards with the RFC's text for that state.
 */
import { describe, expect, it } from 'vitest';
import type { TcpState } from '../../src/core/endpoint/tcpState';
import { C_ISS, ESTABLISH, ISS, REACH, S_ISS, from, run } from './harness';

/** Runs the script that reaches `state`, then `call` on that endpoint. */
function callIn(state: TcpState, call: string) {
  const { side, script } = REACH[state];
  const before = run(script);
  const after = run([...script, `${side} ${call}`]);
  const t = before.now;
  return {
    side,
    before,
    after,
    /** What the endpoint sent at the moment of the call. */
    sentByCall: after.sentBetween(from(side), t, t).filter((s) => s.step > before.sim.current.step),
    answer: after.lastCall(side),
  };
}

describe('RFC 9293 §3.10.1 OPEN call', () => {
  it('§3.10.1 CLOSED: active OPEN sends <SEQ=ISS><CTL=SYN>, sets SND.UNA=ISS, SND.NXT=ISS+1, enters SYN-SENT', () => {
    const r = run([ISS, 'link c>s loss=100%', 'client connect']);
    expect(r.sent('c>s')).toMatchObject([{ flags: 'SYN', seq: C_ISS, len: 0 }]);
    expect(r.state('client')).toBe('SYN_SENT');
    expect(r.tcb('client')).toMatchObject({ iss: C_ISS, sndUna: C_ISS, sndNxt: C_ISS + 1 });
    expect(r.lastCall('client').error).toBeUndefined();
  });

  it('§3.10.1 CLOSED: passive OPEN enters LISTEN and sends nothing', () => {
    const r = run([ISS, 'server listen']);
    expect(r.state('server')).toBe('LISTEN');
    expect(r.sent()).toEqual([]);
    expect(r.lastCall('server').error).toBeUndefined();
  });

  it('§3.10.1 LISTEN: active OPEN changes the connection from passive to active: SYN, SND.NXT=ISS+1, SYN-SENT', () => {
    const r = run([ISS, 'link s>c loss=100%', 'server listen', 'server connect']);
    expect(r.sent('s>c')).toMatchObject([{ flags: 'SYN', seq: S_ISS }]);
    expect(r.state('server')).toBe('SYN_SENT');
    expect(r.tcb('server')).toMatchObject({ sndUna: S_ISS, sndNxt: S_ISS + 1 });
  });

  it('§3.4.1: a later OPEN takes its ISS from the ISN clock, which ticks every 4 microseconds (250 per ms)', () => {
    const r = run([ISS, 'link c>s loss=100%', 'client connect', 'wait 1s', 'client abort', 'client connect']);
    const [first, second] = r.sent('c>s').filter((s) => s.flags === 'SYN' && !s.retransmit);
    expect(first).toMatchObject({ t: 0, seq: C_ISS });
    expect(second?.t).toBe(1000);
    expect(Math.abs((second?.seq ?? 0) - (C_ISS + 250 * 1000))).toBeLessThanOrEqual(1);
  });

  const existing: TcpState[] = [
    'SYN_SENT',
    'SYN_RCVD',
    'ESTABLISHED',
    'FIN_WAIT_1',
    'FIN_WAIT_2',
    'CLOSE_WAIT',
    'CLOSING',
    'LAST_ACK',
    'TIME_WAIT',
  ];
  it.each(existing)(
    '§3.10.1 %s: OPEN returns "error: connection already exists" and changes nothing',
    (state) => {
      const c = callIn(state, 'connect');
      expect(c.answer).toMatchObject({ call: 'ACTIVE_OPEN', error: 'connection already exists' });
      expect(c.sentByCall).toEqual([]);
      expect(c.after.state(c.side)).toBe(state);
    },
  );
});

describe('RFC 9293 §3.10.2 SEND call', () => {
  it('§3.10.2 CLOSED: SEND returns "error: connection does not exist"', () => {
    const c = callIn('CLOSED', 'send 100');
    expect(c.answer).toMatchObject({ call: 'SEND', error: 'connection does not exist' });
    expect(c.after.sent()).toEqual([]);
  });

  it('§3.10.2 LISTEN: SEND (remote socket specified) sends a SYN and enters SYN-SENT', () => {
    const r = run([ISS, 'link s>c loss=100%', 'server listen', 'server send 100']);
    expect(r.sent('s>c')).toMatchObject([{ flags: 'SYN', seq: S_ISS, len: 0 }]);
    expect(r.state('server')).toBe('SYN_SENT');
    expect(r.tcb('server')).toMatchObject({ sndUna: S_ISS, sndNxt: S_ISS + 1 });
  });

  it('§3.10.2 LISTEN: data of a SEND in LISTEN is queued and sent once the connection is ESTABLISHED', () => {
    const r = run([ISS, 'client listen', 'server listen', 'server send 100', 'wait 1s']);
    expect(r.state('server')).toBe('ESTABLISHED');
    expect(r.sent('s>c').filter((s) => s.len > 0)).toMatchObject([{ seq: S_ISS + 1, len: 100 }]);
    expect(r.delivered('client')).toBe(100);
  });

  it('§3.10.2 SYN-SENT: SEND queues the data for transmission after entering ESTABLISHED', () => {
    const r = run([ISS, 'server listen', 'client connect', 'client send 100', 'wait 1s']);
    expect(r.lastCall('client')).toMatchObject({ call: 'SEND', error: undefined });
    // Nothing but the SYN before the SYN,ACK arrives at 100 ms ...
    expect(r.sentBetween('c>s', 0, 99)).toMatchObject([{ flags: 'SYN' }]);
    // ... then the data, from ISS+1, acknowledging the server's SYN.
    const data = r.sent('c>s').filter((s) => s.len > 0);
    expect(data).toMatchObject([{ t: 100, seq: C_ISS + 1, ack: S_ISS + 1, len: 100 }]);
  });

  it('§3.10.2 SYN-RECEIVED: SEND queues the data until ESTABLISHED', () => {
    const c = callIn('SYN_RCVD', 'send 100');
    expect(c.answer).toMatchObject({ call: 'SEND', error: undefined });
    expect(c.sentByCall).toEqual([]);
    const r = run([...REACH.SYN_RCVD.script, 'server send 100', 'wait 1s']);
    // The handshake ACK arrives at 150 ms; the data goes out then, not before.
    const data = r.sent('s>c').filter((s) => s.len > 0);
    expect(data).toMatchObject([{ t: 150, seq: S_ISS + 1, ack: C_ISS + 1, len: 100 }]);
  });

  it('§3.10.2 ESTABLISHED: SEND segmentizes the buffer and piggybacks ACK=RCV.NXT', () => {
    const c = callIn('ESTABLISHED', 'send 3000');
    expect(c.answer.error).toBeUndefined();
    expect(c.sentByCall).toMatchObject([
      { flags: 'ACK', seq: C_ISS + 1, ack: S_ISS + 1, len: 1460 },
      { flags: 'ACK', seq: C_ISS + 1461, ack: S_ISS + 1, len: 1460 },
      { flags: 'PSH+ACK', seq: C_ISS + 2921, ack: S_ISS + 1, len: 80 },
    ]);
  });

  it('§3.10.2 CLOSE-WAIT: SEND segmentizes and sends, ACK=RCV.NXT (over the peer FIN)', () => {
    const c = callIn('CLOSE_WAIT', 'send 100');
    expect(c.answer.error).toBeUndefined();
    expect(c.sentByCall).toMatchObject([{ flags: 'PSH+ACK', seq: S_ISS + 1, ack: C_ISS + 2, len: 100 }]);
    expect(c.after.state('server')).toBe('CLOSE_WAIT');
  });

  const closing: TcpState[] = ['FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSING', 'LAST_ACK', 'TIME_WAIT'];
  it.each(closing)(
    '§3.10.2 %s: SEND returns "error: connection closing" and does not service it',
    (state) => {
      const c = callIn(state, 'send 100');
      expect(c.answer).toMatchObject({ call: 'SEND', error: 'connection closing' });
      expect(c.sentByCall).toEqual([]);
      expect(c.after.state(c.side)).toBe(state);
      expect(c.after.tcb(c.side).written).toBe(c.before.tcb(c.side).written);
    },
  );
});

describe('RFC 9293 §3.10.4 CLOSE call', () => {
  it('§3.10.4 CLOSED: CLOSE returns "error: connection does not exist"', () => {
    const c = callIn('CLOSED', 'close');
    expect(c.answer).toMatchObject({ call: 'CLOSE', error: 'connection does not exist' });
  });

  it('§3.10.4 LISTEN: CLOSE deletes the TCB and enters CLOSED, sending nothing', () => {
    const c = callIn('LISTEN', 'close');
    expect(c.answer.error).toBeUndefined();
    expect(c.after.state('server')).toBe('CLOSED');
    expect(c.after.sent()).toEqual([]);
  });

  it('§3.10.4 SYN-SENT: CLOSE deletes the TCB (CLOSED) without sending a RST', () => {
    const c = callIn('SYN_SENT', 'close');
    expect(c.after.state('client')).toBe('CLOSED');
    expect(c.sentByCall).toEqual([]);
  });

  it('§3.10.4 SYN-RECEIVED: CLOSE with no SENDs issued forms a FIN <SEQ=ISS+1> and enters FIN-WAIT-1', () => {
    const c = callIn('SYN_RCVD', 'close');
    expect(c.answer.error).toBeUndefined();
    expect(c.sentByCall).toMatchObject([{ flags: 'FIN+ACK', seq: S_ISS + 1, ack: C_ISS + 1 }]);
    expect(c.after.state('server')).toBe('FIN_WAIT_1');
  });

  it('§3.10.4 SYN-RECEIVED: CLOSE with pending data is queued until ESTABLISHED (the state stays SYN-RECEIVED)', () => {
    // RFC 9293 §3.10.4: "If no SENDs have been issued and there is no pending data to send, then form a
    // FIN segment and send it, and enter FIN-WAIT-1 state; otherwise, queue for processing after entering
    // ESTABLISHED state." §3.10: "Note that if no state change is mentioned, the TCP connection stays in
    // the same state."
    const r = run([...REACH.SYN_RCVD.script, 'server send 100', 'server close']);
    expect(r.sent('s>c').filter((s) => s.t === 60)).toEqual([]);
    expect(r.state('server')).toBe('SYN_RCVD');
  });

  it('§3.10.4 with §3.10.7.4 second: a passive SYN-RECEIVED connection whose CLOSE is queued still returns to LISTEN on a RST', () => {
    // Consequence of the rule above: the connection is still in SYN-RECEIVED (from LISTEN), so "If this
    // connection was initiated with a passive OPEN (i.e., came from the LISTEN state), then return this
    // connection to LISTEN state and return. The user need not be informed."
    const r = run([
      ...REACH.SYN_RCVD.script,
      'drop next c>s ACK',
      'server send 100',
      'server close',
      'inject c>s RST seq=rcv.nxt',
      'wait 50ms',
    ]);
    expect(r.state('server')).toBe('LISTEN');
    expect(r.signals('server')).toEqual([]);
  });

  it('§3.10.4 SYN-RECEIVED: a queued CLOSE sends the data, then the FIN, once ESTABLISHED', () => {
    const r = run([...REACH.SYN_RCVD.script, 'server send 100', 'server close', 'wait 1s']);
    const out = r.sent('s>c').filter((s) => s.t === 150);
    // The data first, from ISS+1; the FIN right after it (on the last data segment or on its own).
    expect(out[0]).toMatchObject({ seq: S_ISS + 1, len: 100 });
    expect(out.at(-1)?.flags).toContain('FIN');
    expect(r.tcb('server').finSeq).toBe(S_ISS + 101);
    expect(r.stateAt('server', 150)).toBe('FIN_WAIT_1');
  });

  it('§3.10.4 ESTABLISHED: CLOSE queues the FIN behind all preceding SENDs, then enters FIN-WAIT-1', () => {
    const r = run([...ESTABLISH, 'client send 3000', 'client close']);
    const out = r.sentBetween('c>s', 1000, 1000);
    expect(out.map((s) => s.flags)).toEqual(['ACK', 'ACK', 'PSH+ACK', 'FIN+ACK']);
    expect(out.at(-1)).toMatchObject({ flags: 'FIN+ACK', seq: C_ISS + 3001, ack: S_ISS + 1, len: 0 });
    expect(r.state('client')).toBe('FIN_WAIT_1');
  });

  it('§3.10.4 ESTABLISHED: the FIN waits until data the send window held back has been segmentized; FIN-WAIT-1 is entered at once', () => {
    const r = run([
      ...ESTABLISH,
      'client send 100',
      'wait 1s',
      'link c>s loss=100%',
      'inject s>c ACK seq=rcv.nxt ack=snd.una win=7',
      'wait 100ms',
      'client send 100',
      'client close',
      'inject s>c ACK seq=rcv.nxt ack=snd.nxt win=65535',
      'wait 100ms',
    ]);
    const out = r.sent('c>s').filter((s) => s.t >= 2100);
    expect(out).toMatchObject([
      { t: 2100, seq: C_ISS + 101, len: 7 },
      { t: 2150, seq: C_ISS + 108, len: 93 },
    ]);
    // The FIN follows the last octet (on the last data segment or on its own).
    expect(out.at(-1)?.flags).toContain('FIN');
    expect(r.tcb('client').finSeq).toBe(C_ISS + 201);
    expect(r.stateAt('client', 2100)).toBe('FIN_WAIT_1');
  });

  it('§3.10.5 ESTABLISHED: ABORT flushes the retransmission queue (no retransmission follows the RST)', () => {
    const r = run([...ESTABLISH, 'link c>s loss=100%', 'client send 100', 'client abort', 'wait 3s']);
    expect(r.sent('c>s').slice(-2)).toMatchObject([
      { t: 1000, len: 100 },
      { t: 1000, flags: 'RST' },
    ]);
  });

  it.each(['FIN_WAIT_1', 'FIN_WAIT_2'] as const)(
    '§3.10.4 %s: CLOSE is "error: connection closing" (or "ok") and no second FIN is emitted',
    (state) => {
      const c = callIn(state, 'close');
      // RFC 9293 §3.10.4: "Strictly speaking, this is an error and should receive an "error: connection
      // closing" response. An "ok" response would be acceptable, too, as long as a second FIN is not
      // emitted". The engine documents the strict answer.
      expect(c.answer).toMatchObject({ call: 'CLOSE', error: 'connection closing' });
      expect(c.sentByCall).toEqual([]);
      expect(c.after.state(c.side)).toBe(state);
    },
  );

  it('§3.10.4 CLOSE-WAIT: CLOSE sends a FIN after the queued SENDs and enters LAST-ACK', () => {
    const c = callIn('CLOSE_WAIT', 'close');
    expect(c.sentByCall).toMatchObject([{ flags: 'FIN+ACK', seq: S_ISS + 1, ack: C_ISS + 2 }]);
    expect(c.after.state('server')).toBe('LAST_ACK');
  });

  it.each(['CLOSING', 'LAST_ACK', 'TIME_WAIT'] as const)(
    '§3.10.4 %s: CLOSE responds "error: connection closing"',
    (state) => {
      const c = callIn(state, 'close');
      expect(c.answer).toMatchObject({ call: 'CLOSE', error: 'connection closing' });
      expect(c.sentByCall).toEqual([]);
      expect(c.after.state(c.side)).toBe(state);
    },
  );
});

describe('RFC 9293 §3.10.5 ABORT call', () => {
  it('§3.10.5 CLOSED: ABORT returns "error: connection does not exist"', () => {
    const c = callIn('CLOSED', 'abort');
    expect(c.answer).toMatchObject({ call: 'ABORT', error: 'connection does not exist' });
  });

  it.each(['LISTEN', 'SYN_SENT'] as const)(
    '§3.10.5 %s: ABORT deletes the TCB and enters CLOSED without sending a segment',
    (state) => {
      const c = callIn(state, 'abort');
      expect(c.answer.error).toBeUndefined();
      expect(c.sentByCall).toEqual([]);
      expect(c.after.state(c.side)).toBe('CLOSED');
    },
  );

  it.each(['SYN_RCVD', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT'] as const)(
    '§3.10.5 %s: ABORT sends <SEQ=SND.NXT><CTL=RST> and enters CLOSED',
    (state) => {
      const c = callIn(state, 'abort');
      const sndNxt = c.before.tcb(c.side).sndNxt;
      expect(c.sentByCall).toMatchObject([{ flags: 'RST', seq: sndNxt, len: 0 }]);
      expect(c.after.state(c.side)).toBe('CLOSED');
      expect(c.answer.error).toBeUndefined();
    },
  );

  it.each(['CLOSING', 'LAST_ACK', 'TIME_WAIT'] as const)(
    '§3.10.5 %s: ABORT responds "ok", deletes the TCB and enters CLOSED without a RST',
    (state) => {
      const c = callIn(state, 'abort');
      expect(c.answer).toMatchObject({ call: 'ABORT', error: undefined });
      expect(c.sentByCall).toEqual([]);
      expect(c.after.state(c.side)).toBe('CLOSED');
    },
  );
});
