/** Scenarios of the Loss group: what retransmission timers do when segments go missing. */
import type { Scenario } from './scenario';
import { OPEN } from './scenario';

export const LOSS: readonly Scenario[] = [
  {
    name: 'lost-syn',
    title: 'Lost SYN: retransmission and backoff',
    group: 'Loss',
    goal: 'The first two SYNs are lost. The client’s retransmission timer (initial RTO 1 s, RFC 6298) fires and it sends the SYN again, doubling the RTO each time: the retransmissions leave 1 s and then 2 s later, at t = 1 s and t = 3 s. The third SYN gets through and the handshake completes.',
    script: `iss client=1000 server=5000
server listen
drop next c>s SYN x2
client connect
wait 500ms
expect client SYN_SENT
expect server LISTEN
wait until server SYN_RCVD within 4s
expect count c>s SYN 3
wait until client ESTABLISHED within 1s
wait until server ESTABLISHED within 1s`,
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    name: 'lost-syn-ack',
    title: 'Lost SYN+ACK: both sides retransmit',
    group: 'Loss',
    goal: 'The server’s SYN,ACK is lost, so both sides wait with a retransmission timer running. The client’s fires first and it sends its SYN again; the server, already in SYN_RCVD, finds that SYN old (it is before RCV.NXT) and only answers with an ACK, which cannot help a client in SYN_SENT. Then the server’s own timer fires and its retransmitted SYN,ACK completes the handshake. Either side can recover the loss; here the server’s copy does.',
    script: `iss client=1000 server=5000
server listen
drop next s>c SYN+ACK
client connect
wait until server SYN_RCVD within 1s
wait 500ms
expect client SYN_SENT
wait until client ESTABLISHED within 2s
expect count s>c SYN+ACK 2
wait until server ESTABLISHED within 1s`,
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    name: 'lost-third-ack',
    title: 'Lost third ACK of the handshake',
    group: 'Loss',
    goal: 'The client’s ACK that completes the handshake is lost. The client is ESTABLISHED as soon as it sends it, but the server stays in SYN_RCVD: the two sides disagree about the connection. An ACK occupies no sequence space and is never retransmitted, so it is the server’s timer that mends it: its SYN,ACK goes again, the client (already ESTABLISHED) sees a duplicate and acknowledges it once more, and that ACK completes the server’s handshake. Data from the client, which always carries an ACK, would have completed it too.',
    script: `iss client=1000 server=5000
server listen
drop next c>s ACK
client connect
wait until client ESTABLISHED within 1s
wait 500ms
expect server SYN_RCVD
wait until server ESTABLISHED within 2s
expect count s>c SYN+ACK 2`,
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    name: 'lost-final-ack',
    title: 'Lost final ACK of the close',
    group: 'Loss',
    goal: 'The last ACK is lost, so the server in LAST_ACK never learns its FIN arrived. It retransmits the FIN after its RTO; the client, still in TIME_WAIT, acknowledges it again and restarts its 2×MSL wait. Without TIME_WAIT the retransmitted FIN would meet a closed port and draw a RST.',
    script: `${OPEN}
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
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    name: 'lossy-transfer',
    title: 'Data transfer over a link that loses 20%',
    group: 'Loss',
    goal: 'The client sends 15 000 bytes over a link that loses one segment in five, data and ACKs alike. The server holds what arrives beyond a gap and keeps acknowledging the first missing byte; a lost ACK is covered by the next one. Each hole is filled when the client’s retransmission timer fires, and a retransmission that is lost again waits twice as long (1 s, 2 s, 4 s). Every byte arrives, in order, and the connection closes normally. The seed makes the losses the same on every run.',
    script: `seed 7
${OPEN}
link loss=20%
client send 15000
wait idle
server read
expect server received=15000
link loss=0%
client close
wait until client FIN_WAIT_2 within 5s
server close
wait until server CLOSED within 5s`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
];
