import { useMemo } from 'react';
import type { Side } from '../../core/segment';
import { BOTH_SIDES } from '../../core/quiz/quizState';
import { useBoot } from '../boot/bootContext';

/** The endpoints the quiz asks about when it is turned on: the URL's `quizSide`, or both. Stable. */
export function useQuizSides(): readonly Side[] {
  const side = useBoot().config.quizSide;
  return useMemo(() => (side ? [side] : BOTH_SIDES), [side]);
}
