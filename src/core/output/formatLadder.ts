import type { Segment } from '../segment';
import { formatFlags } from '../segment';
import type { TraceEvent } from '../world/trace';
import { relativeNumbering } from './relativeSeq';

/** Options of the text ladder. */
export type LadderOptions = {
  /** Print absolute sequence numbers instead of numbers relative to each ISS. @default false */
  readonly absolute?: boolean;
  /** Also print timers being set and cancelled, and the rule taken for each segment. @default false */
  readonly verbose?: boolean;
};

/** How a user call reads in the ladder (RFC 9293 §3.10 names). */
const CALL_NAMES: Readonly<Record<string, string>> = {
  PASSIVE_OPEN: 'passive OPEN',
  ACTIVE_OPEN: 'active OPEN',
  SEND: 'SEND',
  CLOSE: 'CLOSE',
  ABORT: 'ABORT',
};

const LEFT = 22;
const MID = 46;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function time(t: number): string {
  return (Number.isInteger(t) ? `${t}` : t.toFixed(1)).padStart(9);
}

function describeSeg(seg: Segment, rel: { seq: number; ack: number }): string {
  const parts = [`#${seg.id}`, formatFlags(seg.flags), `seq=${rel.seq}`];
  if (seg.flags.ACK) parts.push(`ack=${rel.ack}`);
  if (seg.len > 0) parts.push(`len=${seg.len}`);
  parts.push(`win=${seg.win}`);
  if (seg.retransmit) parts.push('(retransmission)');
  if (seg.injected) parts.push('(injected)');
  if (seg.duplicateOf !== undefined) parts.push(`(duplicate of #${seg.duplicateOf})`);
  return parts.join(' ');
}

function arrow(label: string, dir: 'c>s' | 's>c', end: '▶' | '◀' | '✕' = dir === 'c>s' ? '▶' : '◀'): string {
  const body = ` ${label} `;
  const dashes = Math.max(2, MID - body.length - 2);
  const l = Math.floor(dashes / 2);
  const r = dashes - l;
  return dir === 'c>s'
    ? `${'─'.repeat(l)}${body}${'─'.repeat(r)}${end}`
    : `${end}${'─'.repeat(l)}${body}${'─'.repeat(r)}`;
}

/**
 * Pure. A readable ladder of a trace for the terminal: one line per segment sent, arrival, loss,
 * state change, user call and signal, the client on the left and the server on the right.
 */
export function formatLadder(trace: readonly TraceEvent[], opts: LadderOptions = {}): string {
  const numbering = relativeNumbering(trace);
  const lines: string[] = [];
  lines.push(`${'t (ms)'.padStart(9)}  ${pad('client', LEFT)}${pad('', MID)}  server`);
  const side = (s: 'client' | 'server', text: string): string =>
    s === 'client' ? `${pad(text, LEFT)}` : `${pad('', LEFT)}${pad('', MID)}  ${text}`;
  trace.forEach((e, i) => {
    const rel = (seg: Segment) =>
      opts.absolute ? { seq: seg.seq, ack: seg.ack } : numbering(i).relative(seg.dir, seg.seq, seg.ack);
    switch (e.kind) {
      case 'command':
        lines.push(`${time(e.t)}  # ${e.source}`);
        return;
      case 'state':
        lines.push(
          `${time(e.t)}  ${side(e.side, `${e.from} → ${e.to}`)}  [${e.key}, RFC 9293 ${e.rfc}]`
            .replace('RFC 9293 RFC', 'RFC')
            .replace('RFC 9293 Linux', 'Linux'),
        );
        return;
      case 'send':
        lines.push(`${time(e.t)}  ${pad('', LEFT)}${arrow(describeSeg(e.seg, rel(e.seg)), e.seg.dir)}`);
        return;
      case 'drop':
        lines.push(
          `${time(e.t)}  ${pad('', LEFT)}${arrow(`#${e.seg.id} ${formatFlags(e.seg.flags)} lost: ${e.reason}`, e.seg.dir, '✕')}`,
        );
        return;
      case 'duplicate':
        lines.push(`${time(e.t)}  ${pad('', LEFT)}  link duplicates #${e.seg.id} as #${e.copy.id}`);
        return;
      case 'delay':
        lines.push(`${time(e.t)}  ${pad('', LEFT)}  link delays #${e.seg.id} by ${e.by} ms`);
        return;
      case 'arrive':
        if (opts.verbose)
          lines.push(
            `${time(e.t)}  ${side(e.seg.dir === 'c>s' ? 'server' : 'client', `receives #${e.seg.id}`)}`,
          );
        return;
      case 'call': {
        const name = `${CALL_NAMES[e.call] ?? e.call}${e.bytes !== undefined ? ` ${e.bytes}` : ''}`;
        lines.push(`${time(e.t)}  ${side(e.side, `${name} → ${e.error ? `error: ${e.error}` : 'ok'}`)}`);
        return;
      }
      case 'signal':
        lines.push(`${time(e.t)}  ${side(e.side, `app told: ${e.signal}`)}`);
        return;
      case 'deliver':
        if (opts.verbose)
          lines.push(`${time(e.t)}  ${side(e.side, `${e.bytes} bytes join the receive queue`)}`);
        return;
      case 'timer':
        if (e.action === 'fire') lines.push(`${time(e.t)}  ${side(e.side, `${e.timer} timer fires`)}`);
        else if (opts.verbose)
          lines.push(
            `${time(e.t)}  ${side(e.side, `${e.timer} timer ${e.action}${e.due !== undefined ? ` (due ${e.due} ms)` : ''}`)}`,
          );
        return;
      case 'rule':
        if (opts.verbose) lines.push(`${time(e.t)}  ${side(e.side, `rule ${e.key} (${e.rfc})`)}`);
        return;
      case 'note':
        lines.push(`${time(e.t)}  note: ${e.detail}`);
        return;
      case 'link':
        lines.push(`${time(e.t)}  ${pad('', LEFT)}  link ${e.dir}: ${e.detail}`);
        return;
    }
  });
  return lines.map((l) => l.trimEnd()).join('\n');
}
