/**
 * English texts of the scenarios feature (issue #4): the picker's group names, its own labels, and each
 * scenario's title and teaching goal. Titles and goals repeat core's English (src/core/scenarios/, which
 * the CLI prints); a test holds the two equal.
 */
export const scenariosEn = {
  'scenarioGroup.Opening': 'Opening',
  'scenarioGroup.Closing': 'Closing',
  'scenarioGroup.Loss': 'Loss',
  'scenarioGroup.Resets': 'Resets',
  'scenarioGroup.Advanced': 'Advanced',
  'scenarioPicker.search': 'Search scenarios',
  'scenarioPicker.placeholder': 'Search titles and goals…',
  'scenarioPicker.noMatch': 'No scenario matches “{query}”.',
  'scenarioPicker.count': '{count} of {total} scenarios',
  'scenarioPicker.freeHint': 'An empty lab with the server listening',
  'scenarioGoal.heading': 'What this scenario teaches',
  'scenario.handshake.title': 'Three-way handshake',
  'scenario.handshake.goal':
    'The client sends SYN and waits in SYN_SENT; the listening server answers SYN,ACK and waits in SYN_RCVD; the client’s ACK completes the handshake. Each side has chosen an initial sequence number and learned the other’s.',
  'scenario.simultaneous-open.title': 'Simultaneous open',
  'scenario.simultaneous-open.goal':
    'Both sides send SYN at the same moment. Each receives a SYN while in SYN_SENT, answers SYN,ACK and moves to SYN_RCVD; each SYN,ACK then completes the other’s open. Four segments, no listener.',
  'scenario.normal-close.title': 'Four-way close, client closes first',
  'scenario.normal-close.goal':
    'The side that closes first sends FIN and moves through FIN_WAIT_1 and FIN_WAIT_2. The other side enters CLOSE_WAIT when the FIN arrives — not when its application decides to close — and sends its own FIN later from LAST_ACK. The first closer ends in TIME_WAIT for 2×MSL.',
  'scenario.server-closes-first.title': 'Server closes first (TIME_WAIT on the server)',
  'scenario.server-closes-first.goal':
    'TIME_WAIT belongs to whichever side closes first, not to “the client”. When the server closes first, the server waits 2×MSL in TIME_WAIT and the client passes through CLOSE_WAIT and LAST_ACK.',
  'scenario.simultaneous-close.title': 'Simultaneous close (CLOSING)',
  'scenario.simultaneous-close.goal':
    'Both applications close at once. Each side receives the other’s FIN while its own is unacknowledged, so it goes FIN_WAIT_1 → CLOSING, and on the ACK of its FIN to TIME_WAIT. Both sides wait 2×MSL.',
  'scenario.fin-acks-fin.title': 'FIN that also acknowledges ours: FIN_WAIT_1 → TIME_WAIT',
  'scenario.fin-acks-fin.goal':
    'The server’s plain ACK of the client’s FIN is lost, and the server closes: its FIN,ACK acknowledges the client’s FIN too, so the client goes from FIN_WAIT_1 straight to TIME_WAIT (RFC 9293 Figure 5, note 2). It is the acknowledgment of our FIN that matters, not that ACK and FIN share a segment — every FIN carries ACK.',
  'scenario.close-three-segments-linux.title':
    'Why real captures close in three segments (Linux delayed ACK)',
  'scenario.close-three-segments-linux.goal':
    'Under Linux the side that receives the FIN does not acknowledge it at once: it delays the ACK (up to 40 ms here) hoping to send it with data. Its application closes meanwhile, so the ACK rides on its own FIN — FIN, FIN+ACK, ACK — and the first closer goes from FIN_WAIT_1 straight to TIME_WAIT, because that FIN also acknowledges its own.',
  'scenario.close-four-segments-rfc.title':
    'The textbook four-way close (every segment acknowledged at once)',
  'scenario.close-four-segments-rfc.goal':
    'The same exchange under the RFC 9293 profile, with delayed ACKs off: the FIN is acknowledged at once, the client waits in FIN_WAIT_2, and the server’s FIN follows separately — the four segments of the textbook picture. Compare with the Linux scenario: the protocol is the same, only the timing of one ACK differs.',
  'scenario.half-close.title': 'Half-close: the server keeps sending in CLOSE_WAIT',
  'scenario.half-close.goal':
    'A FIN closes one direction only. After the client’s shutdown the server, in CLOSE_WAIT, still sends its 3000-byte answer; the client, in FIN_WAIT_2, still receives and reads it. Only when the server closes too does the connection end.',
  'scenario.old-duplicate.title': 'A delayed old segment after the close: why 2×MSL',
  'scenario.old-duplicate.goal':
    'The server’s 100 bytes are held up in the network for 30 s; its retransmission gets through and the connection closes normally. When the stray original finally arrives, the client is still in TIME_WAIT: it sees an old duplicate of data it already has, drops it and acknowledges. Had the client forgotten the connection and a new one started on the same ports, the straggler could have been taken for new data. A segment lives at most one MSL, so waiting 2×MSL lets every such segment die first. (The closed server answers the client’s ACK with a RST; RFC 1337’s protection, on here, keeps that RST from cutting TIME_WAIT short.)',
  'scenario.close-wait-leak.title': 'CLOSE_WAIT leak: the application never calls close',
  'scenario.close-wait-leak.goal':
    'The client closes; the server’s TCP acknowledges the FIN and enters CLOSE_WAIT, but its application never calls close. Nothing in TCP ends CLOSE_WAIT: there is no timer, because only the application knows when it has finished sending. Under Linux the client’s released socket gives up on FIN_WAIT_2 after 60 s, so the peer is long gone while the server’s socket, its port and its buffers stay in CLOSE_WAIT for good — the pile-up of CLOSE_WAIT sockets that the command ss -tn lists on a leaking server.',
  'scenario.fin-wait-2.title': 'FIN_WAIT_2 forever, or Linux’s tcp_fin_timeout',
  'scenario.fin-wait-2.goal':
    'The client closes and its FIN is acknowledged, but the server’s application never closes. Under the RFC 9293 profile the client waits in FIN_WAIT_2 for the server’s FIN as long as it takes: the RFC has no timer there. Switch the profile to Linux and run it again: close() released the socket, so after tcp_fin_timeout (60 s) Linux drops the connection silently and the client is CLOSED, while the server stays in CLOSE_WAIT.',
  'scenario.lost-syn.title': 'Lost SYN: retransmission and backoff',
  'scenario.lost-syn.goal':
    'The first two SYNs are lost. The client’s retransmission timer (initial RTO 1 s, RFC 6298) fires and it sends the SYN again, doubling the RTO each time: the retransmissions leave 1 s and then 2 s later, at t = 1 s and t = 3 s. The third SYN gets through and the handshake completes.',
  'scenario.lost-syn-ack.title': 'Lost SYN+ACK: both sides retransmit',
  'scenario.lost-syn-ack.goal':
    'The server’s SYN,ACK is lost, so both sides wait with a retransmission timer running. The client’s fires first and it sends its SYN again; the server, already in SYN_RCVD, finds that SYN old (it is before RCV.NXT) and only answers with an ACK, which cannot help a client in SYN_SENT. Then the server’s own timer fires and its retransmitted SYN,ACK completes the handshake. Either side can recover the loss; here the server’s copy does.',
  'scenario.lost-third-ack.title': 'Lost third ACK of the handshake',
  'scenario.lost-third-ack.goal':
    'The client’s ACK that completes the handshake is lost. The client is ESTABLISHED as soon as it sends it, but the server stays in SYN_RCVD: the two sides disagree about the connection. An ACK occupies no sequence space and is never retransmitted, so it is the server’s timer that mends it: its SYN,ACK goes again, the client (already ESTABLISHED) sees a duplicate and acknowledges it once more, and that ACK completes the server’s handshake. Data from the client, which always carries an ACK, would have completed it too.',
  'scenario.lost-final-ack.title': 'Lost final ACK of the close',
  'scenario.lost-final-ack.goal':
    'The last ACK is lost, so the server in LAST_ACK never learns its FIN arrived. It retransmits the FIN after its RTO; the client, still in TIME_WAIT, acknowledges it again and restarts its 2×MSL wait. Without TIME_WAIT the retransmitted FIN would meet a closed port and draw a RST.',
  'scenario.lossy-transfer.title': 'Data transfer over a link that loses 20%',
  'scenario.lossy-transfer.goal':
    'The client sends 15 000 bytes over a link that loses one segment in five, data and ACKs alike. The server holds what arrives beyond a gap and keeps acknowledging the first missing byte; a lost ACK is covered by the next one. Each hole is filled when the client’s retransmission timer fires, and a retransmission that is lost again waits twice as long (1 s, 2 s, 4 s). Every byte arrives, in order, and the connection closes normally. The seed makes the losses the same on every run.',
  'scenario.connection-refused.title': 'Connection refused: SYN to a closed port',
  'scenario.connection-refused.goal':
    'Nothing listens on the server’s port, so the client’s SYN draws a RST,ACK (RFC 9293 §3.10.7.1: SEQ=0, ACK=SEG.SEQ+SEG.LEN). That RST acknowledges the client’s SYN, so the client accepts the reset and gives up.',
  'scenario.abort.title': 'Abort mid-connection (RST)',
  'scenario.abort.goal':
    'ABORT throws the connection away: the client sends RST and goes straight to CLOSED; the server, on an acceptable RST, tells its application “connection reset” and goes to CLOSED too. No FIN, no TIME_WAIT.',
  'scenario.handshake-rst.title': 'RST during the handshake: SYN_RCVD returns to LISTEN',
  'scenario.handshake-rst.goal':
    'An old duplicate SYN from a connection long gone reaches the listening server before the client’s real SYN, which the network has held up. The server answers it and waits in SYN_RCVD. Its SYN,ACK acknowledges a sequence number the client never used, so the client, in SYN_SENT, answers with a RST. The server came to SYN_RCVD from LISTEN, so on that RST it simply returns to LISTEN, and the real SYN then opens the connection normally (RFC 9293 Figure 8).',
  'scenario.challenge-ack.title': 'Blind in-window RST and the challenge ACK (RFC 5961)',
  'scenario.challenge-ack.goal':
    'An attacker who cannot see the traffic forges a RST with a guessed sequence number. Before RFC 5961 any RST inside the receive window reset the connection, so a few thousand guesses could cover the 2^32 sequence space. Now only a RST at exactly RCV.NXT resets; one that is merely in the window draws a challenge ACK instead. The real client, which sent no RST, just sees a duplicate ACK, and the connection lives on. A peer that really meant to reset would answer the challenge with a RST at the number it names.',
  'scenario.close-with-unread-data.title': 'Linux close() with unread data sends RST, not FIN',
  'scenario.close-with-unread-data.goal':
    'The server’s application closes without reading the 100 bytes waiting in its receive queue. Linux cannot deliver them any more, so instead of a FIN it sends RST+ACK and the connection is gone; the client is told “connection reset”. Under the RFC, CLOSE only says “I have no more to send” and a FIN goes out.',
  'scenario.zero-window.title': 'A full receive buffer: zero window and window probes',
  'scenario.zero-window.goal':
    'The server’s application does not read, so its 2000-byte receive buffer fills and it advertises a zero window. The client stops sending and, after an RTO, probes the window with a single byte, backing off; when the application finally reads, a window update lets the rest through.',
  'scenario.ack-at-right-edge.title': 'An ACK exactly at the right edge of the window',
  'scenario.ack-at-right-edge.goal':
    'The server’s ACK of the client’s 100 bytes is lost. Then an ACK of them arrives whose sequence number is exactly RCV.NXT + RCV.WND, where a pure ACK sits when its sender has filled our window. RFC 9293’s acceptability test wants RCV.NXT ≤ SEQ < RCV.NXT + RCV.WND, so the segment is unacceptable and its acknowledgment is never read: the client only answers with an ACK and waits for its retransmission timer. Linux accepts a segment at the right edge, as BSD does; so does the Linux profile, under which this scenario’s checks fail.',
  'scenario.seq-wrap.title': 'Sequence numbers wrapping past 2^32',
  'scenario.seq-wrap.goal':
    'Both initial sequence numbers are chosen just below 2^32 = 4294967296, so the data carries the numbers over the top: after 4294967295 comes 0. Nothing breaks, because TCP does all its sequence arithmetic modulo 2^32 (RFC 9293 §3.4): 2001 counts as after 4294966297, every byte is acknowledged and the connection closes normally. Tick “Absolute numbers” on the sequence chart to see the real numbers; the relative ones, counted from each ISS, hide the wrap.',
} as const satisfies Record<string, string>;
