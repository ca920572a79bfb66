/** English texts of the quiz feature (issue #4). */
export const quizEn = {} as const satisfies Record<string, string>;
