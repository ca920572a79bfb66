import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { inFlightPositions } from '../../core/world/inFlightPositions';
import { createSequenceChart } from '../../render/sequenceChart';
import { useBoot } from '../boot/bootContext';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { useLabView } from '../lab/useLabView';
import { useReducedMotion } from '../lab/useTheme';
import { sequenceChartLabels } from './figureLabels';

type Chart = ReturnType<typeof createSequenceChart>;

/** The ladder of segments between the two lifelines; click a segment in flight to drop it. */
export function SequenceChartPanel({
  selected,
  onSelect,
}: {
  selected: number | undefined;
  onSelect: (id: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  const actor = LabContext.useActorRef();
  const view = useLabView();
  const reducedMotion = useReducedMotion();
  const { config } = useBoot();
  const modifierWheel = config.embed; // embedded: the page scrolls past the chart
  const [relative, setRelative] = useState(config.absolute !== true); // numbers=absolute in the URL
  const [follow, setFollow] = useState(true);
  const relId = useId();
  const userZoomed = useEffectEvent(() => setFollow(false));
  const clicked = useEffectEvent((id: number, inFlight: boolean) => {
    if (inFlight) actor.send({ type: 'DROP_SEGMENT', id });
    onSelect(id);
  });

  useEffect(() => {
    if (!ref.current) return;
    const c = createSequenceChart(ref.current, {
      reducedMotion,
      modifierWheel,
      labels: sequenceChartLabels(),
      onSegmentClick: (id, inFlight) => clicked(id, inFlight),
      onUserZoom: () => userZoomed(),
    });
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = undefined;
    };
  }, [reducedMotion, modifierWheel]);

  useEffect(() => {
    chart.current?.update({
      trace: view.trace,
      now: view.world.now,
      inFlight: inFlightPositions(view.world),
      relative,
      follow,
      ...(selected === undefined ? {} : { selectedSegmentId: selected }),
    });
  }, [view, relative, follow, selected, reducedMotion]);

  return (
    <div className="flex min-w-0 flex-1 flex-col gap-2">
      <div className="flex items-center gap-2 text-xs text-[var(--tsl-muted)]">
        <input
          id={relId}
          type="checkbox"
          checked={!relative}
          onChange={(e) => setRelative(!e.target.checked)}
        />
        <label htmlFor={relId} className="shrink-0 whitespace-nowrap">
          {t('chart.absolute')}
        </label>
        <button
          type="button"
          aria-pressed={follow}
          onClick={() => {
            setFollow(true);
            chart.current?.resetZoom();
          }}
          className="shrink-0 whitespace-nowrap rounded-md border border-[var(--tsl-border)] px-2 py-0.5 aria-pressed:font-semibold"
          data-chart-follow
        >
          {t('chart.follow')}
        </button>
        <span className="ml-auto hidden min-w-0 text-right sm:inline">{t('chart.hintDrop')}</span>
      </div>
      {/* At least 28/34rem, and as tall as the state graph beside it (the drawing is taken out of the flow,
          so the column's height comes from the graph, not from the last size the chart was drawn at). */}
      <div
        ref={ref}
        className="relative min-h-[28rem] min-w-0 flex-1 overflow-hidden sm:min-h-[34rem] [&>svg]:absolute [&>svg]:inset-0"
        data-sequence-chart
      />
    </div>
  );
}
