/** The state graph renderer: RFC 9293 Figure 5 with both endpoints on it. */
export { createStateGraph } from './stateGraph';
export type {
  FiredTransition,
  StateGraph,
  StateGraphData,
  StateGraphLabels,
  StateGraphOptions,
} from './stateGraph';
export { layoutGraph } from './layoutGraph';
export type { EdgeLayout, GraphLayout, NodeLayout } from './layoutGraph';
export { edgeGroups, edgeId, isFigure5Transition } from './edgeGroups';
export type { EdgeGroup, EdgeKind } from './edgeGroups';
export type { LayoutMode } from './layoutMetrics';
