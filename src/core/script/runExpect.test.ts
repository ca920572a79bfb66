import { describe, expect, it } from 'vitest';
import { runScript } from './runScript';

const OPEN =
  'iss client=1000 server=5000\nserver listen\nclient connect\nwait until server ESTABLISHED within 1s';

/** Runs a script and returns the first failure's message, or 'ok'. */
function outcome(script: string): string {
  const r = runScript(script);
  return r.failures[0]?.message ?? 'ok';
}

describe('checks a teacher or autograder writes', () => {
  it('expect none: nothing sent that way since the previous expect', () => {
    expect(outcome(`${OPEN}\nexpect server ESTABLISHED\nwait 1s\nexpect none c>s`)).toBe('ok');
    expect(outcome(`${OPEN}\nexpect server ESTABLISHED\nclient send 10\nexpect none c>s`)).toMatch(
      /^expected nothing sent c>s, but 1 segment\(s\) were: #4 PSH\+ACK seq=1001 ack=5001 len=10/,
    );
  });

  it('expect none: counts from a mark as well', () => {
    expect(outcome(`${OPEN}\nmark\nwait 1s\nexpect none s>c`)).toBe('ok');
  });

  it('expect count: retransmissions count, and a dropped segment still counts as sent', () => {
    const script = `iss client=1000 server=5000\nlink c>s loss=100%\nclient connect\nwait 4s`;
    expect(outcome(`${script}\nexpect count c>s SYN 3`)).toBe('ok');
    expect(outcome(`${script}\nexpect count c>s SYN 2`)).toBe(
      'expected 2 SYN segment(s) sent c>s so far, but there were 3',
    );
  });

  it('expect last: alternatives, optional flags and comparisons', () => {
    const closed = `${OPEN}\nclient close\nwait 1s`;
    expect(outcome(`${closed}\nexpect last c>s FIN+ACK|ACK seq>1000 ack=snd.nxt len=0`)).toBe('ok');
    expect(outcome(`${OPEN}\nclient send 10\nexpect last c>s ACK+PSH? len<=10`)).toBe('ok');
    expect(outcome(`${OPEN}\nclient abort\nexpect last c>s RST|RST+ACK`)).toBe('ok');
    expect(outcome(`${OPEN}\nclient abort\nexpect last c>s RST+ACK seq=1002`)).toBe(
      'expected the last segment c>s to be RST+ACK seq=1002, but #4 RST seq=1001 ack=0 len=0 win=0: its flags are RST, not RST+ACK; seq=1001, not =1002',
    );
  });

  it('expect <endpoint> variables: TCB values, bytes received and unread', () => {
    const s = `${OPEN}\nclient send 300\nwait 200ms\nserver read 100`;
    expect(
      outcome(
        `${s}\nexpect client snd.una=1301 snd.nxt=snd.una\nexpect server received=100 unread=200 rcv.nxt=irs+301`,
      ),
    ).toBe('ok');
    expect(outcome(`${s}\nexpect server unread=0`)).toMatch(/^expected server unread=0, but unread is 200/);
  });

  it('expect <endpoint> error: the result of its last call', () => {
    expect(outcome(`${OPEN}\nclient close\nclient send 10\nexpect client error "connection closing"`)).toBe(
      'ok',
    );
    expect(outcome(`${OPEN}\nclient send 10\nexpect client error none`)).toBe('ok');
    expect(outcome(`${OPEN}\nclient send 10\nexpect client error "connection closing"`)).toBe(
      `expected error "connection closing" from client's last call (SEND), but it succeeded`,
    );
  });

  it('expect <endpoint> notified: what its application has been told', () => {
    expect(outcome(`${OPEN}\nclient abort\nwait 1s\nexpect server notified "connection reset"`)).toBe('ok');
    expect(
      outcome(
        'iss client=1000 server=5000\nclient connect\nwait 1s\nexpect client notified "connection reset"',
      ),
    ).toBe('ok');
    expect(
      outcome(
        `profile linux\niss client=1000 server=5000\nclient connect\nwait 1s\nexpect client notified "connection refused"`,
      ),
    ).toBe('ok');
  });

  it('mute: everything the endpoint sends is lost until unmute', () => {
    const r = runScript(`${OPEN}\nmute server\nclient send 10\nwait 500ms\nunmute server\nwait 2s`);
    const lost = r.sim?.trace.filter((e) => e.kind === 'drop') ?? [];
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((e) => e.kind === 'drop' && e.reason === 'muted' && e.seg.dir === 's>c')).toBe(true);
    expect(r.sim?.current.endpoints.client.context.tcb.sndUna).toBe(1011);
  });

  it('wait until … within fails when the state is not reached in time, saying where the endpoint is', () => {
    expect(outcome('server listen\nclient connect\nwait until client TIME_WAIT within 2s')).toBe(
      'client never reached TIME_WAIT: nothing is left to happen; it is in ESTABLISHED (t=2s)',
    );
    expect(
      outcome('link loss=100%\nserver listen\nclient connect\nwait until client ESTABLISHED within 2s'),
    ).toBe('client never reached ESTABLISHED: not within 2s; it is in SYN_SENT (t=2s)');
  });

  it('link settings can change mid-script, one direction at a time', () => {
    expect(
      outcome(
        `${OPEN}\nlink c>s loss=100%\nclient send 10\nwait 500ms\nexpect server unread=0\nlink c>s loss=0%\nwait 3s\nexpect server unread=10`,
      ),
    ).toBe('ok');
  });

  it('inject with no flags at all, relative to the receiver: a segment without ACK is dropped (§3.10.7.4 fifth)', () => {
    expect(outcome(`${OPEN}\ninject c>s - seq=rcv.nxt len=10\nwait 200ms\nexpect server unread=0`)).toBe(
      'ok',
    );
  });
});

