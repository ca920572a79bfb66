import type { embedEn } from '../en/embed';

/** Simplified Chinese texts of the embed feature: the same keys as English. */
export const embedZh: Readonly<Record<keyof typeof embedEn, string>> = {};
