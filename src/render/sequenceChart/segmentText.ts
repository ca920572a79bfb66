import { formatDuration } from '../../core/time';
import type { ResolvedLabels } from './chartLabels';
import type { ChartSegment } from './sequenceChartModel';

/** One run of text in a segment label. */
export type TextPart = { readonly text: string; readonly cls: string };

/** Pure. The badges after a segment's label: retransmission, duplicate, injected, lost. */
export function segmentBadges(s: ChartSegment, l: ResolvedLabels): TextPart[] {
  const out: TextPart[] = [];
  if (s.retransmit) out.push({ text: l.retransmit, cls: 'badge retx' });
  if (s.duplicateOf !== undefined) out.push({ text: l.duplicate, cls: 'badge dup' });
  if (s.injected) out.push({ text: l.injected, cls: 'badge inject' });
  if (s.fate === 'dropped') out.push({ text: l.lost, cls: 'badge lost' });
  return out;
}

/** Pure. The label's parts: the full label or only the flags, then the badges. */
export function segmentLabelParts(s: ChartSegment, l: ResolvedLabels, short: boolean): TextPart[] {
  const badges = segmentBadges(s, l).map((b) => ({ ...b, text: ` ${b.text}` }));
  return [{ text: short ? s.flags : s.label, cls: 'main' }, ...badges];
}

/** Pure. The accessible name of a segment: what, which way, when, and what became of it. */
export function segmentAriaLabel(s: ChartSegment, l: ResolvedLabels): string {
  const [from, to] = s.dir === 'c>s' ? [l.client, l.server] : [l.server, l.client];
  const fate =
    s.fate === 'dropped' && s.lossReason
      ? `${l.fates.dropped} (${l.lossReasons[s.lossReason] ?? s.lossReason})`
      : l.fates[s.fate];
  const extras: string[] = [];
  if (s.retransmit) extras.push(l.spoken.retransmit);
  if (s.duplicateOf !== undefined) extras.push(`${l.spoken.duplicate} (#${s.duplicateOf})`);
  if (s.injected) extras.push(l.spoken.injected);
  if (s.delayedBy !== undefined) extras.push(`+${formatDuration(s.delayedBy)}`);
  return [`#${s.id} ${s.label}`, `${from} → ${to}`, formatDuration(s.sentAt), fate, ...extras].join(', ');
}
