/**
 * The whole Simplified Chinese catalogue, both parts (frame.ts, page.ts) together, for the tests that
 * compare it with English. The app loads the parts separately (loadCatalogue.ts).
 */
import type { Messages } from '../messages';
import { zhFrame } from './frame';
import { zhPage } from './page';

export { edgeLabelsZh } from './frame';

/** Every text in Simplified Chinese. */
export const zhCN: Messages = { ...zhFrame, ...zhPage };
