import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import { traceGrows } from './traceGrows';

const trace = runScript('server listen; client connect; wait 1s').sim?.trace ?? [];

describe('traceGrows', () => {
  it('is true for the same trace, or one with more events at its end', () => {
    expect(trace.length).toBeGreaterThan(4);
    const read = 3;
    expect(traceGrows(trace.slice(0, read), trace[0], read, trace[read - 1])).toBe(true);
    expect(traceGrows(trace, trace[0], read, trace[read - 1])).toBe(true);
  });

  it('is false for a shorter trace, another beginning, or other events where reading stopped', () => {
    const read = 3;
    expect(traceGrows(trace.slice(0, 2), trace[0], read, trace[read - 1])).toBe(false);
    expect(traceGrows(trace.slice(1), trace[0], read, trace[read - 1])).toBe(false);
    expect(traceGrows([...trace.slice(0, 2), ...trace.slice(3)], trace[0], read, trace[read - 1])).toBe(
      false,
    );
  });
});
