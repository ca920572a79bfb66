/** Scenarios of the Opening group: how a connection comes to be. */
import type { Scenario } from './scenario';

export const OPENING: readonly Scenario[] = [
  {
    name: 'handshake',
    title: 'Three-way handshake',
    group: 'Opening',
    goal: 'The client sends SYN and waits in SYN_SENT; the listening server answers SYN,ACK and waits in SYN_RCVD; the client’s ACK completes the handshake. Each side has chosen an initial sequence number and learned the other’s.',
    script: `# Three-way handshake (RFC 9293 §3.5, Figure 6)
iss client=1000 server=5000
server listen
client connect
wait until client ESTABLISHED within 1s
expect server SYN_RCVD
expect last c>s ACK seq=rcv.nxt ack=snd.nxt
wait until server ESTABLISHED within 1s
expect client ESTABLISHED`,
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
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
    end: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
];
