import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import { runScript } from '../../core/script/runScript';
import type { TraceEvent } from '../../core/world/trace';
import { takenEdgesTally } from './takenEdges';

function fromScratch(trace: readonly TraceEvent[]) {
  const taken = { client: new Set<string>(), server: new Set<string>() };
  for (const e of trace) if (e.kind === 'state') taken[e.side].add(`${e.from}>${e.to}`);
  return { client: [...taken.client], server: [...taken.server] };
}

describe('takenEdgesTally', () => {
  it('gives the edges of every prefix of every scenario, played forward then from the start again', () => {
    for (const s of SCENARIOS) {
      const trace = runScript(s.script).sim?.trace ?? [];
      const taken = takenEdgesTally();
      for (const n of [...Array.from({ length: trace.length + 1 }, (_, i) => i), 3, trace.length]) {
        const prefix = trace.slice(0, n);
        expect(taken(prefix)).toEqual(fromScratch(prefix));
      }
    }
  });

  it('returns the same object while no new edge is taken', () => {
    const trace = runScript(SCENARIOS[0]?.script ?? '').sim?.trace ?? [];
    const taken = takenEdgesTally();
    const all = taken(trace);
    expect(taken(trace.slice())).toBe(all);
  });
});
