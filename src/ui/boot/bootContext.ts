import { createContext, useContext } from 'react';
import type { BootResult } from './bootConfig';
import { DEFAULT_BOOT } from './bootConfig';

/** The page's boot settings (read once from the URL) for the React tree. */
export const BootContext = createContext<BootResult>({ config: DEFAULT_BOOT, problems: [] });

/** The page's boot settings and the problems found in its URL. */
export function useBoot(): BootResult {
  return useContext(BootContext);
}
