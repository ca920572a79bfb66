import { describe, it, expect } from 'vitest';
import { command, error } from './parseScript.testkit';

const FIELD_HELP = '(use =, !=, <, <=, > or >=)';

describe('expect ENDPOINT STATE', () => {
  it('reads an endpoint and a state', () => {
    expect(command('expect server ESTABLISHED')).toEqual({
      kind: 'expectState',
      side: 'server',
      state: 'ESTABLISHED',
    });
  });

  it('an unknown endpoint names the choices at its column', () => {
    expect(error('expect clinet ESTABLISHED')).toBe(
      'line 1, col 8: unknown endpoint "clinet" (expected client, c, server or s)',
    );
  });

  it('a misspelt last, none or count is suggested', () => {
    expect(error('expect lst c>s SYN')).toBe(
      'line 1, col 8: expected an endpoint, "last", "none" or "count" after expect, not "lst"; did you mean "last"?',
    );
    expect(error('expect cuont c>s SYN 1')).toMatch(/did you mean "count"\?$/);
  });

  it('an unknown state lists the valid states', () => {
    expect(error('expect client OPEN')).toBe(
      'line 1, col 15: unknown state "OPEN" (expected one of CLOSED, LISTEN, SYN_SENT, SYN_RCVD, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT)',
    );
  });

  it('a misspelt error or notified is suggested after the list of states', () => {
    expect(error('expect c eror "x"')).toMatch(
      /^line 1, col 10: unknown state "eror" .*; did you mean "error"\?$/,
    );
  });

  it('a missing state says what may follow the endpoint', () => {
    expect(error('expect c')).toBe(
      'line 1, col 8: expect needs a state or a check after the endpoint, e.g. "expect client ESTABLISHED" or "expect client unread=0"',
    );
    expect(error('expect')).toMatch(/^line 1, col 1: expect needs an endpoint and a state or check/);
  });
});

