/**
 * Runs a demo script against a fresh world and records everything in a Simulation. Pure in effect:
 * the same text gives the same trace, in Node and in the browser.
 */
import { MAX_RUN_STEPS } from './maxRunSteps';
import type { EndpointInput } from '../endpoint/endpointEvents';
import { stateOf } from '../endpoint/stepEndpoint';
import type { TcpState } from '../endpoint/tcpState';
import { nextUint32, seedPrng } from '../prng';
import { applyOptions, applyTimers, profileConfig } from '../profiles';
import type { Side } from '../segment';
import { flags, receiverOf } from '../segment';
import { formatDuration } from '../time';
import { DEFAULT_LINK } from '../world/linkSettings';
import type { LinkSettings } from '../world/linkSettings';
import { Simulation } from '../world/simulation';
import { createWorld, endpointState, isIdle, nextEvent } from '../world/world';
import type { WorldState } from '../world/worldState';
import type { Command, Located, OptionPatch, ProfileName, ScriptError, TimerSettingsPatch } from './ast';
import { evalNumExpr } from './evalNumExpr';
import { runExpect } from './runExpect';
import type { RunFailure } from './runFailure';
import { fail, runFailure, Stop } from './runFailure';
import { AT_WORK_FACTOR, runAt } from './runAt';

export type { RunFailure } from './runFailure';
import { parseScript } from './parseScript';

/** Limits that keep every run finite. */
export type RunLimits = {
  /** Most steps one run may take. @default 200000 */
  readonly maxSteps: number;
  /** Longest a `wait until` without `within`, or a `wait idle`, may wait in virtual time. @default 1 hour */
  readonly maxWaitMs: number;
};

/** Options for a run. */
export type RunOptions = {
  /** After the last command, let the world run until nothing is left to happen. @default true */
  readonly settle?: boolean;
  readonly limits?: Partial<RunLimits>;
  /** Values that win over the script's own `seed` and `profile` lines (the CLI's --seed, --profile). */
  readonly overrides?: { readonly seed?: number; readonly profile?: ProfileName };
  /** Called with the world after every change (for tests and progress displays). */
  readonly observe?: (w: WorldState) => void;
};

/** What a run returns. */
export type RunResult = {
  readonly ok: boolean;
  /** The recorded run (present unless the script did not parse). */
  readonly sim?: Simulation;
  readonly seed: number;
  readonly profile: ProfileName;
  /** Every problem: all parse errors, or the one failure that stopped the run. */
  readonly failures: readonly RunFailure[];
};

const DEFAULT_LIMITS: RunLimits = { maxSteps: MAX_RUN_STEPS, maxWaitMs: 3_600_000 };

const SETUP_KINDS = new Set<Command['kind']>(['seed', 'profile', 'timers', 'iss', 'option']);

const CALL_EVENT: Record<string, EndpointInput['type']> = {
  listen: 'PASSIVE_OPEN',
  connect: 'ACTIVE_OPEN',
  send: 'SEND',
  close: 'CLOSE',
  abort: 'ABORT',
  read: 'READ',
  shutdown: 'SHUTDOWN',
};

/** Where the script's checks count from (`mark`, and the previous `expect` for `expect none`). */
type Cursor = { mark: number; lastExpect: number };

/** Default ISS for each side, drawn from the seed (on a PRNG separate from the link's). */
function defaultIss(seed: number): { client: number; server: number } {
  const [a, s1] = nextUint32(seedPrng(seed ^ 0x5eed_1551));
  const [b] = nextUint32(s1);
  return { client: a, server: b };
}

/** Parses and runs a script. Never throws for any input text. */
export function runScript(text: string, options: RunOptions = {}): RunResult {
  const parsed = parseScript(text);
  if (parsed.errors.length > 0) {
    const seed = options.overrides?.seed ?? 1;
    const profile = options.overrides?.profile ?? 'rfc9293';
    return { ok: false, seed, profile, failures: parsed.errors.map(parseFailure) };
  }
  return runCommands(parsed.commands, options);
}

function parseFailure(e: ScriptError): RunFailure {
  return { kind: 'parse', line: e.line, col: e.col, message: e.message, code: e.code, params: e.params };
}

function isExpect(c: Located<Command>): c is Extract<Located<Command>, { kind: `expect${string}` }> {
  return c.kind.startsWith('expect');
}

