import { useMemo } from 'react';
import { relativeNumbering } from '../../core/output/relativeSeq';
import { PCAP_ENDPOINTS } from '../../core/pcap/endpoints';
import { formatFlags } from '../../core/segment';
import { getLang } from '../i18n/langStore';
import { t } from '../i18n/messages';
import { localParams } from '../narration/narrationWords';
import { sameTrace, useReadout } from '../controls/useReadout';

/** Every header field of the selected segment, relative and absolute, and why it was sent. */
export function PacketInspector({ segmentId }: { segmentId: number | undefined }) {
  // Re-read ten times a second while playing (useReadout): only the fate can change as the run goes on.
  const trace = useReadout((v) => v.trace, sameTrace);
  const found = useMemo(() => {
    if (segmentId === undefined) return undefined;
    const index = trace.findIndex((e) => e.kind === 'send' && e.seg.id === segmentId);
    const e = trace[index];
    if (!e || e.kind !== 'send') return undefined;
    const fate = trace.find((x) => (x.kind === 'arrive' || x.kind === 'drop') && x.seg.id === segmentId);
    return {
      seg: e.seg,
      rel: relativeNumbering(trace)(index).relative(e.seg.dir, e.seg.seq, e.seg.ack),
      fate,
    };
  }, [trace, segmentId]);
  if (!found) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('inspector.empty')}</p>;
  const { seg, rel, fate } = found;
  const src = PCAP_ENDPOINTS[seg.dir === 'c>s' ? 'client' : 'server'];
  const dst = PCAP_ENDPOINTS[seg.dir === 'c>s' ? 'server' : 'client'];
  const rows: [string, string, string][] = [
    [
      t('inspector.segment'),
      `#${seg.id} ${seg.dir === 'c>s' ? t('side.client') : t('side.server')} → ${seg.dir === 'c>s' ? t('side.server') : t('side.client')}`,
      '',
    ],
    [t('inspector.srcPort'), String(src.port), ''],
    [t('inspector.dstPort'), String(dst.port), ''],
    [t('inspector.seq'), String(rel.seq), String(seg.seq)],
    [t('inspector.ack'), seg.flags.ACK ? String(rel.ack) : '—', seg.flags.ACK ? String(seg.ack) : '—'],
    [t('inspector.flags'), formatFlags(seg.flags), ''],
    [t('inspector.window'), String(seg.win), ''],
    [t('inspector.length'), String(seg.len), ''],
    [
      t('inspector.cause'),
      t(`cause.${seg.cause}`, { side: seg.dir === 'c>s' ? t('side.client') : t('side.server') }),
      seg.cause,
    ],
    [
      t('inspector.fate'),
      fate?.kind === 'drop'
        ? t('inspector.dropped', localParams({ reason: fate.reason }, getLang()))
        : fate
          ? t('inspector.delivered')
          : t('inspector.inFlight'),
      '',
    ],
  ];
  return (
    <table className="w-full border-collapse text-sm" data-inspector={seg.id}>
      <thead>
        <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
          <th className="py-1 pr-3 font-normal">{t('inspector.field')}</th>
          <th className="py-1 pr-3 font-normal">{t('inspector.relative')}</th>
          <th className="py-1 font-normal">{t('inspector.absolute')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, v, abs]) => (
          <tr key={k} className="border-t border-slate-200 dark:border-slate-800">
            <th
              scope="row"
              className="whitespace-nowrap py-1 pr-3 text-left font-normal text-slate-600 dark:text-slate-400"
            >
              {k}
            </th>
            <td className="py-1 pr-3 font-mono">{v}</td>
            {/* The trace's raw values (numbers, the cause's trace key), shown as recorded. */}
            <td className="py-1 font-mono text-slate-600 dark:text-slate-400" translate="no">
              {abs}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
