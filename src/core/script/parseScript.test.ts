import { describe, it, expect } from 'vitest';
import { formatScriptError, parseScript } from './parseScript';
import { command, error } from './parseScript.testkit';

describe('parseScript: layout', () => {
  it('empty text, blank lines and comments parse to nothing', () => {
    expect(parseScript('')).toEqual({ commands: [], errors: [] });
    expect(parseScript('\n\n   \t\n# just a comment\n  # indented\r\n')).toEqual({
      commands: [],
      errors: [],
    });
  });

  it('records each command with its 1-based position and trimmed source, comments removed', () => {
    const { commands } = parseScript('seed 7\n\n   client   connect   # open it\n');
    expect(commands.map((c) => [c.pos, c.source])).toEqual([
      [{ line: 1, col: 1 }, 'seed 7'],
      [{ line: 3, col: 4 }, 'client   connect'],
    ]);
  });

  it('";" separates commands on one line, each with its own column', () => {
    const { commands } = parseScript('server listen; client connect ;wait 1s');
    expect(commands.map((c) => [c.kind, c.pos.col, c.source])).toEqual([
      ['call', 1, 'server listen'],
      ['call', 16, 'client connect'],
      ['wait', 32, 'wait 1s'],
    ]);
  });

  it('a ";" inside a comment does not start a command', () => {
    expect(parseScript('seed 1 # a; b').commands).toHaveLength(1);
  });

  it('"#" glued to a word starts a comment', () => {
    expect(command('wait 1s#later')).toEqual({ kind: 'wait', ms: 1000 });
  });

  it('CRLF and lone CR end lines', () => {
    const { commands } = parseScript('seed 1\r\nseed 2\rseed 3');
    expect(commands.map((c) => c.pos.line)).toEqual([1, 2, 3]);
  });

  it('commands and keywords are case-insensitive', () => {
    expect(command('CLIENT Connect')).toEqual({ kind: 'call', side: 'client', call: 'connect' });
    expect(command('WAIT UNTIL S established')).toEqual({
      kind: 'waitUntil',
      side: 'server',
      state: 'ESTABLISHED',
    });
  });

  it('a word in double quotes keeps its blanks, ";" and "#", and unescapes \\" and \\\\', () => {
    expect(command('expect c error "a b; c # d"')).toMatchObject({ error: 'a b; c # d' });
    expect(command('expect c error "say \\"hi\\" \\\\ \\n"')).toMatchObject({ error: 'say "hi" \\ \\n' });
    const { commands } = parseScript('expect c notified "x;y" ; mark # "not quoted');
    expect(commands.map((c) => c.source)).toEqual(['expect c notified "x;y"', 'mark']);
  });

  it('a quote inside a word is an ordinary character', () => {
    expect(error('seed 4"2')).toBe(
      'line 1, col 6: seed must be a whole number from 0 to 4294967295, not "4\\"2"',
    );
  });

  it('a quote left open at the end of its line is an error at the quote, and the next line still parses', () => {
    const { commands, errors } = parseScript('expect c error "oops; mark\nmark');
    expect(errors.map(formatScriptError)).toEqual([
      'line 1, col 16: unterminated quoted text: add a closing " on the same line',
    ]);
    expect(commands.map((c) => [c.kind, c.pos.line])).toEqual([['mark', 2]]);
  });

  it('good commands still parse when other lines have errors, and every error is reported', () => {
    const { commands, errors } = parseScript('seed 1\nclinet connect\nwait 5\nserver listen\nfoo');
    expect(commands.map((c) => c.source)).toEqual(['seed 1', 'server listen']);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 5]);
  });
});

