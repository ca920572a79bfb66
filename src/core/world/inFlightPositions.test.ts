import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import { inFlightPositions } from './inFlightPositions';

describe('segments in flight', () => {
  it('a segment half-way across its 50 ms trip is at progress 0.5', () => {
    const w = runScript('server listen; client connect; wait 25ms', { settle: false }).sim?.current;
    const [p] = w ? inFlightPositions(w) : [];
    expect(p?.seg.flags.SYN).toBe(true);
    expect(p?.progress).toBeCloseTo(0.5);
  });

  it('a segment the link will lose is marked lost and ends at its loss point', () => {
    const w = runScript('server listen; drop next c>s; client connect; wait 10ms', { settle: false }).sim
      ?.current;
    const [p] = w ? inFlightPositions(w) : [];
    expect(p).toMatchObject({ fate: 'lost', endsAt: 25 });
    expect(p?.progress).toBeCloseTo(0.2);
  });
});
