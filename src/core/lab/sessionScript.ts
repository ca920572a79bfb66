/**
 * Writes a lab session as a script: the script it started from, then one `at step N t=T ACTION` line
 * for each of the learner's actions still in the run (docs/script.md, "Replaying lab actions"). Run
 * with the session's seed and profile, the script gives the same trace, step for step.
 */
import type { EndpointInput } from '../endpoint/endpointEvents';
import type { Flag, Flags } from '../segment';
import { FLAG_ORDER } from '../segment';
import type { WorldInput } from '../world/simulation';
import type { LabSession } from './labSession';

const VERBS: Readonly<Record<EndpointInput['type'], string | undefined>> = {
  PASSIVE_OPEN: 'listen',
  ACTIVE_OPEN: 'connect',
  SEND: 'send',
  READ: 'read',
  SHUTDOWN: 'shutdown',
  CLOSE: 'close',
  ABORT: 'abort',
} as Readonly<Record<EndpointInput['type'], string | undefined>>;

/**
 * A number as plain decimal digits (never `1e-7`), exactly: parsing the text gives the same double.
 * Shifting the point of the shortest round-trip form changes the notation, not the value.
 */
export function plainDecimal(x: number): string {
  const text = String(x);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = `${m[1] ?? ''}${m[2] ?? ''}`;
  const exp = Number(m[3]);
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  return digits.padEnd(exp + 1, '0');
}

function flagText(f: readonly Flag[] | Flags | undefined): string {
  if (f === undefined) return '';
  const names = Array.isArray(f) ? f : FLAG_ORDER.filter((n) => (f as Flags)[n]);
  return names.length === 0 ? '-' : names.join('+');
}

/** The script command that applies `input` as the lab did, or undefined for inputs no action makes. */
function commandOf(input: WorldInput): string | undefined {
  switch (input.kind) {
    case 'call': {
      const verb = VERBS[input.event.type];
      if (verb === undefined) return undefined;
      const bytes = 'bytes' in input.event && input.event.bytes !== undefined ? ` ${input.event.bytes}` : '';
      return `${input.side} ${verb}${bytes}`;
    }
    case 'dropInFlight':
      return `drop #${input.id}`;
    case 'link': {
      const l = input.settings;
      const d = plainDecimal;
      return `link ${input.dir} latency=${d(l.latency)}ms jitter=${d(l.jitter)}ms loss=${d(l.loss)} dup=${d(l.dup)} reorder=${d(l.reorder)}`;
    }
    case 'inject': {
      const h = input.header;
      return `inject ${input.dir} ${flagText(h.flags)} seq=${h.seq} ack=${h.ack} len=${h.len} win=${h.win}`;
    }
    case 'mute':
      return `${input.muted ? 'mute' : 'unmute'} ${input.side}`;
    case 'rule': {
      const r = input.rule;
      const flags = 'flags' in r && r.flags ? ` ${flagText(r.flags)}` : '';
      if (r.kind === 'dropNext') return `drop next ${r.dir}${flags} x${r.remaining}`;
      if (r.kind === 'dropId') return `drop #${r.id}`;
      if (r.kind === 'delayNext') return `delay next ${r.dir}${flags} ${plainDecimal(r.by)}ms`;
      return `dup next ${r.dir}${flags}`;
    }
    default:
      return undefined;
  }
}

/** Pure. The session as a script that reproduces it (see the file comment). */
export function sessionScript(s: LabSession): string {
  if (s.actions.length === 0) return s.script;
  const lines = s.actions.flatMap((a) =>
    a.inputs.flatMap((input) => {
      const command = commandOf(input);
      return command === undefined ? [] : [`at step ${a.step} t=${plainDecimal(a.time)}ms ${command}`];
    }),
  );
  // A script that did not parse ran nothing: keep its text for the reader, as comments.
  const broken = s.failures.some((f) => f.kind === 'parse');
  const base = broken ? s.script.replace(/^/gm, '# ') : s.script;
  const sep = base === '' || base.endsWith('\n') ? '' : '\n';
  return `${base}${sep}# actions taken in the lab\n${lines.join('\n')}\n`;
}
