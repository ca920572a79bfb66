/** Scenarios of the Resets group: RSTs that refuse, abort, undo a half-open handshake, or are forged. */
import type { Scenario } from './scenario';
import { OPEN } from './scenario';

export const RESETS: readonly Scenario[] = [
  {
    name: 'connection-refused',
    title: 'Connection refused: SYN to a closed port',
    group: 'Resets',
    goal: 'Nothing listens on the server’s port, so the client’s SYN draws a RST,ACK (RFC 9293 §3.10.7.1: SEQ=0, ACK=SEG.SEQ+SEG.LEN). That RST acknowledges the client’s SYN, so the client accepts the reset and gives up.',
    script: `iss client=1000 server=5000
client connect
wait until client CLOSED within 1s
expect last s>c RST+ACK seq=0 ack=1001`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'abort',
    title: 'Abort mid-connection (RST)',
    group: 'Resets',
    goal: 'ABORT throws the connection away: the client sends RST and goes straight to CLOSED; the server, on an acceptable RST, tells its application “connection reset” and goes to CLOSED too. No FIN, no TIME_WAIT.',
    script: `${OPEN}
client abort
expect client CLOSED
expect last c>s RST
wait until server CLOSED within 1s`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'handshake-rst',
    title: 'RST during the handshake: SYN_RCVD returns to LISTEN',
    group: 'Resets',
    goal: 'An old duplicate SYN from a connection long gone reaches the listening server before the client’s real SYN, which the network has held up. The server answers it and waits in SYN_RCVD. Its SYN,ACK acknowledges a sequence number the client never used, so the client, in SYN_SENT, answers with a RST. The server came to SYN_RCVD from LISTEN, so on that RST it simply returns to LISTEN, and the real SYN then opens the connection normally (RFC 9293 Figure 8).',
    script: `# RFC 9293 §3.5, Figure 8: recovery from an old duplicate SYN
iss client=1000 server=5000
server listen
inject c>s SYN seq=90000
delay next c>s SYN 200ms
client connect
wait until server SYN_RCVD within 1s
wait until server LISTEN within 1s
expect client SYN_SENT
expect last c>s RST seq=90001
wait until server ESTABLISHED within 1s
expect client ESTABLISHED`,
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    name: 'challenge-ack',
    title: 'Blind in-window RST and the challenge ACK (RFC 5961)',
    group: 'Resets',
    goal: 'An attacker who cannot see the traffic forges a RST with a guessed sequence number. Before RFC 5961 any RST inside the receive window reset the connection, so a few thousand guesses could cover the 2^32 sequence space. Now only a RST at exactly RCV.NXT resets; one that is merely in the window draws a challenge ACK instead. The real client, which sent no RST, just sees a duplicate ACK, and the connection lives on. A peer that really meant to reset would answer the challenge with a RST at the number it names.',
    script: `# RFC 5961 §3.2; RFC 9293 §3.10.7.4
${OPEN}
inject c>s RST seq=rcv.nxt+1000
wait 100ms
expect server ESTABLISHED
expect last s>c ACK seq=rcv.nxt ack=snd.nxt
wait 200ms
expect client ESTABLISHED`,
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
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
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
];
