import { useId } from 'react';
import { t } from '../i18n/messages';
import { CHART_BODY_CLASS, CHART_TOOLBAR_CLASS } from '../layoutClasses';
import { useViews, useViewState } from '../lab/viewsContext';
import { HostSlot } from './HostSlot';

/**
 * The ladder of segments between the two lifelines, drawn from the lab actor by the framework-free
 * renderer (src/ui/start/labViews.ts; click a segment in flight to drop it), under its toolbar: absolute
 * numbers, and following the playhead.
 */
export function SequenceChartPanel() {
  const views = useViews();
  const { relative, follow } = useViewState();
  const relId = useId();
  return (
    <div className={CHART_BODY_CLASS}>
      <div className={CHART_TOOLBAR_CLASS}>
        <input
          id={relId}
          type="checkbox"
          checked={!relative}
          onChange={(e) => views.setRelative(!e.target.checked)}
        />
        <label htmlFor={relId} className="shrink-0 whitespace-nowrap">
          {t('chart.absolute')}
        </label>
        <button
          type="button"
          aria-pressed={follow}
          onClick={() => views.followPlayhead()}
          className="shrink-0 whitespace-nowrap rounded-md border border-[var(--tsl-border)] px-2 py-0.5 aria-pressed:font-semibold"
          data-chart-follow
        >
          {t('chart.follow')}
        </button>
        {/* One line, so the toolbar keeps the height the first frame gave it. */}
        <span className="ml-auto hidden min-w-0 truncate text-right sm:inline" title={t('chart.hintDrop')}>
          {t('chart.hintDrop')}
        </span>
      </div>
      <HostSlot host={views.hosts.chart} />
    </div>
  );
}
