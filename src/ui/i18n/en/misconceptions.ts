/** English text of the misconceptions the narration points out (`misconception.<id>`). */
export const misconceptionsEn = {
  'misconception.closeWaitEntry':
    'CLOSE_WAIT is not entered when a side decides to close. It is entered when the peer’s FIN arrives: the peer has finished sending, and this side now waits for its own application to close. That later decision is what takes it on from CLOSE_WAIT to LAST_ACK.',
  'misconception.finAckNotEnough':
    'The ACK flag alone does not move FIN_WAIT_1 to TIME_WAIT: after the handshake every segment carries ACK, every FIN included. What counts is the acknowledgment number. A FIN whose ACK covers our own FIN leads straight to TIME_WAIT (RFC 9293 Figure 5, note 2); a FIN that does not leads to CLOSING.',
  'misconception.timeWaitOwner':
    'TIME_WAIT belongs to the side that closes first, not to “the client”. Whichever endpoint sends the first FIN goes through FIN_WAIT and ends in TIME_WAIT; the other goes through CLOSE_WAIT and LAST_ACK and is gone as soon as its FIN is acknowledged. When a server closes first, the server holds TIME_WAIT.',
  'misconception.why2Msl':
    'TIME_WAIT lasts twice the maximum segment lifetime (MSL). If the final ACK is lost, the peer retransmits its FIN: the ACK may take up to one MSL to travel and the new FIN up to another, and TIME_WAIT must still be there to answer it. The same wait lets stray segments of this connection expire before a new connection reuses its addresses and ports.',
  'misconception.threeSegmentClose':
    'Real captures often close in three segments (FIN, FIN+ACK, ACK) instead of the textbook four. The side that receives the first FIN delays its ACK; when its application closes before the delay runs out, the ACK rides on its own FIN. The protocol is the same: only the timing of one ACK differs.',
  'misconception.synRcvdListen':
    'A RST in SYN_RCVD returns to LISTEN only when the endpoint got there from LISTEN, by a passive open: the listener survives to accept the next SYN. After an active open (a simultaneous open) there is no listener to return to: the connection is refused and goes to CLOSED (RFC 9293 Figure 5, note 1).',
  'misconception.halfClose':
    'A FIN closes one direction only: it says “I will send no more”, not “stop sending to me”. The side that sent it can still receive, and the side in CLOSE_WAIT can still send, until it closes too.',
} as const;
