/** CJK ideographs, kana, hangul and full-width forms: about one em wide each. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Pure. Estimated width of `text` in ems, for layout without measuring: `narrowEm` per character, a
 * CJK character a whole em.
 */
export function textEms(text: string, narrowEm: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : narrowEm;
  return ems;
}