describe('expect last DIR PATTERN [CHECK...]', () => {
  it('the old form reads as a one-alternative pattern with "=" checks', () => {
    expect(command('expect last s>c RST+ACK seq=rcv.nxt ack=iss+1')).toEqual({
      kind: 'expectLast',
      dir: 's>c',
      flags: [{ required: ['RST', 'ACK'], optional: [] }],
      checks: [
        { field: 'seq', op: '=', value: { kind: 'rel', base: 'rcv.nxt', offset: 0 } },
        { field: 'ack', op: '=', value: { kind: 'rel', base: 'iss', offset: 1 } },
      ],
    });
  });

  it('without checks, checks is empty', () => {
    expect(command('expect last c>s SYN')).toEqual({
      kind: 'expectLast',
      dir: 'c>s',
      flags: [{ required: ['SYN'], optional: [] }],
      checks: [],
    });
  });

  it('alternatives join with "|", "?" marks a flag optional, "-" is no flags, in canonical order', () => {
    expect(command('expect last s>c rst|ack+rst|-')).toMatchObject({
      flags: [
        { required: ['RST'], optional: [] },
        { required: ['RST', 'ACK'], optional: [] },
        { required: [], optional: [] },
      ],
    });
    expect(command('expect last c>s ack+psh?+FIN')).toMatchObject({
      flags: [{ required: ['FIN', 'ACK'], optional: ['PSH'] }],
    });
    expect(command('expect last c>s ACK?+SYN?')).toMatchObject({
      flags: [{ required: [], optional: ['SYN', 'ACK'] }],
    });
  });

  it('reads every operator, the longest first', () => {
    const ops = ['=', '!=', '<', '<=', '>', '>='];
    const checks = (
      command(`expect last c>s ACK ${ops.map((op) => `seq${op}5`).join(' ')}`) as {
        checks: { op: string }[];
      }
    ).checks;
    expect(checks.map((c) => c.op)).toEqual(ops);
  });

  it('a field may repeat; its checks all apply', () => {
    expect(command('expect last s>c ACK SEQ>=100 seq<200')).toMatchObject({
      checks: [
        { field: 'seq', op: '>=', value: { kind: 'abs', value: 100 } },
        { field: 'seq', op: '<', value: { kind: 'abs', value: 200 } },
      ],
    });
  });

  it('len and win take absolute whole numbers 0..65535', () => {
    expect(command('expect last c>s ACK len!=0 win<=65535')).toMatchObject({
      checks: [
        { field: 'len', op: '!=', value: { kind: 'abs', value: 0 } },
        { field: 'win', op: '<=', value: { kind: 'abs', value: 65535 } },
      ],
    });
    expect(error('expect last c>s ACK win<65536')).toBe(
      'line 1, col 25: win must be a whole number from 0 to 65535, not "65536"',
    );
    expect(error('expect last c>s ACK len=rcv.nxt')).toBe(
      'line 1, col 25: len must be a whole number from 0 to 65535, not "rcv.nxt"',
    );
  });

  it('seq and ack take absolute, hex and relative values', () => {
    expect(command('expect last c>s ACK seq>0xff ack<=snd.una-1')).toMatchObject({
      checks: [
        { field: 'seq', op: '>', value: { kind: 'abs', value: 255 } },
        { field: 'ack', op: '<=', value: { kind: 'rel', base: 'snd.una', offset: -1 } },
      ],
    });
    expect(error('expect last c>s ACK seq=rcv.nxtt')).toMatch(
      /^line 1, col 25: seq must be a number or one of/,
    );
  });

  it('an unknown flag is named, across all alternatives', () => {
    expect(error('expect last c>s SYN+URG|ECE')).toBe(
      'line 1, col 17: unknown flags "URG", "ECE" (flags are SYN, ACK, FIN, RST and PSH, joined with "+")',
    );
  });

  it('a flag both required and optional, or repeated, is an error', () => {
    expect(error('expect last c>s PSH+ACK+psh?')).toBe(
      'line 1, col 17: flag PSH is both required and optional in "PSH+ACK+psh?"',
    );
    expect(error('expect last c>s ACK+ack')).toBe('line 1, col 17: flag ACK is listed twice in "ACK+ack"');
    expect(error('expect last c>s PSH?+PSH?')).toContain('flag PSH is listed twice');
  });

  it('an empty alternative is an error', () => {
    for (const pattern of ['RST|', '|RST', 'RST||ACK']) {
      expect(error(`expect last c>s ${pattern}`)).toBe(
        `line 1, col 17: empty alternative in "${pattern}" (separate alternatives with "|", e.g. RST|RST+ACK)`,
      );
    }
  });

  it('"-" cannot be optional or joined with flags', () => {
    expect(error('expect last c>s -?')).toBe(
      'line 1, col 17: "-" (no flags) cannot take "?" in "-?"; to allow no flags or others, write -|ACK',
    );
    expect(error('expect last c>s -+ACK')).toMatch(/"-" \(no flags\) stands alone in "-\+ACK"/);
  });

  it('an empty flag name is an error', () => {
    expect(error('expect last c>s SYN+')).toContain('empty flag name in "SYN+"');
    expect(error('expect last c>s ?')).toContain('empty flag name in "?"');
  });

  it('flags come before checks, and are required', () => {
    expect(error('expect last c>s seq=5')).toMatch(
      /^line 1, col 17: flags come before "seq=5" \(use - for none\)/,
    );
    expect(error('expect last c>s')).toMatch(/^line 1, col 13: expect last needs flags/);
    expect(error('expect last')).toMatch(/^line 1, col 8: expect last needs a direction and flags/);
    expect(error('expect last up SYN')).toBe('line 1, col 13: unknown direction "up" (expected c>s or s>c)');
  });

  it('an unknown field suggests the nearest', () => {
    expect(error('expect last c>s ACK sq=5')).toBe(
      'line 1, col 21: unknown segment field "sq" (expected seq, ack, len or win); did you mean "seq"?',
    );
    expect(error('expect last c>s ACK mss=5')).toBe(
      'line 1, col 21: unknown segment field "mss" (expected seq, ack, len or win)',
    );
  });

  it('operators that are not operators are named at their column', () => {
    expect(error('expect last c>s ACK seq==5')).toBe(`line 1, col 24: "==" is not an operator ${FIELD_HELP}`);
    expect(error('expect last c>s ACK seq=>5')).toBe(`line 1, col 24: "=>" is not an operator ${FIELD_HELP}`);
    expect(error('expect last c>s ACK seq!5')).toBe(
      `line 1, col 24: unknown operator "!" in "seq!5" ${FIELD_HELP}`,
    );
  });

  it('a check needs a field, an operator and a value', () => {
    expect(error('expect last c>s ACK =5')).toBe('line 1, col 21: missing a field name before "=" in "=5"');
    expect(error('expect last c>s ACK seq>=')).toBe(
      'line 1, col 21: seq>= needs a value after ">=", e.g. seq=rcv.nxt or win<=1000',
    );
    expect(error('expect last c>s ACK seq')).toBe(
      'line 1, col 21: seq needs a comparison such as seq=VALUE or seq>=VALUE, written with no spaces',
    );
    expect(error('expect last c>s ACK now')).toBe(
      'line 1, col 21: expected a field check such as seq=rcv.nxt or win<=1000, not "now"',
    );
  });
});

