/**
 * The `{param}` values of one narrated trace event, in the engine's own terms (`client`, `rexmt`,
 * `ACTIVE_OPEN`, `c>s`); narrate() then puts the word-valued ones into the reader's language.
 */
import type { TcpState } from '../../core/endpoint/tcpState';
import type { RelativeNumbering } from '../../core/output/relativeSeq';
import type { Direction, Segment, Side } from '../../core/segment';
import { formatFlags, peerOf, receiverOf, senderOf } from '../../core/segment';
import { formatDuration } from '../../core/time';
import type { TraceEvent } from '../../core/world/trace';
import type { Lang } from '../i18n/messages';

/** Placeholder values of one sentence. */
export type NarrationParams = Record<string, string | number>;

/** Maps a segment's absolute seq and ack to relative ones (`RelativeNumbering.relative`, core/output). */
export type RelativeFn = (dir: Direction, seq: number, ack: number) => { seq: number; ack: number };

/** How a step is narrated. */
export type NarrateContext = {
  /**
   * Relative seq and ack: a numbering function, or `true` to use `numbering`. `false` shows absolute
   * numbers. @default true (relative whenever a numbering is given)
   */
  readonly relative?: boolean | RelativeFn;
  /** Relative numbering for the moment narrated (`relativeNumbering(trace)(index)`, core/output). */
  readonly numbering?: RelativeNumbering;
  /** Language of the params that are words (side, call, timer, loss reason, …). @default getLang() */
  readonly lang?: Lang;
  /**
   * Each side's state in the step narrated, when known: it tells an old duplicate met in TIME_WAIT from
   * one met in another state. @default unknown
   */
  readonly stateOf?: (side: Side) => TcpState | undefined;
};

function numbers(seg: Segment, ctx: NarrateContext): { seq: number; ack: number } {
  if (typeof ctx.relative === 'function') return ctx.relative(seg.dir, seg.seq, seg.ack);
  if (ctx.relative === false || !ctx.numbering) return { seq: seg.seq, ack: seg.ack };
  return ctx.numbering.relative(seg.dir, seg.seq, seg.ack);
}

/** A segment's fields; {side} is its sender and {peer} its receiver. */
export function segmentParams(seg: Segment, ctx: NarrateContext): NarrationParams {
  const n = numbers(seg, ctx);
  return {
    side: senderOf(seg.dir),
    peer: receiverOf(seg.dir),
    flags: formatFlags(seg.flags),
    seq: n.seq,
    ack: n.ack,
    len: seg.len,
    win: seg.win,
    id: seg.id,
  };
}

/** `client muted` → client. */
function mutedSide(detail: string): Side | undefined {
  const first = detail.split(' ')[0];
  return first === 'client' || first === 'server' ? first : undefined;
}

/** The side an event belongs to: the endpoint acting, or for a segment its sender. */
export function sideOf(e: TraceEvent): Side | undefined {
  switch (e.kind) {
    case 'call':
    case 'state':
    case 'rule':
    case 'timer':
    case 'signal':
    case 'deliver':
      return e.side;
    case 'send':
    case 'arrive':
    case 'drop':
    case 'duplicate':
    case 'delay':
      return senderOf(e.seg.dir);
    case 'note':
      return mutedSide(e.detail);
    default:
      return undefined;
  }
}

/**
 * The params of one event. A rule or state change gets its side's arriving segment (`trigger`), if any,
 * and the bytes of its side's call in the step; {side} stays the endpoint taking the rule.
 */
export function paramsOf(
  e: TraceEvent,
  ctx: NarrateContext,
  trigger: Segment | undefined,
  callBytes: number | undefined,
): NarrationParams {
  const side = sideOf(e);
  const own: NarrationParams = side ? { side, peer: peerOf(side) } : {};
  switch (e.kind) {
    case 'state':
    case 'rule': {
      const p = trigger ? { ...segmentParams(trigger, ctx), ...own } : own;
      if (callBytes !== undefined) p.bytes = callBytes;
      if (e.kind === 'state') return { ...p, from: e.from, to: e.to };
      return p;
    }
    case 'send':
    case 'arrive':
      return segmentParams(e.seg, ctx);
    case 'drop':
      return { ...segmentParams(e.seg, ctx), reason: e.reason };
    case 'duplicate':
      return { ...segmentParams(e.seg, ctx), copy: e.copy.id };
    case 'delay':
      return { ...segmentParams(e.seg, ctx), by: e.by };
    case 'timer':
      return e.due === undefined
        ? { ...own, timer: e.timer }
        : { ...own, timer: e.timer, due: e.due, delay: formatDuration(Math.max(0, e.due - e.t)) };
    case 'signal':
      return { ...own, signal: e.signal };
    case 'call':
      return e.error === undefined
        ? { ...own, call: e.call, bytes: e.bytes ?? 0 }
        : { ...own, call: e.call, bytes: e.bytes ?? 0, error: e.error };
    case 'deliver':
      return { ...own, bytes: e.bytes, offset: e.offset };
    case 'link':
      return { dir: e.dir, detail: e.detail };
    case 'note':
      return { ...own, detail: e.detail };
    case 'command':
      return { source: e.source, line: e.line };
  }
}
