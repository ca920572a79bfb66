import { useMemo } from 'react';
import type { Side } from '../../core/segment';
import { useBoot } from '../boot/bootContext';
import { quizSidesOf } from './quizSidesOf';

/** The endpoints the quiz asks about when it is turned on (quizSidesOf.ts). Stable. */
export function useQuizSides(): readonly Side[] {
  const { config } = useBoot();
  return useMemo(() => quizSidesOf(config), [config]);
}
