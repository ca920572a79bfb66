import type { BootConfig } from '../boot/bootConfig';
import { BOTH_SIDES } from '../../core/quiz/quizState';
import type { Side } from '../../core/segment';

/** Pure. The endpoints the quiz asks about when it is turned on: the URL's `quizSide`, or both. */
export function quizSidesOf(config: BootConfig): readonly Side[] {
  return config.quizSide ? [config.quizSide] : BOTH_SIDES;
}
