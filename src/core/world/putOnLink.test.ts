import { describe, expect, it } from 'vitest';
import { runScript } from '../script/runScript';
import type { TraceEvent } from './trace';

const OPEN =
  'iss client=1000 server=5000; server listen; client connect; wait until server ESTABLISHED within 1s';

function run(script: string): readonly TraceEvent[] {
  const r = runScript(script);
  if (!r.ok) throw new Error(JSON.stringify(r.failures));
  return r.sim?.trace ?? [];
}

const sends = (t: readonly TraceEvent[]) => t.filter((e) => e.kind === 'send');
const drops = (t: readonly TraceEvent[]) => t.flatMap((e) => (e.kind === 'drop' ? [e] : []));
const arrivals = (t: readonly TraceEvent[]) => t.flatMap((e) => (e.kind === 'arrive' ? [e] : []));

describe('the link', () => {
  it('delivers after the configured latency, in order, when nothing is wrong', () => {
    const t = run(`link latency=40ms; ${OPEN}; client send 5000; wait idle`);
    const data = arrivals(t).filter((e) => e.seg.dir === 'c>s' && e.seg.len > 0);
    expect(data.map((e) => e.t - e.seg.sentAt)).toEqual([40, 40, 40, 40]);
    expect(data.map((e) => e.seg.id)).toEqual([...data.map((e) => e.seg.id)].sort((a, b) => a - b));
  });

  it('jitter varies the delay within [latency, latency + jitter] but never reorders', () => {
    const t = run(`link latency=40ms jitter=30ms; ${OPEN}; client send 20000; wait idle`);
    const data = arrivals(t).filter((e) => e.seg.dir === 'c>s' && e.seg.len > 0);
    for (const e of data) expect(e.t - e.seg.sentAt).toBeGreaterThanOrEqual(40);
    expect(data.map((e) => e.seg.seq)).toEqual([...data.map((e) => e.seg.seq)].sort((a, b) => a - b));
  });

  it('a scripted drop loses the next matching segment half-way and records why; the sender retransmits it', () => {
    const t = run(`${OPEN}; drop next c>s FIN+ACK; client close; wait 2s`);
    const [d] = drops(t);
    expect(d?.reason).toBe('scripted drop');
    expect(d?.seg.flags.FIN).toBe(true);
    expect(d && d.t - d.seg.sentAt).toBe(25);
    expect(sends(t).filter((e) => e.kind === 'send' && e.seg.flags.FIN && e.seg.dir === 'c>s')).toHaveLength(
      2,
    );
  });

  it('drop rules match exact flag sets: "drop next c>s ACK" skips a FIN+ACK', () => {
    const t = run(`${OPEN}; drop next c>s ACK; client close; server close; wait 1s`);
    const [d] = drops(t);
    expect(d?.seg.flags).toMatchObject({ ACK: true, FIN: false });
  });

  it('"drop next c>s x3" drops the next three segments that way', () => {
    const t = run(`${OPEN}; drop next c>s x3; client send 5000; wait 200ms`);
    expect(drops(t).map((d) => d.seg.seq)).toEqual([1001, 2461, 3921]);
  });

  it('pending rules in one direction apply in the order they were written', () => {
    const t = run(`${OPEN}; drop next c>s; drop next c>s; client send 3000; wait 200ms`);
    expect(drops(t)).toHaveLength(2);
  });

  it('a rule that does not match stays first in the queue: a later rule takes the SYN, the waiting one the ACK', () => {
    const t = run(
      'iss client=1000 server=5000; server listen; drop next c>s ACK; drop next c>s; client connect; wait 3s',
    );
    expect(drops(t).map((d) => (d.seg.flags.SYN ? 'SYN' : d.seg.flags.ACK ? 'ACK' : '?'))).toEqual([
      'SYN',
      'ACK',
    ]);
  });

  it('FIN implies ACK: "drop next c>s FIN x3" drops the client\'s FIN+ACK and its next two retransmissions', () => {
    const t = run(`${OPEN}; drop next c>s FIN x3; client close; wait 10s`);
    const lost = drops(t);
    expect(lost).toHaveLength(3);
    expect(lost.every((d) => d.seg.flags.FIN && d.seg.flags.ACK)).toBe(true);
    expect(lost.slice(1).every((d) => d.seg.retransmit)).toBe(true);
  });

  it('otherwise flags stay exact: "drop next s>c SYN" never takes the server\'s SYN+ACK', () => {
    const t = run('iss client=1000 server=5000; server listen; drop next s>c SYN; client connect; wait 1s');
    expect(drops(t)).toEqual([]);
  });

  it('"drop #N" drops a segment already in flight', () => {
    const t = run(`${OPEN}; client send 100; drop #4; wait 2s`);
    expect(drops(t).map((d) => [d.seg.id, d.reason])).toEqual([[4, 'dropped by id']]);
  });

  it('"delay next" holds one segment back so the next overtakes it', () => {
    const t = run(`${OPEN}; delay next c>s 300ms; client send 3000; wait idle`);
    const data = arrivals(t).filter((e) => e.seg.dir === 'c>s' && e.seg.len > 0);
    expect(data.map((e) => e.seg.seq)).toEqual([2461, 3921, 1001]);
  });

  it('"dup next" delivers a copy that the receiver treats as a duplicate', () => {
    const t = run(`${OPEN}; dup next c>s; client send 100; wait idle`);
    const copies = t.flatMap((e) => (e.kind === 'duplicate' ? [e] : []));
    expect(copies).toHaveLength(1);
    expect(arrivals(t).filter((e) => e.seg.len === 100)).toHaveLength(2);
  });

  it('injected segments bypass scripted drops', () => {
    const t = run(`${OPEN}; drop next s>c; inject s>c ACK; wait 100ms`);
    expect(drops(t)).toHaveLength(0);
    expect(arrivals(t).some((e) => e.seg.injected)).toBe(true);
  });

  it('100% random loss drops everything; 0% nothing', () => {
    const lossy = run(`link c>s loss=100%; server listen; client connect; wait 10s`);
    expect(arrivals(lossy).filter((e) => e.seg.dir === 'c>s')).toHaveLength(0);
    expect(drops(lossy).every((d) => d.reason === 'random loss')).toBe(true);
  });

  it('the same seed gives the same losses; another seed different ones', () => {
    const script = (seed: number) =>
      `seed ${seed}; link loss=30%; server listen; client connect; wait until server ESTABLISHED within 60s; client send 30000; wait idle`;
    const ids = (s: number) => drops(run(script(s))).map((d) => d.seg.id);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
  });
});
