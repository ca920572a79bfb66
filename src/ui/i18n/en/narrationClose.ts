/**
 * English narration of the statechart's rules from ESTABLISHED on, the rules several states share and
 * the refused calls (`narr.<rule key>`; RFC 9293 §3.10.2–§3.10.8). Keys ending in a variant
 * (`.data`, `.zeroWindow`, …) are chosen by the narration when the step shows that case.
 *
 * Params as in narrationOpen.ts.
 */
export const narrationCloseEn = {
  'narr.established.send':
    'The {side}’s application hands TCP {bytes} bytes. TCP sends as much as the {peer}’s window allows and keeps every byte until it is acknowledged.',
  'narr.established.shutdown':
    'The {side}’s application shuts down its sending direction: TCP sends FIN after any queued data and moves to FIN_WAIT_1. It can still receive, since a FIN closes one direction only.',
  'narr.established.close':
    'The {side}’s application closes: TCP sends FIN after any queued data and moves to FIN_WAIT_1. Closing first, the {side} is the one headed for TIME_WAIT.',
  'narr.established.rcvSegment':
    'The {side} receives ACK {ack}: the {peer} has every byte before that number and offers a window of {win} bytes.',
  'narr.established.rcvSegment.data':
    'The {side} receives {len} bytes at seq {seq}, in order. It queues them for its application and acknowledges them, at once or after a short delay.',
  'narr.established.rcvSegment.held':
    'The {side} receives {len} bytes at seq {seq}, beyond a gap in the stream. It holds them, and its ACK still names the first missing byte.',
  'narr.established.rcvSegment.zeroWindow':
    'The {side} receives ACK {ack} with a zero window: the {peer}’s receive buffer is full. The {side} stops sending new data and starts its persist timer to probe the window later.',
  'narr.established.rcvFin':
    'The {side} receives the {peer}’s FIN: the {peer} will send no more data. The {side} acknowledges it and enters CLOSE_WAIT, where it may still send until its own application closes.',
  'narr.established.rcvFin.delayed':
    'The {side} receives the {peer}’s FIN and enters CLOSE_WAIT. It delays the ACK of the FIN, expecting its application to answer with a FIN of its own soon.',
  'narr.established.rcvText':
    'The segment that completed the handshake also carries {len} bytes of data; now that it is established, the {side} queues them for its application and acknowledges them.',

  'narr.finWait1.rcvFinAckOfFin':
    'The {side} receives the {peer}’s FIN, and its acknowledgment number, {ack}, also covers the {side}’s own FIN. Both directions are closed, so the {side} acknowledges the FIN and goes from FIN_WAIT_1 straight to TIME_WAIT.',
  'narr.finWait1.rcvAckOfFin':
    'The {side} receives ACK {ack}, which covers its FIN: its sending direction is closed. It moves to FIN_WAIT_2 and waits for the {peer}’s FIN, which comes only when the {peer}’s application closes.',
  'narr.finWait1.rcvFin':
    'The {side} receives the {peer}’s FIN before its own FIN is acknowledged: both sides are closing at once. It acknowledges the FIN and moves to CLOSING to wait for the ACK of its own.',
  'narr.finWait1.rcvSegment':
    'The {side}, in FIN_WAIT_1, receives a segment whose ACK ({ack}) does not yet cover its FIN. It takes the ACK and any data, since it may still receive, and keeps waiting.',
  'narr.finWait2.rcvFin':
    'The {side} receives the {peer}’s FIN: both directions are now closed. It acknowledges the FIN and enters TIME_WAIT, where it stays for 2×MSL before the connection is forgotten.',
  'narr.finWait2.rcvSegment':
    'The {side}, in FIN_WAIT_2, still receives: {len} bytes at seq {seq}. Its FIN closed only its own direction, so the {peer} may go on sending until it closes too.',
  'narr.finWait2.rcvSegment.ack':
    'The {side}, in FIN_WAIT_2, receives ACK {ack}; it keeps waiting for the {peer}’s FIN.',
  'narr.finWait2.timeout':
    'The {side}’s socket, released by close(), has waited in FIN_WAIT_2 for tcp_fin_timeout without a FIN from the {peer}. Linux gives up and goes to CLOSED without sending anything.',
  'narr.finWait.dataAfterClose':
    'New data reaches the {side} after its application called close(), and no one will ever read it. Linux answers with a RST, telling the {peer} the data was lost, and goes to CLOSED.',

  'narr.closeWait.send':
    'The {side}, in CLOSE_WAIT, sends {bytes} bytes: the {peer}’s FIN closed only the {peer}’s direction, so this one is still open.',
  'narr.closeWait.shutdown':
    'The {side}’s application shuts down its sending direction too: TCP sends FIN after any queued data and moves to LAST_ACK to wait for the ACK of that FIN.',
  'narr.closeWait.close':
    'The {side}’s application closes: TCP sends its own FIN after any queued data and moves to LAST_ACK, where it waits for the ACK of that FIN.',
  'narr.closeWait.close.withAck':
    'The {side}’s application closes before the delayed ACK of the {peer}’s FIN went out, so that ACK rides on the {side}’s own FIN: one segment where the textbook draws two. The {side} moves to LAST_ACK.',
  'narr.closeWait.rcvAck':
    'The {side}, in CLOSE_WAIT, receives ACK {ack} for data it sent; it keeps waiting for its application to close.',
  'narr.closing.rcvAckOfFin':
    'The {side} receives the ACK of its FIN while in CLOSING: both FINs are now acknowledged, so it enters TIME_WAIT.',
  'narr.closing.rcvAck':
    'The {side}, in CLOSING, receives ACK {ack}, which does not yet cover its FIN; it sends any data still queued and keeps waiting.',
  'narr.lastAck.rcvAckOfFin':
    'The {side} receives the ACK of its FIN: both directions are closed and acknowledged, so it deletes the TCB and goes to CLOSED at once. The side that closed second has no TIME_WAIT.',
  'narr.lastAck.rcvAck':
    'The {side}, in LAST_ACK, receives ACK {ack}, which does not yet cover its FIN; it sends any data still queued and keeps waiting for the ACK of the FIN.',
  'narr.timeWait.rcvFin':
    'The {peer}’s FIN arrives again, so the {side}’s last ACK must have been lost. Still in TIME_WAIT for exactly this case, the {side} acknowledges it again and restarts its 2×MSL timer.',
  'narr.timeWait.linuxIgnoresRst':
    'A RST arrives at the {side} in TIME_WAIT with seq {seq}, not exactly the expected number; Linux ignores it and stays in TIME_WAIT.',
  'narr.timeWait.rfc1337':
    'A RST arrives at the {side} in TIME_WAIT. With RFC 1337 protection on, TIME_WAIT ignores every RST, so no old or forged RST can cut the wait short.',
  'narr.timeWait.rcvAck':
    'An ACK arrives at the {side} in TIME_WAIT; there is nothing left to acknowledge, so it is ignored.',
  'narr.timeWait.timeout':
    'The {side}’s TIME_WAIT timer expires: any delayed segment of this connection has died out by now, so the {side} deletes the TCB and goes to CLOSED.',

  'narr.read':
    'The {side}’s application reads {bytes} bytes from the receive queue; the space they free widens the window the {side} advertises.',
  'narr.read.early':
    'The {side}’s application reads before the connection is established; there is nothing to hand over yet, so it gets 0 bytes.',
  'narr.read.closing':
    'The {side}’s application reads, but the {peer} has closed its direction and everything has been read; TCP answers “connection closing”, the end of the stream.',
  'narr.close.unreadReset':
    'The {side}’s application calls close() with unread data in its receive queue. That data can never be delivered, so Linux sends RST+ACK instead of a FIN and goes straight to CLOSED (RFC 9293 SHLD-3: a RST shows that data was lost).',
  'narr.close.release':
    'The {side}’s application calls close() after shutdown(): the FIN is already on its way, so Linux only releases the socket and the connection finishes closing without it.',
  'narr.ackTooNew':
    'A segment arrives at the {side} whose ACK ({ack}) covers data it has not sent yet; the {side} drops it and answers with an ACK of its real position.',
  'narr.rst.lateClose':
    'The {side} receives an acceptable RST in {from}: it was closing anyway, so it deletes the TCB and goes to CLOSED without telling its application.',
  'narr.abort.quiet':
    'The {side}’s application aborts in {from}: the connection is already closing, so TCP deletes the TCB and goes to CLOSED without sending a RST.',
  'narr.userTimeout':
    'The {side}’s user timeout expires before what it sent is acknowledged. TCP gives up on the connection and goes to CLOSED.',
  'narr.tcp.ackThrottled':
    'The {side} holds back the ACK it would send: it answered an invalid segment less than 500 ms ago, and RFC 5961 limits such ACKs so that two confused endpoints cannot flood each other.',

  'narr.open.exists':
    'The {side}’s application opens again, but this socket already has a connection; TCP answers “connection already exists”.',
  'narr.send.noConnection':
    'The {side}’s application sends with no connection; TCP answers “connection does not exist”.',
  'narr.read.noConnection':
    'The {side}’s application reads with no connection; TCP answers “connection does not exist”.',
  'narr.shutdown.noConnection':
    'The {side}’s application shuts down with no connection; TCP answers “connection does not exist”.',
  'narr.close.noConnection':
    'The {side}’s application closes with no connection; TCP answers “connection does not exist”.',
  'narr.abort.noConnection':
    'The {side}’s application aborts with no connection; TCP answers “connection does not exist”.',
  'narr.send.closing':
    'The {side}’s application sends after closing its sending direction; nothing may follow the FIN, so TCP answers “connection closing”.',
  'narr.shutdown.closing':
    'The {side}’s application shuts down again, but its FIN is already queued or sent; TCP answers “connection closing”.',
  'narr.close.closing':
    'The {side}’s application closes again, but its FIN is already queued or sent; TCP answers “connection closing”.',
} as const;
