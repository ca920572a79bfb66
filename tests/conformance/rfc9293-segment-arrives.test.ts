/**
 * RFC 9293 §3.10.7 SEGMENT ARRIVES (CLOSED, LISTEN, SYN-SENT and the other states) and §3.10.8
 * timeouts.
 *
 * Segments are crafted with `inject`; the endpoint under test is isolated by making the link towards its
 * peer lose everything (`link s>c loss=100%`), so the peer never reacts to the replies and the trace
 * shows exactly what the endpoint answered. `seq=`/`ack=` expressions in `inject` are relative to the
 * receiving endpoint's TCB.
 */
import { describe, expect, it } from 'vitest';
import { C_ISS, ESTABLISH, ISS, REACH, S_ISS, run } from './harness';

/** The server, ESTABLISHED, whose answers never reach the client. */
const SERVER_ALONE = [...ESTABLISH, 'link s>c loss=100%'];
/** The client in SYN-SENT; its SYN is lost and nothing it sends arrives. */
const SYN_SENT_ALONE = [ISS, 'link c>s loss=100%', 'client connect'];

describe('RFC 9293 §3.10.7.1 SEGMENT ARRIVES in CLOSED', () => {
  it('§3.10.7.1 CLOSED: a SYN without ACK draws <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> (the SYN counts in SEG.LEN)', () => {
    const r = run([ISS, 'inject c>s SYN seq=7000', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ dir: 's>c', flags: 'RST+ACK', seq: 0, ack: 7001, len: 0 }]);
    expect(r.state('server')).toBe('CLOSED');
  });

  it('§3.10.7.1 CLOSED: data without ACK draws <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>', () => {
    const r = run([ISS, 'inject c>s - seq=7000 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST+ACK', seq: 0, ack: 7010 }]);
  });

  it('§3.10.7.1 CLOSED: a FIN with data and no ACK is acknowledged past both (SEG.LEN = data + FIN)', () => {
    const r = run([ISS, 'inject c>s FIN seq=7000 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST+ACK', seq: 0, ack: 7011 }]);
  });

  it('§3.10.7.1 CLOSED: a segment with ACK draws <SEQ=SEG.ACK><CTL=RST>', () => {
    const r = run([ISS, 'inject c>s ACK seq=7000 ack=9000 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: 9000, len: 0 }]);
    expect(r.state('server')).toBe('CLOSED');
  });

  it('§3.10.7.1 CLOSED: an incoming segment containing a RST is discarded', () => {
    const r = run([ISS, 'inject c>s RST seq=7000', 'inject c>s RST+ACK seq=7000 ack=9000', 'wait 100ms']);
    expect(r.repliesTo(0)).toEqual([]);
    expect(r.repliesTo(1)).toEqual([]);
  });
});

