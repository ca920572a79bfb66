/**
 * The page's layout classes, shared by the React page (App.tsx, Header.tsx, the panels) and the first
 * frame's static shell (start/pageShell.ts), so the drawings sit in the same place before and after React
 * takes over the page.
 */

/** The app root (`#root`, with the test hooks); embedded pages are only as tall as their content. */
export const rootClass = (embed: boolean) =>
  `${embed ? '' : 'min-h-screen'} bg-[var(--tsl-bg)] text-[var(--tsl-fg)]`;

/** The full app's header bar and its row. */
export const HEADER_CLASS = 'border-b border-[var(--tsl-border)]';
export const HEADER_ROW_CLASS =
  'mx-auto flex max-w-[100rem] flex-wrap items-center gap-x-5 gap-y-2 px-3 py-3 sm:px-5';
/**
 * The app's name and tagline, at the start of the header row: a row of its own below xl, where the
 * controls take the next row; beside them from xl (the tagline in two lines until 2xl).
 */
export const TITLE_BLOCK_CLASS = 'mr-auto min-w-0 basis-full xl:basis-auto xl:max-w-60 2xl:max-w-none';
export const TITLE_CLASS = 'text-xl font-semibold tracking-tight';
export const TAGLINE_CLASS = 'text-xs text-[var(--tsl-muted)]';

/**
 * The header's controls. Their rows are fixed, so the first frame's shell can keep their room and the
 * page does not move when they arrive: below sm a three-column grid (the scenario picker, then the three
 * selects, then the buttons), up to lg a four-column one (picker and selects, then the buttons), labels
 * above their fields; from lg one row, labels beside.
 */
export const HEADER_CONTROLS_CLASS =
  'grid w-full grid-cols-3 items-end gap-x-3 gap-y-2 sm:grid-cols-[minmax(0,auto)_auto_auto_auto] sm:justify-start lg:flex lg:w-auto lg:flex-wrap lg:items-center lg:gap-x-5';
/** The room the controls take, kept by the first frame's shell until they arrive (see above). */
export const HEADER_CONTROLS_ROOM_CLASS = 'min-h-[8.875rem] sm:min-h-[5.5rem] lg:min-h-8';
/** One labelled control in the header: label above its field below lg, beside it from lg. */
export const HEADER_FIELD_CLASS =
  'flex min-w-0 flex-col items-start gap-0.5 lg:flex-row lg:items-center lg:gap-1.5';
/** The scenario picker's cell: the whole first row below sm. */
export const HEADER_PICKER_CLASS = `relative col-span-3 sm:col-span-1 ${HEADER_FIELD_CLASS}`;
/** The header's buttons (Quiz, Share, Embed): a row of their own below lg. */
export const HEADER_ACTIONS_CLASS = 'col-span-3 flex items-center gap-1.5 sm:col-span-4';

/** The embedded page's small bar. */
export const EMBED_BAR_CLASS = 'flex items-center gap-3 px-2 pt-2 text-xs text-[var(--tsl-muted)]';
export const EMBED_TITLE_CLASS = 'mr-auto font-semibold';

/** The page's main column. */
export const mainClass = (embed: boolean) =>
  `mx-auto flex max-w-[100rem] flex-col ${embed ? 'gap-3 p-2' : 'gap-4 px-3 pb-10 pt-4 sm:px-5'}`;

/** The grid holding the state graph and the sequence chart (`columns` from useLayout.ts). */
export const viewsGridClass = (columns: string) => `grid min-w-0 gap-4 ${columns}`;
/** The state graph's panel, and the sequence chart's (a column, so the chart fills its height). */
export const GRAPH_SECTION_CLASS =
  'min-w-0 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3';
export const CHART_SECTION_CLASS = `flex ${GRAPH_SECTION_CLASS} flex-col`;
export const PANEL_TITLE_CLASS = 'mb-2 text-sm font-semibold text-[var(--tsl-muted)]';
/** Inside the chart's panel: its toolbar row, then the drawing. */
export const CHART_BODY_CLASS = 'flex min-w-0 flex-1 flex-col gap-2';
export const CHART_TOOLBAR_CLASS = 'flex min-h-6 items-center gap-2 text-xs text-[var(--tsl-muted)]';

/** The state graph's host element (the renderer fills its width). */
export const GRAPH_HOST_CLASS = 'w-full';
/**
 * The sequence chart's host: at least 28/34rem, and as tall as the state graph beside it (the drawing is
 * taken out of the flow, so the column's height comes from the graph, not from the last size the chart
 * was drawn at).
 */
export const CHART_HOST_CLASS =
  'relative min-h-[28rem] min-w-0 flex-1 overflow-hidden sm:min-h-[34rem] [&>svg]:absolute [&>svg]:inset-0';
