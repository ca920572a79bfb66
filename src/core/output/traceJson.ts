import { stateOf } from '../endpoint/stepEndpoint';
import type { Tcb } from '../endpoint/tcb';
import { formatIp, PCAP_ENDPOINTS } from '../pcap/endpoints';
import type { Segment, Side } from '../segment';
import { formatFlags } from '../segment';
import type { RunFailure } from '../script/runScript';
import type { TraceEvent } from '../world/trace';
import type { WorldState } from '../world/worldState';

/** Version of the JSON trace format (docs/trace.md). Bumped on any incompatible change. */
export const TRACE_FORMAT_VERSION = 1;

/** A segment as the JSON trace writes it. */
export type SegmentJson = {
  id: number;
  dir: 'c>s' | 's>c';
  from: Side;
  to: Side;
  flags: string;
  seq: number;
  ack: number;
  len: number;
  win: number;
  sentAt: number;
  cause: string;
  retransmit: boolean;
  injected: boolean;
  duplicateOf?: number;
};

function segJson(s: Segment): SegmentJson {
  return {
    id: s.id,
    dir: s.dir,
    from: s.dir === 'c>s' ? 'client' : 'server',
    to: s.dir === 'c>s' ? 'server' : 'client',
    flags: formatFlags(s.flags),
    seq: s.seq,
    ack: s.ack,
    len: s.len,
    win: s.win,
    sentAt: s.sentAt,
    cause: s.cause,
    retransmit: s.retransmit,
    injected: s.injected,
    ...(s.duplicateOf === undefined ? {} : { duplicateOf: s.duplicateOf }),
  };
}

function eventJson(e: TraceEvent): Record<string, unknown> {
  switch (e.kind) {
    case 'send':
    case 'arrive':
    case 'drop':
    case 'delay':
      return { ...e, seg: segJson(e.seg) };
    case 'duplicate':
      return { ...e, seg: segJson(e.seg), copy: segJson(e.copy) };
    default:
      return { ...e };
  }
}

function tcbJson(t: Tcb) {
  return {
    iss: t.iss,
    irs: t.irs,
    sndUna: t.sndUna,
    sndNxt: t.sndNxt,
    sndWnd: t.sndWnd,
    rcvNxt: t.rcvNxt,
    rcvWnd: t.rcvWnd,
    rto: t.rto,
    timers: t.timers,
  };
}

/** Pure. The JSON document of a run (docs/trace.md). */
export function traceJson(run: {
  seed: number;
  profile: string;
  ok: boolean;
  failures: readonly RunFailure[];
  trace: readonly TraceEvent[];
  final?: WorldState;
}) {
  const final = run.final;
  return {
    version: TRACE_FORMAT_VERSION,
    seed: run.seed,
    profile: run.profile,
    ok: run.ok,
    // The documented shape (docs/trace.md): a failure's code and params are for the page's translations.
    failures: run.failures.map(({ code: _code, params: _params, parts: _parts, ...f }) => f),
    endpoints: {
      client: { address: formatIp(PCAP_ENDPOINTS.client), port: PCAP_ENDPOINTS.client.port },
      server: { address: formatIp(PCAP_ENDPOINTS.server), port: PCAP_ENDPOINTS.server.port },
    },
    events: run.trace.map(eventJson),
    final: final
      ? {
          t: final.now,
          steps: final.step,
          client: {
            state: stateOf(final.endpoints.client),
            received: final.endpoints.client.context.received,
            tcb: tcbJson(final.endpoints.client.context.tcb),
          },
          server: {
            state: stateOf(final.endpoints.server),
            received: final.endpoints.server.context.received,
            tcb: tcbJson(final.endpoints.server.context.tcb),
          },
        }
      : null,
  };
}
