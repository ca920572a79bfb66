// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../core/scenarios/scenarios';
import { runScript } from '../../core/script/runScript';
import type { TraceEvent } from '../../core/world/trace';
import { chartSegments } from './chartSegments';
import { compressedAxis } from './compressedAxis';
import { buildChartModel } from './sequenceChartModel';
import { stateBands } from './stateBands';
import { timerSpans } from './timerSpans';

function traceOf(script: string): { trace: readonly TraceEvent[]; end: number } {
  const r = runScript(script);
  if (!r.ok || !r.sim) throw new Error(`script failed: ${JSON.stringify(r.failures)}`);
  return { trace: r.sim.trace, end: r.sim.current.now };
}

const LOST_ACK = 'iss client=1000 server=5000; server listen; drop next c>s ACK; client connect; wait 2s';

describe('compressedAxis', () => {
  it('keeps time to scale when no gap is longer than compressIdleMs', () => {
    const a = compressedAxis([0, 50, 1500, 3000]);
    expect(a.breaks).toEqual([]);
    expect(a.toY(0)).toBe(0);
    expect(a.toY(1234)).toBe(1234);
    expect(a.length).toBe(3000);
    expect(a.pieces).toEqual([{ from: 0, to: 3000, y0: 0, y1: 3000 }]);
  });

  it('a gap of exactly compressIdleMs is not compressed', () => {
    expect(compressedAxis([0, 2000]).breaks).toEqual([]);
  });

  it('cuts a long idle span to a break of breakMs, keeping breakPadMs to scale on each side', () => {
    const a = compressedAxis([0, 100, 240_100, 240_150], { breakMs: 48, breakPadMs: 60 });
    expect(a.breaks).toEqual([{ from: 160, to: 240_040, y0: 160, y1: 208, idleMs: 240_000, future: false }]);
    expect(a.toY(100)).toBe(100);
    expect(a.toY(160)).toBe(160);
    expect(a.toY(240_040)).toBe(208);
    expect(a.toY(240_100)).toBe(268);
    expect(a.length).toBe(318);
    expect(a.end).toBe(240_150);
    // inside the break the map is still monotone
    expect(a.toY(120_100)).toBeCloseTo(184, 6);
    expect(a.pieces.map((p) => [p.from, p.to])).toEqual([
      [0, 160],
      [240_040, 240_150],
    ]);
  });

  it('fromY inverts toY everywhere, breaks and extrapolation included', () => {
    const a = compressedAxis([0, 100, 10_000, 10_050, 50_000], { compressIdleMs: 2000 });
    expect(a.breaks).toHaveLength(2);
    for (const t of [-50, 0, 77, 160, 5000, 9_990, 10_020, 30_000, 50_000, 60_000]) {
      expect(a.fromY(a.toY(t))).toBeCloseTo(t, 6);
    }
    let prev = -Infinity;
    for (let t = -100; t < 51_000; t += 97) {
      const y = a.toY(t);
      expect(y).toBeGreaterThan(prev);
      prev = y;
    }
  });

  it('extrapolates with slope 1 beyond both ends', () => {
    const a = compressedAxis([100, 200]);
    expect(a.toY(50)).toBe(-50);
    expect(a.toY(300)).toBe(200);
  });

  it('marks breaks that start at or after now as future', () => {
    const a = compressedAxis([0, 1000, 241_000], { now: 1000 });
    expect(a.breaks.map((b) => b.future)).toEqual([true]);
  });

  it('honours compressIdleMs', () => {
    expect(compressedAxis([0, 1500], { compressIdleMs: 1000 }).breaks).toHaveLength(1);
  });
});

