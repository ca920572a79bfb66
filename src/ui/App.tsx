import { useEffect } from 'react';
import { EndpointControls } from './controls/EndpointControls';
import { LinkControls } from './controls/LinkControls';
import { PlaybackBar } from './controls/PlaybackBar';
import { DetailsTabs } from './details/DetailsTabs';
import { BootProblems } from './boot/BootProblems';
import type { BootResult } from './boot/bootConfig';
import { BootContext } from './boot/bootContext';
import { EmbedBar } from './embed/EmbedBar';
import { useLayout } from './embed/useLayout';
import { usePostMessageApi } from './embed/usePostMessageApi';
import { Header } from './Header';
import { QuizPanel } from './quiz/QuizPanel';
import { useLang } from './i18n/useLang';
import { t } from './i18n/messages';
import type { LabActor } from './lab/labContext';
import { LabContext } from './lab/labContext';
import { useViews, useViewState, ViewsContext } from './lab/viewsContext';
import {
  CHART_SECTION_CLASS,
  GRAPH_SECTION_CLASS,
  mainClass,
  PANEL_TITLE_CLASS,
  viewsGridClass,
} from './layoutClasses';
import { LiveRegion } from './LiveRegion';
import { NarrationPanel } from './panels/NarrationPanel';
import { SequenceChartPanel } from './panels/SequenceChartPanel';
import { StateGraphPanel } from './panels/StateGraphPanel';
import { ScenarioGoal } from './scenarios/ScenarioGoal';
import type { LabViews } from './start/labViews';

/** What the page's start (src/ui/start/startLab.ts) made before React loaded. */
export type AppProps = {
  /** The app root, which carries the test hooks. */
  readonly root: HTMLElement;
  readonly boot: BootResult;
  readonly actor: LabActor;
  readonly views: LabViews;
};

/** The lab page: header, the two views side by side, narration, controls and the details. */
export function App({ root, boot, actor, views }: AppProps) {
  const lang = useLang();
  useEffect(() => {
    root.setAttribute('data-interactive', 'true');
  }, [root]);
  return (
    <BootContext.Provider value={boot}>
      <LabContext.Provider value={actor}>
        <ViewsContext.Provider value={views}>
          {/* A new language remounts the page below the lab actor: every text is redrawn (the drawings
              redraw themselves), while the session (run, step, playback) lives on in the actor, and so
              does the embedding page's API (no second `ready`). */}
          <EmbedApi />
          <Lab key={lang} />
        </ViewsContext.Provider>
      </LabContext.Provider>
    </BootContext.Provider>
  );
}

/** The postMessage API, kept out of the language-keyed tree so a language switch does not restart it. */
function EmbedApi() {
  usePostMessageApi();
  return null;
}

/** The controls section's content-visibility and its height before it is first shown, by width. */
const CONTROLS_SIZE =
  '[content-visibility:auto] [contain-intrinsic-size:auto_53rem] sm:[contain-intrinsic-size:auto_34rem] md:[contain-intrinsic-size:auto_25rem] lg:[contain-intrinsic-size:auto_23rem]';

function Lab() {
  const { embed, visible, columns } = useLayout();
  const views = useViews();
  const { selected, selectedState } = useViewState();
  return (
    <>
      <a
        href="#lab-main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-2 focus:py-1 dark:focus:bg-slate-900"
      >
        {t('app.skip')}
      </a>
      {embed ? <EmbedBar /> : <Header />}
      <main id="lab-main" className={mainClass(embed)}>
        <BootProblems />
        <QuizPanel />
        <div className={viewsGridClass(columns)}>
          <section hidden={!visible('graph')} aria-labelledby="graph-title" className={GRAPH_SECTION_CLASS}>
            <h2 id="graph-title" className={PANEL_TITLE_CLASS}>
              {t('panel.graph')}
            </h2>
            <StateGraphPanel />
          </section>
          <section hidden={!visible('chart')} aria-labelledby="chart-title" className={CHART_SECTION_CLASS}>
            <h2 id="chart-title" className={PANEL_TITLE_CLASS}>
              {t('panel.chart')}
            </h2>
            <SequenceChartPanel />
          </section>
        </div>
        {visible('narration') && <ScenarioGoal />}
        {visible('narration') && (
          <NarrationPanel selectedState={selectedState} onClearState={() => views.selectState(undefined)} />
        )}
        {/* Skipped by the browser's rendering while scrolled out of view (playback then repaints only
            the drawings); the intrinsic sizes are its usual heights, remembered once it has been shown. */}
        <section
          hidden={!visible('controls')}
          aria-label={t('panel.controls')}
          className={`flex flex-col gap-3 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3 ${CONTROLS_SIZE}`}
        >
          <PlaybackBar />
          <div className="grid min-w-0 gap-3 md:grid-cols-2">
            <EndpointControls side="client" />
            <EndpointControls side="server" />
          </div>
          <LinkControls />
        </section>
        {visible('details') && <DetailsTabs selected={selected} />}
      </main>
      <LiveRegion />
    </>
  );
}