describe('expect none DIR', () => {
  it('reads a direction', () => {
    expect(command('expect none s->c')).toEqual({ kind: 'expectNone', dir: 's>c' });
  });

  it('needs a direction and nothing more, and suggests expect count for flags', () => {
    expect(error('expect none')).toBe('line 1, col 8: expect none needs a direction, e.g. "expect none s>c"');
    expect(error('expect none s>c SYN')).toBe(
      'line 1, col 17: unexpected extra word "SYN": expect none takes only a direction; to expect no segments with certain flags, write "expect count s>c SYN 0"',
    );
  });
});

describe('expect count DIR PATTERN N', () => {
  it('reads a direction, a flag pattern and a count from 0 to 100000', () => {
    expect(command('expect count c>s SYN 3')).toEqual({
      kind: 'expectCount',
      dir: 'c>s',
      flags: [{ required: ['SYN'], optional: [] }],
      count: 3,
    });
    expect(command('expect count s>c RST|ack+psh? 0')).toMatchObject({
      flags: [
        { required: ['RST'], optional: [] },
        { required: ['ACK'], optional: ['PSH'] },
      ],
      count: 0,
    });
    expect(command('expect count c>s - 100000')).toMatchObject({ count: 100000 });
  });

  it('a count out of range, or written xN, is an error', () => {
    expect(error('expect count c>s SYN 100001')).toBe(
      'line 1, col 22: the count must be a whole number from 0 to 100000, not "100001"',
    );
    expect(error('expect count c>s SYN x3')).toBe(
      'line 1, col 22: write the count as a plain number: 3, not "x3"',
    );
  });

  it('flags and the count are both required', () => {
    expect(error('expect count c>s 3')).toBe(
      'line 1, col 18: expect count needs flags before the number (- for none), e.g. "expect count c>s SYN 3"',
    );
    expect(error('expect count c>s SYN')).toBe(
      'line 1, col 18: expect count needs a number after the flags, e.g. "expect count c>s SYN 3"',
    );
    expect(error('expect count c>s SYN 3 4')).toBe('line 1, col 24: unexpected extra word "4"');
    expect(error('expect count c>s RST| 1')).toContain('empty alternative');
  });
});

