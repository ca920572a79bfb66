import { describe, expect, it } from 'vitest';
import { stateChangingTransitions } from '../endpoint/transitionGraph';
import { TCP_STATES } from '../endpoint/tcpState';
import { createSession } from '../lab/labSession';
import { SCENARIOS } from '../scenarios/scenarios';
import type { StateChange } from './quizQuestion';
import { choicesFrom, MIN_CHOICES, questionOf, quizChoices } from './quizQuestion';

const hasEdge = (from: string, to: string) =>
  stateChangingTransitions().some((e) => e.from === from && e.to === to);

describe('quiz questions', () => {
  it('offers from each state exactly the states one statechart transition reaches', () => {
    for (const from of TCP_STATES) {
      const choices = choicesFrom(from);
      expect(choices.every((to) => hasEdge(from, to) && to !== from)).toBe(true);
      expect(TCP_STATES.filter((to) => to !== from && hasEdge(from, to))).toEqual(choices);
    }
  });

  it('offers a choice between at least two states wherever the endpoint can move', () => {
    expect(choicesFrom('CLOSED')).toEqual(['LISTEN', 'SYN_SENT']);
    expect(choicesFrom('FIN_WAIT_1')).toEqual(expect.arrayContaining(['FIN_WAIT_2', 'CLOSING', 'TIME_WAIT']));
  });

  it('never offers a single choice: one legal way out is padded with the wrong states beside it in Figure 5', () => {
    for (const from of TCP_STATES) {
      const offered = quizChoices(from);
      expect(offered.length, from).toBeGreaterThanOrEqual(MIN_CHOICES);
      expect(offered, from).toEqual(expect.arrayContaining(choicesFrom(from)));
      expect(offered, from).not.toContain(from);
    }
    // LAST_ACK's only way out is CLOSED; the active closer's states are the tempting wrong answers.
    expect(quizChoices('LAST_ACK')).toEqual(['CLOSED', 'CLOSING', 'TIME_WAIT']);
    expect(quizChoices('CLOSE_WAIT')).toEqual(['CLOSED', 'FIN_WAIT_2', 'LAST_ACK']);
    // Where the statechart already offers enough, nothing is added.
    expect(quizChoices('FIN_WAIT_1')).toEqual(choicesFrom('FIN_WAIT_1'));
  });

  it('includes the state actually entered among the choices, for every change of every scenario', () => {
    for (const sc of SCENARIOS) {
      const trace = createSession(sc.script).sim.trace;
      trace.forEach((e, i) => {
        if (e.kind !== 'state') return;
        const q = questionOf(e, i);
        expect(choicesFrom(e.from), `${sc.name} step ${e.step}: ${e.from}→${e.to}`).toContain(e.to);
        expect(q.choices).toContain(q.answer);
        expect(q.edge?.from).toBe(e.from);
        expect(q.edge?.to).toBe(e.to);
      });
    }
  });

  it('names the transition taken: RFC 9293 "event / action", rule key and section', () => {
    const change: StateChange = {
      kind: 'state',
      t: 100,
      step: 3,
      key: 'listen.rcvSyn',
      side: 'server',
      from: 'LISTEN',
      to: 'SYN_RCVD',
      rfc: '§3.10.7.2',
    };
    const q = questionOf(change, 7);
    expect(q).toMatchObject({ side: 'server', from: 'LISTEN', answer: 'SYN_RCVD', step: 3, traceIndex: 7 });
    expect(q.edge?.label).toBe('rcv SYN / snd SYN,ACK');
    expect(q.rfc).toBe('§3.10.7.2');
  });
});