describe('switches for the behaviours stacks disagree on', () => {
  it('option challenge_ack=off: an in-window RST that is not exact resets the connection', () => {
    const rst = `${OPEN}\ninject c>s RST seq=rcv.nxt+5\nwait 200ms`;
    expect(outcome(`${rst}\nexpect server ESTABLISHED`)).toBe('ok');
    expect(outcome(`option challenge_ack=off\n${rst}\nexpect server CLOSED`)).toBe('ok');
  });

  it('option rfc1337=on: TIME_WAIT ignores even an exact RST', () => {
    const tw = `${OPEN}\nclient close\nwait 100ms\nserver close\nwait until client TIME_WAIT within 1s\ninject s>c RST seq=rcv.nxt\nwait 200ms`;
    expect(outcome(`${tw}\nexpect client CLOSED`)).toBe('ok');
    expect(outcome(`option rfc1337=on\n${tw}\nexpect client TIME_WAIT`)).toBe('ok');
  });

  it('option rcvbuf: a small buffer closes the window until the application reads', () => {
    const s = `option rcvbuf=1000\n${OPEN}\nclient send 3000\nwait 1s`;
    expect(outcome(`${s}\nexpect server unread=1000 rcv.wnd=0\nexpect client sendq=2000`)).toBe('ok');
    expect(outcome(`${s}\nserver read\nwait 1s\nexpect server received=1000 unread=1000`)).toBe('ok');
  });

  it('setup lines must come first: option after the world has started is an error at its line', () => {
    const r = runScript(`${OPEN}\noption rfc1337=on`);
    expect(r.failures[0]).toMatchObject({
      line: 5,
      message: '"option" must come before the first command that acts on the world',
    });
  });
});

describe('timers', () => {
  it('rto is the initial RTO: a lost SYN is sent again after exactly that long, even below rto_min', () => {
    const r = runScript('timers rto=200ms\nserver listen\ndrop next c>s SYN\nclient connect\nwait 1s');
    const synTimes = (r.sim?.trace ?? []).flatMap((e) =>
      e.kind === 'send' && e.seg.flags.SYN && e.seg.dir === 'c>s' ? [e.t] : [],
    );
    expect(synTimes).toEqual([0, 200]);
  });
});
