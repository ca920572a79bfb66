import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/scenarios';
import { runScript } from '../script/runScript';
import { captureRecords } from './tracePcap';

const trace = runScript(findScenario('lost-final-ack')?.script ?? '').sim?.trace ?? [];

describe('pcap capture point', () => {
  it('at the client: its own segments when sent (the lost ACK included), the server’s when they arrive', () => {
    const recs = captureRecords(trace, 'client');
    const lost = trace.find((e) => e.kind === 'drop');
    expect(lost?.kind === 'drop' && recs.some((r) => r.id === lost.seg.id)).toBe(true);
    for (const r of recs) {
      const send = trace.find((e) => e.kind === 'send' && e.seg.id === r.id);
      const arrive = trace.find((e) => e.kind === 'arrive' && e.seg.id === r.id);
      expect(r.timeMs).toBe(r.dir === 'c>s' ? send?.t : arrive?.t);
    }
  });

  it('at the server: the segment the link lost on its way to the server is not in the capture', () => {
    const lost = trace.find((e) => e.kind === 'drop');
    expect(captureRecords(trace, 'server').some((r) => lost?.kind === 'drop' && r.id === lost.seg.id)).toBe(
      false,
    );
  });

  it('records are in time order', () => {
    const times = captureRecords(trace, 'client').map((r) => r.timeMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