describe('chartSegments', () => {
  const { trace, end } = traceOf(LOST_ACK);

  it('the dropped ACK is the only dropped segment; the retransmitted SYN+ACK is marked', () => {
    const segs = chartSegments(trace, end, { relative: true });
    expect(segs.map((s) => [s.id, s.flags, s.fate, s.retransmit])).toEqual([
      [1, 'SYN', 'delivered', false],
      [2, 'SYN+ACK', 'delivered', false],
      [3, 'ACK', 'dropped', false],
      [4, 'SYN+ACK', 'delivered', true],
      [5, 'ACK', 'delivered', false],
    ]);
    const lost = segs[2];
    expect(lost?.lossReason).toBe('scripted drop');
    expect(lost?.endAt).toBe(125);
    // the link loses a segment half-way across
    expect(lost?.reach).toBe(0.5);
    expect(lost?.tripMs).toBe(50);
  });

  it('labels with relative numbers by default, absolute on request', () => {
    const rel = chartSegments(trace, end, { relative: true }).map((s) => s.label);
    expect(rel.slice(0, 3)).toEqual(['SYN seq=0', 'SYN+ACK seq=0 ack=1', 'ACK seq=1 ack=1']);
    const abs = chartSegments(trace, end, { relative: false }).map((s) => s.label);
    expect(abs.slice(0, 3)).toEqual(['SYN seq=1000', 'SYN+ACK seq=5000 ack=1001', 'ACK seq=1001 ack=5001']);
  });

  it('a segment on the wire at now is in flight, drawn up to now', () => {
    const segs = chartSegments(trace, 75, { relative: true });
    expect(segs.map((s) => s.fate)).toEqual(['delivered', 'in-flight']);
    const syn = segs[1];
    expect(syn?.endAt).toBeUndefined();
    expect(syn?.tripMs).toBe(50);
    expect(syn?.reach).toBeCloseTo(0.5, 6);
  });

  it('takes trips from inFlightPositions when given', () => {
    const seg = trace.find((e) => e.kind === 'send' && e.seg.id === 2);
    if (seg?.kind !== 'send') throw new Error('no #2');
    const segs = chartSegments(trace, 75, {
      relative: true,
      inFlight: [{ seg: seg.seg, progress: 0.25, fate: 'deliver', endsAt: 150 }],
    });
    expect(segs[1]?.tripMs).toBe(100);
    expect(segs[1]?.reach).toBeCloseTo(0.25, 6);
  });

  it('a segment dropped by id from the UI stops where it was when dropped', () => {
    const t = traceOf(
      'iss client=1000 server=5000; server listen; client connect; wait 40ms; drop #1; wait 2s',
    );
    const syn = chartSegments(t.trace, t.end, { relative: true }).find((s) => s.id === 1);
    expect(syn?.fate).toBe('dropped');
    expect(syn?.lossReason).toBe('dropped by id');
    expect(syn?.endAt).toBe(40);
    // the usual trip is 50 ms (the retransmitted SYN shows it), so it was 80 % of the way across
    expect(syn?.reach).toBeCloseTo(0.8, 6);
  });

  it('counts link duplicates, delays and injected segments', () => {
    const t = traceOf(
      'iss client=1000 server=5000; server listen; dup next c>s SYN; delay next s>c SYN+ACK 200ms; client connect; wait 1s; inject c>s RST seq=2000',
    );
    const segs = chartSegments(t.trace, t.end, { relative: true });
    const dup = segs.find((s) => s.duplicateOf !== undefined);
    expect(dup?.duplicateOf).toBe(1);
    expect(dup?.fate).toBe('delivered');
    const delayed = segs.find((s) => s.delayedBy !== undefined);
    expect(delayed?.flags).toBe('SYN+ACK');
    expect(delayed?.delayedBy).toBe(200);
    expect(delayed?.tripMs).toBe(250);
    expect(segs.find((s) => s.injected)?.flags).toBe('RST');
  });
});

