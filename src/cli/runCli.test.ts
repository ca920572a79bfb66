import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import type { CliIo, CliResult } from './runCli';

const files: Record<string, string> = {
  'good.tcp':
    'iss client=1000 server=5000\nserver listen\nclient connect\nwait until client ESTABLISHED within 1s\n',
  'bad.tcp': 'server listen\nclient conect\n',
  'failing.tcp': 'server listen\nclient connect\nwait 1s\nexpect client TIME_WAIT\n',
};

const io: CliIo = {
  readFile: (p) => {
    const f = files[p];
    if (f === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    return f;
  },
  stdoutIsTty: false,
};

function text(r: CliResult, to: 'stdout' | 'stderr'): string {
  return r.writes
    .filter((w) => w.to === to)
    .map((w) => (typeof w.data === 'string' ? w.data : '<binary>'))
    .join('');
}

describe('npm run sim', () => {
  it('prints a ladder for a scenario and exits 0', () => {
    const r = runCli(['--scenario', 'handshake'], io);
    expect(r.code).toBe(0);
    const out = text(r, 'stdout');
    expect(out).toContain('profile rfc9293 · seed 1');
    expect(out).toMatch(/#1 SYN seq=0 win=65535 ─+▶/);
    expect(out).toContain('SYN_SENT → ESTABLISHED');
  });

  it('--list names every scenario with its group', () => {
    const r = runCli(['--list'], io);
    expect(r.code).toBe(0);
    expect(text(r, 'stdout')).toMatch(/lost-final-ack\s+Loss/);
  });

  it('--format json writes a versioned trace with segments and final states', () => {
    const r = runCli(['--script', 'good.tcp', '--format', 'json'], io);
    expect(r.code).toBe(0);
    const doc = JSON.parse(text(r, 'stdout'));
    expect(doc.version).toBe(1);
    expect(doc.final.client.state).toBe('ESTABLISHED');
    const syn = doc.events.find((e: { kind: string }) => e.kind === 'send');
    expect(syn.seg).toMatchObject({ id: 1, from: 'client', to: 'server', flags: 'SYN', seq: 1000, len: 0 });
  });

  it('--format pcap writes a capture to the file given with -o', () => {
    const r = runCli(['--scenario', 'handshake', '--format', 'pcap', '-o', 'out.pcap'], io);
    expect(r.code).toBe(0);
    const w = r.writes.find((x) => typeof x.to === 'object');
    expect(w?.to).toEqual({ file: 'out.pcap' });
    const bytes = w?.data as Uint8Array;
    expect([...bytes.slice(0, 4)]).toEqual([0xd4, 0xc3, 0xb2, 0xa1]);
  });

  it('refuses to write binary pcap to a terminal', () => {
    const r = runCli(['--scenario', 'handshake', '--format', 'pcap'], { ...io, stdoutIsTty: true });
    expect(r.code).toBe(2);
    expect(text(r, 'stderr')).toContain('give -o FILE');
  });

  it('a script error names the file, line, column and problem, and exits 1', () => {
    const r = runCli(['--script', 'bad.tcp'], io);
    expect(r.code).toBe(1);
    expect(text(r, 'stderr')).toContain('bad.tcp: script error: line 2, col 8: unknown call "conect"');
  });

  it('a failed expect says what was expected and found, and exits 1', () => {
    const r = runCli(['--script', 'failing.tcp'], io);
    expect(r.code).toBe(1);
    expect(text(r, 'stderr')).toContain('expected client in TIME_WAIT, but it is in ESTABLISHED');
  });

  it('--seed and --profile override the script’s own lines', () => {
    const r = runCli(
      ['-e', 'seed 42; profile rfc9293; server listen', '--seed', '7', '--profile', 'linux'],
      io,
    );
    expect(text(r, 'stdout')).toContain('profile linux · seed 7');
  });

  it.each([
    [['--format', 'xml', '--scenario', 'handshake'], '--format must be text, json or pcap, not "xml"'],
    [['--scenario'], '--scenario needs a value'],
    [['--bogus'], 'unknown option "--bogus"'],
    [[], 'give a script'],
    [['--scenario', 'handshake', '-e', 'x'], 'give only one of'],
    [['--scenario', 'nope'], 'no scenario "nope"; there are: handshake'],
    [['--script', 'missing.tcp'], 'cannot read script file "missing.tcp" (ENOENT)'],
    [['--seed', '-1', '--scenario', 'handshake'], '--seed must be a whole number'],
  ])('usage error %j exits 2 with a clear message', (argv, message) => {
    const r = runCli(argv, io);
    expect(r.code).toBe(2);
    expect(text(r, 'stderr')).toContain(message);
    expect(text(r, 'stderr')).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
