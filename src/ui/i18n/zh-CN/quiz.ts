import type { quizEn } from '../en/quiz';

/** Simplified Chinese texts of the quiz feature: the same keys as English. */
export const quizZh: Readonly<Record<keyof typeof quizEn, string>> = {};
