/**
 * The first frame's Simplified Chinese texts (messages.ts): the interface, the states, the figures, and
 * the state graph's edge labels. A chunk of its own (loadCatalogue.ts).
 */
import type { FrameMessages } from '../messages';
import { figuresZh } from './figures';
import { statesZh } from './states';
import { uiZh } from './ui';

export { edgeLabelsZh } from './edgeLabels';

/** The first frame's texts in Simplified Chinese; the compiler holds them to English's keys. */
export const zhFrame: FrameMessages = { ...uiZh, ...statesZh, ...figuresZh };
