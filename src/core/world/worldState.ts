import type { EndpointState } from '../endpoint/compiledEndpoint';
import type { ProfileName } from '../script/ast';
import type { Direction, Flag, Segment, Side } from '../segment';
import type { PrngState } from '../prng';
import type { LinkSettings } from './linkSettings';

/** Why the link loses a segment. */
export type LossReason = 'random loss' | 'scripted drop' | 'dropped by id' | 'muted';

/** A segment on the wire, with where and when it ends. */
export type InFlight = {
  readonly seg: Segment;
  /** When it arrives, or, for one that is lost, when it vanishes (half-way across). */
  readonly endsAt: number;
  /** Whether it is delivered or lost. */
  readonly fate: 'deliver' | 'lost';
  /** Why it is lost. */
  readonly lossReason?: LossReason;
};

/** A scripted fault waiting for the segment it applies to (docs/script.md). */
export type FaultRule =
  | {
      readonly kind: 'dropNext';
      readonly dir: Direction;
      readonly flags?: readonly Flag[];
      readonly remaining: number;
    }
  | { readonly kind: 'dropId'; readonly id: number }
  | {
      readonly kind: 'delayNext';
      readonly dir: Direction;
      readonly flags?: readonly Flag[];
      readonly by: number;
    }
  | { readonly kind: 'dupNext'; readonly dir: Direction; readonly flags?: readonly Flag[] };

/** Everything about the simulated world at one step. Immutable: every step makes a new one. */
export type WorldState = {
  /** Virtual time, ms. */
  readonly now: number;
  /** Steps taken so far. */
  readonly step: number;
  readonly seed: number;
  readonly profile: ProfileName;
  /** The PRNG's state. */
  readonly prng: PrngState;
  readonly endpoints: Readonly<Record<Side, EndpointState>>;
  readonly link: Readonly<Record<Direction, LinkSettings>>;
  /** Segments on the wire, in the order they were sent. */
  readonly inFlight: readonly InFlight[];
  /** Scripted faults not yet used. */
  readonly rules: readonly FaultRule[];
  /** Id the next segment gets. */
  readonly nextSegId: number;
  /** Latest arrival time per direction, which keeps an undisturbed link first-in first-out. */
  readonly lastArrival: Readonly<Record<Direction, number>>;
  /** Endpoints whose segments the link loses (`mute server`). */
  readonly muted: Readonly<Record<Side, boolean>>;
};

/** A copy of a world with some fields changed, written field by field to stay fast (see withTcb). */
export function withWorld(w: WorldState, p: Partial<WorldState>): WorldState {
  const c: WorldState = {
    now: w.now,
    step: w.step,
    seed: w.seed,
    profile: w.profile,
    prng: w.prng,
    endpoints: w.endpoints,
    link: w.link,
    inFlight: w.inFlight,
    rules: w.rules,
    nextSegId: w.nextSegId,
    lastArrival: w.lastArrival,
    muted: w.muted,
  };
  return Object.assign(c, p);
}
