/**
 * The actions of the endpoint statechart as pure functions: each takes the context and the event and
 * returns the next context and the effects to carry out. The machine wraps each one in an XState
 * action of the same name (endpointMachine.ts); the comments cite the RFC rule each one implements.
 */
import type { SegmentHeader } from '../segment';
import { FLAGS, flags, segLen } from '../segment';
import { seq, seqAdd, seqDiff, seqGe, seqLe, seqLt } from '../seq';
import type { CallError, Effect, UserSignal } from './endpointEffects';
import type { EndpointContext } from './endpointContext';
import type { EndpointEvent } from './endpointEvents';
import { absorb } from './receiveText';
import { backoff, rttSample } from './rtt';
import type { Tcb, Timers } from './tcb';
import { dataSent, dataStart, emptyTcb, inFlight, ourSynAcked, unsent, withTcb } from './tcb';

/** What an operation returns. */
export type OpResult = { readonly ctx: EndpointContext; readonly effects: readonly Effect[] };

/** An operation: a pure action of the statechart. */
export type Op = (ctx: EndpointContext, ev: EndpointEvent) => OpResult;

/** A small accumulator so operations read top to bottom. */
class Acc {
  effects: Effect[] = [];
  /** Segments with ACK sent during this operation (each acknowledges RCV.NXT). */
  acksSent = 0;
  constructor(
    public ctx: EndpointContext,
    public readonly now: number,
  ) {}
  get tcb(): Tcb {
    return this.ctx.tcb;
  }
  get cfg() {
    return this.ctx.cfg;
  }
  patch(p: Partial<Tcb>): void {
    const c = this.ctx;
    this.ctx = {
      cfg: c.cfg,
      tcb: withTcb(c.tcb, p),
      nextIss: c.nextIss,
      nextIssAt: c.nextIssAt,
      received: c.received,
    };
  }
  timers(p: Partial<Timers>): void {
    this.patch({ timers: { ...this.tcb.timers, ...p } });
  }
  emit(e: Effect): void {
    this.effects.push(e);
  }
  send(seg: SegmentHeader, cause: string, retransmit = false): void {
    // Any segment with ACK acknowledges RCV.NXT: a delayed ACK that was owed is now sent.
    if (seg.flags.ACK) this.acksSent++;
    if (seg.flags.ACK && (this.tcb.timers.delack !== undefined || this.tcb.unackedSegments > 0)) {
      this.patch({ unackedSegments: 0, timers: { ...this.tcb.timers, delack: undefined } });
    }
    this.emit({ kind: 'send', seg, cause, retransmit });
  }
  result(): OpResult {
    return { ctx: this.ctx, effects: this.effects };
  }
}

/** A CLOSE or SHUTDOWN the machine raised itself, queued earlier in SYN_RCVD (already answered "ok"). */
function queuedCall(ev: EndpointEvent): boolean {
  return (ev.type === 'CLOSE' || ev.type === 'SHUTDOWN') && ev.queued === true;
}

function ourFinAckedNow(t: Tcb): boolean {
  return t.finSeq !== undefined && seqLt(t.finSeq, t.sndUna);
}

function segOf(ev: EndpointEvent): SegmentHeader {
  if ('seg' in ev) return ev.seg;
  throw new Error(`event ${ev.type} carries no segment`);
}

function ackSegment(t: Tcb): SegmentHeader {
  return { seq: t.sndNxt, ack: t.rcvNxt, flags: FLAGS.ACK, win: t.rcvWnd, len: 0 };
}

/** Starts the retransmission timer if it is not running (RFC 6298 §5.1) and the user timeout. */
function armTimers(a: Acc): void {
  if (a.tcb.timers.rexmt === undefined) a.timers({ rexmt: a.now + a.tcb.rto });
  if (a.cfg.userTimeout > 0 && a.tcb.timers.user === undefined) a.timers({ user: a.now + a.cfg.userTimeout });
}

/**
 * RFC 9293 §3.4.1: the first connection uses the configured ISS exactly; later ones follow the ISN
 * clock, which ticks every 4 µs (250 per ms), from there.
 */
function chooseIss(a: Acc): void {
  const last = a.ctx.nextIssAt;
  const iss =
    last === undefined ? a.ctx.nextIss : seqAdd(a.ctx.nextIss, Math.max(0, Math.round((a.now - last) * 250)));
  a.ctx = { ...a.ctx, nextIss: seqAdd(iss, 1), nextIssAt: a.now };
  a.patch({ iss, sndUna: iss, sndNxt: seqAdd(iss, 1), rttProbe: { endSeq: seqAdd(iss, 1), sentAt: a.now } });
}