/** Runs parsed commands. Never throws. */
export function runCommands(commands: readonly Located<Command>[], options: RunOptions = {}): RunResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let seed = 1;
  let profile: ProfileName = 'rfc9293';
  let timers: TimerSettingsPatch = {};
  let iss: { client?: number; server?: number } = {};
  let opts: OptionPatch = {};
  let i = 0;
  const earlyLinks: Located<Command>[] = [];
  for (; i < commands.length; i++) {
    const c = commands[i];
    if (c?.kind === 'link') {
      earlyLinks.push(c); // link settings may sit among the setup lines; applied once the world exists
      continue;
    }
    if (!c || !SETUP_KINDS.has(c.kind)) break;
    if (c.kind === 'seed') seed = c.seed;
    if (c.kind === 'profile') profile = c.profile;
    if (c.kind === 'timers') timers = { ...timers, ...c.settings };
    if (c.kind === 'option') opts = { ...opts, ...c.settings };
    if (c.kind === 'iss')
      iss = {
        ...iss,
        ...(c.client === undefined ? {} : { client: c.client }),
        ...(c.server === undefined ? {} : { server: c.server }),
      };
  }
  seed = options.overrides?.seed ?? seed;
  profile = options.overrides?.profile ?? profile;
  const cfg = applyOptions(applyTimers(profileConfig(profile), timers), opts);
  const issDefault = defaultIss(seed);
  const world = createWorld({
    seed,
    profile,
    endpoints: {
      client: { cfg, iss: iss.client ?? issDefault.client },
      server: { cfg, iss: iss.server ?? issDefault.server },
    },
  });
  let sim = new Simulation(world, options.observe);
  const failures: RunFailure[] = [];
  const cursor: Cursor = { mark: 0, lastExpect: 0 };
  const ats = commands.filter((c) => c.kind === 'at');
  const main = commands.slice(i, commands.length - ats.length);
  guarded(failures, () => {
    for (const c of earlyLinks) runCommand(sim, c, limits, cursor);
    for (const c of main) runCommand(sim, c, limits, cursor);
    if (options.settle ?? true) settle(sim, limits);
  });
  // Replayed lab actions act on the run as the lab showed it: settled, or stopped by a failure.
  if (ats.length > 0) {
    guarded(failures, () => {
      const budget = { left: AT_WORK_FACTOR * limits.maxSteps };
      for (const c of ats) {
        if (c.kind !== 'at') continue;
        sim = runAt(sim, c, limits, budget, (s, t) => applyCommand(s, c.action, limits, cursor, t));
      }
      if (options.settle ?? true) settle(sim, limits);
    });
  }
  return { ok: failures.length === 0, sim, seed, profile, failures };
}

/** Runs `body`, turning a Stop (or anything unexpected) into a failure. */
function guarded(failures: RunFailure[], body: () => void): void {
  try {
    body();
  } catch (e) {
    if (e instanceof Stop) failures.push(e.failure);
    else
      failures.push(
        runFailure('limit', 'internalError', { error: e instanceof Error ? e.message : String(e) }),
      );
  }
}

function guardSteps(sim: Simulation, limits: RunLimits, c?: Located<Command>): void {
  if (sim.steps >= limits.maxSteps) {
    if (c) fail(c, 'limit', 'stepLimit', { max: limits.maxSteps });
    throw new Stop(runFailure('limit', 'stepLimit', { max: limits.maxSteps }));
  }
}

/** Runs every event due at or before `t`, then moves the clock to `t`. */
function runUntilTime(sim: Simulation, t: number, limits: RunLimits, c: Located<Command>): void {
  while (sim.apply({ kind: 'advance', limit: t })) guardSteps(sim, limits, c);
  sim.apply({ kind: 'setTime', t });
}

/**
 * Lets the world run until nothing is left to happen, for at most `maxWaitMs` of virtual time (two
 * desynchronized endpoints can trade throttled ACKs for ever); stopping early is noted in the trace.
 */
function settle(sim: Simulation, limits: RunLimits): void {
  const deadline = sim.current.now + limits.maxWaitMs;
  while (sim.apply({ kind: 'advance', limit: deadline })) guardSteps(sim, limits);
  if (nextEvent(sim.current) !== undefined) {
    const w = sim.current;
    sim.note({
      t: w.now,
      step: w.step,
      kind: 'note',
      key: 'run.settleLimit',
      detail: `stopped after ${formatDuration(limits.maxWaitMs)} of virtual time with events still pending`,
    });
  }
}

function runCommand(sim: Simulation, c: Located<Command>, limits: RunLimits, cursor: Cursor): void {
  const w = sim.current;
  if (isExpect(c)) {
    sim.note({
      t: w.now,
      step: w.step,
      kind: 'command',
      key: `script.${c.kind}`,
      source: c.source,
      line: c.pos.line,
    });
    runExpect(sim, c, cursor);
    cursor.lastExpect = sim.trace.length;
    return;
  }
  sim.note({
    t: w.now,
    step: w.step,
    kind: 'command',
    key: `script.${c.kind}`,
    source: c.source,
    line: c.pos.line,
  });
  applyCommand(sim, c, limits, cursor, w.now);
}

