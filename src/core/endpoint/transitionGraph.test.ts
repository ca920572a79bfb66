import { describe, expect, it } from 'vitest';
import { transitionGraph } from './transitionGraph';

const edge = (key: string, from: string) => transitionGraph().find((e) => e.key === key && e.from === from);

describe('the transition graph derived from the statechart', () => {
  it('labels each transition with its event, its guard by name and its action in the RFC’s words', () => {
    expect(edge('listen.rcvSyn', 'LISTEN')).toMatchObject({
      to: 'SYN_RCVD',
      label: 'rcv SYN / snd SYN,ACK',
      rfc: '§3.10.7.2',
    });
    expect(edge('listen.rcvSyn', 'LISTEN')?.guard).toBe('hasSyn');
    expect(edge('synSent.rcvRst', 'SYN_SENT')?.guard).toBe('isRst and hasAck');
  });

  it('names every guard of a guarded transition, and none on an unguarded one', () => {
    const guards = transitionGraph().flatMap((e) => (e.guard === undefined ? [] : e.guard.split(' and ')));
    expect(guards.length).toBeGreaterThan(0);
    for (const g of guards) expect(g).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/);
    const active = edge('closed.activeOpen', 'CLOSED');
    expect(active?.guard).toBeUndefined();
  });
});
