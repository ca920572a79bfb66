#!/usr/bin/env python3
"""A two-port Ethernet relay that delays every frame by a fixed time: netem for kernels without it.

    python3 delay_relay.py IF_A IF_B DELAY_MS STATS.json     # inside the middle namespace

run.sh uses it only in LINK=relay mode, when the kernel has no sch_netem:

    tsl-client: tsl-c0 ==veth== tsl-lc ] tsl-link [ tsl-ls ==veth== tsl-s0 :tsl-server
                                        (this relay)

It reads each frame that arrives on IF_A or IF_B with an AF_PACKET socket (the interfaces are put in
promiscuous mode and have no addresses, so the middle namespace's own stack ignores the frames) and
writes it out of the other interface DELAY_MS later. Frames keep their order (one FIFO per direction,
constant delay), DELAY_MS after the kernel received them (SO_TIMESTAMPNS). The socket programs and
captures at both ends see plain veths; only the time in between changes. The wake-up of a sleeping
process is not exact on a VM, so a frame can leave a little late: the lateness (min/mean/max, ms) is
written to STATS.json on SIGTERM. build_fixture.py also measures the one-way times from the two
captures (`measuredOneWayMs`).
"""

import collections
import json
import select
import signal
import socket
import struct
import sys
import time

ETH_P_ALL = 0x0003
SOL_PACKET = 263
PACKET_ADD_MEMBERSHIP = 1
PACKET_MR_PROMISC = 1
PACKET_OUTGOING = 4
SO_TIMESTAMPNS = getattr(socket, 'SO_TIMESTAMPNS', 35)  # receive time of each frame, CLOCK_REALTIME
SPIN_S = 0.0005  # sleep in select() until this close to a departure, then spin


def open_port(ifname: str) -> socket.socket:
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    s.bind((ifname, 0))
    mreq = struct.pack('iHH8s', socket.if_nametoindex(ifname), PACKET_MR_PROMISC, 0, b'')
    s.setsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP, mreq)
    s.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    s.setblocking(False)
    return s


def main() -> int:
    if_a, if_b, delay_ms, stats_path = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    delay = delay_ms / 1000
    a, b = open_port(if_a), open_port(if_b)
    other = {a: b, b: a}
    queues = {a: collections.deque(), b: collections.deque()}  # keyed by the socket to send on
    late: list[float] = []
    running = True

    def stop(*_):
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    while running:
        now = time.time()
        heads = [q[0][0] for q in queues.values() if q]
        timeout = None if not heads else max(0.0, min(heads) - now - SPIN_S)
        try:
            readable, _, _ = select.select([a, b], [], [], 0.2 if timeout is None else timeout)
        except InterruptedError:
            continue
        for s in readable:
            while True:
                try:
                    frame, anc, _flags, addr = s.recvmsg(65535, socket.CMSG_SPACE(16))
                except BlockingIOError:
                    break
                if addr[2] == PACKET_OUTGOING:  # our own transmissions, seen again
                    continue
                # Count the delay from when the kernel received the frame, not from when this
                # process got round to reading it.
                arrived = time.time()
                for level, kind, data in anc:
                    if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                        sec, nsec = struct.unpack('qq', data[:16])
                        arrived = sec + nsec / 1e9
                queues[other[s]].append((arrived + delay, frame))
        # Send what is due, spinning briefly for a departure that is less than SPIN_S away.
        while True:
            heads = [(q[0][0], out) for out, q in queues.items() if q]
            if not heads:
                break
            due, out = min(heads, key=lambda h: h[0])
            now = time.time()
            if due - now > SPIN_S:
                break
            while time.time() < due:
                pass
            _, frame = queues[out].popleft()
            out.send(frame)
            late.append((time.time() - due) * 1000)

    stats = {'frames': len(late)}
    if late:
        stats.update(
            {
                'lateMsMin': round(min(late), 3),
                'lateMsMean': round(sum(late) / len(late), 3),
                'lateMsMax': round(max(late), 3),
            }
        )
    with open(stats_path, 'w') as f:
        json.dump(stats, f)
    return 0


if __name__ == '__main__':
    sys.exit(main())
