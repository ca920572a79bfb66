import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/scenarios';
import { runScript } from '../script/runScript';
import { traceDigest } from './traceDigest';

const traceOf = (script: string) => runScript(script).sim?.trace ?? [];

describe('trace digest', () => {
  it('is eight hex digits, the same for the same script and seed', () => {
    const s = findScenario('lost-final-ack')?.script ?? '';
    expect(traceDigest(traceOf(s))).toMatch(/^[0-9a-f]{8}$/);
    expect(traceDigest(traceOf(s))).toBe(traceDigest(traceOf(s)));
  });

  it('changes when the seed changes the run', () => {
    const s = (seed: number) => `seed ${seed}; link loss=30%; server listen; client connect; wait 5s`;
    expect(traceDigest(traceOf(s(1)))).not.toBe(traceDigest(traceOf(s(2))));
  });
});
