/**
 * The linux profile against real Linux: each fixture in tests/fixtures/linux/ is a capture of a real
 * kernel (docs/linux-captures.md says how they were made); each is replayed here as a script with the
 * same socket calls at the same times, and the simulator must put the same segments on the wire —
 * flags, relative sequence and acknowledgment numbers and lengths, segment for segment.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/core/script/runScript';
import { formatFlags } from '../../src/core/segment';
import type { TraceEvent } from '../../src/core/world/trace';

type Wire = { dir: 'c>s' | 's>c'; flags: string; relSeq: number; relAck: number; len: number };
type Fixture = { name: string; kernel: string; segments: (Wire & { tMs: number })[] };

function fixture(name: string): Fixture {
  const url = new URL(`../fixtures/linux/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Fixture;
}

/** A capture's segments in the form `wire` gives ours: direction, flags, relative seq/ack, length. */
function capturedWire(real: Fixture): unknown[] {
  return real.segments.map(({ dir, flags, relSeq, relAck, len }) => ({ dir, flags, relSeq, relAck, len }));
}

/**
 * The run's segments as a capture sees them: on the server's interface (its own segments when sent,
 * the client's when they arrive; what the link loses on the way to it is not seen), or every segment
 * as sent (the lost-SYN capture, whose drop happened behind the capture point).
 */
function wire(trace: readonly TraceEvent[], seen: 'at-server' | 'all-sent'): Wire[] {
  const iss: Partial<Record<'c>s' | 's>c', number>> = {};
  for (const e of trace)
    if (e.kind === 'send' && e.seg.flags.SYN && iss[e.seg.dir] === undefined) iss[e.seg.dir] = e.seg.seq;
  const segs =
    seen === 'all-sent'
      ? trace.flatMap((e) => (e.kind === 'send' ? [e.seg] : []))
      : trace.flatMap((e) =>
          (e.kind === 'send' && e.seg.dir === 's>c') || (e.kind === 'arrive' && e.seg.dir === 'c>s')
            ? [e.seg]
            : [],
        );
  return segs.map((s) => {
    const mine = iss[s.dir];
    const theirs = iss[s.dir === 'c>s' ? 's>c' : 'c>s'];
    return {
      dir: s.dir,
      flags: formatFlags(s.flags),
      relSeq: mine === undefined ? s.seq : (s.seq - mine) >>> 0,
      relAck: !s.flags.ACK ? 0 : theirs === undefined ? s.ack : (s.ack - theirs) >>> 0,
      len: s.len,
    };
  });
}

/** Scripts with the socket calls of each captured exchange, at the times the capture recorded them. */
const exchanges = (
  L: number,
): readonly { name: string; seen: 'at-server' | 'all-sent'; script: string }[] => [
  {
    name: 'normal-close',
    seen: 'at-server',
    script: `client send 100
wait ${L + 5}ms
server read
wait ${195 - L}ms
client close
wait until server CLOSE_WAIT within ${L + 10}ms
wait 200ms
server close`,
  },
  {
    name: 'normal-close-prompt',
    seen: 'at-server',
    script: `client send 100
wait ${L + 5}ms
server read
wait ${195 - L}ms
client close
wait until server CLOSE_WAIT within ${L + 10}ms
server close`,
  },
  {
    name: 'server-closes-first',
    seen: 'at-server',
    script: `wait 200ms
server close
wait until client CLOSE_WAIT within ${L + 10}ms
wait 200ms
client close`,
  },
  { name: 'simultaneous-close', seen: 'at-server', script: 'wait 1s\nserver close\nclient close' },
  { name: 'abort-linger0', seen: 'at-server', script: 'wait 200ms\nclient abort' },
  { name: 'close-unread', seen: 'at-server', script: 'client send 100\nwait 200ms\nserver close' },
  {
    name: 'half-close',
    seen: 'at-server',
    script: `wait 200ms
client shutdown
wait until server CLOSE_WAIT within ${L + 10}ms
wait 200ms
server send 200
wait ${L + 5}ms
client read
wait ${195 - L}ms
server close
wait until client TIME_WAIT within ${L + 10}ms
wait 200ms
client close`,
  },
  {
    name: 'lost-final-ack',
    seen: 'at-server',
    script: `wait 200ms
client close
drop next c>s ACK
wait until server CLOSE_WAIT within ${L + 10}ms
wait 200ms
server close`,
  },
  {
    name: 'data-after-close',
    seen: 'at-server',
    script: `wait 200ms
server close
wait until client CLOSE_WAIT within ${L + 10}ms
wait 200ms
client send 100`,
  },
];

