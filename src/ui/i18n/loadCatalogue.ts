/**
 * Fetches a language's catalogue on first use, in two parts (messages.ts): the first frame's texts, and —
 * once the React page has asked for them (`wantPageTexts()`) — the rest of the page's. English's first
 * part is bundled with the first frame and its second comes with the React page; Simplified Chinese's two
 * parts are dynamic `import()`s, chunks of their own that English readers never download.
 */
import { registerEdgeLabels } from './edgeLabel';
import type { Lang } from './messages';
import { addTexts } from './messages';

const loaded = { frame: new Set<Lang>(['en']), page: new Set<Lang>() };
let pageWanted = false;

async function loadFrame(lang: Lang): Promise<void> {
  if (loaded.frame.has(lang)) return;
  const { zhFrame, edgeLabelsZh } = await import('./zh-CN/frame');
  addTexts('zh-CN', zhFrame);
  registerEdgeLabels('zh-CN', edgeLabelsZh);
  loaded.frame.add(lang);
}

async function loadPage(lang: Lang): Promise<void> {
  if (!pageWanted || loaded.page.has(lang)) return;
  if (lang !== 'en') addTexts('zh-CN', (await import('./zh-CN/page')).zhPage);
  loaded.page.add(lang);
}

/** Resolves once `lang`'s texts (and its state-graph edge labels) are in `CATALOGUES`. */
export async function ensureCatalogue(lang: Lang): Promise<void> {
  await Promise.all([loadFrame(lang), loadPage(lang)]);
}

/**
 * From now on every language's page texts load with it, too (English's are already in: pageTexts.ts adds
 * them before calling this).
 */
export function wantPageTexts(): void {
  pageWanted = true;
  loaded.page.add('en');
}
