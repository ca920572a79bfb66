/**
 * The narration of one step: the one or two sentences that say what happened and why. Pure.
 *
 * A state change beats a rule taken without one, which beats a segment sent, which beats a timer; a
 * lost segment, a signal to the application and the end of a run are always told. What a rule already
 * explains (the arrival that triggered it, the ACK it sends, the call it answers, the timer that fired)
 * is not told again.
 */
import type { Segment, Side } from '../../core/segment';
import { dirFrom, receiverOf, segLen, senderOf } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';
import type { Lang, MisconceptionId } from '../i18n/messages';
import { t } from '../i18n/messages';
import { getLang } from '../i18n/langStore';
import type { StepFacts } from './narrationKey';
import { messageKeyOf, misconceptionOf, UNKNOWN_KEY } from './narrationKey';
import type { NarrateContext, NarrationParams } from './narrationParams';
import { paramsOf, sideOf } from './narrationParams';
import { localParams } from './narrationWords';

export type { NarrateContext, NarrationParams, RelativeFn } from './narrationParams';

/** One sentence of narration, ready for `t(key, params, lang)`. */
export type Narration = {
  /** Message key (`narr.listen.rcvSyn`). */
  readonly key: string;
  /** Its params, the word-valued ones already in the context's language. */
  readonly params: NarrationParams;
  /** The source that justifies it, as the statechart cites it (`§3.10.7.2`, `RFC 5961 §3.2`). */
  readonly rfc?: string;
  /** A misconception this moment bears on (`misconception.<id>`). */
  readonly misconception?: MisconceptionId;
};

/** Rules whose message already tells that data goes out. */
const SEND_CALL_RULES = new Set(['established.send', 'closeWait.send', 'listen.send']);
const DATA_CAUSES = new Set(['tcp.send.data', 'tcp.send.dataFin']);

/** Sorting rank: lower tells more. */
const EXPLAINED = 8;
const COMMAND = 9;

function isMandatory(e: TraceEvent): boolean {
  return e.kind === 'drop' || e.kind === 'signal' || e.key === 'run.settleLimit';
}

function rankOf(e: TraceEvent, rules: ReadonlyMap<Side, readonly string[]>): number {
  const side = sideOf(e);
  const ruled = (s: Side | undefined) => s !== undefined && rules.has(s);
  switch (e.kind) {
    case 'state':
      return 0;
    case 'rule':
      return 1;
    case 'send': {
      if (e.seg.injected || !ruled(side)) return 2;
      const own = rules.get(side as Side) ?? [];
      const newData = DATA_CAUSES.has(e.seg.cause) && !e.seg.retransmit;
      return newData && !own.some((k) => SEND_CALL_RULES.has(k)) ? 2 : EXPLAINED;
    }
    case 'duplicate':
    case 'delay':
    case 'note':
      return 2;
    case 'link':
      return 3;
    case 'timer':
      if (e.action !== 'fire') return 6;
      return ruled(side) ? EXPLAINED : 3;
    case 'call':
    case 'deliver':
      return ruled(side) ? EXPLAINED : 4;
    case 'arrive':
      return ruled(receiverOf(e.seg.dir)) ? EXPLAINED : 5;
    case 'command':
      return COMMAND;
    default:
      return EXPLAINED;
  }
}

function factsOf(events: readonly TraceEvent[], ctx: NarrateContext): StepFacts {
  return {
    state: (side) => ctx.stateOf?.(side),
    trigger: (side) => arrivalAt(events, side),
    timer: (side, timer, action) =>
      events.some((e) => e.kind === 'timer' && e.side === side && e.timer === timer && e.action === action),
    delivered: (side) => events.some((e) => e.kind === 'deliver' && e.side === side),
    answer: (side) => firstSend(events, side),
  };
}

function arrivalAt(events: readonly TraceEvent[], side: Side): Segment | undefined {
  for (const e of events) if (e.kind === 'arrive' && receiverOf(e.seg.dir) === side) return e.seg;
  return undefined;
}