describe('expect ENDPOINT VAR OP VALUE...', () => {
  it('reads one or more checks of every variable, case-insensitive', () => {
    expect(command('expect c snd.una=iss+1')).toEqual({
      kind: 'expectVars',
      side: 'client',
      checks: [{ name: 'snd.una', op: '=', value: { kind: 'rel', base: 'iss', offset: 1 } }],
    });
    const all =
      'SND.UNA=1 snd.nxt!=2 snd.wnd<3 rcv.nxt<=rcv.nxt rcv.wnd>5 iss>=0x6 irs=7 Received=8 unread=0 sendq=9';
    const parsed = command(`expect server ${all}`) as { side: string; checks: { name: string }[] };
    expect(parsed.side).toBe('server');
    expect(parsed.checks.map((c) => c.name)).toEqual([
      'snd.una',
      'snd.nxt',
      'snd.wnd',
      'rcv.nxt',
      'rcv.wnd',
      'iss',
      'irs',
      'received',
      'unread',
      'sendq',
    ]);
  });

  it('an unknown variable lists the variables and suggests the nearest', () => {
    expect(error('expect c foo=1')).toBe(
      'line 1, col 10: unknown variable "foo" (expected snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd, iss, irs, received, unread or sendq)',
    );
    expect(error('expect c unred=0')).toMatch(
      /^line 1, col 10: unknown variable "unred" .*; did you mean "unread"\?$/,
    );
  });

  it('a variable without an operator says to compare it', () => {
    expect(error('expect c snd.una')).toBe(
      'line 1, col 10: snd.una needs a comparison such as snd.una=VALUE or snd.una>=VALUE, written with no spaces',
    );
  });

  it('every word after the first check must be a check too', () => {
    expect(error('expect c snd.una=1 ESTABLISHED')).toBe(
      'line 1, col 20: expected a variable check such as rcv.nxt=irs+1 or unread>0, not "ESTABLISHED"',
    );
    expect(error('expect c unread=0 sendq')).toMatch(/^line 1, col 19: sendq needs a comparison/);
  });

  it('bad values and operators are errors at their column', () => {
    expect(error('expect c unread=x')).toMatch(/^line 1, col 17: unread must be a number or one of/);
    expect(error('expect c unread==0')).toBe(`line 1, col 16: "==" is not an operator ${FIELD_HELP}`);
    expect(error('expect c unread=4294967296')).toContain('from 0 to 4294967295');
  });
});

describe('expect ENDPOINT error and notified', () => {
  it('error takes a quoted text, blanks and all', () => {
    expect(command('expect server error "connection does not exist"')).toEqual({
      kind: 'expectError',
      side: 'server',
      error: 'connection does not exist',
    });
  });

  it('error none, in any case, expects success; a quoted "none" is a text', () => {
    expect(command('expect c error none')).toEqual({ kind: 'expectError', side: 'client', error: null });
    expect(command('expect c ERROR None')).toEqual({ kind: 'expectError', side: 'client', error: null });
    expect(command('expect c error "none"')).toMatchObject({ error: 'none' });
  });

  it('error needs a non-empty quoted text or none', () => {
    const usage = 'e.g. expect client error "connection does not exist" (or none for success)';
    expect(error('expect c error')).toBe(
      `line 1, col 10: expect error needs a text in double quotes, ${usage}`,
    );
    expect(error('expect c error closing')).toBe(
      `line 1, col 16: expect error needs a text in double quotes, ${usage}, not "closing"`,
    );
    expect(error('expect c error nnoe')).toMatch(/did you mean "none"\?$/);
    expect(error('expect c error ""')).toBe(
      `line 1, col 16: expect error needs a text between the quotes, ${usage}`,
    );
    expect(error('expect c error "a" b')).toBe('line 1, col 20: unexpected extra word "b"');
    expect(error('expect c error "a"b')).toBe('line 1, col 19: unexpected extra word "b"');
  });

  it('notified takes a quoted, non-empty text', () => {
    expect(command('expect s notified "connection reset"')).toEqual({
      kind: 'expectNotified',
      side: 'server',
      signal: 'connection reset',
    });
    expect(error('expect s notified reset')).toBe(
      'line 1, col 19: expect notified needs a text in double quotes, e.g. expect server notified "connection reset", not "reset"',
    );
    expect(error('expect s notified ""')).toContain('needs a text between the quotes');
    expect(error('expect s notified')).toMatch(/^line 1, col 10: expect notified needs a text/);
    expect(error('expect s notified "none" x')).toBe('line 1, col 26: unexpected extra word "x"');
  });
});
