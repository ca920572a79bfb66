/**
 * The state graph's edge labels in the reader's language. Core names each transition in the RFC's words
 * (`rcv SYN / snd SYN,ACK`); a language other than English maps each whole label to its translation.
 */
import { citation } from './citation';
import { getLang } from './langStore';
import type { Lang } from './messages';

const tables: Partial<Record<Lang, Readonly<Record<string, string>>>> = {};
const translators = new Map<Lang, (rfcWords: string) => string>();

/** Makes `labels` (RFC words → translation) the edge labels of `lang`. */
export function registerEdgeLabels(lang: Lang, labels: Readonly<Record<string, string>>): void {
  tables[lang] = labels;
  translators.delete(lang);
}

/** The label in `lang`; the RFC's own words when that language has no translation for it. */
export function edgeLabel(rfcWords: string, lang: Lang = getLang()): string {
  const table = tables[lang];
  return table && Object.prototype.hasOwnProperty.call(table, rfcWords)
    ? (table[rfcWords] ?? rfcWords)
    : rfcWords;
}

/**
 * One stable function per language that translates an edge's words, its label and its citation (the
 * renderer caches its layout per function); undefined for English, whose labels are the RFC's words.
 */
export function edgeLabelTranslator(lang: Lang = getLang()): ((rfcWords: string) => string) | undefined {
  if (lang === 'en') return undefined;
  let tr = translators.get(lang);
  if (!tr) translators.set(lang, (tr = (w) => citation(edgeLabel(w, lang), lang)));
  return tr;
}
