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