/**
 * Sends what the TCB allows: queued data within the send window, segmented by MSS, with PSH on the
 * segment that empties the queue (RFC 9293 §3.9.1 MUST-61); then the FIN once all data is segmentized
 * (RFC 9293 §3.10.4); then, if `ackNow` and nothing else went out, a bare ACK (RFC 9293 §3.10.7.4
 * seventh: "send an acknowledgment ... piggybacked on a segment being transmitted if possible").
 */
function output(a: Acc, ackNow: boolean): void {
  let sentAny = false;
  // The window reopened after a probe: the probe octet was not taken, so send again from SND.UNA.
  if (a.tcb.probing && a.tcb.sndWnd > 0) {
    const t = a.tcb;
    const finOut = t.finSeq !== undefined && seqGe(t.finSeq, t.sndUna);
    a.patch({ probing: false, sndNxt: t.sndUna, finSeq: finOut ? undefined : t.finSeq, rttProbe: undefined });
  }
  if (ourSynAcked(a.tcb)) {
    while (unsent(a.tcb) > 0) {
      const usable = a.tcb.sndWnd - inFlight(a.tcb);
      if (usable <= 0) break;
      const remaining = unsent(a.tcb);
      const len = Math.min(a.cfg.mss, remaining, usable);
      const last = len === remaining;
      const fin = last && a.tcb.closeRequested && a.tcb.finSeq === undefined;
      const t = a.tcb;
      const seg: SegmentHeader = {
        seq: t.sndNxt,
        ack: t.rcvNxt,
        flags: last ? (fin ? FLAGS.FIN_PSH_ACK : FLAGS.PSH_ACK) : fin ? FLAGS.FIN_ACK : FLAGS.ACK,
        win: t.rcvWnd,
        len,
      };
      const sndNxt = seqAdd(t.sndNxt, len + (fin ? 1 : 0));
      a.patch({
        sndNxt,
        finSeq: fin ? seqAdd(t.sndNxt, len) : t.finSeq,
        rttProbe: t.rttProbe ?? { endSeq: sndNxt, sentAt: a.now },
      });
      a.send(seg, fin ? 'tcp.send.dataFin' : 'tcp.send.data');
      sentAny = true;
      armTimers(a);
    }
  }
  if (a.tcb.closeRequested && a.tcb.finSeq === undefined && unsent(a.tcb) === 0) {
    const t = a.tcb;
    a.patch({ finSeq: t.sndNxt, sndNxt: seqAdd(t.sndNxt, 1) });
    a.send(
      { seq: t.sndNxt, ack: t.rcvNxt, flags: flags('FIN', 'ACK'), win: t.rcvWnd, len: 0 },
      'tcp.send.fin',
    );
    sentAny = true;
    armTimers(a);
  }
  if (ackNow && !sentAny) a.send(ackSegment(a.tcb), 'tcp.send.ack');
  // RFC 9293 §3.8.6.1: data waits behind a zero window with nothing in flight — probe it after an RTO.
  const blocked = unsent(a.tcb) > 0 && a.tcb.sndWnd === 0 && inFlight(a.tcb) === 0 && ourSynAcked(a.tcb);
  if (blocked && a.tcb.timers.persist === undefined && a.tcb.timers.rexmt === undefined) {
    a.timers({ persist: a.now + a.tcb.rto });
  } else if (!blocked && a.tcb.timers.persist !== undefined) {
    a.timers({ persist: undefined });
  }
}

/**
 * Sends an ACK in answer to an invalid segment, at most one per `invalidAckInterval` (RFC 5961 §7);
 * a suppressed one is noted in the trace as a rule.
 */
function invalidAck(a: Acc, cause: string, seg: SegmentHeader): void {
  // Segments carrying data cannot be part of an ACK loop and are always answered (Linux
  // tcp_oow_rate_limited()); zero-window probes are among them.
  const loopable = seg.len === 0 || seg.flags.SYN;
  const last = a.tcb.lastInvalidAckAt;
  if (
    loopable &&
    last !== undefined &&
    a.cfg.invalidAckInterval > 0 &&
    a.now - last < a.cfg.invalidAckInterval
  ) {
    a.emit({ kind: 'discard', key: 'tcp.ackThrottled', rfc: 'RFC 5961 §7' });
    return;
  }
  a.patch({ lastInvalidAckAt: a.now });
  a.send(ackSegment(a.tcb), cause);
}

/** Builds an operation from a function over the accumulator. */
function op(body: (a: Acc, ev: EndpointEvent) => void): Op {
  return (ctx, ev) => {
    const a = new Acc(ctx, ev.now);
    body(a, ev);
    return a.result();
  };
}

