import type { Side } from '../../core/segment';
import type { BootProblem } from './bootConfig';

/** The quiz settings a URL asks for (docs/testing.md, quiz mode). */
export type QuizParams = {
  /** `quiz=1` (or `true`): quiz mode on at start. */
  readonly quiz: boolean;
  /** `quizSide=client|server`: the one endpoint the quiz asks about; absent means both. */
  readonly quizSide?: Side;
};

/** Pure. Reads `quiz` and `quizSide`; an unknown side is a problem, and the quiz then asks about both. */
export function readQuizParams(params: URLSearchParams): {
  config: QuizParams;
  problems: BootProblem[];
} {
  const quiz = params.get('quiz') === '1' || params.get('quiz') === 'true';
  const side = params.get('quizSide');
  if (side === null) return { config: { quiz }, problems: [] };
  if (side === 'client' || side === 'server') return { config: { quiz, quizSide: side }, problems: [] };
  return { config: { quiz }, problems: [{ param: 'quizSide', key: 'quiz.url.badSide' }] };
}
