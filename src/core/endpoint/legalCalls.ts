import type { UserCallEvent } from './endpointEvents';
import { USER_CALLS } from './endpointEvents';
import { transitionGraph } from './transitionGraph';
import type { TcpState } from './tcpState';

/** The user calls an endpoint accepts (as statechart events). */
export type UserCall = UserCallEvent['type'];

/** Whether a call is legal in a state, and if not the RFC's answer (for a disabled button's tooltip). */
export type CallLegality = { readonly call: UserCall; readonly legal: boolean; readonly answer: string };

/**
 * Derived from the statechart: a call is legal in a state when the state has a transition for it that
 * is not an error answer; otherwise its answer is the error transition's label (RFC 9293 §3.10). Some
 * legal calls also depend on the connection (RECEIVE after the peer's FIN needs unread data).
 */
export function legalCalls(state: TcpState): readonly CallLegality[] {
  const edges = transitionGraph().filter((e) => e.from === state);
  return USER_CALLS.map((call) => {
    const mine = edges.filter((e) => e.event === call);
    const ok = mine.find((e) => !e.error);
    const error = mine.find((e) => e.error);
    return { call, legal: ok !== undefined, answer: ok?.label ?? error?.label ?? `${call} / no response` };
  });
}
