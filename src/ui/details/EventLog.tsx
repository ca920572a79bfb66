import { memo, useMemo, useState } from 'react';
import type { TraceEvent, TraceKind } from '../../core/world/trace';
import { sameTrace, useReadout } from '../controls/useReadout';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import type { LogLine } from './describeEvent';
import { describeEvent } from './describeEvent';

const FILTERS: Record<string, readonly TraceKind[] | undefined> = {
  all: undefined,
  segments: ['send', 'arrive', 'drop', 'duplicate', 'delay'],
  states: ['state'],
  timers: ['timer'],
  calls: ['call', 'signal', 'deliver', 'command'],
};

/** A log line: its words, then its identifier as written (not for translation). */
function LogText({ line }: { line: LogLine }) {
  return (
    <>
      {line.text}
      {line.text && line.code ? ' ' : ''}
      {line.code && <span translate="no">{line.code}</span>}
    </>
  );
}

/** One line of the log. Memoized: a line already shown is not rendered again as the log grows. */
const LogRow = memo(function LogRow({ e }: { e: TraceEvent }) {
  const actor = LabContext.useActorRef();
  return (
    <li>
      <button
        type="button"
        onClick={() => actor.send({ type: 'SEEK', step: e.step })}
        className="w-full rounded px-1 py-0.5 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span className="tabular-nums text-slate-500 dark:text-slate-400">{e.t.toFixed(1).padStart(8)} </span>
        <LogText line={describeEvent(e)} />
      </button>
    </li>
  );
});

/**
 * Every trace event so far, filterable; clicking one seeks to its step. While playing it is re-read ten
 * times a second (useReadout), and each line keeps its key (its place in the filtered run), so only new
 * lines are rendered.
 */
export function EventLog() {
  const trace = useReadout((v) => v.trace, sameTrace);
  const [filter, setFilter] = useState('all');
  const shown = useMemo(() => {
    const kinds = FILTERS[filter];
    const list = kinds ? trace.filter((e) => kinds.includes(e.kind)) : trace;
    const from = Math.max(0, list.length - 300);
    return list.slice(from).map((e, i) => ({ e, key: `${e.step}-${from + i}` }));
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
        {shown.map(({ e, key }) => (
          <LogRow key={key} e={e} />
        ))}
      </ol>
    </div>
  );
}
