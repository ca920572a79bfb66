// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TimerSpan } from './sequenceChartModel';
import { assignLanes } from './drawTimers';

const span = (
  name: TimerSpan['name'],
  setAt: number,
  endedAt: number | undefined,
  due = setAt + 1000,
): TimerSpan => ({
  name,
  setAt,
  due,
  endedAt,
  end: endedAt === undefined ? 'running' : 'cancelled',
});

describe('assignLanes', () => {
  it('puts overlapping runs side by side and reuses a lane once it is free', () => {
    const laned = assignLanes({
      client: [span('rexmt', 0, 500), span('delack', 100, 140), span('rexmt', 600, undefined)],
      server: [],
    });
    expect(laned.map((l) => l.lane)).toEqual([0, 1, 0]);
  });

  it('a third overlapping run shares the outer lane', () => {
    const laned = assignLanes({
      client: [],
      server: [span('rexmt', 0, 500), span('delack', 10, 50), span('persist', 20, 400)],
    });
    expect(laned.map((l) => l.lane)).toEqual([0, 1, 1]);
  });
});
