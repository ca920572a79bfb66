/**
 * A learner's session in the lab: a recorded simulation, the step and virtual time being shown, and the
 * operations the views need — play forward in virtual time, step, seek, and act (a user call, a link
 * change, dropping a segment) at the moment shown. Acting in the past branches the run from there.
 * Pure in effect: every operation returns a new session (a simulation is only ever appended to while
 * it is the live one).
 */
import type { ProfileName } from '../script/ast';
import type { RunFailure } from '../script/runFailure';
import type { RunOptions } from '../script/runScript';
import { runScript } from '../script/runScript';
import type { WorldInput } from '../world/simulation';
import { Simulation } from '../world/simulation';
import type { TraceEvent } from '../world/trace';
import { nextEvent } from '../world/world';
import type { WorldState } from '../world/worldState';
import { withWorld } from '../world/worldState';

/** One lab session. */
export type LabSession = {
  /** The run so far. */
  readonly sim: Simulation;
  /** The step shown (0 = before anything happened). */
  readonly step: number;
  /** The virtual time shown, at or after the shown step's time. */
  readonly time: number;
  /** The script the session started from. */
  readonly script: string;
  readonly seed: number;
  readonly profile: ProfileName;
  /** Problems with the script (parse errors, failed expects), if any. */
  readonly failures: readonly RunFailure[];
  /** The learner's actions that are part of the run, in order (sessionScript.ts writes them as a script). */
  readonly actions: readonly RecordedAction[];
};

/** One learner action: the world inputs `act` applied, at the step and time shown then. */
export type RecordedAction = {
  readonly step: number;
  readonly time: number;
  readonly inputs: readonly WorldInput[];
};

/** What the views draw for the shown moment. */
export type LabView = {
  /** The world at the shown step, with its clock at the shown time. */
  readonly world: WorldState;
  /** Trace events up to and including the shown step. */
  readonly trace: readonly TraceEvent[];
  /** The trace events of the shown step alone. */
  readonly stepEvents: readonly TraceEvent[];
};

/** Idle spans longer than this, with nothing on the wire, are skipped while playing (virtual ms). */
export const IDLE_SKIP_MS = 3000;

/** Most world steps one tick may take at the live edge (keeps a frame short). */
const MAX_STEPS_PER_TICK = 2000;

/** Options for a new session. */
export type SessionOptions = {
  readonly seed?: number;
  readonly profile?: ProfileName;
  /**
   * Show the script's start (a scenario to play), its end (a world to act in), or a step (run on to it
   * if the recorded run is shorter, as far as anything is left to happen). @default 'start'
   */
  readonly at?: 'start' | 'end' | number;
};

/** Starts a session from a script: the whole script is run now, and the session shows its start or end. */
export function createSession(script: string, options: SessionOptions = {}): LabSession {
  const overrides = {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  };
  const r = runScript(script, { overrides });
  const sim = r.sim ?? new Simulation(emptyWorldFallback(overrides));
  const s: LabSession = {
    sim,
    step: 0,
    time: 0,
    script,
    seed: r.seed,
    profile: r.profile,
    failures: r.failures,
    actions: [],
  };
  if (options.at === 'end') return { ...s, step: sim.steps, time: sim.current.now };
  if (typeof options.at !== 'number') return s;
  const target = Math.max(0, Math.floor(options.at));
  while (sim.steps < target && sim.apply({ kind: 'advance', limit: Infinity })) {
    /* a shared session may have been played past where settling stopped */
  }
  return seek(s, target);
}

function emptyWorldFallback(overrides: RunOptions['overrides']): WorldState {
  const r = runScript('', { ...(overrides ? { overrides } : {}) });
  if (!r.sim) throw new Error('an empty script always runs');
  return r.sim.stateAt(0);
}

/** True when the shown step is the last one recorded (acting here needs no branch). */
export function atLiveEdge(s: LabSession): boolean {
  return s.step >= s.sim.steps;
}

const views = new WeakMap<LabSession, LabView>();

/** The moment shown, for the views. Computed once per session value (every view asks for it). */
export function viewOf(s: LabSession): LabView {
  const cached = views.get(s);
  if (cached) return cached;
  const v = computeView(s);
  views.set(s, v);
  return v;
}

/** The last trace prefix cut from each simulation: frames within one step share it (less garbage). */
const prefixes = new WeakMap<Simulation, Pick<LabView, 'trace' | 'stepEvents'> & { step: number }>();

