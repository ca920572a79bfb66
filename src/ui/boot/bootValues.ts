/**
 * Readers of the single-valued URL parameters (docs/url-api.md): each takes the decoded text and returns
 * the setting, or the message key and params of what is wrong with it. Pure; never throws.
 */
import { langOf } from '../i18n/resolveLang';
import type { Lang } from '../i18n/messages';
import { SPEEDS } from '../../core/lab/labMachine';
import type { ProfileName } from '../../core/script/ast';
import { quote } from '../../core/script/lexer';
import { MAX_RUN_STEPS } from '../../core/script/maxRunSteps';
import { nearest } from '../../core/script/suggest';
import { parseOrigin } from '../embed/originPolicy';

/** A reader's answer: the setting, or why the text is not one. */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly key: string; readonly params: Readonly<Record<string, string | number>> };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(key: string, value: string, params: Record<string, string | number> = {}): Read<T> => ({
  ok: false,
  key,
  params: { value: quote(value), ...params },
});

/** `1`, `true`, `yes`, `on` or nothing (`?embed`) switch on; `0`, `false`, `no`, `off` switch off. */
export function readFlag(text: string): Read<boolean> {
  const v = text.trim().toLowerCase();
  if (v === '' || v === '1' || v === 'true' || v === 'yes' || v === 'on') return ok(true);
  if (v === '0' || v === 'false' || v === 'no' || v === 'off') return ok(false);
  return no('url.flag', text);
}

/** A seed: a whole number 0..2^32-1, in decimal or 0x hex. */
export function readSeed(text: string): Read<number> {
  const v = text.trim();
  const n = /^\d{1,10}$/.test(v) ? Number(v) : /^0x[0-9a-f]{1,8}$/i.test(v) ? parseInt(v, 16) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 4294967295 ? ok(n) : no('url.seed', text);
}

/** `rfc9293` or `linux`, any case. */
export function readProfile(text: string): Read<ProfileName> {
  const v = text.trim().toLowerCase();
  if (v === 'rfc9293' || v === 'linux') return ok(v);
  const s = nearest(v, ['rfc9293', 'linux']);
  return no(s ? 'url.profileDidYouMean' : 'url.profile', text, s ? { suggestion: s } : {});
}

/** One of the offered playback speeds, written as a plain number (`0.25`, `.5`, `2`). */
export function readSpeed(text: string): Read<number> {
  const v = text.trim().replace(/x$/i, '');
  const n = /^(?:\d{1,3}(?:\.\d{0,4})?|\.\d{1,4})$/.test(v) ? Number(v) : NaN;
  return SPEEDS.some((s) => s === n) ? ok(n) : no('url.speed', text, { list: SPEEDS.join(', ') });
}

/** A step: `start`, `end`, or a whole number 0..MAX_RUN_STEPS. */
export function readStep(text: string): Read<'start' | 'end' | number> {
  const v = text.trim().toLowerCase();
  if (v === 'start' || v === 'end') return ok(v);
  if (/^\d{1,6}$/.test(v) && Number(v) <= MAX_RUN_STEPS) return ok(Number(v));
  return no('url.step', text, { max: MAX_RUN_STEPS });
}

/** Any English or Chinese language tag, any case (`en`, `en-GB`, `zh-CN`, `zh`, `zh-Hans`, `zh-TW`): the app's language for it (langOf). */
export function readLang(text: string): Read<Lang> {
  const lang = langOf(text);
  return lang === undefined ? no('url.lang', text) : ok(lang);
}

/** `light`, `dark` or `system`. */
export function readTheme(text: string): Read<'light' | 'dark' | 'system'> {
  const v = text.trim().toLowerCase();
  return v === 'light' || v === 'dark' || v === 'system' ? ok(v) : no('url.theme', text);
}

/** `client` or `server` (also `c`, `s`). */
export function readSide(text: string): Read<'client' | 'server'> {
  const v = text.trim().toLowerCase();
  if (v === 'client' || v === 'c') return ok('client');
  if (v === 'server' || v === 's') return ok('server');
  return no('url.quizSide', text);
}

/**
 * An origin, `scheme://host[:port]` with scheme http or https and nothing after it (no path, query or
 * fragment; a single trailing `/` is tolerated, as browsers print it so).
 */
export function readOrigin(text: string): Read<string> {
  const origin = parseOrigin(text.trim());
  return origin === undefined ? no('url.parentOrigin', text) : ok(origin);
}

/** A segment id as the chart and ladder show it (`#7` or `7`): a whole number from 1. */
export function readSegment(text: string): Read<number> {
  const v = text.trim().replace(/^#/, '');
  return /^[1-9]\d{0,8}$/.test(v) ? ok(Number(v)) : no('url.segment', text);
}

/** `absolute` or `relative` sequence numbers in the chart; true for absolute. */
export function readNumbers(text: string): Read<boolean> {
  const v = text.trim().toLowerCase();
  if (v === 'absolute' || v === 'relative') return ok(v === 'absolute');
  return no('url.numbers', text);
}
