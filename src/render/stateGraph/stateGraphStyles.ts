/**
 * The state graph's stylesheet, scoped under `.tsl-state-graph`. Colours come from the `--tsl-*`
 * custom properties (documented in stateGraph.ts); the fallbacks are the light theme.
 */
import { DASH_PERIOD } from './layoutGraph';

/** The stylesheet text; each graph carries a copy in its wrapper. */
export const STATE_GRAPH_CSS = `
.tsl-state-graph {
  --_client: var(--tsl-client, #0969da);
  --_server: var(--tsl-server, #bc4c00);
  --_edge: var(--tsl-edge, #57606a);
  --_muted: var(--tsl-muted, #6e7781);
  --_node-bg: var(--tsl-node-bg, #ffffff);
  --_node-fg: var(--tsl-node-fg, #1f2328);
  --_bg: var(--tsl-surface, var(--tsl-bg, #ffffff));
  --_label: var(--tsl-label, var(--tsl-muted, #57606a));
  --_focus: var(--tsl-focus, var(--_client));
  position: relative;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
}
.tsl-state-graph svg { display: block; width: 100%; height: auto; overflow: visible; }
.tsl-state-graph .tsl-edge-line { fill: none; stroke: var(--_edge); stroke-width: 1.5; }
.tsl-state-graph .tsl-edge.is-secondary .tsl-edge-line {
  stroke: var(--_muted); stroke-dasharray: 5 ${DASH_PERIOD - 5}; stroke-width: 1.25; opacity: 0.8;
}
.tsl-state-graph .tsl-edge.is-secondary:not(.is-shown) { display: none; }
.tsl-state-graph .tsl-edge.is-lit-client .tsl-edge-line { stroke: var(--_client); stroke-width: 2.5; opacity: 1; }
.tsl-state-graph .tsl-edge.is-lit-server .tsl-edge-line { stroke: var(--_server); stroke-width: 2.5; opacity: 1; }
.tsl-state-graph .tsl-edge-overlay { fill: none; stroke-width: 2; stroke-linecap: round; opacity: 0; }
.tsl-state-graph .tsl-edge-overlay.tsl-client { stroke: var(--_client); }
.tsl-state-graph .tsl-edge-overlay.tsl-server { stroke: var(--_server); }
.tsl-state-graph .tsl-edge.is-taken-client .tsl-edge-overlay.tsl-client,
.tsl-state-graph .tsl-edge.is-taken-server .tsl-edge-overlay.tsl-server { opacity: 0.7; }
.tsl-state-graph .tsl-edge.is-lit-client .tsl-edge-overlay.tsl-client,
.tsl-state-graph .tsl-edge.is-lit-server .tsl-edge-overlay.tsl-server { opacity: 1; stroke-width: 3; }
.tsl-state-graph .tsl-arrow { fill: var(--_edge); }
.tsl-state-graph .tsl-arrow-secondary { fill: var(--_muted); }
.tsl-state-graph .tsl-arrow-client { fill: var(--_client); }
.tsl-state-graph .tsl-arrow-server { fill: var(--_server); }
.tsl-state-graph .tsl-label { pointer-events: none; }
.tsl-state-graph .tsl-label.is-hidden { display: none; }
/* Knocks out lines under a label only when the UI names the surface; see --tsl-surface. */
.tsl-state-graph .tsl-label rect { fill: var(--tsl-surface, transparent); opacity: 0.85; }
.tsl-state-graph .tsl-label text { fill: var(--_label); text-anchor: middle; }
.tsl-state-graph .tsl-label line { stroke: var(--_label); stroke-width: 0.75; }
.tsl-state-graph .tsl-label.is-secondary text { font-style: italic; }
.tsl-state-graph .tsl-label.is-lit-client text { fill: var(--_client); font-weight: 700; }
.tsl-state-graph .tsl-label.is-lit-server text { fill: var(--_server); font-weight: 700; }
.tsl-state-graph .tsl-node { cursor: pointer; outline: none; }
.tsl-state-graph .tsl-node rect { fill: var(--_node-bg); stroke: var(--_edge); stroke-width: 1.5; }
.tsl-state-graph .tsl-node.is-current rect { stroke: var(--_node-fg); stroke-width: 2.5; }
.tsl-state-graph .tsl-node text { fill: var(--_node-fg); text-anchor: middle; dominant-baseline: central; }
.tsl-state-graph .tsl-node:hover rect { stroke: var(--_node-fg); }
.tsl-state-graph .tsl-node:focus-visible rect { stroke: var(--_focus); stroke-width: 3.5; }
.tsl-state-graph .tsl-marker { pointer-events: none; }
.tsl-state-graph .tsl-marker .tsl-marker-shape { stroke: var(--_bg); stroke-width: 1.5; }
.tsl-state-graph .tsl-marker[data-endpoint-marker='client'] .tsl-marker-shape { fill: var(--_client); }
.tsl-state-graph .tsl-marker[data-endpoint-marker='server'] .tsl-marker-shape { fill: var(--_server); }
.tsl-state-graph .tsl-marker text {
  fill: var(--_bg); font-weight: 700; text-anchor: middle; dominant-baseline: central;
}
.tsl-state-graph .tsl-dot { stroke: var(--_bg); stroke-width: 1.5; pointer-events: none; }
.tsl-state-graph .tsl-dot.tsl-client { fill: var(--_client); }
.tsl-state-graph .tsl-dot.tsl-server { fill: var(--_server); }
.tsl-state-graph .tsl-tooltip {
  position: absolute; z-index: 1; max-width: 18rem; padding: 0.375rem 0.5rem; border-radius: 0.375rem;
  background: var(--_node-fg); color: var(--_node-bg); font: 0.8125rem/1.35 system-ui, sans-serif;
  pointer-events: none; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
}
.tsl-state-graph .tsl-tooltip[hidden] { display: none; }
.tsl-state-graph .tsl-tooltip strong { font-family: ui-monospace, monospace; font-weight: 700; }
`;
