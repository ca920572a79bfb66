/**
 * Fetches a language's catalogue on first use. English is bundled; Simplified Chinese is a dynamic
 * `import()`, a chunk of its own that English readers never download.
 */
import { registerEdgeLabels } from './edgeLabel';
import type { Lang } from './messages';
import { CATALOGUES } from './messages';

/** Resolves once `lang`'s texts (and its state-graph edge labels) are in `CATALOGUES`. */
export async function ensureCatalogue(lang: Lang): Promise<void> {
  if (CATALOGUES[lang]) return;
  const { zhCN, edgeLabelsZh } = await import('./zh-CN/index');
  CATALOGUES['zh-CN'] = zhCN;
  registerEdgeLabels('zh-CN', edgeLabelsZh);
}
