import { useState } from 'react';
import { EndpointControls } from './controls/EndpointControls';
import { LinkControls } from './controls/LinkControls';
import { PlaybackBar } from './controls/PlaybackBar';
import { DetailsTabs } from './details/DetailsTabs';
import { BootProblems } from './boot/BootProblems';
import { readBootConfig } from './boot/bootConfig';
import { BootContext } from './boot/bootContext';
import { labInputOf } from './boot/labInputOf';
import { usePostMessageApi } from './embed/usePostMessageApi';
import { Header } from './Header';
import { QuizPanel } from './quiz/QuizPanel';
import { t } from './i18n/messages';
import { LabContext } from './lab/labContext';
import { useKeyboard } from './lab/useKeyboard';
import { LabRoot } from './lab/LabRoot';
import { useTicker } from './lab/useTicker';
import { LiveRegion } from './LiveRegion';
import { NarrationPanel } from './panels/NarrationPanel';
import { SequenceChartPanel } from './panels/SequenceChartPanel';
import { StateGraphPanel } from './panels/StateGraphPanel';

/** The lab page: header, the two views side by side, narration, controls and the details. */
export function App() {
  const [boot] = useState(() => readBootConfig(window.location.search));
  return (
    <BootContext.Provider value={boot}>
      <LabContext.Provider options={{ input: labInputOf(boot.config) }}>
        <Lab />
      </LabContext.Provider>
    </BootContext.Provider>
  );
}

function Lab() {
  useTicker();
  useKeyboard();
  usePostMessageApi();
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [selectedState, setSelectedState] = useState<string | undefined>(undefined);
  return (
    // Lab itself re-renders only when its own state changes, not on every frame (LabRoot does).
    <LabRoot ready={ready} className="min-h-screen bg-[var(--tsl-bg)] text-[var(--tsl-fg)]">
      <a
        href="#lab-main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-2 focus:py-1 dark:focus:bg-slate-900"
      >
        {t('app.skip')}
      </a>
      <Header />
      <main id="lab-main" className="mx-auto flex max-w-[100rem] flex-col gap-4 px-3 pb-10 pt-4 sm:px-5">
        <BootProblems />
        <QuizPanel />
        <div className="grid min-w-0 gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          <section
            aria-labelledby="graph-title"
            className="min-w-0 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3"
          >
            <h2 id="graph-title" className="mb-2 text-sm font-semibold text-[var(--tsl-muted)]">
              {t('panel.graph')}
            </h2>
            <StateGraphPanel onReady={() => setReady(true)} onStateSelect={setSelectedState} />
          </section>
          <section
            aria-labelledby="chart-title"
            className="min-w-0 rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-panel)] p-3"
          >
            <h2 id="chart-title" className="mb-2 text-sm font-semibold text-[var(--tsl-muted)]">
              {t('panel.chart')}
            </h2>
            <SequenceChartPanel selected={selected} onSelect={setSelected} />
          </section>
        </div>
        <NarrationPanel selectedState={selectedState} onClearState={() => setSelectedState(undefined)} />
        <section
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
        <DetailsTabs selected={selected} />
      </main>
      <LiveRegion />
    </LabRoot>
  );
}
