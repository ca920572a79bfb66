import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { TcpState } from '../../core/endpoint/tcpState';
import type { TraceEvent } from '../../core/world/trace';
import { createStateGraph } from '../../render/stateGraph';
import { t } from '../i18n/messages';
import { useLabView } from '../lab/useLabView';
import { useReducedMotion } from '../lab/useTheme';
import { stateGraphWords } from './figureLabels';

type Graph = ReturnType<typeof createStateGraph>;

function takenEdges(trace: readonly TraceEvent[]): { client: string[]; server: string[] } {
  const taken = { client: new Set<string>(), server: new Set<string>() };
  for (const e of trace) if (e.kind === 'state') taken[e.side].add(`${e.from}>${e.to}`);
  return { client: [...taken.client], server: [...taken.server] };
}

/** The RFC 9293 Figure 5 graph with both endpoints' markers, drawn by the framework-free renderer. */
export function StateGraphPanel({
  onReady,
  onStateSelect,
}: {
  onReady: () => void;
  onStateSelect: (s: TcpState) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const graph = useRef<Graph | undefined>(undefined);
  const reducedMotion = useReducedMotion();
  const view = useLabView();
  const select = useEffectEvent((s: TcpState) => onStateSelect(s));

  useEffect(() => {
    if (!ref.current) return;
    const words = stateGraphWords();
    const g = createStateGraph(ref.current, {
      reducedMotion,
      describeState: (s) => t(`state.${s}.short`),
      onStateSelect: (s) => select(s),
      labels: words.labels,
      ...(words.translateLabel ? { translateLabel: words.translateLabel } : {}),
    });
    graph.current = g;
    return () => {
      g.destroy();
      graph.current = undefined;
    };
  }, [reducedMotion]);

  const taken = useMemo(() => takenEdges(view.trace), [view.trace]);
  const lastTransitions = useMemo(
    () =>
      view.stepEvents.flatMap((e) =>
        e.kind === 'state' ? [{ side: e.side, from: e.from, to: e.to, key: e.key }] : [],
      ),
    [view.stepEvents],
  );

  useEffect(() => {
    graph.current?.update({
      client: view.world.endpoints.client.value,
      server: view.world.endpoints.server.value,
      taken,
      lastTransitions,
    });
    onReady();
  }, [view.world, taken, lastTransitions, onReady, reducedMotion]);

  return <div ref={ref} className="w-full" data-state-graph />;
}
