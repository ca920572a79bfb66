/**
 * One event-log line. English keeps the trace's own terms (`client rexmt set`); another language puts
 * the same facts in its words. Identifiers (rule keys, script source) are kept apart as `code`, shown
 * as written and marked not to be translated.
 */
import { formatFlags } from '../../core/segment';
import type { TraceEvent } from '../../core/world/trace';
import { getLang } from '../i18n/langStore';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { NarrationParams } from '../narration/narrationParams';
import { localParams } from '../narration/narrationWords';

/** A log line: words, then an identifier shown as written (either may be empty). */
export type LogLine = { readonly text: string; readonly code: string };

/** Pure for a given `lang`. The log line of one trace event. */
export function describeEvent(e: TraceEvent, lang: Lang = getLang()): LogLine {
  const say = (key: string, raw: NarrationParams, extra: NarrationParams = {}) =>
    t(key, { ...(lang === 'en' ? raw : localParams(raw, lang)), ...extra }, lang);
  switch (e.kind) {
    case 'send':
    case 'arrive':
    case 'drop': {
      const raw = { id: e.seg.id, dir: e.seg.dir, flags: formatFlags(e.seg.flags) };
      return {
        text: say(`log.line.${e.kind}`, e.kind === 'drop' ? { ...raw, reason: e.reason } : raw),
        code: '',
      };
    }
    case 'state':
      return { text: say('log.line.state', { side: e.side, from: e.from, to: e.to }), code: `[${e.key}]` };
    case 'timer':
      return {
        text: say(
          'log.line.timer',
          { side: e.side, timer: e.timer },
          { action: t(`log.timerAction.${e.action}`, undefined, lang) },
        ),
        code: '',
      };
    case 'call': {
      const bytes = e.bytes !== undefined ? ` ${e.bytes}` : '';
      const error = e.error ? say('log.line.callError', { error: e.error }) : '';
      return { text: say('log.line.call', { side: e.side, call: e.call }) + bytes + error, code: '' };
    }
    case 'signal':
      return {
        text: say(
          'log.line.signal',
          { side: e.side },
          { signal: t(`log.signal.${e.signal.replace(/ /g, '_')}`, undefined, lang) },
        ),
        code: '',
      };
    case 'command':
      return { text: '', code: `# ${e.source}` };
    default:
      return { text: t(`log.kind.${e.kind}`, undefined, lang), code: e.key };
  }
}
