/**
 * `npm run bench`: engine throughput and seek time, against the floor of one bare XState transition.
 * Prints the figures; docs/performance.md records them. Not a test: nothing here fails on speed.
 */
import { performance } from 'node:perf_hooks';
import type { AnyActorScope } from 'xstate';
import { initialTransition, setup, transition } from 'xstate';
import { parseScript } from '../src/core/script/parseScript';
import type { Command, Located } from '../src/core/script/ast';
import { runCommands } from '../src/core/script/runScript';
import { mulberry } from './mulberry';
import { initialEndpointState, stepEndpointState } from '../src/core/endpoint/compiledEndpoint';
import type { EndpointInput } from '../src/core/endpoint/endpointEvents';
import { inertActorScope, initialEndpoint, stateOf, stepEndpoint } from '../src/core/endpoint/stepEndpoint';
import { profileConfig } from '../src/core/profiles';
import { FLAGS } from '../src/core/segment';
import { seq } from '../src/core/seq';

const LIFECYCLE = `seed 1
timers msl=30s
link latency=20ms jitter=5ms loss=10%
server listen
client connect
wait until server ESTABLISHED within 10min
client send 10000
server send 10000
wait idle
client close
server close
wait until client CLOSED within 30min
wait until server CLOSED within 30min`;

function withSeed(commands: readonly Located<Command>[], seed: number): Located<Command>[] {
  return commands.map((c) => (c.kind === 'seed' ? { ...c, seed } : c));
}

function lifecycles(durationMs: number): {
  perSecond: number;
  runs: number;
  steps: number;
  usPerStep: number;
  endedEarly: number;
} {
  const parsed = parseScript(LIFECYCLE);
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
  let runs = 0;
  let steps = 0;
  let endedEarly = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < durationMs) {
    const r = runCommands(withSeed(parsed.commands, runs + 1));
    // With 10% loss a handshake can, rarely, give up for real (RFC 9293 §3.8.3); it still counts as run.
    if (!r.ok) endedEarly++;
    steps += r.sim?.steps ?? 0;
    runs++;
  }
  const elapsed = performance.now() - t0;
  return { perSecond: (runs / elapsed) * 1000, runs, steps, usPerStep: (elapsed * 1000) / steps, endedEarly };
}

function seekTimes(samples: number): {
  events: number;
  steps: number;
  meanMs: number;
  p99Ms: number;
  maxMs: number;
} {
  // A long transfer both ways; the applications read as data comes, so the windows keep opening.
  const reading = Array.from({ length: 600 }, () => 'wait 100ms\nclient read\nserver read').join('\n');
  const script = `seed 3
link latency=20ms jitter=5ms
server listen
client connect
wait until server ESTABLISHED within 10min
client send 8000000
server send 4000000
${reading}
client close
server close`;
  const r = runCommands(parseScript(script).commands);
  const sim = r.sim;
  if (!r.ok || !sim) throw new Error(JSON.stringify(r.failures));
  const rand = mulberry(11);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const step = Math.floor(rand() * sim.steps);
    const t0 = performance.now();
    const w = sim.stateAt(step);
    times.push(performance.now() - t0);
    if (w.step !== step) throw new Error(`seek to ${step} landed on ${w.step}`);
  }
  times.sort((a, b) => a - b);
  return {
    events: sim.trace.length,
    steps: sim.steps,
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    p99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
  };
}

/** The floor: one transition of a two-state machine, stepped as cheaply as XState allows. */
function floorUs(n: number): { reusedScope: number; xstateTransition: number } {
  const m = setup({}).createMachine({
    initial: 'a',
    states: { a: { on: { T: 'b' } }, b: { on: { T: 'a' } } },
  });
  const scope = inertActorScope(m, () => {}) as AnyActorScope;
  let s = m.getInitialSnapshot(scope);
  for (let i = 0; i < n / 10; i++) s = m.transition(s, { type: 'T' }, scope); // warm up
  let t0 = performance.now();
  for (let i = 0; i < n; i++) s = m.transition(s, { type: 'T' }, scope);
  const reusedScope = ((performance.now() - t0) * 1000) / n;
  let [p] = initialTransition(m);
  t0 = performance.now();
  for (let i = 0; i < n / 10; i++) [p] = transition(m, p, { type: 'T' });
  const xstateTransition = ((performance.now() - t0) * 1000) / (n / 10);
  return { reusedScope, xstateTransition };
}

