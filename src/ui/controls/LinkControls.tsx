import { useId } from 'react';
import type { LabView } from '../../core/lab/labSession';
import type { Direction } from '../../core/segment';
import type { LinkSettings } from '../../core/world/linkSettings';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { useLabViewSelector } from '../lab/useLabView';
import { FIELD_CLASS, LABEL_CLASS, fieldNumber } from './fields';

type Field = { key: keyof LinkSettings; label: string; unit: 'ms' | '%'; max: number };

const FIELDS: readonly Field[] = [
  { key: 'latency', label: 'link.latency', unit: 'ms', max: 2000 },
  { key: 'jitter', label: 'link.jitter', unit: 'ms', max: 1000 },
  { key: 'loss', label: 'link.loss', unit: '%', max: 100 },
  { key: 'dup', label: 'link.dup', unit: '%', max: 100 },
  { key: 'reorder', label: 'link.reorder', unit: '%', max: 100 },
];

/**
 * The seed of the link's random draws. Changing it replays the session's script with the new seed (the
 * learner's own actions since are not kept: a different seed is a different run).
 */
function SeedInput() {
  const actor = LabContext.useActorRef();
  const seed = LabContext.useSelector((s) => s.context.session.seed);
  const script = LabContext.useSelector((s) => s.context.session.script);
  const profile = LabContext.useSelector((s) => s.context.session.profile);
  const id = useId();
  return (
    <div className="mt-2 flex items-center gap-2">
      <label htmlFor={id} className={LABEL_CLASS}>
        {t('link.seed')}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={4294967295}
        value={seed}
        data-link-setting="seed"
        onChange={(e) => {
          const n = fieldNumber(e.target.value, 0, 4294967295, true);
          actor.send({
            type: 'LOAD',
            script,
            seed: n,
            profile,
            at: 'end',
          });
        }}
        className={`w-32 ${FIELD_CLASS}`}
      />
    </div>
  );
}

function sameLink(a: LinkSettings, b: LinkSettings): boolean {
  return FIELDS.every((f) => a[f.key] === b[f.key]);
}

function dropPending(view: LabView, dir: Direction): boolean {
  return view.world.rules.some((r) => r.kind === 'dropNext' && r.dir === dir);
}

/** Link settings (both directions), the one-shot drops and RST injection. */
export function LinkControls() {
  const actor = LabContext.useActorRef();
  // Selected narrowly (equal settings, two flags), so that playback does not re-render the fields.
  const link = useLabViewSelector((v) => v.world.link['c>s'], sameLink);
  const pendingCs = useLabViewSelector((v) => dropPending(v, 'c>s'));
  const pendingSc = useLabViewSelector((v) => dropPending(v, 's>c'));
  const baseId = useId();
  const dropNext = (dir: Direction) => actor.send({ type: 'DROP_NEXT', dir });
  const pending = (dir: Direction) => (dir === 'c>s' ? pendingCs : pendingSc);
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">{t('link.title')}</legend>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-5">
        {FIELDS.map((f) => {
          const id = `${baseId}-${f.key}`;
          const value = f.unit === '%' ? Math.round(link[f.key] * 100) : link[f.key];
          return (
            <div key={f.key} className="flex min-w-0 flex-col">
              <label htmlFor={id} className={LABEL_CLASS}>
                {t('link.withUnit', { label: t(f.label), unit: f.unit })}
              </label>
              <input
                id={id}
                type="number"
                min={0}
                max={f.max}
                value={value}
                data-link-setting={f.key}
                onChange={(e) => {
                  const n = fieldNumber(e.target.value, 0, f.max);
                  actor.send({
                    type: 'LINK',
                    dir: 'both',
                    settings: { [f.key]: f.unit === '%' ? n / 100 : n },
                  });
                }}
                className={`w-full min-w-0 ${FIELD_CLASS}`}
              />
            </div>
          );
        })}
      </div>
      <SeedInput />
      <div className="mt-3 flex flex-wrap gap-1.5">
        {(['c>s', 's>c'] as const).map((dir) => (
          <button
            key={dir}
            type="button"
            data-drop-next={dir}
            aria-pressed={pending(dir)}
            onClick={() => dropNext(dir)}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm aria-pressed:border-[var(--tsl-drop)] aria-pressed:text-[var(--tsl-drop)] dark:border-slate-700"
          >
            {t(dir === 'c>s' ? 'link.dropNextCs' : 'link.dropNextSc')}
          </button>
        ))}
        {(['c>s', 's>c'] as const).map((dir) => (
          <button
            key={`rst-${dir}`}
            type="button"
            data-inject-rst={dir}
            onClick={() => {
              actor.send({ type: 'INJECT_RST', dir });
              actor.send({ type: 'PLAY' });
            }}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm dark:border-slate-700"
          >
            {t(dir === 'c>s' ? 'link.injectRstToServer' : 'link.injectRstToClient')}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
