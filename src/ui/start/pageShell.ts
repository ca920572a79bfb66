/**
 * The first frame's page, before React has loaded: the header's title and the room its controls will
 * take, the two panels with their titles, and in them the elements the drawings live in. Built with the same layout classes as the React page
 * (layoutClasses.ts), which replaces it (keeping the two drawings' elements) as soon as it has loaded.
 * Text only (textContent), never markup.
 */
import type { Layout } from '../embed/layoutOf';
import { t } from '../i18n/messages';
import {
  CHART_BODY_CLASS,
  CHART_HOST_CLASS,
  CHART_SECTION_CLASS,
  CHART_TOOLBAR_CLASS,
  EMBED_BAR_CLASS,
  EMBED_TITLE_CLASS,
  GRAPH_HOST_CLASS,
  GRAPH_SECTION_CLASS,
  HEADER_CLASS,
  HEADER_CONTROLS_CLASS,
  HEADER_CONTROLS_ROOM_CLASS,
  HEADER_ACTIONS_CLASS,
  HEADER_PICKER_CLASS,
  HEADER_ROW_CLASS,
  mainClass,
  PANEL_TITLE_CLASS,
  TAGLINE_CLASS,
  TITLE_BLOCK_CLASS,
  TITLE_CLASS,
  viewsGridClass,
} from '../layoutClasses';
import type { ViewHosts } from './labViews';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  e.append(...children);
  return e;
}

/** Creates the two drawings' host elements (with their documented hooks). */
export function createViewHosts(): ViewHosts {
  const graph = el('div', GRAPH_HOST_CLASS);
  graph.setAttribute('data-state-graph', '');
  const chart = el('div', CHART_HOST_CLASS);
  chart.setAttribute('data-sequence-chart', '');
  return { graph, chart };
}

/** A field's place while the controls load: a faint box where the field will be. */
const PLACE_CLASS = 'h-8 rounded-md bg-[var(--tsl-border)] opacity-60';

/**
 * The room the header's controls will take, with a faint box where each will be (the scenario picker,
 * the three selects, the buttons), laid out by the controls' own grid.
 */
function controlsRoom(): HTMLElement {
  const room = el(
    'div',
    `${HEADER_CONTROLS_CLASS} ${HEADER_CONTROLS_ROOM_CLASS}`,
    undefined,
    el('div', HEADER_PICKER_CLASS, undefined, el('div', `${PLACE_CLASS} w-full sm:w-56`)),
    ...[0, 1, 2].map(() => el('div', `${PLACE_CLASS} w-full sm:w-24`)),
    el('div', HEADER_ACTIONS_CLASS, undefined, el('div', `${PLACE_CLASS} w-48`)),
  );
  room.setAttribute('aria-hidden', 'true');
  return room;
}

/** Replaces `root`'s content with the first frame's page around `hosts`. */
export function renderPageShell(root: HTMLElement, hosts: ViewHosts, layout: Layout): void {
  const header = layout.embed
    ? el('header', EMBED_BAR_CLASS, undefined, el('h1', EMBED_TITLE_CLASS, t('app.name')))
    : el(
        'header',
        HEADER_CLASS,
        undefined,
        el(
          'div',
          HEADER_ROW_CLASS,
          undefined,
          el(
            'div',
            TITLE_BLOCK_CLASS,
            undefined,
            el('h1', TITLE_CLASS, t('app.name')),
            el('p', TAGLINE_CLASS, t('app.tagline')),
          ),
          controlsRoom(),
        ),
      );
  const graph = el(
    'section',
    GRAPH_SECTION_CLASS,
    undefined,
    el('h2', PANEL_TITLE_CLASS, t('panel.graph')),
    hosts.graph,
  );
  const chart = el(
    'section',
    CHART_SECTION_CLASS,
    undefined,
    el('h2', PANEL_TITLE_CLASS, t('panel.chart')),
    el('div', CHART_BODY_CLASS, undefined, el('div', CHART_TOOLBAR_CLASS), hosts.chart),
  );
  graph.hidden = !layout.visible('graph');
  chart.hidden = !layout.visible('chart');
  const main = el(
    'main',
    mainClass(layout.embed),
    undefined,
    el('div', viewsGridClass(layout.columns), undefined, graph, chart),
  );
  root.replaceChildren(header, main);
}
