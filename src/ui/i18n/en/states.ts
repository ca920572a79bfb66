/**
 * English glossary of the eleven RFC 9293 states: `.short` is one line for a hover, `.long` what the
 * state means and how a connection gets in and out (RFC 9293 §3.3.2 and Figure 5, §3.10).
 */
export const statesEn = {
  'state.CLOSED.short': 'No connection: no TCB exists.',
  'state.CLOSED.long':
    'CLOSED is the fictional state with no connection at all: there is no TCB, and a segment that arrives is answered with a RST (a RST itself is discarded). A passive OPEN leaves it for LISTEN, an active OPEN for SYN_SENT. Every connection ends here, after LAST_ACK, TIME_WAIT, a reset, an abort or a timeout (RFC 9293 §3.3.2, §3.10.7.1).',

  'state.LISTEN.short': 'Waiting for a SYN from any peer.',
  'state.LISTEN.long':
    'LISTEN follows a passive OPEN: the endpoint waits for a connection request from any remote peer. A SYN moves it to SYN_RCVD with a SYN,ACK; a RST is ignored and any ACK is answered with a RST. CLOSE or ABORT returns it to CLOSED, and an active OPEN or a SEND turns it into SYN_SENT (RFC 9293 §3.3.2, §3.10.7.2).',

  'state.SYN_SENT.short': 'Sent a SYN; waiting for the peer’s SYN and the ACK of ours.',
  'state.SYN_SENT.long':
    'SYN_SENT follows an active OPEN: the endpoint has sent its SYN and waits for a matching connection request. A SYN,ACK that acknowledges its SYN makes it ESTABLISHED, and it answers with the ACK that ends the handshake; a SYN without ACK means a simultaneous open and leads to SYN_RCVD. An acceptable RST, a CLOSE or running out of SYN retransmissions returns it to CLOSED (RFC 9293 §3.3.2, §3.10.7.3).',

  'state.SYN_RCVD.short': 'Received and sent a SYN; waiting for the ACK of ours.',
  'state.SYN_RCVD.long':
    'SYN_RCVD means the endpoint has both received and sent a connection request and waits for the ACK of its SYN. That ACK completes the handshake and leads to ESTABLISHED. A RST returns it to LISTEN if it came from a passive open, or to CLOSED after an active, simultaneous open (RFC 9293 §3.3.2, Figure 5 note 1).',

  'state.ESTABLISHED.short': 'Open: data flows both ways.',
  'state.ESTABLISHED.long':
    'ESTABLISHED is the open connection, the normal state of the data transfer phase: data is sent, received and acknowledged in both directions. It is entered when the handshake completes. The application’s CLOSE sends a FIN and leads to FIN_WAIT_1; the peer’s FIN leads to CLOSE_WAIT; a RST or an ABORT ends the connection at once (RFC 9293 §3.3.2).',

  'state.FIN_WAIT_1.short': 'Sent our FIN; waiting for its ACK or the peer’s FIN.',
  'state.FIN_WAIT_1.long':
    'FIN_WAIT_1 is where the side that closes first goes: its FIN is sent, and it waits for that FIN to be acknowledged or for the peer’s FIN. The ACK of its FIN leads to FIN_WAIT_2, the peer’s FIN alone to CLOSING, and a FIN that also acknowledges its own straight to TIME_WAIT. It can still receive data (RFC 9293 §3.3.2, Figure 5 note 2).',

  'state.FIN_WAIT_2.short': 'Our FIN is acknowledged; waiting for the peer’s FIN.',
  'state.FIN_WAIT_2.long':
    'In FIN_WAIT_2 the endpoint’s own direction is closed and acknowledged, and it waits for the peer’s FIN, which comes only when the peer’s application closes. Meanwhile the peer may still send data, which is received and acknowledged. The peer’s FIN leads to TIME_WAIT. The RFC sets no time limit here; Linux gives up on a released socket after tcp_fin_timeout (RFC 9293 §3.3.2).',

  'state.CLOSE_WAIT.short': 'The peer has closed; waiting for our application to close.',
  'state.CLOSE_WAIT.long':
    'CLOSE_WAIT is entered when a FIN arrives in ESTABLISHED: the peer will send no more, and TCP waits for its own application to close. The endpoint may still send data meanwhile. When the application closes, TCP sends its own FIN and moves to LAST_ACK; a socket stuck here belongs to an application that never closes (RFC 9293 §3.3.2).',

  'state.CLOSING.short': 'Both sides sent FIN; waiting for the ACK of ours.',
  'state.CLOSING.long':
    'CLOSING is the simultaneous close: the endpoint received the peer’s FIN while its own FIN was still unacknowledged. It has acknowledged the peer’s FIN and waits for the ACK of its own, which leads to TIME_WAIT (RFC 9293 §3.3.2, §3.6).',

  'state.LAST_ACK.short': 'Closed second; waiting for the ACK of our FIN.',
  'state.LAST_ACK.long':
    'LAST_ACK belongs to the side that closes second: it received the peer’s FIN earlier, in CLOSE_WAIT, then sent its own and waits for that FIN to be acknowledged. The ACK ends the connection at once, with no TIME_WAIT; if the ACK does not come, it retransmits the FIN (RFC 9293 §3.3.2).',

  'state.TIME_WAIT.short': 'Both FINs acknowledged; waiting 2×MSL before forgetting.',
  'state.TIME_WAIT.long':
    'TIME_WAIT is the last state of the side that closed first. It lingers for 2×MSL (4 minutes with the RFC’s MSL of 2 minutes; a fixed 60 s on Linux) so that it can acknowledge the peer’s FIN again if its last ACK was lost, and so that delayed segments of this connection die out before a new one uses the same addresses and ports. Then the TCB is deleted (RFC 9293 §3.3.2, §3.6.1 MUST-13).',
} as const;
