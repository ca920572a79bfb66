import type { TraceEvent } from '../../core/world/trace';
import { incrementalChartModel } from './incrementalChartModel';
import type { ChartModel, ChartModelOptions } from './sequenceChartModel';

type Key = {
  readonly trace: readonly TraceEvent[];
  readonly now: number;
  readonly opts: ChartModelOptions;
};

function sameOptions(a: ChartModelOptions, b: ChartModelOptions): boolean {
  return (
    a.relative === b.relative &&
    a.compressIdleMs === b.compressIdleMs &&
    a.breakMs === b.breakMs &&
    a.breakPadMs === b.breakPadMs &&
    a.timerNames === b.timerNames &&
    a.inFlight === b.inFlight
  );
}

/**
 * Returns `buildChartModel` remembering its last result: a call with the same trace array, `now` and
 * options (compared field by field) returns the same model. Other calls read only the events new since
 * the last one when the trace has grown (`incrementalChartModel`).
 */
export function chartModelCache(): (
  trace: readonly TraceEvent[],
  now: number,
  opts: ChartModelOptions,
) => ChartModel {
  let last: { key: Key; model: ChartModel } | undefined;
  const build = incrementalChartModel();
  return (trace, now, opts) => {
    if (last && last.key.trace === trace && last.key.now === now && sameOptions(last.key.opts, opts))
      return last.model;
    const model = build(trace, now, opts);
    last = { key: { trace, now, opts }, model };
    return model;
  };
}
