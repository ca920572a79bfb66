import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../endpoint/stepEndpoint';
import { stateChangingTransitions } from '../endpoint/transitionGraph';
import { runScript } from '../script/runScript';
import type { TraceEvent } from './trace';

/** A random connection life: faults on the link, data both ways at random times, both sides close. */
const lifeArb = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  profile: fc.constantFrom('rfc9293', 'linux'),
  latency: fc.integer({ min: 1, max: 200 }),
  jitter: fc.integer({ min: 0, max: 50 }),
  loss: fc.integer({ min: 0, max: 50 }),
  dup: fc.integer({ min: 0, max: 20 }),
  reorder: fc.integer({ min: 0, max: 20 }),
  sends: fc.array(
    fc.record({
      side: fc.constantFrom('client', 'server'),
      bytes: fc.integer({ min: 1, max: 20_000 }),
      after: fc.integer({ min: 0, max: 300 }),
    }),
    { maxLength: 6 },
  ),
  closeFirst: fc.constantFrom('client', 'server'),
  closeGap: fc.integer({ min: 0, max: 400 }),
  faults: fc.array(
    fc.record({
      kind: fc.constantFrom('drop next', 'dup next', 'delay next'),
      dir: fc.constantFrom('c>s', 's>c'),
      flags: fc.constantFrom('', 'SYN', 'SYN+ACK', 'ACK', 'FIN+ACK', 'PSH+ACK'),
    }),
    { maxLength: 4 },
  ),
});

type Life = typeof lifeArb extends fc.Arbitrary<infer T> ? T : never;

function scriptOf(l: Life): string {
  const other = l.closeFirst === 'client' ? 'server' : 'client';
  const lines = [
    `seed ${l.seed}`,
    `profile ${l.profile}`,
    'timers msl=1s time_wait=2s retries=40 syn_retries=40 rto_max=4s fin_timeout=0s user_timeout=0s',
    `link latency=${l.latency}ms jitter=${l.jitter}ms loss=${l.loss}% dup=${l.dup}% reorder=${l.reorder}%`,
    ...l.faults.map(
      (f) => `${f.kind} ${f.dir}${f.flags ? ` ${f.flags}` : ''}${f.kind === 'delay next' ? ' 300ms' : ''}`,
    ),
    'server listen',
    'client connect',
    'wait until client ESTABLISHED within 10min',
    'wait until server ESTABLISHED within 10min',
    ...l.sends.flatMap((s) => [
      `${s.side} send ${s.bytes}`,
      `wait ${s.after}ms`,
      'client read',
      'server read',
    ]),
    // Drain: the applications keep reading, so data held back by full windows gets through.
    ...Array.from({ length: 12 }, () => ['wait 5s', 'client read', 'server read']).flat(),
    'wait idle',
    'client read',
    'server read',
    `${l.closeFirst} close`,
    `wait ${l.closeGap}ms`,
    `${other} read`,
    `${other} close`,
  ];
  return lines.join('\n');
}

function delivered(trace: readonly TraceEvent[], side: 'client' | 'server') {
  return trace.flatMap((e) => (e.kind === 'deliver' && e.side === side ? [e] : []));
}

const RUNS = { seed: 20261121, numRuns: 120 };

describe('property: random lives on a faulty link', () => {
  it('only transitions the statechart declares ever occur', () => {
    const declared = stateChangingTransitions();
    fc.assert(
      fc.property(lifeArb, (l) => {
        const trace = runScript(scriptOf(l)).sim?.trace ?? [];
        for (const e of trace) {
          if (e.kind !== 'state') continue;
          if (!declared.some((d) => d.from === e.from && d.to === e.to && d.key === e.key)) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('after both sides close, both end in CLOSED once the timers have run out', () => {
    fc.assert(
      fc.property(lifeArb, (l) => {
        const r = runScript(scriptOf(l));
        expect(r.failures).toEqual([]);
        const w = r.sim?.current;
        expect(w && [stateOf(w.endpoints.client), stateOf(w.endpoints.server)]).toEqual(['CLOSED', 'CLOSED']);
      }),
      RUNS,
    );
  });

  it('data is delivered in order and exactly once: contiguous offsets adding up to what was sent', () => {
    fc.assert(
      fc.property(lifeArb, (l) => {
        const trace = runScript(scriptOf(l)).sim?.trace ?? [];
        if (trace.some((e) => e.kind === 'signal' && e.signal !== 'connection closing')) return; // a reset ends the stream early
        for (const side of ['client', 'server'] as const) {
          const peer = side === 'client' ? 'server' : 'client';
          const wrote = l.sends.filter((s) => s.side === peer).reduce((a, s) => a + s.bytes, 0);
          let next = 0;
          for (const d of delivered(trace, side)) {
            expect(d.offset).toBe(next);
            next += d.bytes;
          }
          expect(next).toBe(wrote);
        }
      }),
      RUNS,
    );
  });

  it('the same script and seed give an identical trace', () => {
    fc.assert(
      fc.property(lifeArb, (l) => {
        const a = runScript(scriptOf(l)).sim?.trace;
        const b = runScript(scriptOf(l)).sim?.trace;
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});
