import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LabViews, ViewState } from '../start/labViews';

/** The two drawings and their view state (src/ui/start/labViews.ts), for the React tree. */
export const ViewsContext = createContext<LabViews | undefined>(undefined);

/** The page's drawings. */
export function useViews(): LabViews {
  const views = useContext(ViewsContext);
  if (!views) throw new Error('ViewsContext.Provider is missing above this component');
  return views;
}

/** The drawings' view state, re-rendering the caller when it changes. */
export function useViewState(): ViewState {
  const views = useViews();
  return useSyncExternalStore(views.subscribe, views.getState);
}