describe('stateBands', () => {
  it('starts in CLOSED and changes where the state changes', () => {
    const { trace } = traceOf(LOST_ACK);
    const b = stateBands(trace, 2000);
    expect(b.client.map((x) => [x.state, x.from, x.to, x.current])).toEqual([
      ['CLOSED', 0, 0, false],
      ['SYN_SENT', 0, 100, false],
      ['ESTABLISHED', 100, 2000, true],
    ]);
    expect(b.server.map((x) => [x.state, x.from, x.to])).toEqual([
      ['CLOSED', 0, 0],
      ['LISTEN', 0, 50],
      ['SYN_RCVD', 50, 1150],
      ['ESTABLISHED', 1150, 2000],
    ]);
  });

  it('ignores changes after now; an empty trace is CLOSED on both sides', () => {
    const { trace } = traceOf(LOST_ACK);
    expect(stateBands(trace, 60).server.at(-1)).toEqual({
      state: 'SYN_RCVD',
      from: 50,
      to: 60,
      current: true,
    });
    expect(stateBands([], 10).client).toEqual([{ state: 'CLOSED', from: 0, to: 10, current: true }]);
  });
});

describe('timerSpans', () => {
  const scenario = findScenario('lost-final-ack');
  if (!scenario) throw new Error('no scenario');
  const { trace, end } = traceOf(scenario.script);

  it('ends runs as fired, cancelled or restarted; the user timeout is left out', () => {
    const t = timerSpans(trace, end);
    expect(t.client.map((x) => [x.name, x.setAt, x.due, x.endedAt, x.end])).toEqual([
      ['rexmt', 0, 1000, 100, 'cancelled'],
      ['rexmt', 150, 1150, 250, 'cancelled'],
      ['timeWait', 300, 240_300, 1300, 'restarted'],
      ['timeWait', 1300, 241_300, 241_300, 'fired'],
    ]);
    expect(t.server.map((x) => [x.name, x.setAt, x.endedAt, x.end])).toEqual([
      ['rexmt', 50, 150, 'cancelled'],
      ['rexmt', 250, 1250, 'fired'],
      ['rexmt', 1250, 1350, 'cancelled'],
    ]);
  });

  it('a timer not yet ended at now is running', () => {
    const t = timerSpans(trace, 1000);
    expect(t.server.at(-1)).toEqual({
      name: 'rexmt',
      setAt: 250,
      due: 1250,
      endedAt: undefined,
      end: 'running',
    });
    expect(timerSpans(trace, 1000, ['user']).server.at(-1)?.due).toBe(300_250);
  });
});

describe('buildChartModel', () => {
  const scenario = findScenario('lost-final-ack');
  if (!scenario) throw new Error('no scenario');
  const { trace, end } = traceOf(scenario.script);

  it('compresses the long TIME_WAIT into one break that says how long it was', () => {
    const m = buildChartModel(trace, end, { relative: true });
    expect(m.axis.breaks).toHaveLength(1);
    const b = m.axis.breaks[0];
    expect(b?.idleMs).toBe(241_300 - 1350);
    expect(b?.future).toBe(false);
    // the whole 4-minute run fits in well under 2 s of axis
    expect(m.axis.length).toBeLessThan(2000);
    expect(m.axis.toY(241_300) - m.axis.toY(1350)).toBeCloseTo(60 + 48 + 60, 6);
  });

  it('while TIME_WAIT runs, its due time lies beyond a future break', () => {
    const m = buildChartModel(trace, 1400, { relative: true });
    expect(m.axis.end).toBe(241_300);
    expect(m.axis.breaks.map((b) => b.future)).toEqual([true]);
    expect(m.timers.client.at(-1)?.end).toBe('running');
  });

  it('compressIdleMs is an option', () => {
    const m = buildChartModel(trace, end, { relative: true, compressIdleMs: 500 });
    // the RTO wait (325 → 1250) is now compressed too
    expect(m.axis.breaks.length).toBe(2);
  });

  it('is pure: the same input gives the same model', () => {
    const a = buildChartModel(trace, 1275, { relative: false });
    const b = buildChartModel(trace, 1275, { relative: false });
    expect(a.segments).toEqual(b.segments);
    expect(a.bands).toEqual(b.bands);
    expect(a.axis.breaks).toEqual(b.axis.breaks);
    expect(a.segments.filter((s) => s.fate === 'in-flight').map((s) => s.flags)).toEqual(['FIN+ACK']);
  });
});
