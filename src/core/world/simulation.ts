import type { EndpointInput } from '../endpoint/endpointEvents';
import type { Direction, SegmentHeader, Side } from '../segment';
import type { LinkSettings } from './linkSettings';
import type { TraceEvent } from './trace';
import type { WorldStep } from './world';
import { advance, inject, setTime, userCall } from './world';
import type { FaultRule, WorldState } from './worldState';
import { withWorld } from './worldState';

/** One change to the world; the simulation logs them so any step can be rebuilt exactly. */
export type WorldInput =
  | { readonly kind: 'advance'; readonly limit: number }
  | { readonly kind: 'call'; readonly side: Side; readonly event: EndpointInput }
  | { readonly kind: 'inject'; readonly header: SegmentHeader; readonly dir: Direction }
  | { readonly kind: 'setTime'; readonly t: number }
  | { readonly kind: 'link'; readonly dir: Direction; readonly settings: LinkSettings }
  | { readonly kind: 'rule'; readonly rule: FaultRule }
  | { readonly kind: 'dropInFlight'; readonly id: number }
  | { readonly kind: 'mute'; readonly side: Side; readonly muted: boolean }
  /** A trace note that changes nothing (a script command, say); logged so a branch keeps it. */
  | { readonly kind: 'note'; readonly event: TraceEvent };

/** How many steps apart checkpoints are kept. */
const CHECKPOINT_EVERY = 64;

/** Pure. Applies one input; undefined when an `advance` finds nothing due. */
export function applyInput(w: WorldState, input: WorldInput): WorldStep | undefined {
  switch (input.kind) {
    case 'advance':
      return advance(w, input.limit);
    case 'call':
      return userCall(w, input.side, input.event);
    case 'inject':
      return inject(w, input.header, input.dir);
    case 'setTime':
      return { state: setTime(w, input.t), events: [] };
    case 'link':
      return {
        state: { ...w, link: { ...w.link, [input.dir]: input.settings } },
        events: [
          {
            t: w.now,
            step: w.step,
            kind: 'link',
            key: 'link.settings',
            dir: input.dir,
            detail: describe(input.settings),
          },
        ],
      };
    case 'rule':
      return { state: { ...w, rules: [...w.rules, input.rule] }, events: [] };
    case 'mute':
      return {
        state: withWorld(w, { muted: { ...w.muted, [input.side]: input.muted } }),
        events: [
          {
            t: w.now,
            step: w.step,
            kind: 'note',
            key: input.muted ? 'link.mute' : 'link.unmute',
            detail: `${input.side} ${input.muted ? 'muted' : 'unmuted'}`,
          },
        ],
      };
    case 'note':
      return { state: w, events: [input.event] };
    case 'dropInFlight':
      return {
        state: {
          ...w,
          inFlight: w.inFlight.map((f) =>
            f.seg.id === input.id && f.fate === 'deliver'
              ? {
                  ...f,
                  fate: 'lost' as const,
                  lossReason: 'dropped by id' as const,
                  endsAt: Math.max(w.now, (f.seg.sentAt + f.endsAt) / 2),
                }
              : f,
          ),
        },
        events: [],
      };
  }
}

function describe(s: LinkSettings): string {
  return `latency=${s.latency}ms jitter=${s.jitter}ms loss=${pct(s.loss)} dup=${pct(s.dup)} reorder=${pct(s.reorder)}`;
}

function pct(f: number): string {
  return `${Math.round(f * 10000) / 100}%`;
}

/**
 * A recorded run: the current world, the whole trace, and enough checkpoints to rebuild the world at
 * any step quickly (a checkpoint every 64 steps, then replay of the logged inputs).
 */
export class Simulation {
  /** Every trace event so far, in order. */
  readonly trace: TraceEvent[] = [];
  private readonly inputs: WorldInput[] = [];
  /** checkpoints[i] is the world after `inputIndex` inputs, at step `i * CHECKPOINT_EVERY`. */
  private readonly checkpoints: { state: WorldState; inputIndex: number }[] = [];
  private world: WorldState;
  private readonly stepTimes: number[] = [];
  private readonly observer: ((w: WorldState) => void) | undefined;

  /** `observe` sees the world after every input that changed it (tests use it to check seeking). */
  constructor(initial: WorldState, observe?: (w: WorldState) => void) {
    this.world = initial;
    this.stepTimes.push(initial.now);
    this.observer = observe;
    this.checkpoints.push({ state: initial, inputIndex: 0 });
  }

  /** The world now. */
  get current(): WorldState {
    return this.world;
  }

  /** Applies an input, records it, and returns the step's trace events (undefined if nothing was due). */
  apply(input: WorldInput): readonly TraceEvent[] | undefined {
    const r = applyInput(this.world, input);
    if (!r) return undefined;
    const steppedFrom = this.world.step;
    this.world = r.state;
    this.inputs.push(input);
    for (const e of r.events) this.trace.push(e);
    if (this.world.step !== steppedFrom) this.stepTimes[this.world.step] = this.world.now;
    this.observer?.(this.world);
    if (this.world.step !== steppedFrom && this.world.step % CHECKPOINT_EVERY === 0) {
      this.checkpoints.push({ state: this.world, inputIndex: this.inputs.length });
    }
    return r.events;
  }

  /** Records a trace event that changes nothing in the world (a script command, for instance). */
  note(e: TraceEvent): void {
    this.apply({ kind: 'note', event: e });
  }

  /** Virtual time at which each step happened (index = step; 0 = the start). */
  timeOfStep(step: number): number {
    return this.stepTimes[Math.max(0, Math.min(step, this.stepTimes.length - 1))] ?? 0;
  }

  /** How many trace events belong to steps up to and including `step` (they are in step order). */
  traceLengthAt(step: number): number {
    let lo = 0;
    let hi = this.trace.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.trace[mid]?.step ?? 0) <= step) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A new simulation holding this one's history up to step `step` — every input up to the one that
   * would take step `step + 1` — to continue differently from there (the lab branches when the learner
   * acts in the past).
   */
  branch(step: number): Simulation {
    const b = new Simulation(this.checkpoints[0]?.state ?? this.world);
    for (const input of this.inputs) {
      const r = applyInput(b.world, input);
      if (r && r.state.step > step) break;
      b.apply(input);
    }
    return b;
  }

  /** Number of steps taken. */
  get steps(): number {
    return this.world.step;
  }

  /**
   * The world as it was right after step `step` (and the inputs that followed it without taking a
   * step, such as a `wait` that ended between events). Exact: rebuilt by replaying logged inputs.
   */
  stateAt(step: number): WorldState {
    const target = Math.max(0, Math.min(step, this.world.step));
    if (target === this.world.step) return this.world; // the live edge needs no replay
    if (this.lastSeek && this.lastSeek.step === target && this.lastSeek.inputs === this.inputs.length) {
      return this.lastSeek.state;
    }
    const cp = this.checkpoints[Math.floor(target / CHECKPOINT_EVERY)] ?? this.checkpoints[0];
    if (!cp) return this.world;
    let w = cp.state;
    for (let i = cp.inputIndex; i < this.inputs.length; i++) {
      const input = this.inputs[i];
      if (!input) break;
      const r = applyInput(w, input);
      if (!r) continue;
      if (r.state.step > target) break;
      w = r.state;
    }
    this.lastSeek = { step: target, inputs: this.inputs.length, state: w };
    return w;
  }

  /** The last seek's answer, reused while nothing has been appended (views ask repeatedly). */
  private lastSeek: { step: number; inputs: number; state: WorldState } | undefined;
}
