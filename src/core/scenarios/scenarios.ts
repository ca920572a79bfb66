/**
 * Named scenarios: scripts in the demo language, each with a title, a teaching goal and `expect`
 * lines that pin its outcome. The CLI runs them by name; tests run every one and require it to pass.
 */

/** Where a scenario sits in the picker. */
export type ScenarioGroup = 'Opening' | 'Closing' | 'Loss' | 'Resets' | 'Advanced';

/** A prepared demo. */
export type Scenario = {
  /** Name used on the command line and in URLs (`--scenario normal-close`). */
  readonly name: string;
  readonly title: string;
  readonly group: ScenarioGroup;
  /** One paragraph: what a learner should take from it. */
  readonly goal: string;
  /** The script, with its `expect` lines. */
  readonly script: string;
};

const handshake = `# Three-way handshake (RFC 9293 §3.5, Figure 6)
iss client=1000 server=5000
server listen
client connect
wait until client ESTABLISHED within 1s
expect server SYN_RCVD
expect last c>s ACK seq=rcv.nxt ack=snd.nxt
wait until server ESTABLISHED within 1s
expect client ESTABLISHED`;

const open = `iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s`;

const SCENARIOS_MORE: Scenario[] = [];

/** The scenarios, in picker order. */
const SCENARIOS_BASE: readonly Scenario[] = [
  {
    name: 'handshake',
    title: 'Three-way handshake',
    group: 'Opening',
    goal: 'The client sends SYN and waits in SYN_SENT; the listening server answers SYN,ACK and waits in SYN_RCVD; the client’s ACK completes the handshake. Each side has chosen an initial sequence number and learned the other’s.',
    script: handshake,
  },
  {
    name: 'normal-close',
    title: 'Four-way close, client closes first',
    group: 'Closing',
    goal: 'The side that closes first sends FIN and moves through FIN_WAIT_1 and FIN_WAIT_2. The other side enters CLOSE_WAIT when the FIN arrives — not when its application decides to close — and sends its own FIN later from LAST_ACK. The first closer ends in TIME_WAIT for 2×MSL.',
    script: `${open}
client close
wait until client FIN_WAIT_2 within 1s
expect server CLOSE_WAIT
server close
wait until server CLOSED within 1s
expect client TIME_WAIT
wait 2msl
expect client CLOSED`,
  },
  {
    name: 'server-closes-first',
    title: 'Server closes first (TIME_WAIT on the server)',
    group: 'Closing',
    goal: 'TIME_WAIT belongs to whichever side closes first, not to “the client”. When the server closes first, the server waits 2×MSL in TIME_WAIT and the client passes through CLOSE_WAIT and LAST_ACK.',
    script: `${open}
server close
wait until server FIN_WAIT_2 within 1s
expect client CLOSE_WAIT
client close
wait until client CLOSED within 1s
expect server TIME_WAIT
wait 2msl
expect server CLOSED`,
  },
  {
    name: 'simultaneous-open',
    title: 'Simultaneous open',
    group: 'Opening',
    goal: 'Both sides send SYN at the same moment. Each receives a SYN while in SYN_SENT, answers SYN,ACK and moves to SYN_RCVD; each SYN,ACK then completes the other’s open. Four segments, no listener.',
    script: `iss client=1000 server=5000
client connect
server connect
wait until client SYN_RCVD within 1s
expect server SYN_RCVD
wait until client ESTABLISHED within 1s
wait until server ESTABLISHED within 1s`,
  },
  {
    name: 'simultaneous-close',
    title: 'Simultaneous close (CLOSING)',
    group: 'Closing',
    goal: 'Both applications close at once. Each side receives the other’s FIN while its own is unacknowledged, so it goes FIN_WAIT_1 → CLOSING, and on the ACK of its FIN to TIME_WAIT. Both sides wait 2×MSL.',
    script: `${open}
client close
server close
wait until client CLOSING within 1s
expect server CLOSING
wait until client TIME_WAIT within 1s
wait until server TIME_WAIT within 1s
wait 2msl
expect client CLOSED
expect server CLOSED`,
  },
  {
    name: 'fin-acks-fin',
    title: 'FIN that also acknowledges ours: FIN_WAIT_1 → TIME_WAIT',
    group: 'Closing',
    goal: 'The server’s plain ACK of the client’s FIN is lost, and the server closes: its FIN,ACK acknowledges the client’s FIN too, so the client goes from FIN_WAIT_1 straight to TIME_WAIT (RFC 9293 Figure 5, note 2). It is the acknowledgment of our FIN that matters, not that ACK and FIN share a segment — every FIN carries ACK.',
    script: `${open}
drop next s>c ACK
client close
wait until server CLOSE_WAIT within 1s
server close
wait until client TIME_WAIT within 1s
wait until server CLOSED within 1s`,
  },
  {
    name: 'lost-final-ack',
    title: 'Lost final ACK of the close',
    group: 'Loss',
    goal: 'The last ACK is lost, so the server in LAST_ACK never learns its FIN arrived. It retransmits the FIN after its RTO; the client, still in TIME_WAIT, acknowledges it again and restarts its 2×MSL wait. Without TIME_WAIT the retransmitted FIN would meet a closed port and draw a RST.',
    script: `${open}
client close
wait until client FIN_WAIT_2 within 1s
drop next c>s ACK
server close
wait until client TIME_WAIT within 1s
expect server LAST_ACK
wait until server CLOSED within 5s
expect client TIME_WAIT
wait 2msl
expect client CLOSED`,
  },
  {
    name: 'lost-syn',
    title: 'Lost SYN: retransmission and backoff',
    group: 'Loss',
    goal: 'The first SYN is lost. The client’s retransmission timer (initial RTO 1 s, RFC 6298) fires and it sends the SYN again with the RTO doubled; the handshake then completes.',
    script: `iss client=1000 server=5000
server listen
drop next c>s SYN
client connect
wait 500ms
expect client SYN_SENT
expect server LISTEN
wait until client ESTABLISHED within 2s
wait until server ESTABLISHED within 1s`,
  },
  {
    name: 'connection-refused',
    title: 'Connection refused: SYN to a closed port',
    group: 'Resets',
    goal: 'Nothing listens on the server’s port, so its SYN draws a RST,ACK (RFC 9293 §3.10.7.1: SEQ=0, ACK=SEG.SEQ+SEG.LEN). The client’s SYN is acknowledged by it, so the client accepts the reset and gives up.',
    script: `iss client=1000 server=5000
client connect
wait until client CLOSED within 1s
expect last s>c RST+ACK seq=0 ack=1001`,
  },
  {
    name: 'abort',
    title: 'Abort mid-connection (RST)',
    group: 'Resets',
    goal: 'ABORT throws the connection away: the client sends RST and goes straight to CLOSED; the server, on an acceptable RST, tells its application “connection reset” and goes to CLOSED too. No FIN, no TIME_WAIT.',
    script: `${open}
client abort
expect client CLOSED
expect last c>s RST
wait until server CLOSED within 1s`,
  },
];

