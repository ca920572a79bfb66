import { useState } from 'react';
import { EndpointControls } from './controls/EndpointControls';
import { LinkControls } from './controls/LinkControls';
import { PlaybackBar } from './controls/PlaybackBar';
import { DetailsTabs } from './details/DetailsTabs';
import { BootProblems } from './boot/BootProblems';
import { readBootConfig } from './boot/bootConfig';
import { BootContext, useBoot } from './boot/bootContext';
import { labInputOf } from './boot/labInputOf';
import { useAutoplay } from './boot/useAutoplay';
import { EmbedBar } from './embed/EmbedBar';
import { useLayout } from './embed/useLayout';
import { usePostMessageApi } from './embed/usePostMessageApi';
import { Header } from './Header';
import { QuizPanel } from './quiz/QuizPanel';
import { useLang } from './i18n/langStore';
import { t } from './i18n/messages';
import { LabContext } from './lab/labContext';
import { useKeyboard } from './lab/useKeyboard';
import { LabRoot } from './lab/LabRoot';
import { useTicker } from './lab/useTicker';
import { LiveRegion } from './LiveRegion';
import { NarrationPanel } from './panels/NarrationPanel';
import { SequenceChartPanel } from './panels/SequenceChartPanel';
import { StateGraphPanel } from './panels/StateGraphPanel';
import { ScenarioGoal } from './scenarios/ScenarioGoal';

/** The lab page: header, the two views side by side, narration, controls and the details. */
export function App() {
  const [boot] = useState(() => readBootConfig(window.location.search, window.location.hash));
  const lang = useLang();
  return (
    <BootContext.Provider value={boot}>
      <LabContext.Provider options={{ input: labInputOf(boot.config) }}>
        {/* A new language remounts the page below the lab actor: every text and renderer is redrawn,
            while the session (run, step, playback) lives on in the actor, and so does the embedding page's
            API (no second `ready`). */}
        <EmbedApi />
        <Lab key={lang} />
      </LabContext.Provider>
    </BootContext.Provider>
  );
}

/** The postMessage API, kept out of the language-keyed tree so a language switch does not restart it. */
function EmbedApi() {
  usePostMessageApi();
  return null;
}

function Lab() {
  useTicker();
  useKeyboard();
  const { embed, visible, columns } = useLayout();
  const [ready, setReady] = useState(false);
  useAutoplay(ready);
  const { config } = useBoot();
  const [selected, setSelected] = useState<number | undefined>(config.segment);
  const [selectedState, setSelectedState] = useState<string | undefined>(undefined);
  return (
    // Lab itself re-renders only when its own state changes, not on every frame (LabRoot does).
    <LabRoot
      ready={ready}
      className={`${embed ? '' : 'min-h-screen'} bg-[var(--tsl-bg)] text-[var(--tsl-fg)]`}
    >
      <a
        href="#lab-main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-2 focus:py-1 dark:focus:bg-slate-900"
      >
        {t('app.skip')}
      </a>
      {embed ? <EmbedBar /> : <Header />}
      <main
        id="lab-main"
        className={`mx-auto flex max-w-[100rem] flex-col ${embed ? 'gap-3 p-2' : 'gap-4 px-3 pb-10 pt-4 sm:px-5'}`}
      >
        <BootProblems />
        <QuizPanel />
        <div className={`grid min-w-0 gap-4 ${columns}`}>
          <section
            hidden={!visible('graph')}
            aria-labelledby="graph-title"
            className="min-w-0 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3"
          >
            <h2 id="graph-title" className="mb-2 text-sm font-semibold text-[var(--tsl-muted)]">
              {t('panel.graph')}
            </h2>
            <StateGraphPanel onReady={() => setReady(true)} onStateSelect={setSelectedState} />
          </section>
          <section
            hidden={!visible('chart')}
            aria-labelledby="chart-title"
            className="flex min-w-0 flex-col rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3"
          >
            <h2 id="chart-title" className="mb-2 text-sm font-semibold text-[var(--tsl-muted)]">
              {t('panel.chart')}
            </h2>
            <SequenceChartPanel selected={selected} onSelect={setSelected} />
          </section>
        </div>
        {visible('narration') && <ScenarioGoal />}
        {visible('narration') && (
          <NarrationPanel selectedState={selectedState} onClearState={() => setSelectedState(undefined)} />
        )}
        <section
          hidden={!visible('controls')}
          aria-label={t('panel.controls')}
          className="flex flex-col gap-3 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3"
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
    </LabRoot>
  );
}
