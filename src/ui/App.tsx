import { EngineCheck } from './EngineCheck';

/** The application shell. For now a placeholder until the interactive views land. */
export function App() {
  return (
    <div
      data-testid="app-root"
      className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100"
    >
      <header className="border-b border-slate-200 dark:border-slate-800">
        <h1 className="mx-auto max-w-4xl px-4 py-4 text-2xl font-semibold tracking-tight sm:px-6">
          TCP State Lab
        </h1>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <p className="leading-relaxed text-slate-700 dark:text-slate-300">
          The simulator core is ready: two RFC 9293 TCP endpoints on a simulated lossy link, driven by virtual
          time. The interactive views — the state graph and the sequence chart — are coming soon.
        </p>
        <EngineCheck />
      </main>
    </div>
  );
}
