import { useMemo, useState } from 'react';
import type { TcpState } from '../../core/endpoint/tcpState';
import { t } from '../i18n/messages';
import { sentenceGap } from '../i18n/sentenceGap';
import { useLabView } from '../lab/useLabView';
import { latestNumberingTally } from '../narration/latestNumbering';
import { narrate } from '../narration/narrate';
import { RfcLink } from '../RfcLink';

/** One or two sentences on the shown step — what happened and why — with the RFC section linked. */
export function NarrationPanel({
  selectedState,
  onClearState,
}: {
  selectedState: string | undefined;
  onClearState: () => void;
}) {
  const { trace, stepEvents, world } = useLabView();
  // Read incrementally: the trace is a new, longer array on every frame of playback.
  const [latestNumbering] = useState(latestNumberingTally);
  const numbering = useMemo(() => latestNumbering(trace), [latestNumbering, trace]);
  const client = world.endpoints.client.value as TcpState;
  const server = world.endpoints.server.value as TcpState;
  const lines = useMemo(
    () =>
      narrate(stepEvents, {
        relative: (dir, seq, ack) => numbering.relative(dir, seq, ack),
        stateOf: (side) => (side === 'client' ? client : server),
      }),
    [stepEvents, numbering, client, server],
  );
  return (
    <section
      aria-labelledby="narration-title"
      className="rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-4"
      data-narration
    >
      <h2 id="narration-title" className="mb-2 text-sm font-semibold text-[var(--tsl-muted)]">
        {t('panel.narration')}
      </h2>
      {selectedState ? (
        <div>
          <p className="text-base leading-relaxed">
            <strong className="font-mono">{selectedState}</strong> —{' '}
            {t(`state.${selectedState as TcpState}.long`)}
          </p>
          <button
            type="button"
            onClick={onClearState}
            className="mt-2 text-sm text-[var(--tsl-client)] underline"
          >
            {t('narration.back')}
          </button>
        </div>
      ) : lines.length === 0 ? (
        <p className="text-base leading-relaxed text-[var(--tsl-muted)]">{t('narration.start')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {lines.map((l, i) => {
            return (
              <li key={i} className="text-base leading-relaxed">
                {t(l.key, l.params)}
                {sentenceGap()}
                {l.rfc && <RfcLink rfc={l.rfc} />}
                {l.misconception && (
                  <p className="mt-1 rounded-md border-l-4 border-[var(--tsl-server)] bg-[var(--tsl-bg)] px-3 py-1.5 text-sm">
                    {t(`misconception.${l.misconception}`)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