describe('parseScript: settings commands', () => {
  it('seed takes a uint32, decimal or hex', () => {
    expect(command('seed 42')).toEqual({ kind: 'seed', seed: 42 });
    expect(command('seed 4294967295')).toEqual({ kind: 'seed', seed: 4294967295 });
    expect(command('seed 0xff')).toEqual({ kind: 'seed', seed: 255 });
  });

  it('seed out of range names the range', () => {
    expect(error('seed 4294967296')).toBe(
      'line 1, col 6: seed must be a whole number from 0 to 4294967295, not "4294967296"',
    );
    expect(error('seed -1')).toContain('from 0 to 4294967295');
  });

  it('profile accepts rfc9293, rfc, rfc-9293 and linux', () => {
    for (const name of ['rfc9293', 'RFC', 'rfc-9293']) {
      expect(command(`profile ${name}`)).toEqual({ kind: 'profile', profile: 'rfc9293' });
    }
    expect(command('profile Linux')).toEqual({ kind: 'profile', profile: 'linux' });
    expect(error('profile bsd')).toBe('line 1, col 9: unknown profile "bsd" (expected rfc9293 or linux)');
  });

  it('link without a direction applies to both; percentages and fractions both read as fractions', () => {
    expect(command('link latency=50ms jitter=1.5s loss=10% dup=0.05 reorder=100%')).toEqual({
      kind: 'link',
      dir: 'both',
      settings: { latency: 50, jitter: 1500, loss: 0.1, dup: 0.05, reorder: 1 },
    });
  });

  it('link takes a direction in any accepted spelling', () => {
    expect(command('link c>s loss=1')).toEqual({ kind: 'link', dir: 'c>s', settings: { loss: 1 } });
    expect(command('link server->client loss=0%')).toEqual({
      kind: 'link',
      dir: 's>c',
      settings: { loss: 0 },
    });
  });

  it('link needs a setting, a known key, a value and a probability in range', () => {
    expect(error('link c>s')).toMatch(/^line 1, col 6: link needs at least one setting/);
    expect(error('link lost=10%')).toBe(
      'line 1, col 6: unknown link setting "lost" (expected latency, jitter, loss, dup or reorder); did you mean "loss"?',
    );
    expect(error('link loss 10%')).toBe(
      'line 1, col 6: loss needs a value: write loss=VALUE with no spaces around "="',
    );
    expect(error('link loss=150%')).toBe(
      'line 1, col 11: loss must be from 0% to 100% (or a fraction from 0 to 1), not "150%"',
    );
    expect(error('link loss=10')).toContain('from 0% to 100%');
    expect(error('link loss=1% loss=2%')).toBe('line 1, col 14: loss is set twice');
    expect(error('link up loss=1%')).toBe('line 1, col 6: unknown direction "up" (expected c>s or s>c)');
  });

  it('timers reads durations and whole-number retry counts; "-" in keys reads as "_"', () => {
    expect(
      command(
        'timers msl=30s rto=1s rto-min=200ms RTO_MAX=2m fin_timeout=60s time_wait=1min user_timeout=0ms delack=40ms retries=15 syn_retries=6',
      ),
    ).toEqual({
      kind: 'timers',
      settings: {
        msl: 30000,
        rto: 1000,
        rto_min: 200,
        rto_max: 120000,
        fin_timeout: 60000,
        time_wait: 60000,
        user_timeout: 0,
        delack: 40,
        retries: 15,
        syn_retries: 6,
      },
    });
  });

  it('timers rejects counts out of 0..100 and durations without units', () => {
    expect(error('timers retries=101')).toBe(
      'line 1, col 16: retries must be a whole number from 0 to 100, not "101"',
    );
    expect(error('timers retries=1.5')).toContain('whole number');
    expect(error('timers rto=5')).toBe(
      'line 1, col 12: rto "5" needs a unit: ms, s, m or min (e.g. 5ms or 5s)',
    );
    expect(error('timers')).toMatch(/timers needs at least one setting/);
  });

  it('timers delack takes a duration, and 0ms turns delayed ACKs off', () => {
    expect(command('timers delack=0ms')).toEqual({ kind: 'timers', settings: { delack: 0 } });
    expect(error('timers delack=40')).toBe(
      'line 1, col 15: delack "40" needs a unit: ms, s, m or min (e.g. 40ms or 40s)',
    );
    expect(error('timers delak=40ms')).toMatch(/unknown timer setting "delak" .*; did you mean "delack"\?$/);
    expect(command('timers delack=499ms')).toEqual({ kind: 'timers', settings: { delack: 499 } });
    expect(error('timers delack=500ms')).toBe(
      'line 1, col 15: delack must be under 500ms (RFC 9293 §3.8.6.3: an ACK is delayed less than 0.5 s)',
    );
  });

  it('iss sets either or both sides, with c and s as aliases', () => {
    expect(command('iss client=1000 server=0xffffffff')).toEqual({
      kind: 'iss',
      client: 1000,
      server: 4294967295,
    });
    expect(command('iss s=5')).toEqual({ kind: 'iss', server: 5 });
    expect(error('iss client=1 c=2')).toBe('line 1, col 14: client is set twice');
    expect(error('iss server=4294967296')).toContain('from 0 to 4294967295');
  });

  it('option sets switches and the receive buffer; "-" in keys reads as "_"', () => {
    expect(command('option rfc1337=on challenge-ack=OFF syncookies=on rcvbuf=4096')).toEqual({
      kind: 'option',
      settings: { rfc1337: true, challenge_ack: false, syncookies: true, rcvbuf: 4096 },
    });
    expect(command('OPTION rcvbuf=0')).toEqual({ kind: 'option', settings: { rcvbuf: 0 } });
    expect(command('option rcvbuf=65535')).toEqual({ kind: 'option', settings: { rcvbuf: 65535 } });
  });

  it('option switches also read true/false, yes/no and 1/0, in any case', () => {
    for (const [text, on] of [
      ['on', true],
      ['TRUE', true],
      ['yes', true],
      ['1', true],
      ['Off', false],
      ['false', false],
      ['NO', false],
      ['0', false],
    ] as const) {
      expect(command(`option syncookies=${text}`)).toEqual({ kind: 'option', settings: { syncookies: on } });
    }
  });

  it('option needs a setting, a known key, an on/off value and rcvbuf in 0..65535', () => {
    expect(error('option')).toBe(
      'line 1, col 1: option needs at least one setting: rfc1337, challenge_ack, syncookies or rcvbuf (e.g. "option rfc1337=on")',
    );
    expect(error('option rfc1338=on')).toBe(
      'line 1, col 8: unknown option setting "rfc1338" (expected rfc1337, challenge_ack, syncookies or rcvbuf); did you mean "rfc1337"?',
    );
    expect(error('option challenge_acks=on')).toMatch(/did you mean "challenge_ack"\?$/);
    expect(error('option rfc1337=maybe')).toBe(
      'line 1, col 16: rfc1337 must be on or off (or true/false, yes/no, 1/0), not "maybe"',
    );
    expect(error('option rcvbuf=65536')).toBe(
      'line 1, col 15: rcvbuf must be a whole number from 0 to 65535, not "65536"',
    );
    expect(error('option rcvbuf=1.5')).toContain('whole number');
    expect(error('option rfc1337')).toBe(
      'line 1, col 8: rfc1337 needs a value: write rfc1337=VALUE with no spaces around "="',
    );
    expect(error('option rfc1337=on rfc1337=off')).toBe('line 1, col 19: rfc1337 is set twice');
  });
});

