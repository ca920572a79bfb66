import { useId, useRef, useState } from 'react';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import type { ProfileName } from '../../core/script/ast';
import { t } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { HEADER_PICKER_CLASS } from '../layoutClasses';
import { LabContext } from '../lab/labContext';
import { START_SCRIPT } from '../startScript';
import { ScenarioSearch } from './ScenarioSearch';
import { useCurrentScenario } from './useCurrentScenario';

/**
 * A scenario that names its profile keeps it; any other runs under rfc9293, the profile its `end` states
 * are written for, whatever the previous scenario left in the header. The header's Profile then re-runs
 * it under the other profile (scenario fin-wait-2 is about that switch).
 */
function profileOf(script: string): ProfileName | undefined {
  return /^\s*profile\s/m.test(script) ? undefined : 'rfc9293';
}

/**
 * Picks a prepared scenario (or free play) and loads it into the lab: a button showing the chosen title
 * opens a searchable list grouped Opening … Advanced. Test hooks: the button carries
 * `data-scenario-select` and `data-scenario` (the chosen name, empty for free play); each option
 * `data-scenario-option` (its name, empty for free play).
 */
export function ScenarioPicker() {
  const actor = LabContext.useActorRef();
  const current = useCurrentScenario();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const ids = { label: useId(), value: useId(), dialog: useId() };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const choose = (name: string) => {
    const chosen = SCENARIOS.find((x) => x.name === name);
    actor.send(
      chosen
        ? { type: 'LOAD', script: chosen.script, profile: profileOf(chosen.script) }
        : { type: 'LOAD', script: START_SCRIPT, at: 'end' },
    );
    close(true);
  };
  const title = current ? t(`scenario.${current.name}.title`, undefined, lang) : t('header.scenarioFree');

  return (
    <div
      className={HEADER_PICKER_CLASS}
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) close(false);
      }}
    >
      <span id={ids.label} className="text-xs text-[var(--tsl-muted)]">
        {t('header.scenario')}
      </span>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? ids.dialog : undefined}
        aria-labelledby={`${ids.label} ${ids.value}`}
        data-scenario-select
        data-scenario={current?.name ?? ''}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className="flex min-w-0 max-w-full items-center lg:max-w-72 gap-1.5 rounded-md border border-slate-300 bg-white py-1 pl-2 pr-1.5 text-left text-sm hover:border-[var(--tsl-client)] focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[var(--tsl-focus)] dark:border-slate-700 dark:bg-slate-900"
      >
        <span id={ids.value} className="truncate" title={title}>
          {title}
        </span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0 text-[var(--tsl-muted)]">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {open && (
        <ScenarioSearch
          id={ids.dialog}
          lang={lang}
          current={current?.name ?? ''}
          onChoose={choose}
          onClose={() => close(true)}
        />
      )}
    </div>
  );
}
