/** The eleven connection states of RFC 9293 §3.3.2, spelled as the RFC's Figure 5 spells them. */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN_SENT',
  'SYN_RCVD',
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
] as const;

/** One of the RFC 9293 connection states. */
export type TcpState = (typeof TCP_STATES)[number];

/** States in which the connection is synchronized (RFC 9293 §3.5: after the handshake's SYNs). */
export const SYNCHRONIZED_STATES: readonly TcpState[] = TCP_STATES.slice(3);

const ALIASES: Readonly<Record<string, TcpState>> = {
  SYN_RECEIVED: 'SYN_RCVD',
  ESTAB: 'ESTABLISHED',
  FIN_WAIT1: 'FIN_WAIT_1',
  FIN_WAIT2: 'FIN_WAIT_2',
  FINWAIT_1: 'FIN_WAIT_1',
  FINWAIT_2: 'FIN_WAIT_2',
  FINWAIT1: 'FIN_WAIT_1',
  FINWAIT2: 'FIN_WAIT_2',
  LASTACK: 'LAST_ACK',
  TIMEWAIT: 'TIME_WAIT',
  CLOSEWAIT: 'CLOSE_WAIT',
};

/**
 * Reads a state name as people write it: `SYN_SENT`, `SYN-SENT`, `syn_sent`, `SYN_RECEIVED`,
 * `FIN-WAIT-1`. Returns undefined for anything else.
 */
export function parseTcpState(text: string): TcpState | undefined {
  const key = text.trim().toUpperCase().replace(/[-\s]/g, '_');
  if ((TCP_STATES as readonly string[]).includes(key)) return key as TcpState;
  return ALIASES[key];
}