describe('parseScript: endpoint calls', () => {
  it('reads every verb for both endpoints and their short names', () => {
    expect(command('s listen')).toEqual({ kind: 'call', side: 'server', call: 'listen' });
    expect(command('c close')).toEqual({ kind: 'call', side: 'client', call: 'close' });
    expect(command('server abort')).toEqual({ kind: 'call', side: 'server', call: 'abort' });
  });

  it('send takes a byte count with an optional B, K, KB or KiB unit', () => {
    expect(command('client send 3000')).toEqual({ kind: 'call', side: 'client', call: 'send', bytes: 3000 });
    expect(command('client send 3000B')).toMatchObject({ bytes: 3000 });
    expect(command('client send 3K')).toMatchObject({ bytes: 3000 });
    expect(command('client send 3kb')).toMatchObject({ bytes: 3000 });
    expect(command('client send 4KiB')).toMatchObject({ bytes: 4096 });
  });

  it('send without a positive whole byte count is an error', () => {
    expect(error('client send')).toBe('line 1, col 8: send needs a byte count, e.g. "client send 3000"');
    expect(error('client send 0')).toContain('from 1 to');
    expect(error('client send 1.5KB')).toContain('byte count');
  });

  it('read takes an optional byte count; without one it reads everything', () => {
    expect(command('client read')).toEqual({ kind: 'call', side: 'client', call: 'read' });
    expect(command('S READ 4KiB')).toEqual({ kind: 'call', side: 'server', call: 'read', bytes: 4096 });
    expect(command('server read 1')).toMatchObject({ bytes: 1 });
  });

  it('read with a count that is not a positive whole byte count is an error', () => {
    expect(error('client read 0')).toBe('line 1, col 13: read takes from 1 to 100000000 bytes, not "0"');
    expect(error('client read all')).toBe(
      'line 1, col 13: read takes an optional byte count such as 3000, 3KB or 4KiB, not "all"',
    );
    expect(error('client read 5 6')).toBe('line 1, col 15: unexpected extra word "6"');
  });

  it('shutdown takes no argument', () => {
    expect(command('client shutdown')).toEqual({ kind: 'call', side: 'client', call: 'shutdown' });
    expect(error('client shutdown now')).toBe('line 1, col 17: unexpected extra word "now"');
  });

  it('an unknown verb suggests the nearest one, read and shutdown included', () => {
    expect(error('client conect')).toBe(
      'line 1, col 8: unknown call "conect" (expected listen, connect, send, read, shutdown, close or abort); did you mean "connect"?',
    );
    expect(error('client open')).toMatch(/did you mean "connect"\?$/);
    expect(error('client raed')).toMatch(/did you mean "read"\?$/);
    expect(error('client recv')).toMatch(/did you mean "read"\?$/);
    expect(error('client shutdwn')).toMatch(/did you mean "shutdown"\?$/);
  });

  it('an unknown endpoint is an unknown command that suggests the nearest', () => {
    expect(error('clinet connect')).toBe('line 1, col 1: unknown command "clinet"; did you mean "client"?');
  });

  it('a verb without an endpoint says calls start with the endpoint', () => {
    expect(error('connect')).toBe(
      'line 1, col 1: unknown command "connect"; calls start with the endpoint, e.g. "client connect"',
    );
    expect(error('shutdown')).toMatch(/e\.g\. "client shutdown"$/);
    expect(error('read')).toMatch(/e\.g\. "client read"$/);
  });

  it('an endpoint alone lists the calls', () => {
    expect(error('client')).toBe(
      'line 1, col 1: client needs a call: listen, connect, send N, read [N], shutdown, close or abort',
    );
  });

  it('extra trailing words are an error at the first of them', () => {
    expect(error('client connect now')).toBe('line 1, col 16: unexpected extra word "now"');
  });
});

