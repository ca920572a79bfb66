/** English texts of the embed feature (issue #4). */
export const embedEn = {} as const satisfies Record<string, string>;
