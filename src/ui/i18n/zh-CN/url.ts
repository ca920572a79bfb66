import type { urlEn } from '../en/url';

/** Simplified Chinese texts of the url feature: the same keys as English. */
export const urlZh: Readonly<Record<keyof typeof urlEn, string>> = {};
