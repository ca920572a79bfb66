import { describe, expect, it } from 'vitest';
import { runScript } from '../../core/script/runScript';
import { READOUT_MS, readoutSlot, sameReadout, sameTrace } from './useReadout';

const exact = (a: number, b: number) => a === b;
const steady = () => true;
const read = (value: number, playing: boolean, time: number, speed = 8) => ({
  value,
  playing,
  slot: readoutSlot(time, speed),
});

describe('readoutSlot', () => {
  it('changes once per READOUT_MS of real time at any speed', () => {
    for (const speed of [0.25, 1, 8]) {
      const span = READOUT_MS * speed;
      expect(readoutSlot(0, speed)).toBe(readoutSlot(span * 0.99, speed));
      expect(readoutSlot(span * 0.99, speed)).not.toBe(readoutSlot(span, speed));
      expect(readoutSlot(5 * span + 1, speed)).toBe(5);
    }
  });
});

describe('sameReadout', () => {
  it('while paused, keeps a readout only while its value is the same', () => {
    expect(sameReadout(read(1, false, 0), read(1, false, 5000), exact, steady)).toBe(true);
    expect(sameReadout(read(1, false, 0), read(2, false, 0), exact, steady)).toBe(false);
  });

  it('while playing, keeps the value read in the same slot and re-reads in the next one', () => {
    expect(sameReadout(read(1, true, 0), read(2, true, 10), exact, steady)).toBe(true);
    expect(sameReadout(read(1, true, 0), read(2, true, READOUT_MS * 8), exact, steady)).toBe(false);
  });

  it('while playing, re-reads at once when `steady` sees a change that must show', () => {
    const sameSign = (a: number, b: number) => Math.sign(a) === Math.sign(b);
    expect(sameReadout(read(1, true, 0), read(-1, true, 10), exact, sameSign)).toBe(false);
  });

  it('re-reads when playback starts or stops, even with the same value', () => {
    expect(sameReadout(read(1, true, 0), read(1, false, 0), exact, steady)).toBe(false);
    expect(sameReadout(read(1, false, 0), read(1, true, 0), exact, steady)).toBe(false);
  });
});

describe('sameTrace', () => {
  it('is the same run while the length and the last event are; a longer or branched run is not', () => {
    const trace = runScript('server listen; client connect; wait 1s').sim?.trace ?? [];
    const other = runScript('server listen; client connect; wait 2s').sim?.trace ?? [];
    expect(trace.length).toBeGreaterThan(3);
    expect(sameTrace(trace, trace.slice())).toBe(true);
    expect(sameTrace(trace.slice(0, -1), trace)).toBe(false);
    expect(sameTrace(trace, [...trace.slice(0, -1), other[trace.length - 1] ?? trace[0]!])).toBe(false);
  });
});
