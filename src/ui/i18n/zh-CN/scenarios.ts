import type { scenariosEn } from '../en/scenarios';

/** Simplified Chinese texts of the scenarios feature: the same keys as English. */
export const scenariosZh: Readonly<Record<keyof typeof scenariosEn, string>> = {};