const closeAsAppsDo = `iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s
mark
client close
wait until server CLOSE_WAIT within 1s
server close`;

/** Scenarios of the socket calls, delayed ACKs and Linux's close() (issue #5). */
SCENARIOS_MORE.push(
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
  },
  {
    name: 'close-four-segments-rfc',
    title: 'The textbook four-way close (every segment acknowledged at once)',
    group: 'Closing',
    goal: 'The same exchange under the rfc9293 profile, with delayed ACKs off: the FIN is acknowledged at once, the client waits in FIN_WAIT_2, and the server’s FIN follows separately — the four segments of the textbook picture. Compare with the Linux scenario: the protocol is the same, only the timing of one ACK differs.',
    script: `${closeAsAppsDo}
wait until client TIME_WAIT within 1s
expect count s>c ACK 1
expect count s>c FIN+ACK 1
wait until server CLOSED within 1s`,
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
  },
  {
    name: 'close-with-unread-data',
    title: 'Linux close() with unread data sends RST, not FIN',
    group: 'Resets',
    goal: 'The server’s application closes without reading the 100 bytes waiting in its receive queue. Linux cannot deliver them any more, so instead of a FIN it sends RST+ACK and the connection is gone; the client is told “connection reset”. Under the RFC, CLOSE only says “I have no more to send” and a FIN goes out.',
    script: `profile linux
iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s
client send 100
wait 200ms
expect server unread=100
server close
expect server CLOSED
expect last s>c RST+ACK
wait 200ms
expect client CLOSED
expect client notified "connection reset"`,
  },
  {
    name: 'zero-window',
    title: 'A full receive buffer: zero window and window probes',
    group: 'Advanced',
    goal: 'The server’s application does not read, so its 2000-byte receive buffer fills and it advertises a zero window. The client stops sending and, after an RTO, probes the window with a single byte, backing off; when the application finally reads, a window update lets the rest through.',
    script: `option rcvbuf=2000
iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s
client send 5000
wait 5s
expect server unread=2000 rcv.wnd=0
expect client sendq=3000
server read
wait 1s
server read
wait 1s
server read
wait 1s
expect server received=5000`,
  },
  {
    name: 'ack-at-right-edge',
    title: 'An ACK exactly at the right edge of the window',
    group: 'Advanced',
    goal: 'The server’s ACK of the client’s 100 bytes is lost. Then an ACK of them arrives whose sequence number is exactly RCV.NXT + RCV.WND, where a pure ACK sits when its sender has filled our window. RFC 9293’s acceptability test wants RCV.NXT ≤ SEQ < RCV.NXT + RCV.WND, so the segment is unacceptable and its acknowledgment is never read: the client only answers with an ACK and waits for its retransmission timer. Linux accepts a segment at the right edge, as BSD does; so does the linux profile, under which this scenario’s checks fail.',
    script: `# RFC 9293 §3.10.7.4, first check; Linux tcp_sequence() accepts SEQ = RCV.NXT + RCV.WND
profile rfc9293
iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s
mute server
client send 100
wait 100ms
unmute server
inject s>c ACK seq=rcv.nxt+rcv.wnd ack=1101
wait 100ms
expect client snd.una=1001
expect last c>s ACK seq=1101 ack=5001
wait 2s
expect client snd.una=1101`,
  },
);

/** The scenarios, in picker order. */
export const SCENARIOS: readonly Scenario[] = [...SCENARIOS_BASE, ...SCENARIOS_MORE];

/** Finds a scenario by name (case-insensitive). */
export function findScenario(name: string): Scenario | undefined {
  const n = name.trim().toLowerCase();
  return SCENARIOS.find((s) => s.name === n);
}
