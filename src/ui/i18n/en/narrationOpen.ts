/**
 * English narration of the statechart's rules for CLOSED, LISTEN, SYN_SENT, SYN_RCVD and the checks the
 * synchronized states share (`narr.<rule key>`; RFC 9293 §3.10.1–§3.10.7.4, RFC 5961, RFC 6298).
 *
 * Params: every rule has {side} and {peer}; a rule that changes state also {from} and {to}; a rule for an
 * arriving segment {flags}, {seq}, {ack}, {len}, {win} and {id} (that segment), and so does a timer rule
 * that always sends (`sync.retransmit`: the segment sent); SEND and READ {bytes}.
 */
export const narrationOpenEn = {
  'narr.closed.passiveOpen':
    'The {side}’s application calls listen, a passive OPEN: TCP creates a TCB and waits in LISTEN for a SYN from any peer. Nothing is sent yet.',
  'narr.closed.activeOpen':
    'The {side}’s application calls connect, an active OPEN: TCP picks an initial sequence number, sends SYN and waits in SYN_SENT for the {peer}’s answer.',
  'narr.closed.rcvRst':
    'A RST reaches the {side}, which has no connection; a RST is never answered, so it is discarded.',
  'narr.closed.rcvSegment':
    'The {peer}’s {flags} reaches the {side}, which has no connection for it, so the {side} answers with a RST whose numbers the {peer} will accept. That is how a closed port refuses a SYN.',

  'narr.listen.activeOpen':
    'The {side}’s application calls connect on a listening socket: the passive open turns active, so TCP sends SYN and moves to SYN_SENT.',
  'narr.listen.send':
    'The {side}’s application sends {bytes} bytes on a listening socket: the passive open turns active, so TCP sends SYN, moves to SYN_SENT and queues the data until the connection is established.',
  'narr.listen.shutdown':
    'The {side}’s application shuts down a listening socket: there is no connection to half-close, so TCP deletes the TCB and returns to CLOSED.',
  'narr.listen.close':
    'The {side}’s application closes its listening socket: no connection exists yet, so TCP deletes the TCB and returns to CLOSED without sending anything.',
  'narr.listen.abort':
    'The {side}’s application aborts a listening socket: TCP deletes the TCB and returns to CLOSED; there is no peer to send a RST to.',
  'narr.listen.rcvRst':
    'A RST reaches the listening {side}. A listener has no connection for it to reset, so it is ignored.',
  'narr.listen.rcvAck':
    'The {peer}’s {flags} reaches the listening {side}. No acknowledgment can be valid before the listener has sent anything, so it answers with a RST and keeps listening.',
  'narr.listen.rcvSyn':
    'The {side} receives the SYN (seq {seq}) and answers SYN,ACK: the ACK acknowledges the {peer}’s initial sequence number and the SYN carries its own. It now waits in SYN_RCVD for the ACK that completes the handshake.',
  'narr.listen.rcvOther':
    'The {peer}’s segment ({flags}) carries none of SYN, RST or ACK; only a SYN can start a connection, so the listening {side} drops it.',

  'narr.synSent.send':
    'The {side}’s application sends {bytes} bytes before the handshake is done; TCP queues them and sends them once the connection is established.',
  'narr.synSent.shutdown':
    'The {side}’s application shuts down during the handshake: the connection never existed, so TCP deletes the TCB and returns to CLOSED without sending a FIN.',
  'narr.synSent.close':
    'The {side}’s application closes during the handshake: TCP deletes the TCB and returns to CLOSED without sending anything. A SYN,ACK that arrives later will find no connection and draw a RST.',
  'narr.synSent.abort':
    'The {side}’s application aborts during the handshake: TCP deletes the TCB and returns to CLOSED. No RST is sent from SYN_SENT.',
  'narr.synSent.badAckRst':
    'A RST arrives at the {side} in SYN_SENT, but its ACK ({ack}) does not acknowledge the SYN; it cannot belong to this attempt, so it is dropped.',
  'narr.synSent.badAck':
    'The {peer}’s {flags} reaches the {side} in SYN_SENT, but its ACK ({ack}) does not acknowledge the SYN, so it belongs to some older connection. The {side} answers with a RST and keeps waiting.',
  'narr.synSent.rcvRst':
    'The {side} receives a RST that acknowledges its SYN: the {peer} refuses the connection, so the {side} returns to CLOSED.',
  'narr.synSent.rstNoAck':
    'A RST without ACK arrives at the {side} in SYN_SENT; nothing shows that it answers this SYN, so it is dropped.',
  'narr.synSent.rcvSynAck':
    'The {side} receives SYN,ACK: its ACK covers the {side}’s SYN and its SYN carries the {peer}’s initial sequence number (seq {seq}). The {side} answers with ACK and is ESTABLISHED; for it the handshake is done.',
  'narr.synSent.rcvSyn':
    'The {side} receives a SYN while its own SYN is still unanswered: both sides opened at once. It answers SYN,ACK and moves to SYN_RCVD, as the {peer} does.',
  'narr.synSent.rcvOther':
    'The {peer}’s segment ({flags}) has neither SYN nor RST; in SYN_SENT it cannot advance the handshake, so the {side} drops it.',
  'narr.synSent.retransmit':
    'The {side}’s retransmission timer expires with its SYN still unanswered, so it sends the SYN again and doubles the timeout (exponential backoff).',
  'narr.synSent.giveUp':
    'The {side} has retransmitted its SYN as often as allowed with no answer. It gives up and returns to CLOSED.',

  'narr.sync.unacceptableRst':
    'A RST arrives at the {side} with seq {seq}, outside its receive window. It cannot belong to this connection, so it is dropped without an answer.',
  'narr.sync.unacceptable':
    'The {peer}’s {flags} with seq {seq} falls outside what the {side}’s receive window accepts (an old duplicate, or data the window has no room for). The {side} drops it and answers with an ACK of what it does expect.',
  'narr.sync.unacceptable.rightEdge':
    'The {peer}’s {flags} (seq {seq}) sits exactly at the right edge of the {side}’s receive window, and RFC 9293 accepts a segment without data only if RCV.NXT ≤ SEQ < RCV.NXT + RCV.WND. So the {side} answers with an ACK and never reads the acknowledgment it carries (Linux and BSD do accept a segment at the right edge).',
  'narr.sync.unacceptable.zeroWindow':
    'Data from the {peer} (seq {seq}) reaches the {side}, whose window is zero, so it cannot be accepted. The {side} drops it and answers with an ACK showing that the window is still zero.',
  'narr.sync.rstChallenge':
    'A RST arrives at the {side} inside its window but not exactly at the next expected sequence number, so it might be forged. Instead of resetting, the {side} sends a challenge ACK; a real peer answers it with a RST at exactly the right number.',
  'narr.sync.rcvRst':
    'The {side} receives an acceptable RST in {from}: the connection is reset. It goes straight to CLOSED, with no FIN exchange and no TIME_WAIT.',
  'narr.sync.synChallenge':
    'A SYN arrives at the {side} on a synchronized connection. Resetting could let a forged SYN kill the connection, so the {side} answers with a challenge ACK and carries on.',
  'narr.sync.synReset':
    'A SYN arrives inside the {side}’s window on a synchronized connection. With challenge ACKs off, the older rule applies: the {side} sends a RST and goes to CLOSED.',
  'narr.sync.noAck':
    'A segment without the ACK bit arrives at the {side}. After the handshake every segment must carry an ACK, so it is dropped.',
  'narr.sync.ackChallenge':
    'A segment arrives at the {side} whose ACK ({ack}) acknowledges data it never sent, or data too old to be credible. The {side} drops it and sends a challenge ACK that states its real position.',
  'narr.sync.abort':
    'The {side}’s application aborts the connection in {from}: TCP sends a RST, throws away everything queued and goes straight to CLOSED. The {peer} learns of it from the RST.',
  'narr.sync.retransmit':
    'The {side}’s retransmission timer expires before its {flags} segment (seq {seq}) is acknowledged, so it sends it again and doubles the timeout (exponential backoff).',
  'narr.sync.giveUp':
    'The {side} has retransmitted as often as allowed without an acknowledgment. It gives up and goes to CLOSED without sending anything.',
  'narr.sync.delayedAck':
    'The {side}’s delayed-ACK timer fires: no data came along for the acknowledgment to ride on, so it sends a bare ACK now.',
  'narr.sync.windowProbe':
    'The {peer}’s window is zero and the {side}’s persist timer fires, so the {side} sends a window probe: one byte of new data, which the {peer} answers with an ACK that shows its current window.',

  'narr.synRcvd.send':
    'The {side}’s application sends {bytes} bytes before the handshake is complete; TCP queues them until the connection is established.',
  'narr.synRcvd.sendAfterClose':
    'The {side}’s application sends after it has already asked to close; nothing may follow the FIN, so TCP answers “connection closing”.',
  'narr.synRcvd.shutdown':
    'The {side}’s application shuts down its sending side in SYN_RCVD with nothing queued, so TCP sends FIN at once and moves to FIN_WAIT_1.',
  'narr.synRcvd.close':
    'The {side}’s application closes in SYN_RCVD with nothing left to send, so TCP sends FIN at once and moves to FIN_WAIT_1.',
  'narr.synRcvd.closeQueued':
    'The {side}’s application closes while data is still queued in SYN_RCVD; TCP keeps the request and sends the FIN after the data, once the connection is established.',
  'narr.synRcvd.closeAgain':
    'The {side}’s application closes again while its first close is still pending; TCP answers “connection closing”.',
  'narr.synRcvd.repeatedSyn':
    'The same SYN reaches the {side} again in SYN_RCVD, so its SYN,ACK was probably lost. Linux resends the SYN,ACK at once, where the RFC would answer with a bare ACK.',
  'narr.synRcvd.rstPassive':
    'The {side} receives an acceptable RST in SYN_RCVD. It got there from LISTEN, by a passive open, so it simply returns to LISTEN to wait for another SYN; its application is not told.',
  'narr.synRcvd.rstActive':
    'The {side} receives an acceptable RST in SYN_RCVD, which it reached by an active (simultaneous) open: the {peer} refuses the connection, so it goes to CLOSED.',
  'narr.synRcvd.synPassive':
    'A SYN arrives inside the {side}’s window while it waits in SYN_RCVD after a passive open. The half-open attempt is abandoned and the {side} returns to LISTEN.',
  'narr.synRcvd.rcvSynAck':
    'The {side}, in SYN_RCVD after a simultaneous open, receives the {peer}’s SYN,ACK. Its ACK covers the {side}’s SYN, so the {side} is ESTABLISHED.',
  'narr.synRcvd.rcvAck':
    'The {side} receives the ACK of its SYN (ack {ack}): the three-way handshake is complete and it is ESTABLISHED. Each side now knows the other’s initial sequence number.',
  'narr.synRcvd.badAck':
    'The {peer}’s {flags} reaches the {side} in SYN_RCVD, but its ACK ({ack}) does not acknowledge the SYN; the {side} answers it with a RST and keeps waiting.',
  'narr.synRcvd.giveUp':
    'The {side} has retransmitted its SYN,ACK as often as allowed without an ACK. It abandons the half-open connection and, since it came from a passive open, returns to LISTEN.',
} as const;
