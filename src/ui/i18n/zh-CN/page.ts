/**
 * The rest of the page's Simplified Chinese texts (messages.ts): narration, misconceptions, causes,
 * scenarios, URL problems, the embed dialog, the quiz, the event log and script errors. A chunk of its
 * own, loaded with the React page (loadCatalogue.ts).
 */
import type { PageMessages } from '../messages';
import { causesZh } from './causes';
import { embedZh } from './embed';
import { eventLogZh } from './eventLog';
import { misconceptionsZh } from './misconceptions';
import { narrationCloseZh } from './narrationClose';
import { narrationEventsZh } from './narrationEvents';
import { narrationOpenZh } from './narrationOpen';
import { narrationScenariosZh } from './narrationScenarios';
import { quizZh } from './quiz';
import { scenariosZh } from './scenarios';
import { scriptErrorsZh } from './scriptErrors';
import { urlZh } from './url';

/** The page's texts in Simplified Chinese; the compiler holds them to English's keys. */
export const zhPage: PageMessages = {
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
  ...eventLogZh,
  ...scriptErrorsZh,
};
