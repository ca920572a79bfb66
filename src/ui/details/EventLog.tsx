import { useMemo, useState } from 'react';
import type { TraceEvent, TraceKind } from '../../core/world/trace';
import { formatFlags } from '../../core/segment';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { useLabView } from '../lab/useLabView';

const FILTERS: Record<string, readonly TraceKind[] | undefined> = {
  all: undefined,
  segments: ['send', 'arrive', 'drop', 'duplicate', 'delay'],
  states: ['state'],
  timers: ['timer'],
  calls: ['call', 'signal', 'deliver', 'command'],
};

function describe(e: TraceEvent): string {
  switch (e.kind) {
    case 'send':
    case 'arrive':
    case 'drop':
      return `${e.kind} #${e.seg.id} ${e.seg.dir} ${formatFlags(e.seg.flags)}${e.kind === 'drop' ? ` (${e.reason})` : ''}`;
    case 'state':
      return `${e.side} ${e.from} → ${e.to} [${e.key}]`;
    case 'timer':
      return `${e.side} ${e.timer} ${e.action}`;
    case 'call':
      return `${e.side} ${e.call}${e.bytes !== undefined ? ` ${e.bytes}` : ''}${e.error ? ` → ${e.error}` : ''}`;
    case 'signal':
      return `${e.side}: ${e.signal}`;
    case 'command':
      return `# ${e.source}`;
    default:
      return `${e.kind} ${e.key}`;
  }
}

/** Every trace event so far, filterable; clicking one seeks to its step. */
export function EventLog() {
  const actor = LabContext.useActorRef();
  const { trace } = useLabView();
  const [filter, setFilter] = useState('all');
  const shown = useMemo(() => {
    const kinds = FILTERS[filter];
    const list = kinds ? trace.filter((e) => kinds.includes(e.kind)) : trace;
    return list.slice(-300);
  }, [trace, filter]);
  return (
    <div>
      <div className="mb-2 flex flex-wrap gap-1" role="group" aria-label={t('log.filter')}>
        {Object.keys(FILTERS).map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
            className="rounded-md border border-slate-300 px-2 py-0.5 text-xs aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-700 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
          >
            {t(`log.${f}`)}
          </button>
        ))}
      </div>
      <ol className="max-h-64 overflow-y-auto font-mono text-xs" data-event-log>
        {shown.map((e, i) => (
          <li key={`${e.step}-${i}`}>
            <button
              type="button"
              onClick={() => actor.send({ type: 'SEEK', step: e.step })}
              className="w-full rounded px-1 py-0.5 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              <span className="tabular-nums text-slate-500 dark:text-slate-400">
                {e.t.toFixed(1).padStart(8)}{' '}
              </span>
              {describe(e)}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
