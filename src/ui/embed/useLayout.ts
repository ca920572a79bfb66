import { useBoot } from '../boot/bootContext';
import type { Layout } from './layoutOf';
import { layoutOf } from './layoutOf';

/** The page's layout, from its boot settings. */
export function useLayout(): Layout {
  return layoutOf(useBoot().config);
}
