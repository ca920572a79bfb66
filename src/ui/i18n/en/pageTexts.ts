/**
 * The English texts of everything but the first frame — narration, misconceptions, causes, scenarios, URL
 * problems, the embed dialog, the quiz, the event log and script errors. They load with the React page
 * (pageTexts.ts), not with the first frame.
 */
import { causesEn } from './causes';
import { embedEn } from './embed';
import { eventLogEn } from './eventLog';
import { misconceptionsEn } from './misconceptions';
import { narrationCloseEn } from './narrationClose';
import { narrationEventsEn } from './narrationEvents';
import { narrationOpenEn } from './narrationOpen';
import { narrationScenariosEn } from './narrationScenarios';
import { quizEn } from './quiz';
import { scenariosEn } from './scenarios';
import { scriptErrorsEn } from './scriptErrors';
import { urlEn } from './url';

export const pageTextsEn = {
  ...misconceptionsEn,
  ...causesEn,
  ...narrationOpenEn,
  ...narrationCloseEn,
  ...narrationEventsEn,
  ...narrationScenariosEn,
  ...scenariosEn,
  ...urlEn,
  ...embedEn,
  ...quizEn,
  ...eventLogEn,
  ...scriptErrorsEn,
};