describe('RFC 9293 §3.10.7.2 SEGMENT ARRIVES in LISTEN', () => {
  const LISTEN = [ISS, 'link s>c loss=100%', 'server listen'];

  it('§3.10.7.2 LISTEN: first, an incoming RST is ignored', () => {
    const r = run([...LISTEN, 'inject c>s RST seq=7000', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('server')).toBe('LISTEN');
  });

  it('§3.10.7.2 LISTEN: second, any ACK-bearing segment draws <SEQ=SEG.ACK><CTL=RST> and LISTEN remains', () => {
    const r = run([...LISTEN, 'inject c>s ACK seq=7000 ack=9000', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: 9000 }]);
    expect(r.state('server')).toBe('LISTEN');
  });

  it('§3.10.7.2 LISTEN: the ACK check comes before the SYN check, so a SYN,ACK draws <SEQ=SEG.ACK><CTL=RST>', () => {
    const r = run([...LISTEN, 'inject c>s SYN+ACK seq=7000 ack=9000', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: 9000 }]);
    expect(r.state('server')).toBe('LISTEN');
  });

  it('§3.10.7.2 LISTEN: third, a SYN sets IRS=SEG.SEQ, RCV.NXT=SEG.SEQ+1, sends <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SND.NXT=ISS+1, SND.UNA=ISS, SYN-RECEIVED', () => {
    const r = run([...LISTEN, 'inject c>s SYN seq=7000', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'SYN+ACK', seq: S_ISS, ack: 7001, len: 0 }]);
    expect(r.state('server')).toBe('SYN_RCVD');
    expect(r.tcb('server')).toMatchObject({
      irs: 7000,
      rcvNxt: 7001,
      iss: S_ISS,
      sndUna: S_ISS,
      sndNxt: S_ISS + 1,
    });
  });

  it('§3.10.7.2 LISTEN: text on a SYN is queued for processing later and delivered once ESTABLISHED', () => {
    // RFC 9293 §3.10.7.2: "Set RCV.NXT to SEG.SEQ+1, IRS is set to SEG.SEQ, and any other control or
    // text should be queued for processing later." ... "any other incoming control or data (combined
    // with SYN) will be processed in the SYN-RECEIVED state". §3.5: data on the SYN is "perfectly
    // legitimate, so long as the receiving TCP endpoint doesn't deliver the data to the user until it is
    // clear the data is valid (e.g., ... until the connection reaches the ESTABLISHED state".
    const r = run([
      ...LISTEN,
      'inject c>s SYN seq=7000 len=10',
      'wait 100ms',
      'inject c>s ACK seq=7011 ack=snd.nxt',
      'wait 100ms',
    ]);
    expect(r.delivered('server')).toBe(10);
    expect(r.tcb('server').rcvNxt).toBe(7011);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('§3.10.7.2 LISTEN: fourth, a segment with neither RST, ACK nor SYN is dropped', () => {
    const r = run([...LISTEN, 'inject c>s FIN seq=7000 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('server')).toBe('LISTEN');
  });
});

describe('RFC 9293 §3.10.7.3 SEGMENT ARRIVES in SYN-SENT', () => {
  it('§3.10.7.3 SYN-SENT: SEG.ACK =< ISS is unacceptable: <SEQ=SEG.ACK><CTL=RST>, segment discarded', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c ACK seq=${S_ISS} ack=${C_ISS}`, 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: C_ISS }]);
    expect(r.state('client')).toBe('SYN_SENT');
  });

  it('§3.10.7.3 SYN-SENT: SEG.ACK > SND.NXT is unacceptable: <SEQ=SEG.ACK><CTL=RST>', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c SYN+ACK seq=${S_ISS} ack=${C_ISS + 2}`, 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: C_ISS + 2 }]);
    expect(r.state('client')).toBe('SYN_SENT');
  });

  it('§3.10.7.3 SYN-SENT: an unacceptable ACK on a RST is dropped without reply', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c RST+ACK seq=0 ack=${C_ISS}`, 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('client')).toBe('SYN_SENT');
    expect(r.signals('client')).toEqual([]);
  });

  it('§3.10.7.3 SYN-SENT: a RST with an acceptable ACK signals "connection reset", enters CLOSED', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c RST+ACK seq=0 ack=${C_ISS + 1}`, 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('client')).toBe('CLOSED');
    expect(r.signals('client')).toEqual(['connection reset']);
  });

  it('§3.10.7.3 SYN-SENT: a RST without ACK is dropped', () => {
    const r = run([...SYN_SENT_ALONE, 'inject s>c RST seq=0', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('client')).toBe('SYN_SENT');
  });

  it('§3.10.7.3 SYN-SENT: an acceptable SYN,ACK sets IRS, RCV.NXT, SND.UNA, enters ESTABLISHED, sends <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c SYN+ACK seq=${S_ISS} ack=${C_ISS + 1}`, 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 1, ack: S_ISS + 1, len: 0 }]);
    expect(r.state('client')).toBe('ESTABLISHED');
    expect(r.tcb('client')).toMatchObject({ irs: S_ISS, rcvNxt: S_ISS + 1, sndUna: C_ISS + 1 });
  });

  it('§3.10.7.3 SYN-SENT: text on an acceptable SYN,ACK is processed from the sixth step: delivered and acknowledged', () => {
    const r = run([
      ...SYN_SENT_ALONE,
      `inject s>c SYN+ACK seq=${S_ISS} ack=${C_ISS + 1} len=10`,
      'wait 100ms',
    ]);
    expect(r.state('client')).toBe('ESTABLISHED');
    expect(r.delivered('client')).toBe(10);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 1, ack: S_ISS + 11 }]);
  });

  it('§3.10.7.3 SYN-SENT: a FIN on an acceptable SYN,ACK is processed too: ESTABLISHED, then CLOSE-WAIT', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c SYN+FIN+ACK seq=${S_ISS} ack=${C_ISS + 1}`, 'wait 100ms']);
    expect(r.path('client')).toEqual(['CLOSED', 'SYN_SENT', 'ESTABLISHED', 'CLOSE_WAIT']);
    expect(r.signals('client')).toEqual(['connection closing']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 1, ack: S_ISS + 2 }]);
  });

  it('§3.10.7.3 SYN-SENT: a SYN without ACK enters SYN-RECEIVED, sends <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SND.WND <- SEG.WND', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c SYN seq=${S_ISS} win=1234`, 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'SYN+ACK', seq: C_ISS, ack: S_ISS + 1 }]);
    expect(r.state('client')).toBe('SYN_RCVD');
    expect(r.tcb('client')).toMatchObject({ irs: S_ISS, rcvNxt: S_ISS + 1, sndWnd: 1234, sndWl1: S_ISS });
  });

  it('§3.10.7.3 SYN-SENT: fifth, a segment with neither SYN nor RST (an acceptable bare ACK) is dropped', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c ACK seq=${S_ISS} ack=${C_ISS + 1}`, 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('client')).toBe('SYN_SENT');
  });

  it('§3.10.7.4 eighth: a FIN is not processed in SYN-SENT (SEG.SEQ cannot be validated); dropped', () => {
    const r = run([...SYN_SENT_ALONE, `inject s>c FIN seq=${S_ISS}`, 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('client')).toBe('SYN_SENT');
    expect(r.signals('client')).toEqual([]);
  });
});

describe('RFC 9293 §3.10.7.4 first check: sequence number', () => {
  it('§3.10.7.4 first: a segment beyond RCV.NXT+RCV.WND draws <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and is dropped', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt+70000 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1, len: 0 }]);
    expect(r.delivered('server')).toBe(0);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('§3.10.7.4 first: an old duplicate (entirely below RCV.NXT) draws an ACK and is not delivered again', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt-100 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1 }]);
    expect(r.delivered('server')).toBe(0);
  });

  it('§3.10.7.4 first: a zero-length segment with SEG.SEQ < RCV.NXT is unacceptable and draws an ACK', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt-1', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1 }]);
  });

  it('§3.10.7.4 first: an unacceptable segment with RST set is dropped without an ACK', () => {
    const r = run([...SERVER_ALONE, 'inject c>s RST seq=rcv.nxt+70000', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('server')).toBe('ESTABLISHED');
  });

  it('§3.10.7.4 first: a segment straddling RCV.NXT is acceptable and only its new part is processed', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt-5 len=10', 'wait 100ms']);
    expect(r.delivered('server')).toBe(5);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', ack: C_ISS + 6 }]);
  });

  it('§3.10.7.4 first (SHLD-31): a segment beginning beyond RCV.NXT is held and processed once the gap fills', () => {
    const r = run([
      ...SERVER_ALONE,
      'inject c>s ACK seq=rcv.nxt+10 len=10',
      'wait 100ms',
      'inject c>s ACK seq=rcv.nxt len=10',
      'wait 100ms',
    ]);
    expect(r.delivered('server')).toBe(20);
    expect(r.tcb('server').rcvNxt).toBe(C_ISS + 21);
    expect(r.repliesTo(1)).toMatchObject([{ flags: 'ACK', ack: C_ISS + 21 }]);
  });
});

describe('RFC 9293 §3.10.7.4 second check: RST bit', () => {
  it('§3.10.7.4 second: ESTABLISHED + RST (SEG.SEQ = RCV.NXT) signals "connection reset" and enters CLOSED', () => {
    const r = run([...SERVER_ALONE, 'inject c>s RST seq=rcv.nxt', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.state('server')).toBe('CLOSED');
    expect(r.signals('server')).toEqual(['connection reset']);
  });

  it('§3.10.7.4 second: FIN-WAIT-1 + RST signals "connection reset" and enters CLOSED', () => {
    const r = run([...REACH.FIN_WAIT_1.script, 'inject s>c RST seq=rcv.nxt', 'wait 100ms']);
    expect(r.state('client')).toBe('CLOSED');
    expect(r.signals('client')).toEqual(['connection reset']);
  });

  it('§3.10.7.4 second: FIN-WAIT-2 + RST signals "connection reset" and enters CLOSED', () => {
    const r = run([...REACH.FIN_WAIT_2.script, 'inject s>c RST seq=rcv.nxt', 'wait 100ms']);
    expect(r.state('client')).toBe('CLOSED');
    expect(r.signals('client')).toEqual(['connection reset']);
  });

  it('§3.10.7.4 second: CLOSE-WAIT + RST signals "connection reset" and enters CLOSED', () => {
    const r = run([...REACH.CLOSE_WAIT.script, 'inject c>s RST+ACK seq=rcv.nxt ack=snd.nxt', 'wait 100ms']);
    expect(r.state('server')).toBe('CLOSED');
    expect(r.signals('server')).toEqual(['connection closing', 'connection reset']);
  });

  it('§3.10.7.4 second: LAST-ACK + RST enters CLOSED (no signal is called for)', () => {
    const r = run([...REACH.LAST_ACK.script, 'inject c>s RST seq=rcv.nxt', 'wait 60ms']);
    expect(r.stateAt('server', r.now)).toBe('CLOSED');
    expect(r.transitions('server').at(-1)).toMatchObject({ from: 'LAST_ACK', to: 'CLOSED', t: 2060 });
    expect(r.signals('server')).toEqual(['connection closing']);
  });

  it('§3.10.7.4 second: TIME-WAIT + RST (SEG.SEQ = RCV.NXT) enters CLOSED', () => {
    const r = run([...REACH.TIME_WAIT.script, 'inject s>c RST seq=rcv.nxt', 'wait 100ms']);
    expect(r.state('client')).toBe('CLOSED');
    expect(r.transitions('client').at(-1)).toMatchObject({ from: 'TIME_WAIT', to: 'CLOSED', t: 3050 });
  });

  it('§3.10.7.4 second: SYN-RECEIVED from a passive OPEN + RST returns to LISTEN; the user need not be informed', () => {
    const r = run([...REACH.SYN_RCVD.script, 'inject c>s RST seq=rcv.nxt', 'wait 50ms']);
    expect(r.transitions('server').at(-1)).toMatchObject({ from: 'SYN_RCVD', to: 'LISTEN', t: 110 });
    expect(r.signals('server')).toEqual([]);
    expect(r.repliesTo()).toEqual([]);
  });

  it('§3.10.7.4 second: SYN-RECEIVED from an active OPEN + RST signals "connection refused" and enters CLOSED', () => {
    // Simultaneous open; the server's SYN,ACK is lost, so the client stays in SYN-RECEIVED (active).
    const r = run([
      ISS,
      'drop next s>c SYN+ACK',
      'client connect',
      'server connect',
      'wait 60ms',
      'inject s>c RST seq=rcv.nxt',
      'wait 50ms',
    ]);
    expect(r.transitions('client').at(-1)).toMatchObject({ from: 'SYN_RCVD', to: 'CLOSED', t: 110 });
    expect(r.signals('client')).toEqual(['connection refused']);
  });
});

describe('RFC 9293 §3.10.7.4: queues are flushed when the connection goes', () => {
  it('§3.10.7.4 second: SYN-RECEIVED (passive) + RST: "the retransmission queue should be flushed" (no SYN,ACK retransmission follows)', () => {
    const r = run([...REACH.SYN_RCVD.script, 'link s>c loss=100%', 'inject c>s RST seq=rcv.nxt', 'wait 3s']);
    expect(r.sent('s>c').filter((s) => s.flags === 'SYN+ACK')).toMatchObject([{ t: 50, retransmit: false }]);
  });

  it('§3.10.7.4 second: ESTABLISHED + RST: "all segment queues should be flushed" (no retransmission of unacknowledged data follows)', () => {
    const r = run([
      ...ESTABLISH,
      'link c>s loss=100%',
      'client send 100',
      'inject s>c RST seq=rcv.nxt',
      'wait 3s',
    ]);
    expect(r.state('client')).toBe('CLOSED');
    expect(r.sent('c>s').filter((s) => s.len > 0)).toMatchObject([{ t: 1000, retransmit: false }]);
  });
});

describe('RFC 9293 §3.10.7.4 fourth check: SYN bit', () => {
  it('§3.10.7.4 fourth: SYN-RECEIVED from a passive OPEN + in-window SYN returns to LISTEN', () => {
    const r = run([...REACH.SYN_RCVD.script, 'inject c>s SYN seq=rcv.nxt', 'wait 50ms']);
    expect(r.transitions('server').at(-1)).toMatchObject({ from: 'SYN_RCVD', to: 'LISTEN', t: 110 });
  });

  it('§3.10.7.4 fourth: SYN-RECEIVED from an active OPEN + SYN is handled as in the synchronized states: a challenge ACK', () => {
    const r = run([
      ISS,
      'drop next s>c SYN+ACK',
      'client connect',
      'server connect',
      'wait 60ms',
      'link c>s loss=100%',
      'inject s>c SYN seq=rcv.nxt+10',
      'wait 60ms',
    ]);
    expect(r.stateAt('client', 110)).toBe('SYN_RCVD');
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 1, ack: S_ISS + 1 }]);
  });

  it('§3.10.7.4 first: a duplicate of the SYN in SYN-RECEIVED (SEG.SEQ = IRS < RCV.NXT) draws <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
    const r = run([...REACH.SYN_RCVD.script, 'inject c>s SYN seq=irs', 'wait 50ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1 }]);
    expect(r.stateAt('server', 110)).toBe('SYN_RCVD');
  });
});

describe('RFC 9293 §3.4: sequence numbers modulo 2^32', () => {
  it('§3.4: all sequence arithmetic is modulo 2^32: a connection whose ISS is 2^32-6 exchanges data and closes across the wrap', () => {
    const r = run([
      'iss client=4294967290 server=4294967200',
      'server listen',
      'client connect',
      'wait 1s',
      'client send 100',
      'wait 1s',
      'client close',
      'wait 1s',
      'server close',
      'wait 1s',
    ]);
    expect(r.delivered('server')).toBe(100);
    expect(r.sent('c>s').find((s) => s.len === 100)).toMatchObject({ seq: 4294967291, ack: 4294967201 });
    // 4294967291 + 100 octets + FIN = 2^32 + 96.
    expect(r.sent('s>c').filter((s) => s.t === 3000)).toMatchObject([{ flags: 'FIN+ACK', ack: 96 }]);
    expect(r.state('client')).toBe('TIME_WAIT');
    expect(r.state('server')).toBe('CLOSED');
  });
});

describe('RFC 9293 §3.10.7.4 fifth check: ACK field', () => {
  it('§3.10.7.4 fifth: if the ACK bit is off, the segment is dropped (no text delivered, no reply)', () => {
    const r = run([...SERVER_ALONE, 'inject c>s - seq=rcv.nxt len=10', 'wait 100ms']);
    expect(r.repliesTo()).toEqual([]);
    expect(r.delivered('server')).toBe(0);
    expect(r.tcb('server').rcvNxt).toBe(C_ISS + 1);
  });

  it('§3.10.7.4 fifth: SYN-RECEIVED + SND.UNA < SEG.ACK =< SND.NXT enters ESTABLISHED with SND.WND <- SEG.WND, SND.WL1 <- SEG.SEQ, SND.WL2 <- SEG.ACK', () => {
    const r = run([
      ...REACH.SYN_RCVD.script,
      'drop next c>s ACK',
      'inject c>s ACK seq=rcv.nxt ack=snd.nxt win=4000',
      'wait 50ms',
    ]);
    expect(r.state('server')).toBe('ESTABLISHED');
    expect(r.tcb('server')).toMatchObject({ sndWnd: 4000, sndWl1: C_ISS + 1, sndWl2: S_ISS + 1 });
  });

  it('§3.10.7.4 fifth: SYN-RECEIVED + unacceptable ACK (SEG.ACK = SND.UNA) draws <SEQ=SEG.ACK><CTL=RST>', () => {
    const r = run([
      ...REACH.SYN_RCVD.script,
      'drop next c>s ACK',
      'inject c>s ACK seq=rcv.nxt ack=snd.una',
      'wait 50ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: S_ISS }]);
    expect(r.state('server')).toBe('SYN_RCVD');
  });

  it('§3.10.7.4 fifth: SYN-RECEIVED + SEG.ACK > SND.NXT draws <SEQ=SEG.ACK><CTL=RST> (the SYN-RECEIVED rule, not a challenge ACK)', () => {
    // Ambiguous in RFC 9293: the RFC 5961 range check of the fifth step ("MUST be discarded and an ACK
    // sent back") and the SYN-RECEIVED rule of the same step ("If the segment acknowledgment is not
    // acceptable, form a reset segment <SEQ=SEG.ACK><CTL=RST>") both match; §3.5.2 group 2 also asks for
    // a reset in a non-synchronized state. The engine applies the RFC 5961 check only once our SYN is
    // acknowledged ("not applied before our SYN is acknowledged, where a bad ACK draws a RST instead")
    // and this test pins that documented choice.
    const r = run([
      ...REACH.SYN_RCVD.script,
      'drop next c>s ACK',
      'inject c>s ACK seq=rcv.nxt ack=snd.nxt+10',
      'wait 50ms',
    ]);
    expect(r.repliesTo()).toMatchObject([{ flags: 'RST', seq: S_ISS + 11 }]);
    expect(r.state('server')).toBe('SYN_RCVD');
  });

  it('§3.10.7.4 fifth: ESTABLISHED + SEG.ACK > SND.NXT: send an ACK, drop the segment (its text is not delivered)', () => {
    const r = run([...SERVER_ALONE, 'inject c>s ACK seq=rcv.nxt ack=snd.nxt+100 len=10', 'wait 100ms']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 1 }]);
    expect(r.delivered('server')).toBe(0);
  });

  it('§3.10.7.4 fifth: ESTABLISHED + duplicate ACK (SEG.ACK < SND.UNA) is ignored but the text is processed', () => {
    const r = run([
      ...ESTABLISH,
      'server send 100',
      'wait 1s',
      'link s>c loss=100%',
      'inject c>s ACK seq=rcv.nxt ack=snd.una-50 len=10',
      'wait 100ms',
    ]);
    expect(r.delivered('server')).toBe(10);
    expect(r.tcb('server').sndUna).toBe(S_ISS + 101);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 101, ack: C_ISS + 11 }]);
  });

  it('§3.10.7.4 fifth: the send window is not updated from a segment with SEG.ACK < SND.UNA', () => {
    const r = run([
      ...ESTABLISH,
      'client send 100',
      'wait 1s',
      'link c>s loss=100%',
      'inject s>c ACK seq=rcv.nxt ack=snd.una-100 win=7',
      'wait 100ms',
    ]);
    // The server's last ACK advertised 65535 - 100: the 100 octets wait unread in its receive queue.
    expect(r.tcb('client').sndWnd).toBe(65535 - 100);
  });

  it('§3.10.7.4 fifth: SND.WL1 = SEG.SEQ and SND.WL2 =< SEG.ACK updates SND.WND <- SEG.WND, which bounds new data', () => {
    const r = run([
      ...ESTABLISH,
      'client send 100',
      'wait 1s',
      'link c>s loss=100%',
      'inject s>c ACK seq=rcv.nxt ack=snd.una win=7',
      'wait 100ms',
      'client send 100',
    ]);
    expect(r.tcb('client').sndWnd).toBe(7);
    expect(r.sent('c>s').at(-1)).toMatchObject({ seq: C_ISS + 101, len: 7 });
  });

  it('§3.10.7.4 fifth: FIN-WAIT-1 + ACK of our FIN enters FIN-WAIT-2', () => {
    const r = run([...REACH.FIN_WAIT_1.script, 'inject s>c ACK seq=rcv.nxt ack=snd.nxt', 'wait 100ms']);
    expect(r.state('client')).toBe('FIN_WAIT_2');
  });

  it('§3.10.7.4 fifth: FIN-WAIT-1 + an ACK that does not cover our FIN stays in FIN-WAIT-1', () => {
    const r = run([...REACH.FIN_WAIT_1.script, 'inject s>c ACK seq=rcv.nxt ack=snd.una', 'wait 100ms']);
    expect(r.state('client')).toBe('FIN_WAIT_1');
  });

  it('§3.10.7.4 fifth: CLOSING + ACK of our FIN enters TIME-WAIT', () => {
    const r = run([
      ...ESTABLISH,
      'drop next c>s ACK',
      'drop next s>c ACK',
      'client close',
      'server close',
      'wait 200ms',
      'inject s>c ACK seq=rcv.nxt ack=snd.nxt',
      'wait 100ms',
    ]);
    expect(r.stateAt('client', 1200)).toBe('CLOSING');
    expect(r.state('client')).toBe('TIME_WAIT');
  });

  it('§3.10.7.4 fifth: LAST-ACK + ACK of our FIN deletes the TCB and enters CLOSED', () => {
    const r = run([
      ...ESTABLISH,
      'client close',
      'wait 1s',
      'link s>c loss=100%',
      'server close',
      'inject c>s ACK seq=rcv.nxt ack=snd.nxt',
      'wait 100ms',
    ]);
    expect(r.state('server')).toBe('CLOSED');
    expect(r.repliesTo()).toEqual([]);
  });

  it('§3.10.7.4 fifth: LAST-ACK + an ACK that does not cover our FIN stays in LAST-ACK', () => {
    const r = run([
      ...ESTABLISH,
      'client close',
      'wait 1s',
      'link s>c loss=100%',
      'server close',
      'inject c>s ACK seq=rcv.nxt ack=snd.una',
      'wait 100ms',
    ]);
    expect(r.state('server')).toBe('LAST_ACK');
  });

  it('§3.10.7.4 fifth/eighth: TIME-WAIT + retransmitted FIN is acknowledged and the 2 MSL timeout restarts', () => {
    const r = run([
      ISS,
      'timers msl=10s',
      'server listen',
      'client connect',
      'wait 1s',
      'client close',
      'wait 1s',
      'server close',
      'wait 1s',
      'link c>s loss=100%',
      'wait 5s',
      'inject s>c FIN+ACK seq=rcv.nxt-1 ack=snd.nxt',
      'wait until client CLOSED within 30s',
    ]);
    expect(r.transitions('client').find((e) => e.to === 'TIME_WAIT')?.t).toBe(2050);
    expect(r.repliesTo()).toMatchObject([{ t: 8050, flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 }]);
    // Entered at 2050 (due 22050); restarted at 8050, so it ends 2 x MSL later, at 28050.
    expect(r.transitions('client').at(-1)).toMatchObject({ from: 'TIME_WAIT', to: 'CLOSED', t: 28050 });
  });
});

describe('RFC 9293 §3.10.7.4 seventh and eighth checks: text and FIN', () => {
  it('§3.10.7.4 seventh: ESTABLISHED text is delivered, RCV.NXT advances, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> is sent', () => {
    const r = run([...SERVER_ALONE, 'inject c>s PSH+ACK seq=rcv.nxt ack=snd.nxt len=100', 'wait 100ms']);
    expect(r.delivered('server')).toBe(100);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 101, len: 0 }]);
  });

  it('§3.10.7.4 fifth/eighth: SYN-RECEIVED + FIN acknowledging our SYN: ESTABLISHED by the ACK, then CLOSE-WAIT by the FIN', () => {
    const r = run([
      ...REACH.SYN_RCVD.script,
      'drop next c>s ACK',
      'link s>c loss=100%',
      'inject c>s FIN+ACK seq=rcv.nxt ack=snd.nxt',
      'wait 50ms',
    ]);
    expect(r.path('server').slice(-3)).toEqual(['SYN_RCVD', 'ESTABLISHED', 'CLOSE_WAIT']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 2 }]);
  });

  it('§3.10.7.4 eighth: ESTABLISHED + FIN signals "connection closing", advances RCV.NXT over the FIN, ACKs it, enters CLOSE-WAIT', () => {
    const r = run([...SERVER_ALONE, 'inject c>s FIN+ACK seq=rcv.nxt ack=snd.nxt len=10', 'wait 100ms']);
    expect(r.delivered('server')).toBe(10);
    expect(r.signals('server')).toEqual(['connection closing']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 12 }]);
    expect(r.state('server')).toBe('CLOSE_WAIT');
  });

  it('§3.10.7.4 eighth: FIN-WAIT-1 + FIN while our FIN is unacknowledged enters CLOSING', () => {
    const r = run([...REACH.FIN_WAIT_1.script, 'inject s>c FIN+ACK seq=rcv.nxt ack=snd.una', 'wait 100ms']);
    expect(r.state('client')).toBe('CLOSING');
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 }]);
  });

  it('§3.10.7.4 eighth: FIN-WAIT-1 + FIN acknowledging our FIN enters TIME-WAIT, starts the time-wait timer, turns off the others', () => {
    const r = run([...REACH.FIN_WAIT_1.script, 'inject s>c FIN+ACK seq=rcv.nxt ack=snd.nxt', 'wait 100ms']);
    expect(r.state('client')).toBe('TIME_WAIT');
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 }]);
    expect(r.tcb('client').timers).toEqual({ timeWait: 1050 + 240_000 });
  });

  it('§3.10.7.4 eighth: FIN-WAIT-2 + FIN enters TIME-WAIT, starts the time-wait timer, turns off the others', () => {
    const r = run([
      ...REACH.FIN_WAIT_2.script,
      'link c>s loss=100%',
      'inject s>c FIN+ACK seq=rcv.nxt ack=snd.nxt',
      'wait 100ms',
    ]);
    expect(r.state('client')).toBe('TIME_WAIT');
    expect(r.signals('client')).toEqual(['connection closing']);
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: C_ISS + 2, ack: S_ISS + 2 }]);
    expect(r.tcb('client').timers).toEqual({ timeWait: 2050 + 240_000 });
  });

  it('§3.10.7.4 eighth: CLOSE-WAIT + retransmitted FIN remains in CLOSE-WAIT and is acknowledged', () => {
    const r = run([
      ...REACH.CLOSE_WAIT.script,
      'link s>c loss=100%',
      'inject c>s FIN+ACK seq=rcv.nxt-1 ack=snd.nxt',
      'wait 100ms',
    ]);
    expect(r.state('server')).toBe('CLOSE_WAIT');
    expect(r.repliesTo()).toMatchObject([{ flags: 'ACK', seq: S_ISS + 1, ack: C_ISS + 2 }]);
    expect(r.signals('server')).toEqual(['connection closing']);
  });
});

describe('RFC 9293 §3.10.8 timeouts', () => {
  it('§3.10.8 TIME-WAIT TIMEOUT: after 2 MSL the TCB is deleted and CLOSED entered', () => {
    const r = run([
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
    expect(r.transitions('client').slice(-2)).toMatchObject([
      { from: 'FIN_WAIT_2', to: 'TIME_WAIT', t: 2050 },
      { from: 'TIME_WAIT', to: 'CLOSED', t: 4050 },
    ]);
  });

  it('§3.10.8 USER TIMEOUT: signals "connection aborted due to user timeout", deletes the TCB, enters CLOSED', () => {
    const r = run([
      ISS,
      'timers user_timeout=5s',
      'server listen',
      'client connect',
      'wait 1s',
      'link c>s loss=100%',
      'client send 100',
      'wait 10s',
    ]);
    expect(r.timedSignals('client')).toEqual([{ t: 6000, signal: 'connection aborted due to user timeout' }]);
    expect(r.transitions('client').at(-1)).toMatchObject({ from: 'ESTABLISHED', to: 'CLOSED', t: 6000 });
  });

  it('§3.10.8 USER TIMEOUT: "for any state": an unanswered OPEN in SYN-SENT is aborted when the user timeout expires', () => {
    const r = run([ISS, 'timers user_timeout=5s', 'link c>s loss=100%', 'client connect', 'wait 10s']);
    expect(r.transitions('client').at(-1)).toMatchObject({ from: 'SYN_SENT', to: 'CLOSED', t: 5000 });
    expect(r.signals('client')).toEqual(['connection aborted due to user timeout']);
  });

  it('§3.10.8 RETRANSMISSION TIMEOUT: the segment at the front of the retransmission queue is sent again', () => {
    const r = run([...ESTABLISH, 'link c>s loss=100%', 'client send 100', 'wait 1500ms']);
    expect(r.sent('c>s').slice(-2)).toMatchObject([
      { t: 1000, seq: C_ISS + 1, len: 100, retransmit: false },
      { t: 2000, seq: C_ISS + 1, len: 100, retransmit: true, ack: S_ISS + 1 },
    ]);
  });
});
