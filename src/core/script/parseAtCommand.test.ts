import { describe, expect, it } from 'vitest';
import { parseScript } from './parseScript';
import { command, error } from './parseScript.testkit';

describe('at step N [t=T] ACTION', () => {
  it('at step 12 t=1.5s client close → a call replayed at step 12, 1500 ms', () => {
    expect(command('at step 12 t=1.5s client close')).toEqual({
      kind: 'at',
      step: 12,
      time: 1500,
      action: {
        kind: 'call',
        side: 'client',
        call: 'close',
        pos: { line: 1, col: 19 },
        source: 'client close',
      },
    });
  });

  it('the time is optional and keywords are case-insensitive', () => {
    expect(command('AT Step 0 server listen')).toMatchObject({
      kind: 'at',
      step: 0,
      action: { kind: 'call' },
    });
    expect(command('at step 3 t=1234.5678ms link c>s loss=0.07')).toMatchObject({ time: 1234.5678 });
  });

  it('at step 3 drop #4: the # after drop is a segment id, not a comment', () => {
    expect(command('at step 3 t=0ms drop #4  # a comment')).toMatchObject({
      action: { kind: 'dropId', id: 4 },
    });
  });

  it.each([
    [
      'at 12 client close',
      'line 1, col 4: expected "step" after "at", not "12" (e.g. "at step 12 client close")',
    ],
    ['at step x client close', 'line 1, col 9: the step must be a whole number from 0 to 200000, not "x"'],
    ['at step 3', 'line 1, col 9: at step 3 needs a command to do, e.g. "client close"'],
    [
      'at step 3 t=5 client close',
      'line 1, col 13: the time "5" needs a unit: ms, s, m or min (e.g. 5ms or 5s)',
    ],
    [
      'at step 3 wait 1s',
      'line 1, col 11: "wait" cannot follow "at step": only calls, link, mute, unmute, drop, delay, dup and inject can',
    ],
    [
      'at step 3 client conect',
      'line 1, col 18: unknown call "conect" (expected listen, connect, send, read, shutdown, close or abort); did you mean "connect"?',
    ],
  ])('%s → %s', (text, message) => {
    expect(error(text)).toBe(message);
  });

  it('a script command after an at line is an error at that command', () => {
    const r = parseScript('server listen\nat step 1 client connect\nwait 1s');
    expect(r.errors).toEqual([
      {
        line: 3,
        col: 1,
        message:
          'only "at step" lines may follow an "at step" line: the script\'s own commands come first, the replayed actions last',
        code: 'atLast',
        params: {},
      },
    ]);
  });
});
