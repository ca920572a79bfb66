/** English texts of the url feature (issue #4). */
export const urlEn = {} as const satisfies Record<string, string>;
