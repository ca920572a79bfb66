import { describe, expect, it } from 'vitest';
import { endpointState } from '../world/world';
import { runScript } from './runScript';

const HANDSHAKE = 'iss client=1000 server=5000\nserver listen\nclient connect\nwait until server ESTABLISHED';

describe('running at-step lines', () => {
  it('an at line in the past cuts the run back to that step and acts there', () => {
    const r = runScript(`${HANDSHAKE}\nat step 2 client abort`);
    expect(r.failures).toEqual([]);
    const calls = (r.sim?.trace ?? [])
      .filter((e) => e.kind === 'call')
      .map((e) => e.kind === 'call' && e.call);
    expect(calls).toEqual(['PASSIVE_OPEN', 'ACTIVE_OPEN', 'ABORT']);
    expect(r.sim && endpointState(r.sim.current, 'server')).not.toBe('ESTABLISHED');
  });

  it('an at line past the run’s end, with nothing left to happen, fails naming the line', () => {
    const r = runScript(`${HANDSHAKE}\nat step 99 client close`);
    expect(r.failures).toEqual([
      {
        kind: 'command',
        line: 5,
        col: 1,
        source: 'at step 99 client close',
        message: expect.stringMatching(
          /^the run ends at step \d+, before step 99: nothing is left to happen$/,
        ),
        code: 'runEndsBefore',
        params: { last: expect.any(Number), step: 99 },
      },
    ]);
  });

  it('the action happens at t, and leaves no command event of its own', () => {
    const r = runScript(`${HANDSHAKE}\nat step 5 t=2s client close`);
    const close = r.sim?.trace.find((e) => e.kind === 'call' && e.call === 'CLOSE');
    expect(close?.t).toBe(2000);
    expect(r.sim?.trace.some((e) => e.kind === 'command' && e.source.includes('close'))).toBe(false);
  });

  it('at lines still act after a failed expect, on the run as it stopped', () => {
    const r = runScript('server listen\nexpect server ESTABLISHED\nat step 1 client connect');
    expect(r.failures.map((f) => f.kind)).toEqual(['expect']);
    expect(r.sim?.trace.some((e) => e.kind === 'call' && e.call === 'ACTIVE_OPEN')).toBe(true);
  });
});

describe('docs/script.md', () => {
  it('the at-step example runs without a failure, and its last line drops the ACK in flight', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/script.md', 'utf8');
    const section = doc.slice(doc.indexOf('### `at step N'));
    const example = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example).toContain('at step');
    const r = runScript(example);
    expect(r.failures).toEqual([]);
    const dropped = r.sim?.trace.find((e) => e.kind === 'drop');
    expect(dropped?.kind === 'drop' && dropped.seg.id).toBe(3);
    expect(r.sim?.trace.some((e) => e.kind === 'call' && e.call === 'CLOSE')).toBe(false);
  });
});

describe('the work of at-step lines is bounded', () => {
  it('lines jumping back and forth over a long run stop with a limit failure, quickly', () => {
    // Injected data sets off an exchange of ACKs that lasts the whole hour of settling (docs/script.md, inject).
    const storm =
      'iss client=1000 server=5000\nlink latency=250ms\nserver listen\nclient connect\n' +
      'wait until server ESTABLISHED\ninject c>s ACK len=100\nwait 2s';
    const jumps = Array.from(
      { length: 400 },
      (_, i) => `at step ${i % 2 === 0 ? 14000 : 10} link c>s latency=250ms`,
    );
    const t0 = performance.now();
    const r = runScript(`${storm}\n${jumps.join('\n')}`, { limits: { maxSteps: 20_000 } });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.failures).toEqual([
      expect.objectContaining({
        kind: 'limit',
        message: 'the "at step" lines took more than 40000 steps of work; stopped',
      }),
    ]);
  });
});
