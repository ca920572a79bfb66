import { parseOrigin } from '../embed/originPolicy';
import type { BootProblem, PanelName } from './bootConfig';
import { PANEL_NAMES } from './bootConfig';

/** The embedding settings read from the URL, and what was wrong with them. */
export type EmbedParams = {
  readonly view?: readonly PanelName[];
  /**
   * As written in the URL (an invalid one is kept, and reported, so that the postMessage API fails
   * closed instead of accepting everyone).
   */
  readonly parentOrigin?: string;
  readonly problems: readonly BootProblem[];
};

const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function readView(raw: string, problems: BootProblem[]): readonly PanelName[] | undefined {
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const view: PanelName[] = [];
  for (const name of names) {
    const panel = PANEL_NAMES.find((p) => p === name);
    if (panel === undefined) {
      problems.push({
        param: 'view',
        key: 'embed.problem.viewName',
        params: { name: cut(name), allowed: PANEL_NAMES.join(', ') },
      });
    } else if (!view.includes(panel)) view.push(panel);
  }
  if (view.length > 0) return view;
  problems.push({
    param: 'view',
    key: 'embed.problem.viewEmpty',
    params: { allowed: PANEL_NAMES.join(', ') },
  });
  return undefined;
}

/**
 * Pure. Reads `view=` (comma-separated panel names; unknown names are reported and left out, and a
 * list with none left shows every panel) and `parentOrigin=` (an http(s) origin) from the URL.
 */
export function readEmbedParams(params: URLSearchParams): EmbedParams {
  const problems: BootProblem[] = [];
  const rawView = params.get('view');
  const view = rawView === null ? undefined : readView(rawView, problems);
  const parentOrigin = params.get('parentOrigin') ?? undefined;
  if (parentOrigin !== undefined && parseOrigin(parentOrigin) === undefined) {
    problems.push({
      param: 'parentOrigin',
      key: 'embed.problem.parentOrigin',
      params: { value: cut(parentOrigin) },
    });
  }
  return {
    ...(view === undefined ? {} : { view }),
    ...(parentOrigin === undefined ? {} : { parentOrigin }),
    problems,
  };
}
