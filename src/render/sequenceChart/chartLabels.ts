import type { TimerName } from '../../core/endpoint/tcb';

/** Words the chart shows or speaks. The UI passes translations; only the two side names are required. */
export type SequenceChartLabels = {
  /** Name of the left lifeline. */
  readonly client: string;
  /** Name of the right lifeline. */
  readonly server: string;
  /** Accessible name of the whole chart. @default 'Sequence chart' */
  readonly chart?: string;
  /** Short timer names shown beside the lifelines. @default RTO, 2MSL, FW2, persist, delack, user */
  readonly timers?: Partial<Record<TimerName, string>>;
  /** Badges on segment labels. @default 'retx', 'dup', 'injected', 'lost' */
  readonly retransmit?: string;
  readonly duplicate?: string;
  readonly injected?: string;
  readonly lost?: string;
  /** Words for the accessible name in place of the badges. @default 'retransmission', 'link duplicate', 'injected' */
  readonly spoken?: Partial<Record<'retransmit' | 'duplicate' | 'injected', string>>;
  /** Fate words for the accessible name. @default 'in flight', 'delivered', 'lost' */
  readonly fates?: Partial<Record<'in-flight' | 'delivered' | 'dropped', string>>;
  /** Break label for an idle span in the past; `{d}` is its length. @default '⋯ {d} idle ⋯' */
  readonly idle?: string;
  /** Break label for a span ahead of now (a running timer's due time). @default '⋯ {d} ⋯' */
  readonly ahead?: string;
  /** A timer's tooltip; `{timer}`, `{set}`, `{due}` are filled. @default '{timer}: set {set}, due {due}' */
  readonly timerSpan?: string;
  /** Appended to a timer's tooltip when it ended; `{at}` is the time. @default ', fired {at}', … */
  readonly timerEnds?: Partial<Record<'fired' | 'cancelled' | 'restarted', string>>;
  /** Loss reasons as the trace names them (`random loss`) → words shown. @default as recorded */
  readonly lossReasons?: Readonly<Record<string, string>>;
};

/** Labels with every default filled in. */
export type ResolvedLabels = Required<
  Omit<SequenceChartLabels, 'timers' | 'fates' | 'spoken' | 'timerEnds'>
> & {
  readonly timerEnds: Readonly<Record<'fired' | 'cancelled' | 'restarted', string>>;
  readonly spoken: Readonly<Record<'retransmit' | 'duplicate' | 'injected', string>>;
  readonly timers: Readonly<Record<TimerName, string>>;
  readonly fates: Readonly<Record<'in-flight' | 'delivered' | 'dropped', string>>;
};

/** Fills in the defaults. */
export function resolveLabels(l: SequenceChartLabels): ResolvedLabels {
  return {
    client: l.client,
    server: l.server,
    chart: l.chart ?? 'Sequence chart',
    timers: {
      rexmt: 'RTO',
      timeWait: '2MSL',
      finWait2: 'FW2',
      persist: 'persist',
      delack: 'delack',
      user: 'user',
      ...l.timers,
    },
    retransmit: l.retransmit ?? 'retx',
    duplicate: l.duplicate ?? 'dup',
    injected: l.injected ?? 'injected',
    lost: l.lost ?? 'lost',
    spoken: { retransmit: 'retransmission', duplicate: 'link duplicate', injected: 'injected', ...l.spoken },
    fates: { 'in-flight': 'in flight', delivered: 'delivered', dropped: 'lost', ...l.fates },
    idle: l.idle ?? '⋯ {d} idle ⋯',
    ahead: l.ahead ?? '⋯ {d} ⋯',
    timerSpan: l.timerSpan ?? '{timer}: set {set}, due {due}',
    timerEnds: {
      fired: ', fired {at}',
      cancelled: ', cancelled {at}',
      restarted: ', restarted {at}',
      ...l.timerEnds,
    },
    lossReasons: l.lossReasons ?? {},
  };
}
