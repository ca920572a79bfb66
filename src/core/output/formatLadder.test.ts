import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import { formatLadder } from './formatLadder';

const trace =
  runScript('iss client=4294967000 server=5000; server listen; drop next c>s ACK; client connect; wait 2s')
    .sim?.trace ?? [];

describe('text ladder', () => {
  it('numbers sequence and acknowledgment relative to each side’s ISS by default, as Wireshark does', () => {
    const out = formatLadder(trace);
    expect(out).toContain('#1 SYN seq=0 win=65535');
    expect(out).toContain('#2 SYN+ACK seq=0 ack=1 win=65535');
  });

  it('prints absolute numbers on request', () => {
    expect(formatLadder(trace, { absolute: true })).toContain('#2 SYN+ACK seq=5000 ack=4294967001');
  });

  it('marks a lost segment with ✕ and its reason, and a retransmission as such', () => {
    const out = formatLadder(trace);
    expect(out).toMatch(/#3 ACK lost: scripted drop ─+✕/);
    expect(out).toContain('(retransmission)');
  });

  it('writes state changes in the column of the side that changed, with the rule and its section', () => {
    const line = formatLadder(trace)
      .split('\n')
      .find((l) => l.includes('LISTEN → SYN_RCVD'));
    expect(line?.indexOf('LISTEN')).toBeGreaterThan(60);
    expect(line).toContain('[listen.rcvSyn, RFC 9293 §3.10.7.2]');
  });
});
