import type { SegmentHeader } from '../segment';
import type { EndpointContext } from './endpointContext';
import { ackInRfc5961Range, rstExact, segmentAcceptable } from './segmentChecks';
import { ourSynAcked } from './tcb';

/**
 * What the checks every synchronized state shares make of an arriving segment (RFC 9293 §3.10.7.4,
 * first to fifth check preamble), in the RFC's order:
 * - `unacceptableRst`: fails the acceptability test and has RST — drop it silently;
 * - `unacceptable`: fails the acceptability test — answer with an ACK;
 * - `rstChallenge`: in-window RST whose SEQ is not RCV.NXT, RFC 5961 §3.2 — challenge ACK;
 * - `rstValid`: a RST to act on;
 * - `synInWindow`: a SYN in a synchronized state (fourth check);
 * - `ackOff`: no ACK bit — drop;
 * - `ackChallenge`: ACK outside RFC 5961 §5.2's range — challenge ACK;
 * - `accepted`: go on to the ACK, text and FIN processing of the state.
 */
export type SegmentVerdict =
  | 'unacceptableRst'
  | 'unacceptable'
  | 'rstChallenge'
  | 'rstValid'
  | 'synInWindow'
  | 'ackOff'
  | 'ackChallenge'
  | 'accepted';

let lastContext: EndpointContext | undefined;
let lastSegment: SegmentHeader | undefined;
let lastVerdict: SegmentVerdict = 'accepted';

/**
 * The verdict of the shared checks on a segment arriving in a synchronized state. Referentially
 * transparent: several guards ask for it during one transition, so the last answer is remembered by the
 * identity of its (immutable) inputs, which cannot change its result.
 */
export function segmentVerdict(c: EndpointContext, s: SegmentHeader): SegmentVerdict {
  if (c === lastContext && s === lastSegment) return lastVerdict;
  lastVerdict = computeVerdict(c, s);
  lastContext = c;
  lastSegment = s;
  return lastVerdict;
}

function computeVerdict(c: EndpointContext, s: SegmentHeader): SegmentVerdict {
  if (!segmentAcceptable(c.tcb, s, c.cfg.acceptAtRightEdge))
    return s.flags.RST ? 'unacceptableRst' : 'unacceptable'; // first check
  if (s.flags.RST) return c.cfg.challengeAck && !rstExact(c.tcb, s) ? 'rstChallenge' : 'rstValid'; // second
  if (s.flags.SYN) return 'synInWindow'; // fourth (the third, security, is not modelled)
  if (!s.flags.ACK) return 'ackOff'; // fifth: "if the ACK bit is off drop the segment"
  // RFC 5961 §5.2; not applied before our SYN is acknowledged, where a bad ACK draws a RST instead.
  if (c.cfg.challengeAck && ourSynAcked(c.tcb) && !ackInRfc5961Range(c.tcb, s)) return 'ackChallenge';
  return 'accepted';
}
