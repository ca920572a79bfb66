#!/usr/bin/env python3
"""Records TCP state changes of port-9000 sockets in the current network namespace.

    python3 poll_states.py SIDE OUTFILE      # run inside a namespace; stops on SIGTERM/SIGINT

Reads /proc/net/tcp (the same socket table `ss -tan` shows, TIME_WAIT sockets included) every
millisecond and appends one JSON line per change: {"t": epoch, "side": SIDE, "local": "ip:port",
"remote": "ip:port", "state": "FIN_WAIT1"}; a socket that disappears is logged as state "gone".
A state that lasts less than a poll interval can be missed: this is a cheap observer, the capture is
the reference.
"""

import json
import signal
import socket
import struct
import sys
import time

PORT_HEX = f'{9000:04X}'
STATES = {
    '01': 'ESTABLISHED',
    '02': 'SYN_SENT',
    '03': 'SYN_RECV',
    '04': 'FIN_WAIT1',
    '05': 'FIN_WAIT2',
    '06': 'TIME_WAIT',
    '07': 'CLOSE',
    '08': 'CLOSE_WAIT',
    '09': 'LAST_ACK',
    '0A': 'LISTEN',
    '0B': 'CLOSING',
    '0C': 'NEW_SYN_RECV',
}


def addr(hexaddr: str) -> str:
    ip, port = hexaddr.split(':')
    return f'{socket.inet_ntoa(struct.pack("<I", int(ip, 16)))}:{int(port, 16)}'


def snapshot() -> dict:
    seen = {}
    with open('/proc/net/tcp') as f:
        next(f)
        for line in f:
            parts = line.split()
            local, remote, st = parts[1], parts[2], parts[3]
            if local.endswith(':' + PORT_HEX) or remote.endswith(':' + PORT_HEX):
                seen[(addr(local), addr(remote))] = STATES.get(st, st)
    return seen


def main() -> int:
    side, outfile = sys.argv[1], sys.argv[2]
    running = True

    def stop(*_):
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    last: dict = {}
    with open(outfile, 'a', buffering=1) as out:
        while running:
            cur = snapshot()
            now = time.time()  # after the read: a change is logged at most one poll late, never early
            for key in sorted(set(last) | set(cur)):
                state = cur.get(key, 'gone')
                if last.get(key, 'gone') != state:
                    out.write(
                        json.dumps({'t': now, 'side': side, 'local': key[0], 'remote': key[1], 'state': state})
                        + '\n'
                    )
            last = cur
            time.sleep(0.001)
    return 0


if __name__ == '__main__':
    sys.exit(main())
