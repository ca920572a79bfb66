import { useId, useState } from 'react';
import type { UserCall } from '../../core/endpoint/legalCalls';
import { legalCalls } from '../../core/endpoint/legalCalls';
import type { CallName } from '../../core/script/ast';
import type { Side } from '../../core/segment';
import { edgeLabel } from '../i18n/edgeLabel';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { useLabViewSelector } from '../lab/useLabView';
import { FIELD_CLASS, LABEL_CLASS, fieldNumber } from './fields';

const CALLS: readonly { call: UserCall; name: CallName; label: string }[] = [
  { call: 'PASSIVE_OPEN', name: 'listen', label: 'control.listen' },
  { call: 'ACTIVE_OPEN', name: 'connect', label: 'control.connect' },
  { call: 'SEND', name: 'send', label: 'control.send' },
  { call: 'READ', name: 'read', label: 'control.read' },
  { call: 'SHUTDOWN', name: 'shutdown', label: 'control.shutdown' },
  { call: 'CLOSE', name: 'close', label: 'control.close' },
  { call: 'ABORT', name: 'abort', label: 'control.abort' },
];

/**
 * The socket calls of one endpoint. A call is enabled only when the statechart allows it in the
 * endpoint's state (legalCalls, derived from the machine); a disabled one says why in its tooltip.
 */
export function EndpointControls({ side }: { side: Side }) {
  const actor = LabContext.useActorRef();
  // Primitives, so that playback re-renders these buttons only when the state or `nothing to read` flips.
  const state = useLabViewSelector((v) => v.world.endpoints[side].value);
  const nothingToRead = useLabViewSelector((v) => v.world.endpoints[side].context.tcb.unread === 0);
  const legality = legalCalls(state);
  const [bytes, setBytes] = useState(1000);
  const bytesId = useId();
  return (
    <fieldset
      className="min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      data-endpoint-controls={side}
    >
      <legend className="px-1 text-sm font-semibold">
        <span className={side === 'client' ? 'text-[var(--tsl-client)]' : 'text-[var(--tsl-server)]'}>
          {t(`side.${side}`)}
        </span>{' '}
        <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{state}</span>
      </legend>
      <div className="flex flex-wrap items-center gap-1.5">
        {CALLS.map(({ call, name, label }) => {
          const l = legality.find((x) => x.call === call);
          const noData = call === 'READ' && l?.legal === true && nothingToRead;
          const legal = (l?.legal ?? false) && !noData;
          const why = noData
            ? t('control.nothingToRead')
            : t('control.notPossible', { state, answer: edgeLabel(l?.answer ?? '') });
          return (
            <button
              key={call}
              type="button"
              data-call={name}
              data-side={side}
              disabled={!legal}
              title={legal ? undefined : why}
              onClick={() => {
                actor.send({ type: 'CALL', side, call: name, ...(name === 'send' ? { bytes } : {}) });
                actor.send({ type: 'PLAY' });
              }}
              className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--tsl-focus)] disabled:cursor-not-allowed disabled:opacity-45 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
            >
              {t(label)}
            </button>
          );
        })}
        <span className="ml-1 inline-flex items-center gap-1.5">
          <label htmlFor={bytesId} className={LABEL_CLASS}>
            {t('control.bytes')}
          </label>
          <input
            id={bytesId}
            type="number"
            min={1}
            max={1_000_000}
            step={100}
            value={bytes}
            onChange={(e) => setBytes(fieldNumber(e.target.value, 1, 1_000_000, true))}
            className={`w-20 ${FIELD_CLASS}`}
          />
        </span>
      </div>
    </fieldset>
  );
}
