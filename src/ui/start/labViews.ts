/**
 * The two drawings — the state graph and the sequence chart — driven straight from the lab actor, without
 * React: they draw the page's first frame before React has loaded (startLab.ts), and during playback every
 * frame reaches them without a React render. The React panels only host their elements and read and
 * change the small view state kept here (absolute numbers, following the playhead, the selected segment
 * and state).
 */
import type { TcpState } from '../../core/endpoint/tcpState';
import type { LabView } from '../../core/lab/labSession';
import { viewOf } from '../../core/lab/labSession';
import type { TraceEvent } from '../../core/world/trace';
import { inFlightPositions } from '../../core/world/inFlightPositions';
import type { FiredTransition, StateGraph } from '../../render/stateGraph';
import { createStateGraph } from '../../render/stateGraph';
import type { SequenceChart } from '../../render/sequenceChart';
import { createSequenceChart } from '../../render/sequenceChart';
import { subscribeLang } from '../i18n/langStore';
import { t } from '../i18n/messages';
import type { LabActor } from '../lab/labContext';
import { takenEdgesTally } from '../lab/takenEdges';
import { reducedMotion, subscribeReducedMotion } from '../lab/themeStore';
import { sequenceChartLabels, stateGraphWords } from '../panels/figureLabels';

/** What the learner has chosen about the drawings. */
export type ViewState = {
  /** Sequence numbers relative to each side's ISS (the default) or absolute. */
  readonly relative: boolean;
  /** The chart scrolls to keep the playhead in view (until the learner zooms or pans by hand). */
  readonly follow: boolean;
  /** The segment shown in the inspector and highlighted in the chart. */
  readonly selected: number | undefined;
  /** The state whose full explanation the narration shows (clicked in the graph). */
  readonly selectedState: TcpState | undefined;
};

/** The element each drawing lives in; the page shell places them, the React panels adopt them. */
export type ViewHosts = { readonly graph: HTMLElement; readonly chart: HTMLElement };

/** The drawings and their view state. */
export type LabViews = {
  readonly hosts: ViewHosts;
  /** The view state now (a new object after every change). */
  getState(): ViewState;
  /** Calls `listener` after every view-state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  setRelative(relative: boolean): void;
  /** Follows the playhead again, at zoom 1. */
  followPlayhead(): void;
  selectSegment(id: number | undefined): void;
  selectState(state: TcpState | undefined): void;
};

/** Options fixed for the page's lifetime. */
export type LabViewsOptions = {
  /** The initial view state (from the URL: `numbers=absolute`, `segment=`). */
  readonly initial: ViewState;
  /** The wheel zooms the chart only with Ctrl/⌘ held (an embedded page scrolls past it). */
  readonly modifierWheel: boolean;
};

/**
 * Mounts both drawings in `hosts` (which must already be in the page, laid out) and keeps them in step
 * with `actor`. They are drawn once before this returns: that is the first frame. A language or
 * reduced-motion change redraws them with the new words or motion.
 */
export function createLabViews(actor: LabActor, hosts: ViewHosts, options: LabViewsOptions): LabViews {
  let state = options.initial;
  const listeners = new Set<() => void>();
  const change = (patch: Partial<ViewState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
    drawChart();
  };

  let graph: StateGraph | undefined;
  let chart: SequenceChart | undefined;
  const mount = () => {
    graph?.destroy();
    chart?.destroy();
    const motion = reducedMotion();
    const words = stateGraphWords();
    graph = createStateGraph(hosts.graph, {
      reducedMotion: motion,
      describeState: (s) => t(`state.${s}.short`),
      onStateSelect: (s) => change({ selectedState: s }),
      labels: words.labels,
      ...(words.translateLabel ? { translateLabel: words.translateLabel } : {}),
    });
    chart = createSequenceChart(hosts.chart, {
      reducedMotion: motion,
      modifierWheel: options.modifierWheel,
      labels: sequenceChartLabels(),
      onSegmentClick: (id, inFlight) => {
        if (inFlight) actor.send({ type: 'DROP_SEGMENT', id });
        change({ selected: id });
      },
      onUserZoom: () => {
        if (state.follow) change({ follow: false });
      },
    });
    drawn = undefined;
    draw();
  };

  // Read incrementally: the trace is a new, longer array on every frame of playback.
  const taken = takenEdgesTally();
  let transitionsOf: readonly TraceEvent[] | undefined;
  let transitions: readonly FiredTransition[] = [];
  let view: LabView | undefined;
  let drawn: LabView | undefined;
  // Once per view: the same positions array lets the chart reuse its model when only the view state
  // changes (a selection, following the playhead).
  let inFlightOf: LabView | undefined;
  let inFlight: ReturnType<typeof inFlightPositions> = [];

  function drawChart() {
    if (!view) return;
    if (inFlightOf !== view) {
      inFlightOf = view;
      inFlight = inFlightPositions(view.world);
    }
    chart?.update({
      trace: view.trace,
      now: view.world.now,
      inFlight,
      relative: state.relative,
      follow: state.follow,
      ...(state.selected === undefined ? {} : { selectedSegmentId: state.selected }),
    });
  }

  function draw() {
    view = viewOf(actor.getSnapshot().context.session);
    if (view === drawn) return;
    drawn = view;
    if (view.stepEvents !== transitionsOf) {
      transitionsOf = view.stepEvents;
      transitions = view.stepEvents.flatMap((e) =>
        e.kind === 'state' ? [{ side: e.side, from: e.from, to: e.to, key: e.key }] : [],
      );
    }
    graph?.update({
      client: view.world.endpoints.client.value,
      server: view.world.endpoints.server.value,
      taken: taken(view.trace),
      lastTransitions: transitions,
    });
    drawChart();
  }

  mount();
  actor.subscribe(draw);
  subscribeLang(mount);
  subscribeReducedMotion(mount);

  return {
    hosts,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setRelative: (relative) => change({ relative }),
    followPlayhead: () => {
      change({ follow: true });
      chart?.resetZoom();
    },
    selectSegment: (selected) => change({ selected }),
    selectState: (selectedState) => change({ selectedState }),
  };
}
