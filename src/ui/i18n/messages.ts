/**
 * The message catalogue and its formatter. English is the reference: its keys define `MessageKey`, and
 * every other language is one more object of type `Messages`, which the compiler holds to the same keys.
 *
 * A catalogue comes in two parts, so the first frame (src/ui/start) carries only the words it draws: the
 * frame's texts (the interface, the states, the figures), here from the start, and the page's texts
 * (narration, scenarios, quiz …), added with the React page by `loadPageTexts()` (pageTexts.ts).
 */
import { figuresEn } from './en/figures';
import type { pageTextsEn } from './en/pageTexts';
import { statesEn } from './en/states';
import { uiEn } from './en/ui';
import { fillTemplate } from '../../core/fillTemplate';
import { getLang } from './langStore';

export { rfcCitations, rfcUrl } from './rfcUrl';
export type { Citation } from './rfcUrl';

const frameTextsEn = { ...uiEn, ...statesEn, ...figuresEn };

/** The keys of the first frame's texts. */
export type FrameKey = keyof typeof frameTextsEn;
/** The keys of the rest of the page's texts. */
export type PageKey = keyof typeof pageTextsEn;
/** Every key of the catalogue. Texts may hold `{param}` placeholders, filled by `t()`. */
export type MessageKey = FrameKey | PageKey;

/** One language's texts: one string per key. */
export type Messages = Readonly<Record<MessageKey, string>>;
/** One language's first-frame texts. */
export type FrameMessages = Readonly<Record<FrameKey, string>>;
/** One language's texts for the rest of the page. */
export type PageMessages = Readonly<Record<PageKey, string>>;

/** The languages the app ships. */
export type Lang = 'en' | 'zh-CN';

/**
 * English, the reference catalogue: the first frame's texts from the start, all of them once the page's
 * texts are loaded (`loadPageTexts()`, pageTexts.ts).
 */
export const en: Messages = { ...frameTextsEn } as Messages;

/**
 * The catalogues loaded so far, by language. English is always there; another language's arrives with
 * `loadLang()` (langStore.ts), which fetches it as separate chunks (loadCatalogue.ts).
 */
export const CATALOGUES: Partial<Record<Lang, Messages>> = { en };

/** Adds `texts` to `lang`'s catalogue (one part of it: loadCatalogue.ts, pageTexts.ts). */
export function addTexts(lang: Lang, texts: FrameMessages | PageMessages): void {
  if (lang === 'en') Object.assign(en, texts);
  else CATALOGUES[lang] = { ...CATALOGUES[lang], ...texts } as Messages;
}

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

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when `key` names a message of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return own(en, key) !== undefined;
}

/** Pure. Fills `{param}` placeholders from `params`; one without a value stays as written. */
export const format: (template: string, params?: MessageParams) => string = fillTemplate;

/**
 * The text of `key` in `lang` (by default the page's current language, `getLang()`) with its placeholders
 * filled. Never throws: an unknown key comes back as the key itself, and a key missing from a language,
 * or a language not loaded yet, falls back to English.
 */
export function t(key: MessageKey | (string & {}), params?: MessageParams, lang: Lang = getLang()): string {
  const text = own(CATALOGUES[lang] ?? en, key) ?? own(en, key);
  return text === undefined ? key : format(text, params);
}

export { placeholders } from '../../core/fillTemplate';
