import { useId, useMemo, useState } from 'react';
import { formatLadder } from '../core/output/formatLadder';
import { traceDigest } from '../core/output/traceDigest';
import { SCENARIOS } from '../core/scenarios/scenarios';
import { runScript } from '../core/script/runScript';

/**
 * Runs a named scenario with the simulation core, in the browser, and shows its outcome and its text
 * ladder: a working window onto the engine until the interactive views arrive.
 */
export function EngineCheck() {
  const [name, setName] = useState(SCENARIOS[0]?.name ?? '');
  const selectId = useId();
  const scenario = SCENARIOS.find((s) => s.name === name) ?? SCENARIOS[0];
  const run = useMemo(() => {
    const r = runScript(scenario?.script ?? '');
    const trace = r.sim?.trace ?? [];
    const w = r.sim?.current;
    return {
      ok: r.ok,
      failures: r.failures,
      steps: r.sim?.steps ?? 0,
      events: trace.length,
      digest: traceDigest(trace),
      ladder: formatLadder(trace),
      client: w?.endpoints.client.value ?? 'CLOSED',
      server: w?.endpoints.server.value ?? 'CLOSED',
    };
  }, [scenario]);

  return (
    <section aria-labelledby={`${selectId}-title`} className="mt-8" data-testid="engine-check">
      <h2 id={`${selectId}-title`} className="text-lg font-semibold tracking-tight">
        Run a scenario with the engine
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label htmlFor={selectId} className="text-sm text-slate-700 dark:text-slate-300">
          Scenario
        </label>
        <select
          id={selectId}
          data-testid="scenario-select"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          {SCENARIOS.map((s) => (
            <option key={s.name} value={s.name}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      {scenario && (
        <p className="mt-3 text-sm leading-relaxed text-slate-700 dark:text-slate-300">{scenario.goal}</p>
      )}
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
        <dt className="text-slate-500 dark:text-slate-400">Client ends in</dt>
        <dd className="font-mono" data-testid="final-client">
          {run.client}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Server ends in</dt>
        <dd className="font-mono" data-testid="final-server">
          {run.server}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Steps</dt>
        <dd className="font-mono">{run.steps}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Trace digest</dt>
        <dd className="font-mono" data-testid="engine-digest">
          {run.digest}
        </dd>
      </dl>
      <p className="mt-2 text-sm" data-testid="expect-result">
        {run.ok ? (
          <span className="text-emerald-700 dark:text-emerald-400">Every expect in the script held.</span>
        ) : (
          <span className="text-red-700 dark:text-red-400">
            {run.failures.map((f) => `line ${f.line ?? '?'}: ${f.message}`).join('; ')}
          </span>
        )}
      </p>
      <pre
        data-testid="ladder"
        tabIndex={0}
        aria-label="Text ladder of the run"
        className="mt-4 max-h-[28rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-[11px] leading-snug text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200"
      >
        {run.ladder}
      </pre>
    </section>
  );
}