function firstSend(events: readonly TraceEvent[], side: Side): Segment | undefined {
  for (const e of events)
    if (e.kind === 'send' && !e.seg.injected && e.seg.dir === dirFrom(side)) return e.seg;
  return undefined;
}

function callBytes(events: readonly TraceEvent[], side: Side): number | undefined {
  for (const e of events) if (e.kind === 'call' && e.side === side) return e.bytes ?? 0;
  return undefined;
}

/** The events worth a sentence, as indexes into the step, in trace order. */
function pick(events: readonly TraceEvent[]): number[] {
  const rules = new Map<Side, string[]>();
  for (const e of events) {
    if (e.kind === 'state' || e.kind === 'rule') rules.set(e.side, [...(rules.get(e.side) ?? []), e.key]);
  }
  const chosen = new Set<number>();
  const others: { i: number; rank: number }[] = [];
  events.forEach((e, i) => {
    if (isMandatory(e) || e.kind === 'state') chosen.add(i);
    else others.push({ i, rank: rankOf(e, rules) });
  });
  others.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const hasState = events.some((e) => e.kind === 'state');
  const [best, ...rest] = others;
  if (best && !hasState && (chosen.size === 0 || best.rank <= 3)) chosen.add(best.i);
  const next = (hasState ? others : rest).find((o) => o.rank <= 3 && !chosen.has(o.i));
  if (chosen.size < 2 && next) chosen.add(next.i);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Pure. The one or two sentences (a third when a drop or signal comes with two state changes) that
 * narrate a step's events, in trace order, each with its RFC source and misconception where one applies.
 * Empty only for an empty step.
 */
export function narrate(stepEvents: readonly TraceEvent[], ctx: NarrateContext = {}): Narration[] {
  const facts = factsOf(stepEvents, ctx);
  const told = pick(stepEvents).map((i): Narration => {
    const e = stepEvents[i] as TraceEvent;
    const side = e.kind === 'state' || e.kind === 'rule' ? e.side : undefined;
    const trigger = side ? (facts.trigger(side) ?? firstSend(stepEvents, side)) : undefined;
    const bytes = side ? callBytes(stepEvents, side) : undefined;
    const key = messageKeyOf(e, facts);
    const raw = key === UNKNOWN_KEY ? { key: e.key } : paramsOf(e, ctx, trigger, bytes);
    const params = localParams(raw, ctx.lang ?? getLang());
    const misconception = misconceptionOf(key);
    const rfc = e.kind === 'state' || e.kind === 'rule' ? e.rfc : undefined;
    return {
      key,
      params,
      ...(rfc ? { rfc } : {}),
      ...(misconception ? { misconception } : {}),
    };
  });
  const wrap = told.length < 3 ? wrapOf(stepEvents, ctx.lang ?? getLang()) : undefined;
  return wrap ? [...told, wrap] : told;
}

const SEQ_SPACE = 2 ** 32;

/**
 * A segment sent in the step whose sequence space reaches past 2^32 − 1, told in absolute numbers
 * (relative ones hide the wrap): RFC 9293 §3.4, arithmetic modulo 2^32.
 */
function wrapOf(events: readonly TraceEvent[], lang: Lang): Narration | undefined {
  for (const e of events) {
    if (e.kind !== 'send' || e.seg.injected || segLen(e.seg) === 0) continue;
    if (e.seg.seq + segLen(e.seg) < SEQ_SPACE) continue;
    const last = (e.seg.seq + segLen(e.seg) - 1) % SEQ_SPACE;
    const params = localParams({ side: senderOf(e.seg.dir), first: e.seg.seq, last }, lang);
    return { key: 'narr.seq.wrap', params, rfc: '§3.4' };
  }
  return undefined;
}

/** Pure. One narration sentence as text, in `lang`. */
export function narrationText(n: Narration, lang: Lang = getLang()): string {
  return t(n.key, n.params, lang);
}
