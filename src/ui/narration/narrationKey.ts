/**
 * Which message narrates a trace event: `narr.<trace key>`, or a variant of it when the step shows a
 * telling case (data or a bare ACK, a zero window, a delayed ACK), and which misconception it bears on.
 */
import type { Segment, Side } from '../../core/segment';
import { segLen } from '../../core/segment';
import type { TcpState } from '../../core/endpoint/tcpState';
import { seqAdd, seqLe } from '../../core/seq';
import type { TraceEvent } from '../../core/world/trace';
import type { MisconceptionId } from '../i18n/messages';
import { isMessageKey } from '../i18n/messages';

/** What the rest of the step shows, for choosing a variant. */
export type StepFacts = {
  /** The segment that arrived at a side in this step. */
  readonly trigger: (side: Side) => Segment | undefined;
  /** Whether the side changed a timer this way in this step. */
  readonly timer: (side: Side, timer: string, action: 'set' | 'cancel' | 'fire') => boolean;
  /** Whether in-order data joined the side's receive queue in this step. */
  readonly delivered: (side: Side) => boolean;
  /** The segment the side sent in this step (its answer to the arrival), if any. */
  readonly answer: (side: Side) => Segment | undefined;
  /** The side's state during the step, when the narrator knows it (for a rule that keeps the state). */
  readonly state: (side: Side) => TcpState | undefined;
};

/** The message for a key that the catalogue does not know (a new engine key). */
export const UNKNOWN_KEY = 'narr.unknown';

const FAULT_COMMANDS = new Set(['script.dropNext', 'script.dropId', 'script.delayNext', 'script.dupNext']);

function ruleVariant(e: Extract<TraceEvent, { kind: 'state' | 'rule' }>, f: StepFacts): string {
  const base = `narr.${e.key}`;
  const seg = f.trigger(e.side);
  switch (e.key) {
    case 'established.rcvSegment':
      if (seg && seg.len > 0) return f.delivered(e.side) ? `${base}.data` : `${base}.held`;
      return f.timer(e.side, 'persist', 'set') ? `${base}.zeroWindow` : base;
    case 'established.rcvFin':
      return f.timer(e.side, 'delack', 'set') ? `${base}.delayed` : base;
    case 'finWait2.rcvSegment':
      return seg && seg.len === 0 ? `${base}.ack` : base;
    case 'sync.unacceptable': {
      const old = oldDuplicate(base, seg, f.answer(e.side));
      if (old) return f.state(e.side) === 'TIME_WAIT' ? `${old}.timeWait` : old;
      return unacceptableVariant(base, seg, f.answer(e.side));
    }
    case 'sync.retransmit':
      return (f.answer(e.side)?.len ?? 0) > 0 ? `${base}.data` : base;
    case 'closed.rcvSegment':
      return seg && !seg.flags.SYN ? `${base}.noSyn` : base;
    case 'closeWait.close':
      return f.timer(e.side, 'delack', 'cancel') ? `${base}.withAck` : base;
    default:
      return base;
  }
}

/**
 * The answer's ACK and window show the receiver's RCV.NXT and RCV.WND: data into a zero window, or a
 * zero-length segment exactly at RCV.NXT + RCV.WND, which RFC 9293 §3.10.7.4's table rejects.
 */
function unacceptableVariant(base: string, seg: Segment | undefined, answer: Segment | undefined): string {
  if (!seg || !answer) return base;
  if (seg.len > 0 && answer.win === 0) return `${base}.zeroWindow`;
  const atRightEdge = answer.flags.ACK && seg.seq === seqAdd(answer.ack, answer.win);
  return segLen(seg) === 0 && atRightEdge ? `${base}.rightEdge` : base;
}

/**
 * Data whose every octet lies before the RCV.NXT that the answer acknowledges: an old duplicate
 * (RFC 9293 §3.4, §3.10.7.4). In TIME_WAIT it is what 2×MSL guards against (§3.6.1).
 */
function oldDuplicate(
  base: string,
  seg: Segment | undefined,
  answer: Segment | undefined,
): string | undefined {
  if (!seg || !answer?.flags.ACK || seg.len === 0) return undefined;
  return seqLe(seqAdd(seg.seq, segLen(seg)), answer.ack) ? `${base}.oldDuplicate` : undefined;
}

function commandKey(key: string): string {
  if (key === 'script.mark') return 'narr.script.mark';
  if (key.startsWith('script.expect')) return 'narr.script.expect';
  return FAULT_COMMANDS.has(key) ? 'narr.script.fault' : 'narr.script.command';
}

function rawKey(e: TraceEvent, f: StepFacts): string {
  switch (e.kind) {
    case 'state':
    case 'rule':
      return ruleVariant(e, f);
    case 'send':
      return e.seg.retransmit && !e.seg.injected ? 'narr.send.retransmit' : `narr.${e.key}`;
    case 'drop':
      if (e.seg.injected || segLen(e.seg) === 0) return 'narr.link.drop.noRetransmit';
      return e.seg.len > 0 ? 'narr.link.drop.data' : 'narr.link.drop';
    case 'note':
      if (e.key === 'link.mute' || e.key === 'link.unmute') {
        return e.detail.startsWith('client') || e.detail.startsWith('server') ? `narr.${e.key}` : 'narr.note';
      }
      return isMessageKey(`narr.${e.key}`) ? `narr.${e.key}` : 'narr.note';
    case 'command':
      return commandKey(e.key);
    default:
      return `narr.${e.key}`;
  }
}

/** The message key narrating `e`; `narr.unknown` when the catalogue has none. */
export function messageKeyOf(e: TraceEvent, f: StepFacts): string {
  const key = rawKey(e, f);
  return isMessageKey(key) ? key : UNKNOWN_KEY;
}

const MISCONCEPTIONS: Readonly<Record<string, MisconceptionId>> = {
  'narr.established.rcvFin': 'closeWaitEntry',
  'narr.established.rcvFin.delayed': 'closeWaitEntry',
  'narr.finWait1.rcvFinAckOfFin': 'finAckNotEnough',
  'narr.established.close': 'timeWaitOwner',
  'narr.finWait2.rcvFin': 'timeWaitOwner',
  'narr.closing.rcvAckOfFin': 'timeWaitOwner',
  'narr.timeWait.rcvFin': 'why2Msl',
  'narr.timeWait.timeout': 'why2Msl',
  'narr.closeWait.close.withAck': 'threeSegmentClose',
  'narr.synRcvd.rstPassive': 'synRcvdListen',
  'narr.synRcvd.rstActive': 'synRcvdListen',
  'narr.established.shutdown': 'halfClose',
  'narr.closeWait.send': 'halfClose',
  'narr.finWait2.rcvSegment': 'halfClose',
};

/** The misconception a message bears on, if any. */
export function misconceptionOf(messageKey: string): MisconceptionId | undefined {
  return MISCONCEPTIONS[messageKey];
}
