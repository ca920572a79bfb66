import { describe, expect, it } from 'vitest';
import { stateChangingTransitions } from '../../core/endpoint/transitionGraph';
import { edgeGroups, isFigure5Transition } from './edgeGroups';
import { DOWN_THEN_ACROSS, LABEL_NUDGES, MAIN_TRANSITION } from './figure5Layout';

/** The (from, to) pairs of the statechart's state-changing transitions, computed independently. */
function machinePairs(): string[] {
  const ids = stateChangingTransitions()
    .filter((t) => t.from !== t.to)
    .map((t) => `${t.from}>${t.to}`);
  return [...new Set(ids)].sort();
}

describe('edgeGroups', () => {
  it('has one edge per (from, to) pair of the statechart', () => {
    expect(
      edgeGroups()
        .map((g) => g.id)
        .sort(),
    ).toEqual(machinePairs());
  });

  it('keeps every state-changing transition in exactly one group', () => {
    const grouped = edgeGroups().flatMap((g) => g.transitions);
    expect(grouped).toHaveLength(stateChangingTransitions().filter((t) => t.from !== t.to).length);
    for (const g of edgeGroups()) {
      for (const t of g.transitions) expect(`${t.from}>${t.to}`).toBe(g.id);
    }
  });

  it('calls an edge primary exactly when one of its transitions is a Figure 5 transition', () => {
    for (const g of edgeGroups()) {
      expect(g.kind).toBe(g.transitions.some(isFigure5Transition) ? 'primary' : 'secondary');
    }
  });

  it('draws the handshake and the close as Figure 5 edges', () => {
    const kind = (id: string) => edgeGroups().find((g) => g.id === id)?.kind;
    expect(kind('LISTEN>SYN_RCVD')).toBe('primary');
    expect(kind('SYN_SENT>ESTABLISHED')).toBe('primary');
    expect(kind('ESTABLISHED>FIN_WAIT_1')).toBe('primary');
    expect(kind('TIME_WAIT>CLOSED')).toBe('primary');
  });

  it('draws resets and aborts out of synchronized states as secondary edges', () => {
    const kind = (id: string) => edgeGroups().find((g) => g.id === id)?.kind;
    expect(kind('ESTABLISHED>CLOSED')).toBe('secondary');
    expect(kind('FIN_WAIT_2>CLOSED')).toBe('secondary');
  });

  it('does not count the FIN_WAIT_2 timeout or a give-up as Figure 5 transitions', () => {
    const byKey = (key: string) => stateChangingTransitions().find((t) => t.key === key)!;
    expect(isFigure5Transition(byKey('finWait2.timeout'))).toBe(false);
    expect(isFigure5Transition(byKey('synSent.giveUp'))).toBe(false);
    expect(isFigure5Transition(byKey('timeWait.timeout'))).toBe(true);
  });

  it('labels edges with the RFC words Figure 5 uses', () => {
    const label = (id: string) => edgeGroups().find((g) => g.id === id)?.main.label;
    expect(label('LISTEN>SYN_RCVD')).toBe('rcv SYN / snd SYN,ACK');
    expect(label('LISTEN>CLOSED')).toBe('CLOSE / delete TCB');
    expect(label('LISTEN>SYN_SENT')).toBe('SEND / snd SYN');
    expect(label('SYN_RCVD>LISTEN')).toBe('rcv RST / return to LISTEN');
    expect(label('LAST_ACK>CLOSED')).toBe('rcv ACK of FIN / delete TCB');
  });

  it('refers only to existing edges and rules in the hand-written tables', () => {
    const groups = new Map(edgeGroups().map((g) => [g.id, g]));
    for (const [id, key] of Object.entries(MAIN_TRANSITION)) {
      expect(groups.get(id)?.transitions.map((t) => t.key)).toContain(key);
    }
    for (const id of DOWN_THEN_ACROSS) expect(groups.has(id)).toBe(true);
    for (const table of Object.values(LABEL_NUDGES)) {
      for (const id of Object.keys(table)) expect(groups.has(id)).toBe(true);
    }
  });
});
