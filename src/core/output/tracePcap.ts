import type { PcapRecord } from '../pcap/writePcap';
import { writePcap } from '../pcap/writePcap';
import type { Side } from '../segment';
import type { TraceEvent } from '../world/trace';

/**
 * Pure. A capture as Wireshark on one endpoint's interface would record it: that endpoint's own
 * segments when it sends them (so a segment the link later loses is in the capture, as on a real
 * sender), the peer's and injected segments when they arrive (lost ones never reach it).
 */
export function captureRecords(trace: readonly TraceEvent[], at: Side = 'client'): PcapRecord[] {
  const out: PcapRecord[] = [];
  const mine = at === 'client' ? 'c>s' : 's>c';
  for (const e of trace) {
    const outgoing = e.kind === 'send' && e.seg.dir === mine && !e.seg.injected;
    const incoming = e.kind === 'arrive' && e.seg.dir !== mine;
    if (!outgoing && !incoming) continue;
    const s = e.seg;
    out.push({
      timeMs: e.t,
      dir: s.dir,
      seq: s.seq,
      ack: s.ack,
      flags: s.flags,
      win: s.win,
      len: s.len,
      id: s.id,
    });
  }
  return out;
}

/** Pure. The pcap file bytes for a trace, captured at one endpoint (docs/trace.md). */
export function tracePcap(trace: readonly TraceEvent[], at: Side = 'client'): Uint8Array {
  return writePcap(captureRecords(trace, at));
}
