/** English texts of the scenarios feature (issue #4). */
export const scenariosEn = {} as const satisfies Record<string, string>;