describe('parseScript: mute and mark', () => {
  it('mute and unmute take an endpoint in any accepted spelling', () => {
    expect(command('mute server')).toEqual({ kind: 'mute', side: 'server', muted: true });
    expect(command('MUTE c')).toEqual({ kind: 'mute', side: 'client', muted: true });
    expect(command('unmute S')).toEqual({ kind: 'mute', side: 'server', muted: false });
  });

  it('mute needs exactly one known endpoint', () => {
    expect(error('mute')).toBe('line 1, col 1: mute needs an endpoint, e.g. "mute server"');
    expect(error('unmute bob')).toBe(
      'line 1, col 8: unknown endpoint "bob" (expected client, c, server or s)',
    );
    expect(error('mute c s')).toBe('line 1, col 8: unexpected extra word "s"');
  });

  it('mute written as a call says to put the endpoint after it', () => {
    expect(error('client mute')).toBe('line 1, col 8: mute is not a call; write "mute client"');
    expect(error('s unmute')).toBe('line 1, col 3: unmute is not a call; write "unmute server"');
  });

  it('mark takes no arguments', () => {
    expect(command('Mark')).toEqual({ kind: 'mark' });
    expect(error('mark here')).toBe('line 1, col 6: unexpected extra word "here"');
  });
});

describe('parseScript: link faults', () => {
  it('drop next takes a direction, optional flags and an optional count', () => {
    expect(command('drop next s>c FIN')).toEqual({
      kind: 'dropNext',
      dir: 's>c',
      flags: ['FIN', 'ACK'],
      count: 1,
    });
    expect(command('dup next c>s PSH')).toEqual({ kind: 'dupNext', dir: 'c>s', flags: ['PSH', 'ACK'] });
    expect(command('drop next c>s SYN')).toEqual({ kind: 'dropNext', dir: 'c>s', flags: ['SYN'], count: 1 });
    expect(command('drop next c>s')).toEqual({ kind: 'dropNext', dir: 'c>s', flags: undefined, count: 1 });
    expect(command('drop next s>c ack+syn x3')).toEqual({
      kind: 'dropNext',
      dir: 's>c',
      flags: ['SYN', 'ACK'],
      count: 3,
    });
    expect(command('drop next c->s X2')).toMatchObject({ flags: undefined, count: 2 });
  });

  it('drop #N drops a segment by id, and "#" there is not a comment', () => {
    expect(command('drop #7')).toEqual({ kind: 'dropId', id: 7 });
    expect(error('drop #0')).toBe(
      'line 1, col 6: a segment id is # and a whole number from 1 to 4294967295, not "#0"',
    );
    expect(command('DROP #12 # and a comment')).toEqual({ kind: 'dropId', id: 12 });
  });

  it('a drop count outside x1..x1000 names the range', () => {
    expect(error('drop next c>s SYN x0')).toBe(
      'line 1, col 19: the count must be x and a whole number from 1 to 1000, not "x0"',
    );
  });

  it('drop with a bare number says to write the count as xN', () => {
    expect(error('drop next c>s 3')).toBe(
      'line 1, col 15: expected a count such as x3, not "3"; to drop several, write x3',
    );
  });

  it('delay next takes optional flags then a duration', () => {
    expect(command('delay next c>s 200ms')).toEqual({
      kind: 'delayNext',
      dir: 'c>s',
      flags: undefined,
      by: 200,
    });
    expect(command('delay next s>c FIN+ACK 1.5s')).toEqual({
      kind: 'delayNext',
      dir: 's>c',
      flags: ['FIN', 'ACK'],
      by: 1500,
    });
    expect(error('delay next c>s SYN')).toMatch(/delay needs a duration/);
  });

  it('dup next takes a direction and optional flags', () => {
    expect(command('dup next c>s')).toEqual({ kind: 'dupNext', dir: 'c>s', flags: undefined });
    expect(command('dup next client>server psh+ack')).toEqual({
      kind: 'dupNext',
      dir: 'c>s',
      flags: ['PSH', 'ACK'],
    });
  });

  it('"-" selects segments with no flags at all', () => {
    expect(command('dup next c>s -')).toEqual({ kind: 'dupNext', dir: 'c>s', flags: [] });
  });

  it('fault commands without "next" say so', () => {
    expect(error('drop c>s')).toBe(
      'line 1, col 6: expected "next" or a segment id such as #7 after drop, not "c>s"',
    );
    expect(error('dup')).toMatch(/^line 1, col 1: dup needs "next" and a direction/);
  });
});

