import { describe, expect, it } from 'vitest';
import { relativeNumbering } from '../../core/output/relativeSeq';
import type { RelativeNumbering } from '../../core/output/relativeSeq';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import { runScript } from '../../core/script/runScript';
import type { TraceEvent } from '../../core/world/trace';
import { latestNumberingTally } from './latestNumbering';

/** What a numbering makes of every segment in `trace`, both ways round. */
function appliedTo(n: RelativeNumbering, trace: readonly TraceEvent[]) {
  return trace.flatMap((e) =>
    e.kind === 'send' ? [n.relative(e.seg.dir, e.seg.seq, e.seg.ack), n.relative('s>c', e.seg.seq, 0)] : [],
  );
}

describe('latestNumberingTally', () => {
  it('numbers as relativeNumbering at the last event, for every prefix of every scenario, then from the start again', () => {
    for (const s of SCENARIOS) {
      const trace = runScript(s.script).sim?.trace ?? [];
      const latest = latestNumberingTally();
      for (const n of [...Array.from({ length: trace.length + 1 }, (_, i) => i), 3, trace.length]) {
        const prefix = trace.slice(0, n);
        expect(appliedTo(latest(prefix), trace), `${s.name} at ${n}`).toEqual(
          appliedTo(relativeNumbering(prefix)(n - 1), trace),
        );
      }
    }
  });

  it('reads another run from its start', () => {
    const [a, b] = [SCENARIOS[0], SCENARIOS[1]].map((s) => runScript(s?.script ?? '').sim?.trace ?? []);
    const latest = latestNumberingTally();
    latest(a ?? []);
    const other = b ?? [];
    expect(appliedTo(latest(other), other)).toEqual(
      appliedTo(relativeNumbering(other)(other.length - 1), other),
    );
  });

  it('returns the same object while no new ISS is seen', () => {
    const trace = runScript(SCENARIOS[0]?.script ?? '').sim?.trace ?? [];
    const latest = latestNumberingTally();
    const all = latest(trace);
    expect(latest(trace.slice())).toBe(all);
  });
});
