import type { SeqNum } from '../seq';
import { seq } from '../seq';
import type { EndpointConfig } from './endpointConfig';
import type { Tcb } from './tcb';
import { emptyTcb } from './tcb';

/** The extended state of one endpoint's statechart. */
export type EndpointContext = {
  /** Behaviour settings (profile, timers). */
  readonly cfg: EndpointConfig;
  /** The current connection's TCB; reset to an empty one when the TCB is deleted. */
  readonly tcb: Tcb;
  /** ISS the next connection will use (RFC 9293 §3.4.1). */
  readonly nextIss: SeqNum;
  /** Virtual time of the last OPEN, for the RFC's 4 µs ISN clock; undefined before the first. */
  readonly nextIssAt: number | undefined;
  /** Octets delivered to the application over the endpoint's whole life. */
  readonly received: number;
};

/** Input for creating an endpoint statechart. */
export type EndpointInputConfig = {
  readonly cfg: EndpointConfig;
  readonly iss: number;
};

/** The context an endpoint starts with. */
export function initialContext(input: EndpointInputConfig): EndpointContext {
  return {
    cfg: input.cfg,
    tcb: emptyTcb(input.cfg.rtoInitial, input.cfg.rcvBuf),
    nextIss: seq(input.iss),
    nextIssAt: undefined,
    received: 0,
  };
}