describe('parseScript: flags', () => {
  it('stores flags in canonical order whatever order they were written in', () => {
    expect(command('inject c>s ack+fin+rst+psh+syn')).toMatchObject({
      flags: ['SYN', 'FIN', 'RST', 'PSH', 'ACK'],
    });
  });

  it('a repeated flag is an error', () => {
    expect(error('inject c>s SYN+syn')).toBe('line 1, col 12: flag SYN is listed twice in "SYN+syn"');
  });

  it('unknown flags are named', () => {
    expect(error('inject c>s SYN+URG+ECE')).toBe(
      'line 1, col 12: unknown flags "URG", "ECE" (flags are SYN, ACK, FIN, RST and PSH, joined with "+")',
    );
    expect(error('inject c>s SYN+')).toContain('empty flag name');
  });

  it('"|" and "?" patterns are refused where flags select an exact set', () => {
    expect(error('drop next c>s RST|ACK')).toBe(
      'line 1, col 15: "|" and "?" patterns work only in expect last and expect count; here flags are an exact set such as SYN+ACK, not "RST|ACK"',
    );
    expect(error('inject c>s PSH?+ACK')).toMatch(/work only in expect last and expect count/);
  });
});

describe('parseScript: inject', () => {
  it('inject reads absolute and relative numbers, len and win', () => {
    expect(command('inject s>c RST+ACK seq=rcv.nxt+10 ack=0x10 len=0 win=65535')).toEqual({
      kind: 'inject',
      dir: 's>c',
      flags: ['RST', 'ACK'],
      seq: { kind: 'rel', base: 'rcv.nxt', offset: 10 },
      ack: { kind: 'abs', value: 16 },
      len: 0,
      win: 65535,
    });
    expect(command('inject c>s - seq=SND.UNA-1 ack=irs')).toEqual({
      kind: 'inject',
      dir: 'c>s',
      flags: [],
      seq: { kind: 'rel', base: 'snd.una', offset: -1 },
      ack: { kind: 'rel', base: 'irs', offset: 0 },
    });
    expect(command('inject s>c ACK seq=rcv.nxt+rcv.wnd ack=snd.nxt-snd.wnd')).toEqual({
      kind: 'inject',
      dir: 's>c',
      flags: ['ACK'],
      seq: { kind: 'rel', base: 'rcv.nxt', offset: 0, term: { sign: 1, name: 'rcv.wnd' } },
      ack: { kind: 'rel', base: 'snd.nxt', offset: 0, term: { sign: -1, name: 'snd.wnd' } },
    });
  });

  it('inject rejects unknown variables, bad offsets and out-of-range fields', () => {
    expect(error('inject c>s ACK seq=rcv.nxtt')).toMatch(
      /^line 1, col 20: seq must be a number or one of rcv\.nxt/,
    );
    expect(error('inject c>s ACK seq=rcv.nxtt')).toMatch(/did you mean "rcv\.nxt"\?$/);
    expect(error('inject c>s ACK ack=iss+')).toContain('offset');
    expect(error('inject c>s ACK seq=rcv.nxt+rcv.wnt')).toBe(
      'line 1, col 20: the offset in "rcv.nxt+rcv.wnt" must be a whole number from 0 to 4294967295 or a variable (e.g. rcv.nxt+rcv.wnd)',
    );
    expect(error('inject c>s ACK len=65536')).toBe(
      'line 1, col 20: len must be a whole number from 0 to 65491, not "65536"',
    );
    expect(error('inject c>s ACK seq=4294967296')).toContain('from 0 to 4294967295');
    expect(error('inject c>s ACK mss=5')).toMatch(/unknown segment setting "mss"/);
  });

  it('inject needs flags before the fields', () => {
    expect(error('inject c>s seq=1')).toMatch(/^line 1, col 12: flags come before "seq=1"/);
    expect(error('inject c>s')).toMatch(/^line 1, col 8: inject needs flags/);
  });
});

