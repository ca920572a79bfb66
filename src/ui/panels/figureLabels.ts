/**
 * The words the two renderers draw or announce, in the page's current language. The renderers take them
 * as options (render never imports ui), so a language change remounts them with new words.
 */
import type { SequenceChartLabels } from '../../render/sequenceChart';
import type { StateGraphLabels } from '../../render/stateGraph';
import { edgeLabelTranslator } from '../i18n/edgeLabel';
import { t } from '../i18n/messages';
import { LOSS_REASON_KEYS } from '../narration/narrationWords';

/** The state graph's words, and its edge-label translator (undefined in English). */
export function stateGraphWords(): {
  labels: StateGraphLabels;
  translateLabel: ((rfcWords: string) => string) | undefined;
} {
  return {
    labels: {
      client: t('side.client'),
      server: t('side.server'),
      graph: t('graph.label'),
      marks: { client: t('graph.mark.client'), server: t('graph.mark.server') },
    },
    translateLabel: edgeLabelTranslator(),
  };
}

/** The sequence chart's words. */
export function sequenceChartLabels(): SequenceChartLabels {
  return {
    client: t('side.client'),
    server: t('side.server'),
    chart: t('panel.chart'),
    timers: {
      persist: t('chart.timer.persist'),
      delack: t('chart.timer.delack'),
      user: t('chart.timer.user'),
    },
    retransmit: t('chart.badge.retransmit'),
    duplicate: t('chart.badge.duplicate'),
    injected: t('chart.badge.injected'),
    lost: t('chart.badge.lost'),
    spoken: {
      retransmit: t('chart.spoken.retransmit'),
      duplicate: t('chart.spoken.duplicate'),
      injected: t('chart.spoken.injected'),
    },
    fates: {
      'in-flight': t('chart.fate.inFlight'),
      delivered: t('chart.fate.delivered'),
      dropped: t('chart.fate.dropped'),
    },
    idle: t('chart.idle'),
    ahead: t('chart.ahead'),
    timerSpan: t('chart.timerSpan'),
    timerEnds: {
      fired: t('chart.timerEnd.fired'),
      cancelled: t('chart.timerEnd.cancelled'),
      restarted: t('chart.timerEnd.restarted'),
    },
    lossReasons: Object.fromEntries(Object.entries(LOSS_REASON_KEYS).map(([k, key]) => [k, t(key)])),
  };
}
