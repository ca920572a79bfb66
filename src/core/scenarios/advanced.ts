/** Scenarios of the Advanced group: windows, the acceptability test's edges, sequence arithmetic. */
import type { Scenario } from './scenario';

export const ADVANCED: readonly Scenario[] = [
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
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    name: 'ack-at-right-edge',
    title: 'An ACK exactly at the right edge of the window',
    group: 'Advanced',
    goal: 'The server’s ACK of the client’s 100 bytes is lost. Then an ACK of them arrives whose sequence number is exactly RCV.NXT + RCV.WND, where a pure ACK sits when its sender has filled our window. RFC 9293’s acceptability test wants RCV.NXT ≤ SEQ < RCV.NXT + RCV.WND, so the segment is unacceptable and its acknowledgment is never read: the client only answers with an ACK and waits for its retransmission timer. Linux accepts a segment at the right edge, as BSD does; so does the Linux profile, under which this scenario’s checks fail.',
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
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    name: 'seq-wrap',
    title: 'Sequence numbers wrapping past 2^32',
    group: 'Advanced',
    goal: 'Both initial sequence numbers are chosen just below 2^32 = 4294967296, so the data carries the numbers over the top: after 4294967295 comes 0. Nothing breaks, because TCP does all its sequence arithmetic modulo 2^32 (RFC 9293 §3.4): 2001 counts as after 4294966297, every byte is acknowledged and the connection closes normally. Tick “Absolute numbers” on the sequence chart to see the real numbers; the relative ones, counted from each ISS, hide the wrap.',
    script: `# RFC 9293 §3.4: sequence numbers are compared modulo 2^32
iss client=4294966296 server=4294967000
server listen
client connect
wait until server ESTABLISHED within 1s
client send 3000
server send 2000
wait 1s
expect client snd.una=2001 snd.nxt=2001
expect server snd.una=1705 rcv.nxt=2001
client close
wait until client FIN_WAIT_2 within 1s
server close
wait until server CLOSED within 1s`,
    end: { client: 'CLOSED', server: 'CLOSED' },
  },
];