describe('parseScript: wait', () => {
  it('wait takes a duration in ms, s, m or min', () => {
    expect(command('wait 250ms')).toEqual({ kind: 'wait', ms: 250 });
    expect(command('wait 1.5s')).toEqual({ kind: 'wait', ms: 1500 });
    expect(command('wait 2m')).toEqual({ kind: 'wait', ms: 120000 });
    expect(command('wait 1MIN')).toEqual({ kind: 'wait', ms: 60000 });
  });

  it('a bare number says to add a unit', () => {
    expect(error('wait 5')).toBe('line 1, col 6: wait "5" needs a unit: ms, s, m or min (e.g. 5ms or 5s)');
  });

  it('durations must be non-negative, known units and at most 10 days', () => {
    expect(error('wait -1s')).toContain('cannot be negative');
    expect(error('wait 5h')).toBe('line 1, col 6: unknown time unit "h" in "5h" (use ms, s, m or min)');
    expect(error('wait 14401min')).toContain('10 days');
    expect(command('wait 14400min')).toEqual({ kind: 'wait', ms: 864_000_000 });
  });

  it('wait Nmsl waits multiples of MSL', () => {
    expect(command('wait 2msl')).toEqual({ kind: 'waitMsl', factor: 2 });
    expect(command('wait MSL')).toEqual({ kind: 'waitMsl', factor: 1 });
    expect(command('wait 1.5msl')).toEqual({ kind: 'waitMsl', factor: 1.5 });
    expect(error('wait xmsl')).toContain('multiple of MSL');
  });

  it('wait until takes an endpoint, a state and an optional limit', () => {
    expect(command('wait until client TIME-WAIT')).toEqual({
      kind: 'waitUntil',
      side: 'client',
      state: 'TIME_WAIT',
    });
    expect(command('wait until s syn_received within 5s')).toEqual({
      kind: 'waitUntil',
      side: 'server',
      state: 'SYN_RCVD',
      within: 5000,
    });
    expect(error('wait until s LISTEN for 5s')).toMatch(/expected "within DURATION"/);
  });

  it('wait idle waits for a quiet link', () => {
    expect(command('wait idle')).toEqual({ kind: 'waitIdle' });
  });

  it('wait with an unknown keyword suggests one', () => {
    expect(error('wait untill c LISTEN')).toMatch(/did you mean "until"\?$/);
  });
});

