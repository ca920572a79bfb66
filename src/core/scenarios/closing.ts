/** Scenarios of the Closing group: FINs, half-closes, TIME_WAIT and the states a close can hang in. */
import type { Scenario } from './scenario';
import { OPEN } from './scenario';

/** Both applications close as soon as they can (issue #5's comparison of the two profiles). */
const closeAsAppsDo = `iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s
mark
client close
wait until server CLOSE_WAIT within 1s
server close`;

export const CLOSING: readonly Scenario[] = [
  {
    name: 'normal-close',
    title: 'Four-way close, client closes first',
    group: 'Closing',
    goal: 'The side that closes first sends FIN and moves through FIN_WAIT_1 and FIN_WAIT_2. The other side enters CLOSE_WAIT when the FIN arrives — not when its application decides to close — and sends its own FIN later from LAST_ACK. The first closer ends in TIME_WAIT for 2×MSL.',
    script: `${OPEN}
client close
wait until client FIN_WAIT_2 within 1s
expect server CLOSE_WAIT
server close
wait until server CLOSED within 1s
expect client TIME_WAIT
wait 2msl
expect client CLOSED`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'server-closes-first',
    title: 'Server closes first (TIME_WAIT on the server)',
    group: 'Closing',
    goal: 'TIME_WAIT belongs to whichever side closes first, not to “the client”. When the server closes first, the server waits 2×MSL in TIME_WAIT and the client passes through CLOSE_WAIT and LAST_ACK.',
    script: `${OPEN}
server close
wait until server FIN_WAIT_2 within 1s
expect client CLOSE_WAIT
client close
wait until client CLOSED within 1s
expect server TIME_WAIT
wait 2msl
expect server CLOSED`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'simultaneous-close',
    title: 'Simultaneous close (CLOSING)',
    group: 'Closing',
    goal: 'Both applications close at once. Each side receives the other’s FIN while its own is unacknowledged, so it goes FIN_WAIT_1 → CLOSING, and on the ACK of its FIN to TIME_WAIT. Both sides wait 2×MSL.',
    script: `${OPEN}
client close
server close
wait until client CLOSING within 1s
expect server CLOSING
wait until client TIME_WAIT within 1s
wait until server TIME_WAIT within 1s
wait 2msl
expect client CLOSED
expect server CLOSED`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'fin-acks-fin',
    title: 'FIN that also acknowledges ours: FIN_WAIT_1 → TIME_WAIT',
    group: 'Closing',
    goal: 'The server’s plain ACK of the client’s FIN is lost, and the server closes: its FIN,ACK acknowledges the client’s FIN too, so the client goes from FIN_WAIT_1 straight to TIME_WAIT (RFC 9293 Figure 5, note 2). It is the acknowledgment of our FIN that matters, not that ACK and FIN share a segment — every FIN carries ACK.',
    script: `${OPEN}
drop next s>c ACK
client close
wait until server CLOSE_WAIT within 1s
server close
wait until client TIME_WAIT within 1s
wait until server CLOSED within 1s`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'close-three-segments-linux',
    title: 'Why real captures close in three segments (Linux delayed ACK)',
    group: 'Closing',
    goal: 'Under Linux the side that receives the FIN does not acknowledge it at once: it delays the ACK (up to 40 ms here) hoping to send it with data. Its application closes meanwhile, so the ACK rides on its own FIN — FIN, FIN+ACK, ACK — and the first closer goes from FIN_WAIT_1 straight to TIME_WAIT, because that FIN also acknowledges its own.',
    script: `profile linux
${closeAsAppsDo}
wait until client TIME_WAIT within 1s
expect count s>c FIN+ACK 1
expect count s>c ACK 0
wait until server CLOSED within 1s
expect count c>s FIN+ACK 1
expect count c>s ACK 1`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'close-four-segments-rfc',
    title: 'The textbook four-way close (every segment acknowledged at once)',
    group: 'Closing',
    goal: 'The same exchange under the RFC 9293 profile, with delayed ACKs off: the FIN is acknowledged at once, the client waits in FIN_WAIT_2, and the server’s FIN follows separately — the four segments of the textbook picture. Compare with the Linux scenario: the protocol is the same, only the timing of one ACK differs.',
    script: `${closeAsAppsDo}
wait until client TIME_WAIT within 1s
expect count s>c ACK 1
expect count s>c FIN+ACK 1
wait until server CLOSED within 1s`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'half-close',
    title: 'Half-close: the server keeps sending in CLOSE_WAIT',
    group: 'Closing',
    goal: 'A FIN closes one direction only. After the client’s shutdown the server, in CLOSE_WAIT, still sends its 3000-byte answer; the client, in FIN_WAIT_2, still receives and reads it. Only when the server closes too does the connection end.',
    script: `iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s
client shutdown
wait until client FIN_WAIT_2 within 1s
expect server CLOSE_WAIT
server send 3000
wait 500ms
client read
expect client received=3000
expect client FIN_WAIT_2
server close
wait until client TIME_WAIT within 1s`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'old-duplicate',
    title: 'A delayed old segment after the close: why 2×MSL',
    group: 'Closing',
    goal: 'The server’s 100 bytes are held up in the network for 30 s; its retransmission gets through and the connection closes normally. When the stray original finally arrives, the client is still in TIME_WAIT: it sees an old duplicate of data it already has, drops it and acknowledges. Had the client forgotten the connection and a new one started on the same ports, the straggler could have been taken for new data. A segment lives at most one MSL, so waiting 2×MSL lets every such segment die first. (The closed server answers the client’s ACK with a RST; RFC 1337’s protection, on here, keeps that RST from cutting TIME_WAIT short.)',
    script: `# RFC 9293 §3.6.1 (TIME-WAIT, 2×MSL), RFC 1337
option rfc1337=on
${OPEN}
delay next s>c PSH+ACK 30s
server send 100
wait 2s
client read
expect client received=100
client close
wait until client FIN_WAIT_2 within 1s
server close
wait until client TIME_WAIT within 1s
wait until server CLOSED within 1s
wait 30s
expect client TIME_WAIT
expect client received=100
wait 2msl
expect client CLOSED`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'close-wait-leak',
    title: 'CLOSE_WAIT leak: the application never calls close',
    group: 'Closing',
    goal: 'The client closes; the server’s TCP acknowledges the FIN and enters CLOSE_WAIT, but its application never calls close. Nothing in TCP ends CLOSE_WAIT: there is no timer, because only the application knows when it has finished sending. Under Linux the client’s released socket gives up on FIN_WAIT_2 after 60 s, so the peer is long gone while the server’s socket, its port and its buffers stay in CLOSE_WAIT for good — the pile-up of CLOSE_WAIT sockets that the command ss -tn lists on a leaking server.',
    script: `profile linux
${OPEN}
client close
wait until client FIN_WAIT_2 within 1s
expect server CLOSE_WAIT
wait until client CLOSED within 61s
wait 10min
expect server CLOSE_WAIT
expect none s>c`,
    end: { client: 'CLOSED', server: 'CLOSE_WAIT' },
  },
  {
    name: 'fin-wait-2',
    title: 'FIN_WAIT_2 forever, or Linux’s tcp_fin_timeout',
    group: 'Closing',
    goal: 'The client closes and its FIN is acknowledged, but the server’s application never closes. Under the RFC 9293 profile the client waits in FIN_WAIT_2 for the server’s FIN as long as it takes: the RFC has no timer there. Switch the profile to Linux and run it again: close() released the socket, so after tcp_fin_timeout (60 s) Linux drops the connection silently and the client is CLOSED, while the server stays in CLOSE_WAIT.',
    script: `# RFC 9293 §3.10.4 (no FIN-WAIT-2 timer); Linux net.ipv4.tcp_fin_timeout
${OPEN}
client close
wait until client FIN_WAIT_2 within 1s
expect server CLOSE_WAIT
wait 2min
expect server CLOSE_WAIT`,
    end: { client: 'FIN_WAIT_2', server: 'CLOSE_WAIT' },
    endUnder: { linux: { client: 'CLOSED', server: 'CLOSE_WAIT' } },
  },
];
