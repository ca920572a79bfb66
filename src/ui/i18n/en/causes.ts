/**
 * Why a segment was sent, as a short phrase for the packet inspector (`cause.<seg.cause>`): one per
 * `tcp.send.*` key of the engine, and `link.inject`. No params.
 */
export const causesEn = {
  'cause.tcp.send.syn': 'SYN of an active open',
  'cause.tcp.send.synAck': 'SYN,ACK answering a SYN',
  'cause.tcp.send.ack': 'ACK of arriving data or FIN',
  'cause.tcp.send.delayedAck': 'delayed ACK, sent when its timer fired',
  'cause.tcp.send.windowUpdate': 'window update after a read',
  'cause.tcp.send.windowProbe': 'zero-window probe',
  'cause.tcp.send.data': 'data',
  'cause.tcp.send.dataFin': 'last data, with FIN',
  'cause.tcp.send.fin': 'FIN: no more data to send',
  'cause.tcp.send.reackFin': 'ACK of a retransmitted FIN, from TIME_WAIT',
  'cause.tcp.send.ackUnacceptable': 'ACK answering an unacceptable segment',
  'cause.tcp.send.challengeAck': 'challenge ACK (RFC 5961)',
  'cause.tcp.send.ackTooNew': 'ACK answering an ACK of unsent data',
  'cause.tcp.send.rstAbort': 'RST: the application aborted',
  'cause.tcp.send.rstClosed': 'RST: no connection for the segment',
  'cause.tcp.send.rstBadAck': 'RST: unacceptable ACK',
  'cause.tcp.send.rstSyn': 'RST answering a SYN in the window',
  'cause.tcp.send.rstUnread': 'RST: closed with unread data (Linux)',
  'cause.tcp.send.rstDataAfterClose': 'RST: data after close (Linux)',
  'cause.link.inject': 'injected by hand',
} as const;