/** Returns an operation that answers the current user call with `error` (RFC 9293 §3.10.1–3.10.5). */
export function callError(error: CallError): Op {
  return op((a, ev) => a.emit({ kind: 'callResult', call: ev.type, error }));
}

/** Returns an operation that signals the application (RFC 9293 §3.10 "signal the user"). */
export function signal(s: UserSignal): Op {
  return op((a) => a.emit({ kind: 'signal', signal: s }));
}

/** How an arriving segment's acknowledgment may go out. */
type AckMode = 'now' | 'delayable';

/**
 * RFC 9293 §3.10.7.4 seventh and eighth: take in text and FIN. The text joins the receive queue
 * (Recv-Q) until the application reads it, and the window shrinks by as much (§3.8.6.2). The segment
 * is acknowledged at once, or — with delayed ACKs on (§3.8.6.3) — within the delayed-ACK timeout, and
 * at least every second full-sized segment; out-of-order text is always acknowledged at once.
 */
function takeText(a: Acc, seg: SegmentHeader, mustAck: boolean, finAck: AckMode = 'now'): void {
  const r = absorb(a.tcb, seg);
  const offset = seqDiff(a.tcb.rcvNxt, seqAdd(a.tcb.irs, 1)); // stream offset of the first new octet
  const unread = a.tcb.unread + r.delivered;
  a.patch({
    rcvNxt: r.rcvNxt,
    held: r.held,
    finReceived: a.tcb.finReceived || r.fin,
    unread,
    rcvWnd: Math.max(0, a.cfg.rcvBuf - unread),
  });
  if (r.delivered > 0) a.emit({ kind: 'deliver', bytes: r.delivered, offset });
  // Linux's first data starts the delayed-ACK engine in quick-ACK mode (tcp_event_data_recv()).
  if (r.delivered > 0 && a.tcb.quickAcksLeft === undefined) a.patch({ quickAcksLeft: a.cfg.quickAcks });
  if (r.fin) a.emit({ kind: 'signal', signal: 'connection closing' });
  const wanted = mustAck || r.carriedData || r.delivered > 0;
  const mode = wanted ? ackMode(a, r, mustAck, finAck) : undefined;
  const acksBefore = a.acksSent;
  output(a, mode === 'now');
  // A delayable ACK that nothing carried yet waits for the delayed-ACK timer.
  if (mode === 'delayable' && a.acksSent === acksBefore && a.tcb.timers.delack === undefined) {
    const dataSeen = a.tcb.quickAcksLeft !== undefined;
    a.timers({ delack: a.now + (dataSeen ? a.cfg.delack : a.cfg.delackBeforeData) });
  }
}

/** Whether this segment's ACK must go now, and the delayed-ACK bookkeeping (RFC 9293 §3.8.6.3). */
function ackMode(a: Acc, r: ReturnType<typeof absorb>, mustAck: boolean, finAck: AckMode): AckMode {
  if (mustAck || r.outOfOrder || a.cfg.delack === 0) return 'now';
  if (r.fin) return finAck;
  if (r.delivered === 0) return 'now'; // a duplicate: the peer may have missed our ACK
  const quick = a.tcb.quickAcksLeft ?? 0; // Linux: quick-ACK mode when data starts
  if (quick > 0) {
    a.patch({ quickAcksLeft: quick - 1 });
    return 'now';
  }
  const pending = a.tcb.unackedSegments + (r.delivered >= a.cfg.mss ? 1 : 0.5);
  if (pending >= 2) return 'now'; // "an ACK SHOULD be generated for at least every second full-sized segment"
  a.patch({ unackedSegments: pending });
  return 'delayable';
}

/** RFC 9293 §3.10.7.2 / §3.10.7.3: text (and FIN) on a SYN is queued until the connection is established. */
function holdSynText(a: Acc, seg: SegmentHeader): void {
  if (seg.len > 0 || seg.flags.FIN) {
    a.patch({ held: [{ start: seqAdd(seg.seq, 1), len: seg.len, fin: seg.flags.FIN }] });
  }
}

/** Is this event a TEXT_ARRIVES that must be acknowledged even without text (the SYN,ACK case)? */
function mustAck(ev: EndpointEvent): boolean {
  return ev.type === 'TEXT_ARRIVES' && 'mustAck' in ev && ev.mustAck === true;
}

