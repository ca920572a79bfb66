import type { LabEvent } from '../../core/lab/labMachine';
import type { LabSession } from '../../core/lab/labSession';
import { SCENARIOS, findScenario } from '../../core/scenarios/scenarios';
import { formatScriptError, parseScript } from '../../core/script/parseScript';
import type { Lang } from '../i18n/messages';
import type { EmbedCommandBody, EmbedErrorBody, LoadCommand } from './embedProtocol';

/** What a valid command asks of the page. */
export type CommandPlan =
  | { readonly kind: 'lab'; readonly event: LabEvent }
  | { readonly kind: 'lang'; readonly lang: Lang }
  | { readonly kind: 'error'; readonly error: EmbedErrorBody };

function loadEvent(c: LoadCommand): CommandPlan {
  let script = c.script;
  if (c.scenario !== undefined) {
    const found = findScenario(c.scenario);
    if (!found) {
      const names = SCENARIOS.map((s) => s.name).join(', ');
      return {
        kind: 'error',
        error: {
          code: 'unknown-scenario',
          path: 'scenario',
          message: `there is no scenario ${JSON.stringify(c.scenario.slice(0, 40))}; the scenarios are ${names}`,
        },
      };
    }
    script = found.script;
  } else {
    // Refused before loading, so the lab keeps showing what it showed.
    const first = parseScript(script ?? '').errors[0];
    if (first) {
      return {
        kind: 'error',
        error: { code: 'script-error', path: 'script', message: formatScriptError(first) },
      };
    }
  }
  const event: LabEvent = {
    type: 'LOAD',
    script: script ?? '',
    ...(c.seed === undefined ? {} : { seed: c.seed }),
    ...(c.profile === undefined ? {} : { profile: c.profile }),
    ...(c.at === undefined ? {} : { at: c.at }),
  };
  return { kind: 'lab', event };
}

/**
 * Pure. The lab event (or language) a command stands for, given the session shown now and the
 * languages this build ships; or why it cannot be done.
 */
export function planCommand(c: EmbedCommandBody, session: LabSession, langs: readonly Lang[]): CommandPlan {
  switch (c.type) {
    case 'load':
      return loadEvent(c);
    case 'play':
      return { kind: 'lab', event: { type: 'PLAY' } };
    case 'pause':
      return { kind: 'lab', event: { type: 'PAUSE' } };
    case 'step':
      return { kind: 'lab', event: { type: 'STEP_FORWARD' } };
    case 'back':
      return { kind: 'lab', event: { type: 'STEP_BACK' } };
    case 'speed':
      return { kind: 'lab', event: { type: 'SET_SPEED', speed: c.speed } };
    case 'seek':
      if (c.step > session.sim.steps) {
        const message = `step must be from 0 to ${session.sim.steps} (the steps recorded so far), not ${c.step}`;
        return { kind: 'error', error: { code: 'invalid-value', path: 'step', message } };
      }
      return { kind: 'lab', event: { type: 'SEEK', step: c.step } };
    case 'lang': {
      const lang = langs.find((l) => l === c.lang);
      if (lang !== undefined) return { kind: 'lang', lang };
      const message = `this build does not ship ${c.lang}; it has ${langs.join(', ')}`;
      return { kind: 'error', error: { code: 'unavailable-language', path: 'lang', message } };
    }
  }
}
