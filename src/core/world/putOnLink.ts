import { nextFloat } from '../prng';
import type { Direction, Flag, Segment } from '../segment';
import { FLAG_ORDER } from '../segment';
import type { TraceEvent } from './trace';
import type { FaultRule, InFlight, WorldState } from './worldState';
import { withWorld } from './worldState';

/** True when a rule's flag filter selects the segment: exact flag set, or no filter. */
export function flagsMatch(filter: readonly Flag[] | undefined, seg: Segment): boolean {
  if (filter === undefined) return true;
  return FLAG_ORDER.every((f) => seg.flags[f] === filter.includes(f));
}

type Out = { state: WorldState; events: TraceEvent[] };

function takeRule(
  rules: readonly FaultRule[],
  pick: (r: FaultRule) => boolean,
): [FaultRule | undefined, readonly FaultRule[]] {
  if (rules.length === 0) return NO_RULE;
  const i = rules.findIndex(pick);
  if (i < 0) return [undefined, rules];
  const r = rules[i];
  if (r?.kind === 'dropNext' && r.remaining > 1) {
    return [r, rules.map((x, j) => (j === i ? { ...r, remaining: r.remaining - 1 } : x))];
  }
  return [r, rules.filter((_, j) => j !== i)];
}

const NO_RULE: [undefined, readonly FaultRule[]] = [undefined, []];

/**
 * Pure. Puts a segment on the link: scripted faults first (in the order they were written; never for
 * injected segments), then the direction's random loss, jitter, duplication and reordering, each
 * drawn from the seeded PRNG in a fixed order so one setting never shifts another's draws.
 */
export function putOnLink(state: WorldState, seg: Segment, nextId: number): Out {
  const dir: Direction = seg.dir;
  const s = state.link[dir];
  const events: TraceEvent[] = [];
  const t = state.now;
  const step = state.step;
  let prng = state.prng;
  let rules = state.rules;
  let lossReason: InFlight['lossReason'];
  let extraDelay = 0;
  let duplicate = false;
  let jitter = 0;
  let reordered = false;
  // Injected segments bypass every fault and draw nothing, so adding one never shifts a seeded run.
  if (!seg.injected) {
    const draw = (): number => {
      const [f, next] = nextFloat(prng);
      prng = next;
      return f;
    };
    const uLoss = draw();
    const uJitter = draw();
    const uDup = draw();
    const uReorder = draw();
    jitter = s.jitter * uJitter;
    const [byId, r1] = takeRule(rules, (r) => r.kind === 'dropId' && r.id === seg.id);
    rules = r1;
    if (byId) lossReason = 'dropped by id';
    if (!lossReason) {
      const [drop, r2] = takeRule(
        rules,
        (r) => r.kind === 'dropNext' && r.dir === dir && flagsMatch(r.flags, seg),
      );
      rules = r2;
      if (drop) lossReason = 'scripted drop';
    }
    if (!lossReason && state.muted[dir === 'c>s' ? 'client' : 'server']) lossReason = 'muted';
    if (!lossReason && uLoss < s.loss) lossReason = 'random loss';
    // Delay and duplication rules wait for a segment that the link actually carries.
    if (!lossReason) {
      const [delay, r3] = takeRule(
        rules,
        (r) => r.kind === 'delayNext' && r.dir === dir && flagsMatch(r.flags, seg),
      );
      rules = r3;
      if (delay?.kind === 'delayNext') extraDelay = delay.by;
      const [dup, r4] = takeRule(
        rules,
        (r) => r.kind === 'dupNext' && r.dir === dir && flagsMatch(r.flags, seg),
      );
      rules = r4;
      duplicate = dup !== undefined || uDup < s.dup;
      reordered = uReorder < s.reorder;
    }
  }

  const transit = s.latency + jitter;
  let arriveAt = state.now + transit + extraDelay;
  const keepsOrder = extraDelay === 0 && !reordered;
  if (keepsOrder) arriveAt = Math.max(arriveAt, state.lastArrival[dir]);
  if (reordered) arriveAt += Math.max(s.latency, 1); // held back: later segments overtake it

  events.push({ t, step, kind: 'send', key: seg.cause, seg });
  if (extraDelay > 0) events.push({ t, step, kind: 'delay', key: 'link.delay', seg, by: extraDelay });
  const flights: InFlight[] = [];
  let nextSegId = nextId;
  if (lossReason) {
    flights.push({ seg, endsAt: state.now + transit / 2, fate: 'lost', lossReason });
  } else {
    flights.push({ seg, endsAt: arriveAt, fate: 'deliver', lossReason: undefined });
    if (duplicate) {
      const copy: Segment = { ...seg, id: nextSegId++, duplicateOf: seg.id };
      flights.push({
        seg: copy,
        endsAt: arriveAt + Math.max(1, s.latency / 10),
        fate: 'deliver',
        lossReason: undefined,
      });
      events.push({ t, step, kind: 'duplicate', key: 'link.duplicate', seg, copy });
    }
  }
  return {
    state: withWorld(state, {
      prng,
      rules,
      nextSegId,
      inFlight: [...state.inFlight, ...flights],
      lastArrival:
        keepsOrder && !lossReason
          ? dir === 'c>s'
            ? { 'c>s': arriveAt, 's>c': state.lastArrival['s>c'] }
            : { 'c>s': state.lastArrival['c>s'], 's>c': arriveAt }
          : state.lastArrival,
    }),
    events,
  };
}
