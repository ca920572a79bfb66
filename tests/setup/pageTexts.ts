/**
 * Every Vitest file starts as the React page does: with the whole catalogue, the first frame's texts and
 * the page's (src/ui/i18n/pageTexts.ts). src/ui/start/firstFrameTexts.test.ts checks the first frame
 * without them, on fresh modules.
 */
import { loadPageTexts } from '../../src/ui/i18n/pageTexts';

await loadPageTexts();
