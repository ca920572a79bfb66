import { formatLadder } from '../core/output/formatLadder';
import { traceJson } from '../core/output/traceJson';
import { tracePcap } from '../core/output/tracePcap';
import { findScenario, SCENARIOS } from '../core/scenarios/scenarios';
import { formatScriptError } from '../core/script/parseScript';
import type { RunFailure } from '../core/script/runScript';
import { runScript } from '../core/script/runScript';
import type { CliRequest } from './parseCliArgs';
import { parseCliArgs, USAGE } from './parseCliArgs';

/** Something the CLI writes. */
export type CliWrite = {
  readonly to: 'stdout' | 'stderr' | { readonly file: string };
  readonly data: string | Uint8Array;
};

/** What the CLI needs from the machine, injected so the CLI can be tested without a process. */
export type CliIo = {
  readFile(path: string): string;
  readonly stdoutIsTty: boolean;
};

/** The CLI's whole effect: what to write and the exit status. */
export type CliResult = { readonly writes: readonly CliWrite[]; readonly code: number };

function describeFailure(f: RunFailure, origin: string): string {
  const where =
    f.line !== undefined
      ? formatScriptError({ line: f.line, col: f.col ?? 1, message: f.message })
      : f.message;
  const src = f.source ? `\n    ${f.source}` : '';
  const label =
    f.kind === 'expect'
      ? 'expect failed'
      : f.kind === 'parse'
        ? 'script error'
        : f.kind === 'wait'
          ? 'wait failed'
          : 'error';
  return `${origin}: ${label}: ${where}${src}\n`;
}

/** Runs the CLI for `argv`. Never throws. */
export function runCli(argv: readonly string[], io: CliIo): CliResult {
  const req = parseCliArgs(argv);
  if (req.kind === 'error') return { writes: [{ to: 'stderr', data: `sim: ${req.message}\n` }], code: 2 };
  if (req.kind === 'help') return { writes: [{ to: 'stdout', data: `${USAGE}\n` }], code: 0 };
  if (req.kind === 'list') {
    const lines = SCENARIOS.map((s) => `${s.name.padEnd(22)} ${s.group.padEnd(8)} ${s.title}`);
    return { writes: [{ to: 'stdout', data: `${lines.join('\n')}\n` }], code: 0 };
  }
  return run(req, io);
}

function run(req: Extract<CliRequest, { kind: 'run' }>, io: CliIo): CliResult {
  let text: string;
  let origin: string;
  if ('scenario' in req.source) {
    const s = findScenario(req.source.scenario);
    if (!s) {
      const names = SCENARIOS.map((x) => x.name).join(', ');
      return {
        writes: [{ to: 'stderr', data: `sim: no scenario "${req.source.scenario}"; there are: ${names}\n` }],
        code: 2,
      };
    }
    text = s.script;
    origin = `scenario ${s.name}`;
  } else if ('file' in req.source) {
    try {
      text = io.readFile(req.source.file);
    } catch (e) {
      const reason = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : 'unreadable';
      return {
        writes: [{ to: 'stderr', data: `sim: cannot read script file "${req.source.file}" (${reason})\n` }],
        code: 2,
      };
    }
    origin = req.source.file;
  } else {
    text = req.source.inline;
    origin = '-e';
  }
  const result = runScript(text, {
    overrides: {
      ...(req.seed === undefined ? {} : { seed: req.seed }),
      ...(req.profile === undefined ? {} : { profile: req.profile }),
    },
  });
  const failures = result.failures;
  const writes: CliWrite[] = [];
  const target: CliWrite['to'] = req.out ? { file: req.out } : 'stdout';
  const trace = result.sim?.trace ?? [];
  if (result.sim || result.ok) {
    if (req.format === 'text') {
      const header = `TCP State Lab · ${origin} · profile ${result.profile} · seed ${result.seed}\n`;
      writes.push({
        to: target,
        data: `${header}${formatLadder(trace, { absolute: req.absolute, verbose: req.verbose })}\n`,
      });
    } else if (req.format === 'json') {
      const doc = traceJson({
        seed: result.seed,
        profile: result.profile,
        ok: result.ok,
        failures,
        trace,
        ...(result.sim ? { final: result.sim.current } : {}),
      });
      writes.push({ to: target, data: `${JSON.stringify(doc, null, 2)}\n` });
    } else if (target === 'stdout' && io.stdoutIsTty) {
      return {
        writes: [{ to: 'stderr', data: 'sim: pcap output is binary; give -o FILE or pipe it\n' }],
        code: 2,
      };
    } else {
      writes.push({ to: target, data: tracePcap(trace, req.capture) });
    }
  }
  for (const f of failures) writes.push({ to: 'stderr', data: describeFailure(f, origin) });
  return { writes, code: failures.length > 0 ? 1 : 0 };
}
