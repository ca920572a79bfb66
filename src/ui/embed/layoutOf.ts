import type { BootConfig, PanelName } from '../boot/bootConfig';

/** How the page is laid out: embedded or not, and which panels show. */
export type Layout = {
  /** Compact layout for an iframe (`embed=1`). */
  readonly embed: boolean;
  /** Whether `panel` is shown (`view=`; every panel when the URL names none). */
  readonly visible: (panel: PanelName) => boolean;
  /** Classes for the graph-and-chart grid: side by side on wide screens when both show. */
  readonly columns: string;
};

const SIDE_BY_SIDE = 'lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]';
const SIDE_BY_SIDE_EMBED = 'md:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]';

/** Pure. Whether `panel` is shown under the `view=` list (undefined shows every panel). */
export function panelVisible(view: readonly PanelName[] | undefined, panel: PanelName): boolean {
  return view === undefined || view.includes(panel);
}

/** Pure. The page's layout for its boot settings. */
export function layoutOf(config: BootConfig): Layout {
  const visible = (panel: PanelName) => panelVisible(config.view, panel);
  const both = visible('graph') && visible('chart');
  // An embedded page is narrower than the full app's, so its two views sit side by side sooner.
  const columns = !both ? '' : config.embed ? SIDE_BY_SIDE_EMBED : SIDE_BY_SIDE;
  return { embed: config.embed, visible, columns };
}
