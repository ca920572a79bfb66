import { describe, expect, it } from 'vitest';
import { flags } from '../segment';
import { compare, formatFlagPattern, matchesFlagPattern } from './flagPattern';

const rstOrRstAck = [
  { required: ['RST'], optional: [] },
  { required: ['RST', 'ACK'], optional: [] },
] as const;
const finAckMaybePsh = [{ required: ['FIN', 'ACK'], optional: ['PSH'] }] as const;

describe('flag patterns of expect', () => {
  it('alternatives: RST|RST+ACK matches either, not RST+ACK+PSH', () => {
    expect(matchesFlagPattern(rstOrRstAck, flags('RST'))).toBe(true);
    expect(matchesFlagPattern(rstOrRstAck, flags('RST', 'ACK'))).toBe(true);
    expect(matchesFlagPattern(rstOrRstAck, flags('RST', 'ACK', 'PSH'))).toBe(false);
  });

  it('optional flags: FIN+ACK+PSH? matches with or without PSH, but not without FIN', () => {
    expect(matchesFlagPattern(finAckMaybePsh, flags('FIN', 'ACK'))).toBe(true);
    expect(matchesFlagPattern(finAckMaybePsh, flags('FIN', 'ACK', 'PSH'))).toBe(true);
    expect(matchesFlagPattern(finAckMaybePsh, flags('ACK', 'PSH'))).toBe(false);
  });

  it('no flags is written -', () => {
    expect(matchesFlagPattern([{ required: [], optional: [] }], flags())).toBe(true);
    expect(formatFlagPattern([{ required: [], optional: [] }])).toBe('-');
    expect(formatFlagPattern(finAckMaybePsh)).toBe('FIN+PSH?+ACK');
    expect(formatFlagPattern(rstOrRstAck)).toBe('RST|RST+ACK');
  });

  it('sequence comparisons work across the 2^32 wrap', () => {
    expect(compare(5, '>', 4294967290, true)).toBe(true);
    expect(compare(5, '>', 4294967290, false)).toBe(false);
    expect(compare(7, '<=', 7, true)).toBe(true);
    expect(compare(7, '!=', 8, false)).toBe(true);
  });
});
