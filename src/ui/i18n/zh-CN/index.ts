/**
 * The Simplified Chinese catalogue, assembled from its files. Loaded only by a dynamic `import()`
 * (loadCatalogue.ts), so it is a chunk of its own.
 */
import type { Messages } from '../messages';
import { causesZh } from './causes';
import { embedZh } from './embed';
import { eventLogZh } from './eventLog';
import { figuresZh } from './figures';
import { misconceptionsZh } from './misconceptions';
import { narrationCloseZh } from './narrationClose';
import { narrationEventsZh } from './narrationEvents';
import { narrationOpenZh } from './narrationOpen';
import { narrationScenariosZh } from './narrationScenarios';
import { quizZh } from './quiz';
import { scenariosZh } from './scenarios';
import { scriptErrorsZh } from './scriptErrors';
import { statesZh } from './states';
import { uiZh } from './ui';
import { urlZh } from './url';

export { edgeLabelsZh } from './edgeLabels';

/** Every text in Simplified Chinese; the compiler holds it to English's keys. */
export const zhCN: Messages = {
  ...uiZh,
  ...statesZh,
  ...misconceptionsZh,
  ...causesZh,
  ...narrationOpenZh,
  ...narrationCloseZh,
  ...narrationEventsZh,
  ...narrationScenariosZh,
  ...scenariosZh,
  ...urlZh,
  ...embedZh,
  ...quizZh,
  ...figuresZh,
  ...eventLogZh,
  ...scriptErrorsZh,
};
