import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTimers, profileConfig } from '../profiles';
import type { Flag, SegmentHeader } from '../segment';
import { flags } from '../segment';
import { seq, seqAdd } from '../seq';
import { initialEndpointState, stepEndpointState } from './compiledEndpoint';
import type { EndpointInput } from './endpointEvents';
import type { EndpointSnapshot } from './stepEndpoint';
import { initialEndpoint, stateOf, stepEndpoint } from './stepEndpoint';
import type { Tcb } from './tcb';

/** A recipe for one event, turned into a concrete event against the current TCB. */
type Recipe =
  | { kind: 'call'; call: 'PASSIVE_OPEN' | 'ACTIVE_OPEN' | 'CLOSE' | 'ABORT' | 'SHUTDOWN' }
  | { kind: 'send'; bytes: number }
  | { kind: 'read'; bytes: number | undefined }
  | {
      kind: 'timeout';
      type:
        | 'RTO_TIMEOUT'
        | 'TIME_WAIT_TIMEOUT'
        | 'FIN_WAIT_2_TIMEOUT'
        | 'USER_TIMEOUT'
        | 'DELACK_TIMEOUT'
        | 'PERSIST_TIMEOUT';
    }
  | {
      kind: 'seg';
      flags: Flag[];
      seqBase: 'rcvNxt' | 'irs' | 'peer';
      seqOff: number;
      ackBase: 'sndNxt' | 'sndUna' | 'iss';
      ackOff: number;
      len: number;
      win: number;
    };

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('call' as const),
      call: fc.constantFrom('PASSIVE_OPEN', 'ACTIVE_OPEN', 'CLOSE', 'ABORT'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('send' as const), bytes: fc.integer({ min: 1, max: 5000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('timeout' as const),
      type: fc.constantFrom('RTO_TIMEOUT', 'TIME_WAIT_TIMEOUT', 'FIN_WAIT_2_TIMEOUT', 'USER_TIMEOUT'),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('seg' as const),
      flags: fc.subarray(['SYN', 'ACK', 'FIN', 'RST', 'PSH'] as Flag[]),
      seqBase: fc.constantFrom('rcvNxt', 'irs', 'peer'),
      seqOff: fc.integer({ min: -3, max: 3 }).chain((small) => fc.constantFrom(small, small * 1000, 70000)),
      ackBase: fc.constantFrom('sndNxt', 'sndUna', 'iss'),
      ackOff: fc.integer({ min: -2, max: 2 }),
      len: fc.constantFrom(0, 0, 1, 100, 1460),
      win: fc.constantFrom(0, 1000, 65535),
    }),
  },
);

function eventOf(r: Recipe, t: Tcb, now: number): EndpointInput {
  switch (r.kind) {
    case 'call':
      return { type: r.call, now };
    case 'send':
      return { type: 'SEND', bytes: r.bytes, now };
    case 'read':
      return { type: 'READ', bytes: r.bytes, now };
    case 'timeout':
      return { type: r.type, now };
    case 'seg': {
      const base = r.seqBase === 'rcvNxt' ? t.rcvNxt : r.seqBase === 'irs' ? t.irs : seq(5000);
      const ackBase = r.ackBase === 'sndNxt' ? t.sndNxt : r.ackBase === 'sndUna' ? t.sndUna : t.iss;
      const s: SegmentHeader = {
        seq: seqAdd(base, r.seqOff),
        ack: seqAdd(ackBase, r.ackOff),
        flags: flags(...r.flags),
        win: r.win,
        len: r.len,
      };
      return { type: 'SEGMENT', seg: s, now };
    }
  }
}

describe('compiled stepper ≡ XState', () => {
  it('on random event sequences, both give the same state, context and effects at every step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('rfc9293', 'linux'),
        fc.boolean(),
        fc.constantFrom(0, 200),
        fc.constantFrom(65535, 3000),
        fc.array(recipe, { minLength: 1, maxLength: 40 }),
        (profile, challengeAck, delack, rcvBuf, recipes) => {
          const cfg = { ...applyTimers(profileConfig(profile), { delack }), challengeAck, rcvBuf };
          let reference: EndpointSnapshot = initialEndpoint({ cfg, iss: 1000 });
          let fast = initialEndpointState({ cfg, iss: 1000 });
          expect(fast.context).toEqual(reference.context);
          let now = 0;
          for (const r of recipes) {
            now += 37;
            const ev = eventOf(r, reference.context.tcb, now);
            const [refNext, refEffects] = stepEndpoint(reference, ev);
            const [fastNext, fastEffects] = stepEndpointState(fast, ev);
            expect(fastNext.value).toBe(stateOf(refNext));
            expect(fastNext.context).toEqual(refNext.context);
            expect(fastEffects).toEqual(refEffects);
            reference = refNext;
            fast = fastNext;
          }
        },
      ),
      { seed: 9293, numRuns: 1500 },
    );
  });
});