const EXCHANGES = exchanges(1);

const opening = (L: number) =>
  `profile linux\nlink latency=${L}ms\nserver listen\nclient connect\nwait until server ESTABLISHED within 1s`;
const OPENING = opening(1);

describe('the linux profile puts the same segments on the wire as a real Linux kernel', () => {
  it.each(EXCHANGES.map((x) => [x.name, x] as const))('%s', (_, x) => {
    const r = runScript(`${OPENING}\n${x.script}\nwait 5s`);
    expect(r.failures).toEqual([]);
    expect(wire(r.sim?.trace ?? [], x.seen)).toEqual(capturedWire(fixture(x.name)));
  });

  it.each(exchanges(50).map((x) => [x.name, x] as const))('%s, over a link with 50 ms each way', (_, x) => {
    const r = runScript(`${opening(50)}\n${x.script}\nwait 5s`);
    expect(r.failures).toEqual([]);
    expect(wire(r.sim?.trace ?? [], x.seen)).toEqual(capturedWire(fixture(`${x.name}.delay50ms`)));
  });

  const LINKS = [
    { latency: 1, suffix: '' },
    { latency: 50, suffix: '.delay50ms' },
  ] as const;

  it.each(LINKS)(
    'refused (link $latency ms): a SYN to a port nobody listens on draws RST+ACK <SEQ=0><ACK=ISN+1>',
    ({ latency, suffix }) => {
      const r = runScript(`profile linux\nlink latency=${latency}ms\nclient connect\nwait 1s`);
      expect(wire(r.sim?.trace ?? [], 'at-server')).toEqual(capturedWire(fixture(`refused${suffix}`)));
    },
  );

  it.each(LINKS)(
    'lost SYN (link $latency ms): retransmitted after the initial RTO of 1 s, as the kernel does',
    ({ latency, suffix }) => {
      const r = runScript(
        `profile linux\nlink latency=${latency}ms\nserver listen\ndrop next c>s SYN\nclient connect\n` +
          `wait until client ESTABLISHED within 2s\nwait 200ms\nclient close\n` +
          `wait until server CLOSE_WAIT within ${latency + 10}ms\nwait 4ms\nserver close\nwait 5s`,
      );
      const real = fixture(`lost-syn${suffix}`);
      expect(wire(r.sim?.trace ?? [], 'all-sent')).toEqual(capturedWire(real));
      const synTimes = (r.sim?.trace ?? []).flatMap((e) =>
        e.kind === 'send' && e.seg.flags.SYN && e.seg.dir === 'c>s' ? [e.t] : [],
      );
      const realSynTimes = real.segments.filter((s) => s.flags === 'SYN').map((s) => s.tMs);
      expect((synTimes[1] ?? 0) - (synTimes[0] ?? 0)).toBeCloseTo(
        (realSynTimes[1] ?? 0) - (realSynTimes[0] ?? 0),
        -2,
      );
    },
  );
});

describe('where the rfc9293 profile and real Linux part ways (the comparison can tell them apart)', () => {
  const rfc = (name: string) => {
    const x = EXCHANGES.find((e) => e.name === name);
    const r = runScript(
      `${OPENING.replace('profile linux', 'profile rfc9293')}\n${x?.script ?? ''}\nwait 5s`,
    );
    return wire(r.sim?.trace ?? [], 'at-server');
  };
  const flagsOf = (w: readonly Wire[]) => w.map((s) => `${s.dir} ${s.flags}`);

  it('normal-close-prompt: the RFC profile closes in four segments where Linux merged the ACK into its FIN', () => {
    const real = fixture('normal-close-prompt').segments;
    expect(flagsOf(rfc('normal-close-prompt')).slice(-4)).toEqual([
      'c>s FIN+ACK',
      's>c ACK',
      's>c FIN+ACK',
      'c>s ACK',
    ]);
    expect(flagsOf(real).slice(-3)).toEqual(['c>s FIN+ACK', 's>c FIN+ACK', 'c>s ACK']);
  });

  it('close-unread: the RFC’s CLOSE sends a FIN where Linux’s close() sent RST+ACK', () => {
    expect(flagsOf(rfc('close-unread')).at(-1)).not.toBe('s>c RST+ACK');
    expect(flagsOf(fixture('close-unread').segments).at(-1)).toBe('s>c RST+ACK');
  });

  it('abort: the RFC’s ABORT sends a bare RST where Linux sent RST+ACK', () => {
    expect(flagsOf(rfc('abort-linger0')).at(-1)).toBe('c>s RST');
  });
});