describe('parseScript: errors', () => {
  it('unknown commands suggest the nearest known one', () => {
    expect(error('injekt c>s SYN')).toBe('line 1, col 1: unknown command "injekt"; did you mean "inject"?');
    expect(error('xyzzy')).toBe(
      'line 1, col 1: unknown command "xyzzy" (commands: seed, profile, link, timers, iss, option, drop, delay, dup, inject, mute, unmute, mark, wait, expect, at, client, server)',
    );
    expect(error('optoin rcvbuf=1')).toBe('line 1, col 1: unknown command "optoin"; did you mean "option"?');
    expect(error('mrak')).toMatch(/did you mean "mark"\?$/);
  });

  it('messages do not repeat the position, and quote odd words safely', () => {
    const { errors } = parseScript('seed \u0000x');
    expect(errors[0]?.message).toBe('seed must be a whole number from 0 to 4294967295, not "\\u0000x"');
    expect(errors[0]?.message).not.toMatch(/line|col/);
  });

  it('long words are cut short in messages', () => {
    const { errors } = parseScript(`seed ${'9'.repeat(10_000)}`);
    expect(errors[0]?.message.length).toBeLessThan(120);
  });

  it('a command called "constructor" is just unknown', () => {
    expect(error('constructor')).toMatch(/unknown command "constructor"/);
    expect(error('link __proto__=1')).toMatch(/unknown link setting "__proto__"/);
  });

  it('formatScriptError prefixes line and column', () => {
    expect(formatScriptError({ line: 3, col: 8, message: 'boom' })).toBe('line 3, col 8: boom');
  });
});

describe('parseScript: a whole lesson', () => {
  it('parses a teaching script end to end', () => {
    const script = `
      # Three-way handshake, then a lost FIN
      seed 42; profile rfc9293
      link c>s latency=40ms loss=0%
      timers msl=30s rto=1s delack=40ms
      option rcvbuf=4096 rfc1337=on
      iss client=1000 server=5000
      server listen
      client connect
      wait until client ESTABLISHED within 2s
      expect last c>s ACK seq=snd.nxt ack=rcv.nxt
      mark
      client send 3KB
      server read 1000
      expect server unread=0 received=1000
      expect count c>s PSH?+ACK 3
      drop next c>s FIN
      client shutdown
      wait idle
      expect client FIN_WAIT_2
      mute server
      server close
      expect none s>c
      unmute server
      expect server error none
      wait 2msl
      expect client CLOSED
      expect client notified "connection closing"
    `;
    const { commands, errors } = parseScript(script);
    expect(errors).toEqual([]);
    expect(commands.map((c) => c.kind)).toEqual([
      'seed',
      'profile',
      'link',
      'timers',
      'option',
      'iss',
      'call',
      'call',
      'waitUntil',
      'expectLast',
      'mark',
      'call',
      'call',
      'expectVars',
      'expectCount',
      'dropNext',
      'call',
      'waitIdle',
      'expectState',
      'mute',
      'call',
      'expectNone',
      'mute',
      'expectError',
      'waitMsl',
      'expectState',
      'expectNotified',
    ]);
  });
});
