/**
 * The message catalogue and its formatter. English is the reference: its keys define `MessageKey`, and
 * every other language is one more object of type `Messages`, which the compiler holds to the same keys.
 */
import { causesEn } from './en/causes';
import { figuresEn } from './en/figures';
import { embedEn } from './en/embed';
import { eventLogEn } from './en/eventLog';
import { misconceptionsEn } from './en/misconceptions';
import { narrationCloseEn } from './en/narrationClose';
import { narrationEventsEn } from './en/narrationEvents';
import { narrationOpenEn } from './en/narrationOpen';
import { narrationScenariosEn } from './en/narrationScenarios';
import { quizEn } from './en/quiz';
import { scenariosEn } from './en/scenarios';
import { scriptErrorsEn } from './en/scriptErrors';
import { statesEn } from './en/states';
import { uiEn } from './en/ui';
import { urlEn } from './en/url';
import { getLang } from './langStore';

export { rfcCitations, rfcUrl } from './rfcUrl';
export type { Citation } from './rfcUrl';

const enCatalogue = {
  ...uiEn,
  ...statesEn,
  ...misconceptionsEn,
  ...causesEn,
  ...narrationOpenEn,
  ...narrationCloseEn,
  ...narrationEventsEn,
  ...narrationScenariosEn,
  ...scenariosEn,
  ...urlEn,
  ...embedEn,
  ...quizEn,
  ...figuresEn,
  ...eventLogEn,
  ...scriptErrorsEn,
};

/** Every key of the catalogue. Texts may hold `{param}` placeholders, filled by `t()`. */
export type MessageKey = keyof typeof enCatalogue;

/** One language's texts: one string per key. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** The languages the app ships. */
export type Lang = 'en' | 'zh-CN';

/** English, the reference catalogue. */
export const en: Messages = enCatalogue;

/**
 * The catalogues loaded so far, by language. English is always there; another language's arrives with
 * `loadLang()` (langStore.ts), which fetches it as a separate chunk.
 */
export const CATALOGUES: Partial<Record<Lang, Messages>> = { en };

/** The languages in picker order. */
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** The misconceptions the narration can point out; each has a `misconception.<id>` text. */
export const MISCONCEPTION_IDS = [
  'closeWaitEntry',
  'finAckNotEnough',
  'timeWaitOwner',
  'why2Msl',
  'threeSegmentClose',
  'synRcvdListen',
  'halfClose',
] as const;

/** One misconception's id. */
export type MisconceptionId = (typeof MISCONCEPTION_IDS)[number];

/** Values for a message's `{param}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when `key` names a message of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return own(en, key) !== undefined;
}

/**
 * Pure. Fills `{param}` placeholders from `params`; a placeholder without a value stays as written, so a
 * gap shows instead of throwing.
 */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = own(params, name);
    return v === undefined ? whole : String(v);
  });
}

/**
 * The text of `key` in `lang` (by default the page's current language, `getLang()`) with its placeholders
 * filled. Never throws: an unknown key comes back as the key itself, and a key missing from a language,
 * or a language not loaded yet, falls back to English.
 */
export function t(key: MessageKey | (string & {}), params?: MessageParams, lang: Lang = getLang()): string {
  const text = own(CATALOGUES[lang] ?? en, key) ?? own(en, key);
  return text === undefined ? key : format(text, params);
}

/** The `{param}` names a template uses, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
