import { pageTextsEn } from './en/pageTexts';
import { getLang } from './langStore';
import { ensureCatalogue, wantPageTexts } from './loadCatalogue';
import { addTexts } from './messages';

/**
 * Adds the page's texts (everything but the first frame's: narration, scenarios, quiz …) to the
 * catalogues: English at once, the page's language before it resolves, and every language switched to
 * later with its first-frame texts. Called by the React page before its first render.
 */
export async function loadPageTexts(): Promise<void> {
  addTexts('en', pageTextsEn);
  wantPageTexts();
  await ensureCatalogue(getLang());
}