/** RFC 6298 §5.2–5.3 and RFC 9293 §3.10.7.4 fifth: SND.UNA advances, timers follow. */
function advanceUna(a: Acc, ack: SegmentHeader['ack']): void {
  const t = a.tcb;
  if (!(seqLt(t.sndUna, ack) && seqLe(ack, t.sndNxt))) return;
  if (t.rttProbe && seqGe(ack, t.rttProbe.endSeq)) {
    const r = rttSample(t, a.now - t.rttProbe.sentAt, a.cfg);
    a.patch({ sndUna: ack, retransmits: 0, srtt: r.srtt, rttvar: r.rttvar, rto: r.rto, rttProbe: undefined });
  } else {
    a.patch({ sndUna: ack, retransmits: 0 });
  }
  if (a.tcb.sndUna === a.tcb.sndNxt) {
    a.timers({ rexmt: undefined, user: undefined }); // RFC 6298 §5.2
  } else {
    a.timers({
      rexmt: a.now + a.tcb.rto, // RFC 6298 §5.3
      user: a.cfg.userTimeout > 0 ? a.now + a.cfg.userTimeout : undefined,
    });
  }
}

/** RFC 9293 §3.10.7.4 fifth: the send-window update rule on SND.WL1 / SND.WL2. */
function updateWindow(a: Acc, seg: SegmentHeader): void {
  const t = a.tcb;
  if (!(seqLe(t.sndUna, seg.ack) && seqLe(seg.ack, t.sndNxt))) return;
  if (seqLt(t.sndWl1, seg.seq) || (t.sndWl1 === seg.seq && seqLe(t.sndWl2, seg.ack))) {
    a.patch({ sndWnd: seg.win, sndWl1: seg.seq, sndWl2: seg.ack, maxSndWnd: Math.max(t.maxSndWnd, seg.win) });
  }
}

/** RFC 6298 §5.7: after a retransmitted SYN, data transmission starts with an RTO of at least 3 s. */
function afterHandshake(a: Acc): void {
  if (a.tcb.synRetransmitted && a.tcb.srtt === undefined && a.tcb.rto < 3000) a.patch({ rto: 3000 });
}

/** RFC 9293 §3.5.2 / §3.10.7.1: the reset a segment to a closed port or a bad ACK draws. */
function resetFor(seg: SegmentHeader, win = 0): SegmentHeader {
  return seg.flags.ACK
    ? { seq: seg.ack, ack: seq(0), flags: flags('RST'), win, len: 0 }
    : { seq: seq(0), ack: seqAdd(seg.seq, segLen(seg)), flags: flags('RST', 'ACK'), win, len: 0 };
}

