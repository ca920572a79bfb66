import { getLang } from './langStore';
import type { Lang } from './messages';

/**
 * Pure for a given `lang`. The space between two sentences, or between a label and its text: one space
 * in English, none in Chinese, whose full-width 。and ： carry their own room (a space after them reads as
 * a stray gap).
 */
export function sentenceGap(lang: Lang = getLang()): string {
  return lang === 'en' ? ' ' : '';
}
