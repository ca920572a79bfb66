/**
 * The params that are words (side, call, timer, loss reason, direction, call error) in a language: the
 * engine names them in its own terms (`client`, `ACTIVE_OPEN`, `rexmt`, `c>s`). Pure.
 */
import type { Lang, MessageKey } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { NarrationParams } from './narrationParams';

/** The loss reasons the engine records (`random loss`) and their message keys. */
export const LOSS_REASON_KEYS: Readonly<Record<string, MessageKey>> = {
  'random loss': 'lossReason.random',
  'scripted drop': 'lossReason.scripted',
  'dropped by id': 'lossReason.byId',
  muted: 'lossReason.muted',
};

const CALL_ERROR: Readonly<Record<string, MessageKey>> = {
  'connection does not exist': 'callError.noConnection',
  'connection already exists': 'callError.exists',
  'connection closing': 'callError.closing',
};

const DIR: Readonly<Record<string, MessageKey>> = { 'c>s': 'dir.cs', 's>c': 'dir.sc' };

const LINK_SETTINGS = /^latency=(\S+) jitter=(\S+) loss=(\S+) dup=(\S+) reorder=(\S+)$/;
const SETTLE_LIMIT = /^stopped after (\S+) of virtual time with events still pending$/;

/** The engine's free-text details that have a template, in `lang`; any other detail as recorded. */
function detail(value: string, lang: Lang): string {
  const link = LINK_SETTINGS.exec(value);
  if (link) {
    const [, latency, jitter, loss, dup, reorder] = link;
    return t('detail.linkSettings', { latency, jitter, loss, dup, reorder } as Record<string, string>, lang);
  }
  const settle = SETTLE_LIMIT.exec(value);
  return settle ? t('detail.settleLimit', { time: settle[1] ?? '' }, lang) : value;
}

function word(name: string, value: string | number, lang: Lang): string | number {
  if (typeof value !== 'string') return value;
  switch (name) {
    case 'side':
    case 'peer':
      return t(`side.${value}`, undefined, lang);
    case 'call':
      return t(`callName.${value}`, undefined, lang);
    case 'timer':
      return t(`timerName.${value}`, undefined, lang);
    case 'reason':
      return LOSS_REASON_KEYS[value] ? t(LOSS_REASON_KEYS[value], undefined, lang) : value;
    case 'error':
      return CALL_ERROR[value] ? t(CALL_ERROR[value], undefined, lang) : value;
    case 'dir':
      return DIR[value] ? t(DIR[value], undefined, lang) : value;
    case 'detail':
      return detail(value, lang);
    default:
      return value;
  }
}

/** The params with their word values in `lang`. */
export function localParams(params: NarrationParams, lang: Lang): NarrationParams {
  const out: NarrationParams = {};
  for (const [name, value] of Object.entries(params)) out[name] = word(name, value, lang);
  return out;
}
