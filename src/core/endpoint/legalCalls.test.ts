import { describe, expect, it } from 'vitest';
import { legalCalls } from './legalCalls';
import type { TcpState } from './tcpState';

const legal = (s: TcpState) =>
  legalCalls(s)
    .filter((c) => c.legal)
    .map((c) => c.call);

describe('legal user calls, derived from the statechart', () => {
  it('CLOSED accepts only the two OPENs; SEND, RECEIVE, CLOSE and ABORT answer "connection does not exist"', () => {
    expect(legal('CLOSED')).toEqual(['PASSIVE_OPEN', 'ACTIVE_OPEN']);
    expect(legalCalls('CLOSED').find((c) => c.call === 'SEND')?.answer).toBe(
      'SEND / error: connection does not exist',
    );
  });

  it('ESTABLISHED accepts SEND, RECEIVE, SHUTDOWN, CLOSE and ABORT', () => {
    expect(legal('ESTABLISHED')).toEqual(['SEND', 'READ', 'SHUTDOWN', 'CLOSE', 'ABORT']);
  });

  it('CLOSE_WAIT still accepts SEND (the half-close) while FIN_WAIT_2 answers "connection closing"', () => {
    expect(legal('CLOSE_WAIT')).toContain('SEND');
    expect(legalCalls('FIN_WAIT_2').find((c) => c.call === 'SEND')).toMatchObject({
      legal: false,
      answer: 'SEND / error: connection closing',
    });
  });

  it('LISTEN accepts SEND (it becomes an active open, RFC 9293 §3.10.2)', () => {
    expect(legal('LISTEN')).toEqual(['ACTIVE_OPEN', 'SEND', 'READ', 'SHUTDOWN', 'CLOSE', 'ABORT']);
  });

  it('TIME_WAIT accepts ABORT (and, under Linux, a late close()); SEND and RECEIVE answer "connection closing"', () => {
    expect(legal('TIME_WAIT')).toEqual(['CLOSE', 'ABORT']);
    expect(legalCalls('TIME_WAIT').find((c) => c.call === 'READ')?.answer).toBe(
      'RECEIVE / error: connection closing',
    );
    expect(legalCalls('TIME_WAIT').find((c) => c.call === 'SEND')?.legal).toBe(false);
  });
});