/**
 * One endpoint's whole life — open, 10 KB each way, close, TIME_WAIT — as a recorded event sequence,
 * stepped through the compiled statechart (what the world uses) and through XState's own runtime (the
 * reference it is tested against). Returns µs per step for each.
 */
function endpointSteps(): { compiledUs: number; xstateUs: number; events: number } {
  const cfg = profileConfig('rfc9293');
  const P = 5000;
  const seg = (f: keyof typeof FLAGS, s: number, a: number, len = 0): EndpointInput => ({
    type: 'SEGMENT',
    seg: { seq: seq(s), ack: seq(a), flags: FLAGS[f], win: 65535, len },
    now: 0,
  });
  const events: EndpointInput[] = [
    { type: 'ACTIVE_OPEN', now: 0 },
    seg('SYN_ACK', P, 1001),
    { type: 'SEND', bytes: 10_000, now: 0 },
  ];
  for (let acked = 1001; acked < 11_001; acked += 1460)
    events.push(seg('ACK', P + 1, Math.min(acked + 1460, 11_001)));
  for (let off = 0; off < 10_000; off += 1460)
    events.push(seg('PSH_ACK', P + 1 + off, 11_001, Math.min(1460, 10_000 - off)));
  events.push({ type: 'CLOSE', now: 0 }, seg('ACK', P + 10_001, 11_002), seg('FIN_ACK', P + 10_001, 11_002), {
    type: 'TIME_WAIT_TIMEOUT',
    now: 0,
  });
  const reps = 2000;
  let t0 = performance.now();
  for (let r = 0; r < reps; r++) {
    let s = initialEndpointState({ cfg, iss: 1000 });
    for (const e of events) [s] = stepEndpointState(s, e);
    if (s.value !== 'CLOSED') throw new Error(`compiled life ended in ${s.value}`);
  }
  const compiledUs = ((performance.now() - t0) * 1000) / (reps * events.length);
  t0 = performance.now();
  for (let r = 0; r < reps / 10; r++) {
    let s = initialEndpoint({ cfg, iss: 1000 });
    for (const e of events) [s] = stepEndpoint(s, e);
    if (stateOf(s) !== 'CLOSED') throw new Error(`XState life ended in ${stateOf(s)}`);
  }
  const xstateUs = ((performance.now() - t0) * 1000) / ((reps / 10) * events.length);
  return { compiledUs, xstateUs, events: events.length };
}

const fmt = (n: number, d = 2) => n.toFixed(d);

lifecycles(500); // warm-up
const life = lifecycles(5000);
const seek = seekTimes(1000);
const floor = floorUs(500_000);
const ep = endpointSteps();

console.log('TCP State Lab engine benchmark (one core, Node ' + process.version + ')');
console.log('');
console.log('Lifecycles: handshake, 10 KB each way, close, TIME_WAIT expiry, 10% loss');
console.log(`  ${fmt(life.perSecond, 0)} lifecycles/s   target ≥ 2000/s`);
console.log(
  `  (${life.runs} runs, ${life.steps} steps, ${fmt(life.usPerStep)} µs per step, ${life.endedEarly} gave up under loss)`,
);
console.log('');
console.log(`Seek to a random step of a ${seek.steps}-step run (${seek.events} trace events), 1000 samples`);
console.log(
  `  mean ${fmt(seek.meanMs, 3)} ms   p99 ${fmt(seek.p99Ms, 3)} ms   max ${fmt(seek.maxMs, 3)} ms   target ≤ 30 ms`,
);
console.log('');
console.log('Floor: one bare XState transition on a two-state machine');
console.log(`  ${fmt(floor.reusedScope, 3)} µs with one reused actor scope`);
console.log(`  ${fmt(floor.xstateTransition, 3)} µs through xstate's transition() (builds a scope per call)`);
console.log('');
console.log(`One endpoint step, over a whole life of ${ep.events} events`);
console.log(
  `  ${fmt(ep.compiledUs, 3)} µs compiled statechart (what the world uses) = ${fmt(ep.compiledUs / floor.reusedScope, 2)} × the floor`,
);
console.log(
  `  ${fmt(ep.xstateUs, 3)} µs through XState's runtime (the reference) = ${fmt(ep.xstateUs / floor.reusedScope, 2)} × the floor`,
);
console.log(
  `  whole engine per step (world, link, trace, checkpoints) = ${fmt(life.usPerStep / floor.reusedScope, 2)} × the floor`,
);