function computeView(s: LabSession): LabView {
  const w = s.sim.stateAt(s.step);
  const world = s.time > w.now ? withWorld(w, { now: s.time }) : w;
  const end = s.sim.traceLengthAt(s.step);
  const cached = prefixes.get(s.sim);
  // A simulation is only appended to, so the same step and length mean the same events.
  if (cached && cached.step === s.step && cached.trace.length === end) {
    return { world, trace: cached.trace, stepEvents: cached.stepEvents };
  }
  const trace = s.sim.trace.slice(0, end);
  let start = end;
  while (start > 0 && trace[start - 1]?.step === s.step) start--;
  const cut = { step: s.step, trace, stepEvents: trace.slice(start) };
  prefixes.set(s.sim, cut);
  return { world, trace: cut.trace, stepEvents: cut.stepEvents };
}

/** Time of the next thing that will happen after the shown moment, or undefined. */
function nextTime(s: LabSession): number | undefined {
  if (s.step < s.sim.steps) return s.sim.timeOfStep(s.step + 1);
  return nextEvent(s.sim.current)?.at;
}

/**
 * Moves the shown time forward by `dt` virtual ms, through recorded steps and, at the live edge, by
 * running the world. An idle stretch (nothing on the wire) longer than IDLE_SKIP_MS is skipped.
 */
export function advanceTime(s: LabSession, dt: number): LabSession {
  let time = s.time + Math.max(0, dt);
  const next = nextTime(s);
  const idle = viewOf(s).world.inFlight.length === 0;
  if (idle && next !== undefined && next - s.time > IDLE_SKIP_MS && time < next - 500) time = next - 500;
  let step = s.step;
  while (step < s.sim.steps && s.sim.timeOfStep(step + 1) <= time) step++;
  if (step >= s.sim.steps) {
    let budget = MAX_STEPS_PER_TICK;
    while (budget-- > 0 && s.sim.apply({ kind: 'advance', limit: time })) {
      /* the world catches up with the shown time */
    }
    step = s.sim.steps;
  }
  return { ...s, step, time };
}

/** Shows the next step (running the world one event further at the live edge). */
export function stepForward(s: LabSession): LabSession {
  if (s.step < s.sim.steps) return { ...s, step: s.step + 1, time: s.sim.timeOfStep(s.step + 1) };
  if (!s.sim.apply({ kind: 'advance', limit: Infinity })) return s;
  return { ...s, step: s.sim.steps, time: s.sim.timeOfStep(s.sim.steps) };
}

/** Shows the previous step, exactly as it was. */
export function stepBack(s: LabSession): LabSession {
  const step = Math.max(0, s.step - 1);
  return { ...s, step, time: s.sim.timeOfStep(step) };
}

/** Shows step `step` (clamped to what has been recorded). */
export function seek(s: LabSession, step: number): LabSession {
  const k = Math.max(0, Math.min(Math.floor(step), s.sim.steps));
  return { ...s, step: k, time: s.sim.timeOfStep(k) };
}

/**
 * Acts at the shown moment: the inputs are applied at the shown time, after branching the run there if
 * it is in the past. The session then shows the moment right after the action.
 */
export function act(s: LabSession, inputs: readonly WorldInput[]): LabSession {
  if (inputs.length === 0 || inputs.every((i) => isStaleDrop(s, i))) return s; // nothing would change
  const sim = atLiveEdge(s) ? s.sim : s.sim.branch(s.step);
  if (s.time > sim.current.now) sim.apply({ kind: 'setTime', t: s.time });
  for (const input of inputs) sim.apply(input);
  const actions = [...keptActions(s), { step: s.step, time: s.time, inputs }];
  return { ...s, sim, step: sim.steps, time: Math.max(s.time, sim.current.now), actions };
}

/** Dropping a segment that is not on the link (any more) changes nothing. */
function isStaleDrop(s: LabSession, input: WorldInput): boolean {
  return input.kind === 'dropInFlight' && !viewOf(s).world.inFlight.some((f) => f.seg.id === input.id);
}

/**
 * The recorded actions a branch at the shown step keeps, by Simulation.branch's rule: everything up to
 * the shown step, and the actions at it that took no step (a call or an inject takes one).
 */
function keptActions(s: LabSession): readonly RecordedAction[] {
  if (atLiveEdge(s)) return s.actions;
  return s.actions.filter(
    (a) =>
      a.step < s.step ||
      (a.step === s.step && !a.inputs.some((i) => i.kind === 'call' || i.kind === 'inject')),
  );
}
