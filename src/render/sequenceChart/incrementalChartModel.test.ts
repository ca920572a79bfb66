// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import type { Segment } from '../../core/segment';
import { FLAGS } from '../../core/segment';
import { seq } from '../../core/seq';
import { ms } from '../../core/time';
import type { TraceEvent } from '../../core/world/trace';
import { runScript } from '../../core/script/runScript';
import { inFlightPositions } from '../../core/world/inFlightPositions';
import type { Simulation } from '../../core/world/simulation';
import { withWorld } from '../../core/world/worldState';
import { incrementalChartModel } from './incrementalChartModel';
import type { ChartModel, ChartModelOptions } from './sequenceChartModel';
import { buildChartModel } from './sequenceChartModel';

function simOf(script: string): Simulation {
  const r = runScript(script);
  if (!r.sim) throw new Error(`script failed: ${JSON.stringify(r.failures)}`);
  return r.sim;
}

/** The two models draw the same: equal fields, and the same axis at every stop and between. */
function expectSameModel(a: ChartModel, b: ChartModel): void {
  expect(a.now).toBe(b.now);
  expect(a.segments).toEqual(b.segments);
  expect(a.bands).toEqual(b.bands);
  expect(a.timers).toEqual(b.timers);
  const { toY: _a, fromY: _af, ...axisA } = a.axis;
  const { toY: _b, fromY: _bf, ...axisB } = b.axis;
  expect(axisA).toEqual(axisB);
  for (const t of [a.axis.start - 10, a.axis.start, (a.axis.start + a.axis.end) / 2, a.axis.end, a.now + 5])
    expect(a.axis.toY(t)).toBe(b.axis.toY(t));
}

/** One frame of the app: the trace up to a step (a fresh slice, as the lab makes it) at a time. */
type Frame = { step: number; time: number; withPositions: boolean };

function frameInput(sim: Simulation, f: Frame, opts: ChartModelOptions) {
  const trace = sim.trace.slice(0, sim.traceLengthAt(f.step));
  const world = sim.stateAt(f.step);
  const inFlight = f.withPositions ? inFlightPositions(withWorld(world, { now: f.time })) : undefined;
  return { trace, now: f.time, opts: { ...opts, ...(inFlight ? { inFlight } : {}) } };
}

function checkFrames(sim: Simulation, frames: readonly Frame[], opts: ChartModelOptions): void {
  const model = incrementalChartModel();
  for (const f of frames) {
    const { trace, now, opts: o } = frameInput(sim, f, opts);
    expectSameModel(model(trace, now, o), buildChartModel(trace, now, o));
  }
}

/** Every step in order, at its own time and half-way to the next, as playback shows them. */
function playback(sim: Simulation, withPositions: boolean): Frame[] {
  return Array.from({ length: sim.steps + 1 }, (_, step) => {
    const t = sim.timeOfStep(step);
    const next = step < sim.steps ? sim.timeOfStep(step + 1) : t + 500;
    return [
      { step, time: t, withPositions },
      { step, time: (t + next) / 2, withPositions },
    ];
  }).flat();
}

describe('incrementalChartModel', () => {
  it.each(SCENARIOS.map((s) => [s.name, s.script] as const))(
    '%s: every step of playback gives the model built from scratch',
    (_, script) => {
      const sim = simOf(script);
      checkFrames(sim, playback(sim, true), { relative: true });
      checkFrames(sim, playback(sim, false), { relative: false, compressIdleMs: 500 });
    },
  );

  it('property: random runs, played, sought back and forth and replayed, match the model from scratch', () => {
    const runArb = fc.record({
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      loss: fc.integer({ min: 0, max: 40 }),
      dup: fc.integer({ min: 0, max: 20 }),
      reorder: fc.integer({ min: 0, max: 20 }),
      bytes: fc.integer({ min: 1, max: 30_000 }),
      closeAfter: fc.integer({ min: 0, max: 3000 }),
    });
    const framesArb = fc.array(
      fc.record({
        // A jump (a seek, forwards or back) or a small step on, as playback makes.
        jump: fc.boolean(),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        by: fc.integer({ min: 0, max: 4 }),
        within: fc.double({ min: 0, max: 1, noNaN: true }),
        withPositions: fc.boolean(),
      }),
      { minLength: 1, maxLength: 80 },
    );
    fc.assert(
      fc.property(runArb, framesArb, fc.boolean(), (run, moves, relative) => {
        const sim = simOf(
          [
            `seed ${run.seed}`,
            'timers msl=1s time_wait=2s retries=20 syn_retries=20 rto_max=4s',
            `link loss=${run.loss}% dup=${run.dup}% reorder=${run.reorder}%`,
            'server listen',
            'client connect',
            'wait 3s',
            `client send ${run.bytes}`,
            `server send ${run.bytes}`,
            'wait 2s',
            'client read',
            'server read',
            `wait ${run.closeAfter}ms`,
            'client close',
            'server close',
            'wait 20s',
          ].join('\n'),
        );
        let step = 0;
        const frames: Frame[] = moves.map((m) => {
          step = m.jump ? Math.floor(m.at * sim.steps) : Math.min(sim.steps, step + m.by);
          const t = sim.timeOfStep(step);
          const next = step < sim.steps ? sim.timeOfStep(step + 1) : t + 1000;
          return { step, time: t + m.within * (next - t), withPositions: m.withPositions };
        });
        checkFrames(sim, frames, { relative });
      }),
      { seed: 20261121, numRuns: 60 },
    );
  });

  it('a segment ending twice, or sent again under its id, is drawn as from scratch at every prefix', () => {
    const seg = (id: number, t: number): Segment => ({
      id,
      dir: 'c>s',
      seq: seq(1000),
      ack: seq(5000),
      flags: FLAGS.PSH_ACK,
      win: 65535,
      len: 100,
      sentAt: ms(t),
      cause: 'tcp.send.data',
      retransmit: false,
      injected: false,
      duplicateOf: undefined,
    });
    const trace: TraceEvent[] = [
      { t: 0, step: 1, kind: 'send', key: 'tcp.send.data', seg: seg(1, 0) },
      { t: 50, step: 2, kind: 'arrive', key: 'link.arrive', seg: seg(1, 0) },
      { t: 70, step: 3, kind: 'drop', key: 'link.drop', seg: seg(1, 0), reason: 'dropped by id' },
      { t: 4000, step: 4, kind: 'send', key: 'tcp.send.data', seg: seg(1, 4000) },
      { t: 4050, step: 5, kind: 'arrive', key: 'link.arrive', seg: seg(1, 4000) },
      { t: 4060, step: 6, kind: 'send', key: 'tcp.send.data', seg: seg(2, 4060) },
    ];
    const model = incrementalChartModel();
    for (let n = 0; n <= trace.length; n++) {
      const prefix = trace.slice(0, n);
      const now = (trace[n - 1]?.t ?? 0) + 10;
      expectSameModel(
        model(prefix, now, { relative: true }),
        buildChartModel(prefix, now, { relative: true }),
      );
    }
  });

  it('a trace that is not an extension of the last one starts over', () => {
    const a = simOf('seed 1\nserver listen\nclient connect\nwait 1s');
    const b = simOf('seed 2\nlink loss=50%\nserver listen\nclient connect\nwait 5s');
    const model = incrementalChartModel();
    const opts = { relative: true };
    for (const sim of [a, b, a]) {
      const trace = sim.trace.slice();
      expectSameModel(model(trace, sim.current.now, opts), buildChartModel(trace, sim.current.now, opts));
    }
  });
});