/** Does what command `c` says, leaving no `command` event; a call is made at time `now`. */
function applyCommand(
  sim: Simulation,
  c: Located<Command>,
  limits: RunLimits,
  cursor: Cursor,
  now: number,
): void {
  const w = sim.current;
  switch (c.kind) {
    case 'seed':
    case 'profile':
    case 'timers':
    case 'iss':
    case 'option':
      return fail(c, 'command', 'setupTooLate', { command: c.kind });
    case 'link':
      for (const dir of c.dir === 'both' ? (['c>s', 's>c'] as const) : [c.dir]) {
        const settings: LinkSettings = { ...DEFAULT_LINK, ...w.link[dir], ...c.settings };
        sim.apply({ kind: 'link', dir, settings });
      }
      return;
    case 'call': {
      const type = CALL_EVENT[c.call];
      if (!type) return fail(c, 'command', 'unknownCallRun', { call: c.call });
      const event = (
        type === 'SEND'
          ? { type, bytes: c.bytes ?? 0, now }
          : type === 'READ'
            ? { type, bytes: c.bytes, now }
            : { type, now }
      ) as EndpointInput;
      sim.apply({ kind: 'call', side: c.side, event });
      return;
    }
    case 'dropNext':
      sim.apply({
        kind: 'rule',
        rule: { kind: 'dropNext', dir: c.dir, remaining: c.count, ...(c.flags ? { flags: c.flags } : {}) },
      });
      return;
    case 'dropId': {
      if (w.inFlight.some((f) => f.seg.id === c.id)) {
        sim.apply({ kind: 'dropInFlight', id: c.id });
      } else if (c.id < w.nextSegId) {
        fail(c, 'command', 'segmentGone', { id: c.id });
      } else {
        sim.apply({ kind: 'rule', rule: { kind: 'dropId', id: c.id } });
      }
      return;
    }
    case 'delayNext':
      sim.apply({
        kind: 'rule',
        rule: { kind: 'delayNext', dir: c.dir, by: c.by, ...(c.flags ? { flags: c.flags } : {}) },
      });
      return;
    case 'dupNext':
      sim.apply({
        kind: 'rule',
        rule: { kind: 'dupNext', dir: c.dir, ...(c.flags ? { flags: c.flags } : {}) },
      });
      return;
    case 'inject': {
      const target = w.endpoints[receiverOf(c.dir)].context.tcb;
      const f = flags(...c.flags);
      const header = {
        seq: c.seq ? evalNumExpr(c.seq, target) : target.rcvNxt,
        ack: c.ack
          ? evalNumExpr(c.ack, target)
          : f.ACK
            ? target.sndNxt
            : evalNumExpr({ kind: 'abs', value: 0 }, target),
        flags: f,
        win: c.win ?? 65535,
        len: c.len ?? 0,
      };
      sim.apply({ kind: 'inject', header, dir: c.dir });
      return;
    }
    case 'wait':
      return runUntilTime(sim, w.now + c.ms, limits, c);
    case 'waitMsl':
      return runUntilTime(sim, w.now + c.factor * w.endpoints.client.context.cfg.msl, limits, c);
    case 'waitUntil':
      return waitUntil(sim, c, c.side, c.state, c.within, limits);
    case 'waitIdle': {
      const deadline = w.now + limits.maxWaitMs;
      while (!isIdle(sim.current)) {
        if (!sim.apply({ kind: 'advance', limit: deadline })) {
          fail(c, 'wait', 'notIdle', { duration: formatDuration(limits.maxWaitMs) });
        }
        guardSteps(sim, limits, c);
      }
      return;
    }
    case 'mute':
      sim.apply({ kind: 'mute', side: c.side, muted: c.muted });
      return;
    case 'mark':
      cursor.mark = sim.trace.length;
      return;
    default:
      return;
  }
}

function waitUntil(
  sim: Simulation,
  c: Located<Command>,
  side: Side,
  state: TcpState,
  within: number | undefined,
  limits: RunLimits,
): void {
  const start = sim.current.now;
  const bound = within ?? limits.maxWaitMs;
  const deadline = start + bound;
  if (endpointState(sim.current, side) === state) return;
  for (;;) {
    const events = sim.apply({ kind: 'advance', limit: deadline });
    if (!events) {
      const now = endpointState(sim.current, side);
      const idle = nextEvent(sim.current) === undefined;
      if (within !== undefined) sim.apply({ kind: 'setTime', t: deadline });
      const params = { side, state, now, t: formatDuration(sim.current.now) };
      if (idle) fail(c, 'wait', 'neverReachedIdle', params);
      fail(c, 'wait', 'neverReachedTimeout', { ...params, duration: formatDuration(bound) });
    }
    guardSteps(sim, limits, c);
    if (events.some((e) => e.kind === 'state' && e.side === side && e.to === state)) return;
  }
}

export { stateOf };
