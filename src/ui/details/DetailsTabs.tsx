import { useId, useState } from 'react';
import { t } from '../i18n/messages';
import { EventLog } from './EventLog';
import { PacketInspector } from './PacketInspector';
import { SocketTable } from './SocketTable';

const TABS = ['inspector', 'sockets', 'log'] as const;
type Tab = (typeof TABS)[number];

/** Packet inspector, socket table and event log as tabs (WAI-ARIA tabs pattern). */
export function DetailsTabs({ selected }: { selected: number | undefined }) {
  const [tab, setTab] = useState<Tab>(selected === undefined ? 'sockets' : 'inspector');
  const base = useId();
  // Choosing a segment in the chart opens it in the inspector.
  const [seen, setSeen] = useState(selected);
  if (seen !== selected) {
    setSeen(selected);
    if (selected !== undefined) setTab('inspector');
  }
  const shown = tab;
  return (
    <section
      aria-label={t('panel.details')}
      className="rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3"
    >
      <div
        role="tablist"
        aria-label={t('panel.details')}
        className="mb-3 flex gap-1 border-b border-[var(--tsl-border)]"
      >
        {TABS.map((k, i) => (
          <button
            key={k}
            id={`${base}-tab-${k}`}
            role="tab"
            type="button"
            aria-selected={shown === k}
            aria-controls={`${base}-panel-${k}`}
            tabIndex={shown === k ? 0 : -1}
            onClick={() => setTab(k)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              e.preventDefault();
              e.stopPropagation();
              const next =
                TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] ?? 'sockets';
              setTab(next);
              document.getElementById(`${base}-tab-${next}`)?.focus();
            }}
            className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm aria-selected:border-[var(--tsl-client)] aria-selected:font-semibold"
          >
            {t(`details.${k}`)}
          </button>
        ))}
      </div>
      {TABS.map((k) => (
        <div
          key={k}
          id={`${base}-panel-${k}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${k}`}
          hidden={shown !== k}
        >
          {shown === k &&
            (k === 'inspector' ? (
              <PacketInspector segmentId={selected} />
            ) : k === 'sockets' ? (
              <SocketTable />
            ) : (
              <EventLog />
            ))}
        </div>
      ))}
    </section>
  );
}
