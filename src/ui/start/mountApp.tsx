import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppProps } from '../App';
import { App } from '../App';
import { loadPageTexts } from '../i18n/pageTexts';

/**
 * The page's second step (startLab.ts): React takes over `root`, replacing the first frame's shell with
 * the whole page, which adopts the two drawings already made. Loads the page's texts first.
 */
export async function mountApp(root: HTMLElement, lab: Omit<AppProps, 'root'>): Promise<void> {
  // Without them the page would show its keys; if the reader's language's cannot be fetched, English.
  await loadPageTexts().catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App root={root} {...lab} />
    </StrictMode>,
  );
}
