/** The sequence (ladder) chart: a framework-free D3 renderer and the pure model behind it. */
export { createSequenceChart } from './sequenceChart';
export type { SequenceChart, SequenceChartData, SequenceChartOptions } from './sequenceChart';
export type { SequenceChartLabels } from './chartLabels';
export { buildChartModel } from './sequenceChartModel';
export type {
  AxisBreak,
  ChartModel,
  ChartModelOptions,
  ChartSegment,
  CompressedAxis,
  SegmentFate,
  StateBand,
  TimerEnd,
  TimerSpan,
} from './sequenceChartModel';