/** The statechart's actions, by name. Each is pure. */
export const ops = {
  /** RFC 9293 §3.10.1 OPEN, passive, in CLOSED: create a TCB and wait in LISTEN. */
  createTcb: op((a, ev) => {
    a.patch({ ...emptyTcb(a.tcb.rto, a.cfg.rcvBuf), rto: a.cfg.rtoInitial });
    a.emit({ kind: 'callResult', call: ev.type });
  }),

  /** RFC 9293 §3.10.1 OPEN, active (from CLOSED or LISTEN), or §3.10.2 SEND in LISTEN: snd SYN. */
  sendSyn: op((a, ev) => {
    a.patch({ ...emptyTcb(a.cfg.rtoInitial, a.cfg.rcvBuf), written: ev.type === 'SEND' ? ev.bytes : 0 });
    chooseIss(a);
    const t = a.tcb;
    a.send({ seq: t.iss, ack: seq(0), flags: flags('SYN'), win: t.rcvWnd, len: 0 }, 'tcp.send.syn');
    armTimers(a);
    a.emit({ kind: 'callResult', call: ev.type });
  }),

  /** RFC 9293 §3.10.2 SEND in SYN-SENT or SYN-RECEIVED: queue the data for after the handshake. */
  queueData: op((a, ev) => {
    if (ev.type === 'SEND') a.patch({ written: a.tcb.written + ev.bytes });
    a.emit({ kind: 'callResult', call: ev.type });
  }),

  /** RFC 9293 §3.10.2 SEND in ESTABLISHED or CLOSE-WAIT: segmentize and send. */
  sendData: op((a, ev) => {
    if (ev.type === 'SEND') a.patch({ written: a.tcb.written + ev.bytes });
    a.emit({ kind: 'callResult', call: ev.type });
    output(a, false);
  }),

  /**
   * RFC 9293 §3.10.4 CLOSE in SYN-RECEIVED, ESTABLISHED or CLOSE-WAIT: queue a FIN behind the data
   * already sent; it goes out once all preceding SENDs are segmentized. Under the linux profile close()
   * also orphans the socket (tcp_close()).
   */
  queueFin: op((a, ev) => {
    a.patch({ closeRequested: true, orphaned: a.cfg.closeReleasesSocket });
    if (!queuedCall(ev)) a.emit({ kind: 'callResult', call: ev.type });
    output(a, false);
  }),

  /**
   * RFC 9293 §3.10.4 CLOSE in SYN-RECEIVED with data pending: "queue for processing after entering
   * ESTABLISHED state"; the call itself succeeds now.
   */
  queueClose: op((a, ev) => {
    a.patch({ closeQueued: ev.type === 'SHUTDOWN' ? 'SHUTDOWN' : 'CLOSE' });
    a.emit({ kind: 'callResult', call: ev.type });
  }),

  /** RFC 9293 §3.10.4/§3.10.5: the call succeeds and the TCB is deleted (CLOSED). */
  acceptCall: op((a, ev) => a.emit({ kind: 'callResult', call: ev.type })),

  /**
   * RFC 9293 §3.10.5 ABORT in a synchronized state: send <SEQ=SND.NXT><CTL=RST>. Linux
   * (tcp_send_active_reset) sends RST+ACK with ACK=RCV.NXT.
   */
  sendRstForAbort: op((a, ev) => {
    const t = a.tcb;
    const rst: SegmentHeader =
      a.cfg.profile === 'linux'
        ? { seq: t.sndNxt, ack: t.rcvNxt, flags: flags('RST', 'ACK'), win: t.rcvWnd, len: 0 }
        : { seq: t.sndNxt, ack: seq(0), flags: flags('RST'), win: 0, len: 0 };
    a.send(rst, 'tcp.send.rstAbort');
    a.emit({ kind: 'callResult', call: ev.type });
    a.emit({ kind: 'signal', signal: 'connection reset' });
  }),

  /** RFC 9293 §3.10.7 "delete the TCB": everything but the ISS clock and lifetime counters goes. */
  deleteTcb: op((a) => {
    a.patch(emptyTcb(a.cfg.rtoInitial, a.cfg.rcvBuf));
  }),

  /** RFC 9293 §3.10.7.1: a segment to CLOSED draws a RST (unless it is a RST). */
  replyToClosedPort: op((a, ev) => {
    const seg = segOf(ev);
    a.send(resetFor(seg), 'tcp.send.rstClosed');
  }),

  /** RFC 9293 §3.10.7.2 second check: any ACK in LISTEN is bad; <SEQ=SEG.ACK><CTL=RST>. */
  resetBadAck: op((a, ev) => {
    const seg = segOf(ev);
    a.send({ seq: seg.ack, ack: seq(0), flags: flags('RST'), win: 0, len: 0 }, 'tcp.send.rstBadAck');
  }),

  /** RFC 9293 §3.10.7.2 third check: SYN in LISTEN; choose an ISS, snd SYN,ACK, enter SYN-RECEIVED. */
  acceptSyn: op((a, ev) => {
    const seg = segOf(ev);
    a.patch({
      ...emptyTcb(a.cfg.rtoInitial, a.cfg.rcvBuf),
      passive: true,
      irs: seg.seq,
      rcvNxt: seqAdd(seg.seq, 1),
      sndWnd: seg.win,
      sndWl1: seg.seq,
      maxSndWnd: seg.win,
    });
    chooseIss(a);
    holdSynText(a, seg);
    const t = a.tcb;
    a.send(
      { seq: t.iss, ack: t.rcvNxt, flags: flags('SYN', 'ACK'), win: t.rcvWnd, len: 0 },
      'tcp.send.synAck',
    );
    armTimers(a);
  }),

  /** RFC 9293 §3.10.7.3 fourth check: SYN,ACK acknowledging our SYN in SYN-SENT; snd ACK. */
  completeActiveOpen: op((a, ev) => {
    const seg = segOf(ev);
    a.patch({ irs: seg.seq, rcvNxt: seqAdd(seg.seq, 1), sndWl1: seg.seq, sndWl2: seg.ack });
    advanceUna(a, seg.ack);
    a.patch({ sndWnd: seg.win, maxSndWnd: Math.max(a.tcb.maxSndWnd, seg.win) });
    afterHandshake(a);
  }),

  /** RFC 9293 §3.10.7.3 fourth check: SYN without ACK in SYN-SENT (simultaneous open); snd SYN,ACK. */
  simultaneousOpen: op((a, ev) => {
    const seg = segOf(ev);
    a.patch({
      irs: seg.seq,
      rcvNxt: seqAdd(seg.seq, 1),
      sndWnd: seg.win,
      sndWl1: seg.seq,
      maxSndWnd: seg.win,
    });
    holdSynText(a, seg);
    const t = a.tcb;
    a.send(
      { seq: t.iss, ack: t.rcvNxt, flags: flags('SYN', 'ACK'), win: t.rcvWnd, len: 0 },
      'tcp.send.synAck',
    );
  }),

  /** RFC 9293 §3.10.7.3 first / §3.10.7.4 fifth (SYN-RECEIVED): unacceptable ACK; <SEQ=SEG.ACK><CTL=RST>. */
  resetUnacceptableAck: op((a, ev) => {
    const seg = segOf(ev);
    a.send({ seq: seg.ack, ack: seq(0), flags: flags('RST'), win: 0, len: 0 }, 'tcp.send.rstBadAck');
  }),

  /** RFC 9293 §3.10.7.4 first check: an unacceptable segment draws <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>. */
  ackUnacceptable: op((a, ev) => invalidAck(a, 'tcp.send.ackUnacceptable', segOf(ev))),

  /** RFC 5961 §3.2, §4.2, §5.2 (RFC 9293 §3.10.7.4): the challenge ACK. */
  challengeAck: op((a, ev) => invalidAck(a, 'tcp.send.challengeAck', segOf(ev))),

  /** RFC 9293 §3.10.7.4 fifth: an ACK of data not yet sent draws an ACK and is dropped. */
  ackTooNew: op((a, ev) => invalidAck(a, 'tcp.send.ackTooNew', segOf(ev))),

  /** RFC 9293 §3.10.7.4 fourth (without RFC 5961): in-window SYN is an error; send a reset. */
  resetOnSyn: op((a, ev) => {
    a.send(resetFor(segOf(ev)), 'tcp.send.rstSyn');
    a.emit({ kind: 'signal', signal: 'connection reset' });
  }),

  /** RFC 9293 §3.10.7.4 fifth (SYN-RECEIVED): SND.UNA < SEG.ACK =< SND.NXT; set the window variables. */
  establish: op((a, ev) => {
    const seg = segOf(ev);
    advanceUna(a, seg.ack);
    a.patch({
      sndWnd: seg.win,
      sndWl1: seg.seq,
      sndWl2: seg.ack,
      maxSndWnd: Math.max(a.tcb.maxSndWnd, seg.win),
    });
    afterHandshake(a);
  }),

  /** RFC 9293 §3.10.7.4 fifth (ESTABLISHED and after): advance SND.UNA, update the send window. */
  processAck: op((a, ev) => {
    const seg = segOf(ev);
    advanceUna(a, seg.ack);
    updateWindow(a, seg);
  }),

  /** RFC 9293 §3.10.7.4 seventh/eighth: take in text and FIN, acknowledge, send what is queued. */
  processText: op((a, ev) => takeText(a, segOf(ev), mustAck(ev))),

  /**
   * As processText, for the FIN that moves ESTABLISHED to CLOSE_WAIT: Linux delays its ACK (tcp_fin()
   * enters pingpong mode) so that it can ride on the application's FIN.
   */
  processTextToCloseWait: op((a, ev) =>
    takeText(a, segOf(ev), mustAck(ev), a.cfg.delayFinAck ? 'delayable' : 'now'),
  ),

  /** The delayed-ACK timer expired: send the ACK that was owed (RFC 9293 §3.8.6.3). */
  sendDelayedAck: op((a) => {
    a.timers({ delack: undefined });
    a.send(ackSegment(a.tcb), 'tcp.send.delayedAck');
  }),

  /**
   * RFC 9293 §3.10.3 RECEIVE: hand the application up to `bytes` octets of the receive queue. The
   * window reopens by as much; if it had fallen below min(MSS, buffer/2) and now reaches it, a window
   * update goes out at once (receiver-side SWS avoidance, §3.8.6.2.2).
   */
  readData: op((a, ev) => {
    const want = ev.type === 'READ' ? (ev.bytes ?? a.tcb.unread) : a.tcb.unread;
    const take = Math.min(want, a.tcb.unread);
    const before = a.tcb.rcvWnd;
    const unread = a.tcb.unread - take;
    a.patch({ unread, rcvWnd: Math.max(0, a.cfg.rcvBuf - unread) });
    a.ctx = {
      cfg: a.ctx.cfg,
      tcb: a.ctx.tcb,
      nextIss: a.ctx.nextIss,
      nextIssAt: a.ctx.nextIssAt,
      received: a.ctx.received + take,
    };
    a.emit({ kind: 'callResult', call: ev.type, bytes: take });
    const threshold = Math.min(a.cfg.mss, Math.floor(a.cfg.rcvBuf / 2));
    if (before < threshold && a.tcb.rcvWnd >= threshold && !a.tcb.finReceived) {
      a.send(ackSegment(a.tcb), 'tcp.send.windowUpdate');
    }
  }),

  /** RFC 9293 §3.10.3 RECEIVE before the connection is established: queued; nothing to hand over yet. */
  readNothingYet: op((a, ev) => a.emit({ kind: 'callResult', call: ev.type, bytes: 0 })),

  /**
   * shutdown(SHUT_WR): the FIN follows the queued data and the socket stays open for reading — what
   * RFC 9293's CLOSE means (§3.10.4).
   */
  shutdownSend: op((a, ev) => {
    a.patch({ closeRequested: true });
    if (!queuedCall(ev)) a.emit({ kind: 'callResult', call: ev.type });
    output(a, false);
  }),

  /** Linux close() after shutdown(): the socket is released (orphaned); no second FIN. */
  releaseSocket: op((a, ev) => {
    a.patch({ orphaned: true });
    if (a.cfg.finTimeout > 0 && a.tcb.finSeq !== undefined && ourFinAckedNow(a.tcb)) {
      a.timers({ finWait2: a.now + a.cfg.finTimeout });
    }
    a.emit({ kind: 'callResult', call: ev.type });
  }),

  /**
   * Linux tcp_close(): closing with data the application never read sends RST+ACK instead of a FIN and
   * drops the connection (RFC 1122 §4.2.2.13; RFC 9293 §3.6.1 SHLD-3).
   */
  resetOnCloseWithUnread: op((a, ev) => {
    const t = a.tcb;
    a.send(
      { seq: t.sndNxt, ack: t.rcvNxt, flags: FLAGS.RST_ACK, win: t.rcvWnd, len: 0 },
      'tcp.send.rstUnread',
    );
    a.emit({ kind: 'callResult', call: ev.type });
  }),

  /**
   * Linux tcp_rcv_state_process(): data arriving after close() on an orphaned socket draws a RST
   * (<SEQ=SEG.ACK><CTL=RST>, as tcp_v4_send_reset forms it) and the connection is dropped.
   */
  resetOnDataAfterClose: op((a, ev) => {
    const s = segOf(ev);
    a.send({ seq: s.ack, ack: seq(0), flags: FLAGS.RST, win: 0, len: 0 }, 'tcp.send.rstDataAfterClose');
  }),

  /**
   * RFC 9293 §3.8.6.1 zero-window probe: with data waiting and the window zero, send one octet of new
   * data; it is retransmitted with backoff like any data, but never counts towards giving up.
   */
  probeWindow: op((a) => {
    a.timers({ persist: undefined });
    const t = a.tcb;
    if (t.sndWnd > 0 || unsent(t) === 0) {
      output(a, false);
      return;
    }
    const last = unsent(t) === 1;
    const fin = last && t.closeRequested && t.finSeq === undefined;
    a.patch({
      sndNxt: seqAdd(t.sndNxt, 1 + (fin ? 1 : 0)),
      finSeq: fin ? seqAdd(t.sndNxt, 1) : t.finSeq,
      probing: true,
    });
    a.send(
      {
        seq: t.sndNxt,
        ack: t.rcvNxt,
        flags: last ? (fin ? FLAGS.FIN_PSH_ACK : FLAGS.PSH_ACK) : FLAGS.ACK,
        win: t.rcvWnd,
        len: 1,
      },
      'tcp.send.windowProbe',
    );
    if (a.tcb.timers.rexmt === undefined) a.timers({ rexmt: a.now + a.tcb.rto, user: undefined });
  }),

  /** Acknowledge now, with queued data if the window allows (RFC 9293 §3.10.7.3: "form an ACK segment"). */
  sendAck: op((a) => output(a, true)),

  /** After ACK processing in a state that no longer takes text: send whatever the ACK freed. */
  sendQueued: op((a, ev) => output(a, mustAck(ev))),

  /** RFC 9293 §3.10.7.4 eighth, FIN-WAIT-1 with our FIN acknowledged (note 2 of Figure 5): ACK, text, FIN. */
  processAckTextAndFin: op((a, ev) => {
    const seg = segOf(ev);
    advanceUna(a, seg.ack);
    updateWindow(a, seg);
    takeText(a, seg, true);
  }),

  /** RFC 9293 §3.10.8 TIME-WAIT: entering it turns off other timers and starts the 2×MSL wait. */
  startTimeWait: op((a) => {
    a.timers({ rexmt: undefined, user: undefined, finWait2: undefined, timeWait: a.now + a.cfg.timeWait });
  }),

  /** RFC 9293 §3.10.7.4 fifth and eighth, TIME-WAIT: acknowledge a retransmitted FIN, restart 2×MSL. */
  reackFin: op((a) => {
    a.send(ackSegment(a.tcb), 'tcp.send.reackFin');
    a.timers({ timeWait: a.now + a.cfg.timeWait });
  }),

  /** Linux tcp_fin_timeout: an orphaned socket waits in FIN_WAIT_2 at most this long. */
  startFinWait2Timer: op((a) => {
    if (a.tcb.orphaned && a.cfg.finTimeout > 0) a.timers({ finWait2: a.now + a.cfg.finTimeout });
  }),

  /** RFC 9293 §3.10.8 / RFC 6298 §5.4–5.6: retransmit the earliest unacknowledged segment, back off. */
  retransmit: op((a) => {
    const t = a.tcb;
    let seg: SegmentHeader;
    let cause: string;
    if (!ourSynAcked(t)) {
      const synAck = t.rcvNxt !== t.irs || t.passive;
      seg = synAck
        ? { seq: t.iss, ack: t.rcvNxt, flags: flags('SYN', 'ACK'), win: t.rcvWnd, len: 0 }
        : { seq: t.iss, ack: seq(0), flags: flags('SYN'), win: t.rcvWnd, len: 0 };
      cause = synAck ? 'tcp.send.synAck' : 'tcp.send.syn';
      a.patch({ synRetransmitted: true });
    } else {
      const dataEnd = seqAdd(dataStart(t), dataSent(t));
      const len = Math.min(a.cfg.mss, Math.max(0, seqDiff(dataEnd, t.sndUna))); // modulo 2^32
      const fin = t.finSeq !== undefined && seqAdd(t.sndUna, len) === t.finSeq;
      const pushes = seqAdd(t.sndUna, len) === dataEnd && len > 0 && unsent(t) === 0;
      seg = {
        seq: t.sndUna,
        ack: t.rcvNxt,
        flags: flags('ACK', ...(pushes ? (['PSH'] as const) : []), ...(fin ? (['FIN'] as const) : [])),
        win: t.rcvWnd,
        len,
      };
      cause = len > 0 ? (fin ? 'tcp.send.dataFin' : 'tcp.send.data') : 'tcp.send.fin';
    }
    const rto = backoff(t.rto, a.cfg);
    // Karn: no RTT sample from it. A probe of a zero window never counts towards giving up (§3.8.6.1).
    const probe = ourSynAcked(t) && t.sndWnd === 0;
    a.patch({ rto, retransmits: probe ? t.retransmits : t.retransmits + 1, rttProbe: undefined });
    // A peer that keeps a zero window is not unresponsive: probing never times the connection out.
    if (probe) a.timers({ user: undefined });
    a.timers({ rexmt: a.now + rto });
    a.send(seg, cause, true);
  }),

  /** RFC 9293 §3.10: "error: connection does not exist". */
  errorNoConnection: callError('connection does not exist'),
  /** RFC 9293 §3.10.1: "error: connection already exists". */
  errorConnectionExists: callError('connection already exists'),
  /** RFC 9293 §3.10.2 / §3.10.4: "error: connection closing". */
  errorClosing: callError('connection closing'),
  /** Signal the user "connection reset". */
  signalReset: signal('connection reset'),
  /** Signal the user "connection refused" (RFC 9293 §3.10.7.4, SYN-RECEIVED from an active OPEN). */
  signalRefused: signal('connection refused'),
  /** RFC 9293 §3.8.3: the retransmission limit was reached. */
  signalTimedOut: signal('connection timed out'),
  /** RFC 9293 §3.10.8 USER TIMEOUT. */
  signalUserTimeout: signal('connection aborted due to user timeout'),
  /** RFC 9293 §3.10.7.3 says "connection reset" for an acceptable RST in SYN-SENT; Linux reports ECONNREFUSED. */
  signalSynSentReset: (ctx, ev) =>
    signal(ctx.cfg.profile === 'linux' ? 'connection refused' : 'connection reset')(ctx, ev),
  /** A segment dropped by rule: nothing to do beyond noting the rule. */
  discard: (ctx) => ({ ctx, effects: [] }),

  /** Linux (tcp_check_req): a repeated SYN in SYN_RECV makes the listener resend its SYN,ACK. */
  resendSynAck: op((a) => {
    const t = a.tcb;
    a.send(
      { seq: t.iss, ack: t.rcvNxt, flags: flags('SYN', 'ACK'), win: t.rcvWnd, len: 0 },
      'tcp.send.synAck',
      true,
    );
  }),

  /** RFC 9293 §3.10.7.4 second check, SYN-RECEIVED from a passive OPEN: back to LISTEN, flush queues. */
  returnToListen: op((a) => {
    a.patch(emptyTcb(a.cfg.rtoInitial, a.cfg.rcvBuf));
  }),
} satisfies Record<string, Op>;

/** Names of the statechart's actions. */
export type OpName = keyof typeof ops;
