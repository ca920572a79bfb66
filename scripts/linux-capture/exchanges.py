#!/usr/bin/env python3
"""The socket programs behind each captured exchange.

Each exchange is a pair of plain functions, `<name>_server(s)` and `<name>_client(s)`, that make the
socket calls in the order a reader would expect. `s` is a `Side`, a thin wrapper that performs each
call and logs it (with a wall-clock timestamp) so that run.sh can merge both sides into the fixture's
`calls` list. Sleeps are logged too, so they show up as "client sleep 200ms" in the fixture.

Run by run.sh inside a network namespace:

    python3 exchanges.py NAME server --dir WORKDIR --t0 EPOCH
    python3 exchanges.py NAME client --dir WORKDIR --t0 EPOCH
    python3 exchanges.py --list            # names, one a line, in run order

The server always listens on 0.0.0.0:9000; the client connects to 192.0.2.2:9000. `--t0` is the epoch
time at which run.sh started the exchange; simultaneous-close uses it for a shared close deadline.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import socket
import struct
import sys
import time

SERVER_IP = os.environ.get('TSL_SERVER_IP', '192.0.2.2')
PORT = 9000
STEP = 0.200  # the "small sleep" that separates steps


class Side:
    """Performs socket calls for one side and logs each one as a JSON line."""

    def __init__(self, side: str, workdir: str, t0: float):
        self.side = side
        self.workdir = workdir
        self.t0 = t0
        self.log_file = open(os.path.join(workdir, f'{side}.calls.jsonl'), 'a', buffering=1)

    # -- logging ---------------------------------------------------------------------------------
    def log(self, text: str, t: float | None = None) -> None:
        t = time.time() if t is None else t
        self.log_file.write(json.dumps({'t': t, 'call': f'{self.side} {text}'}) + '\n')

    def _do(self, text: str, fn, *args, blocking: bool = False):
        """Runs fn(*args); returns (time to log it at, result). A failure is logged as `text -> ERRNO`.

        A call that waits for the peer (connect, accept, recv) is logged when it returns, so that a
        recv() that returns EOF is listed after the peer's close() that caused it; any other call is
        logged when it starts."""
        start = time.time()
        try:
            result = fn(*args)
        except OSError as e:
            name = errno.errorcode.get(e.errno, str(e.errno)) if e.errno else type(e).__name__
            self.log(f'{text} -> {name}', time.time() if blocking else start)
            raise
        return (time.time() if blocking else start), result

    # -- calls -----------------------------------------------------------------------------------
    def listen(self) -> socket.socket:
        srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(('0.0.0.0', PORT))
        t, _ = self._do(f'listen :{PORT}', srv.listen, 8)
        self.log(f'listen :{PORT}', t)
        # Tell run.sh the listener is up, so it can start the client.
        open(os.path.join(self.workdir, 'server.ready'), 'w').close()
        return srv

    def accept(self, srv: socket.socket) -> socket.socket:
        t, (conn, _peer) = self._do('accept', srv.accept, blocking=True)
        self.log('accept', t)
        srv.close()  # one connection per exchange: stop listening (sends nothing)
        return conn

    def connect(self, port: int = PORT) -> socket.socket:
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        t, _ = self._do('connect', c.connect, (SERVER_IP, port), blocking=True)
        self.log('connect', t)
        return c

    def send(self, sock: socket.socket, n: int) -> None:
        t, sent = self._do(f'send {n}', sock.send, b'x' * n)
        self.log(f'send {n}' + ('' if sent == n else f' -> {sent}'), t)

    def recv_exactly(self, sock: socket.socket, n: int) -> None:
        """recv() until n bytes have arrived (logged once, as 'recv n')."""
        got = 0
        while got < n:
            t, data = self._do(f'recv {n}', sock.recv, n - got, blocking=True)
            if not data:
                self.log(f'recv {n} -> EOF after {got}', t)
                return
            got += len(data)
        self.log(f'recv {n}', t)

    def recv_eof(self, sock: socket.socket) -> bool:
        """recv() expecting end of file; logs 'recv -> EOF' (or the error) and returns True on EOF."""
        t, data = self._do('recv', sock.recv, 4096, blocking=True)
        self.log('recv -> EOF' if not data else f'recv -> {len(data)} bytes', t)
        return not data

    def recv_any(self, sock: socket.socket) -> None:
        """recv() whatever comes: data, EOF or an error, all logged, none raised."""
        try:
            self.recv_eof(sock)
        except OSError:
            pass

    def shutdown_wr(self, sock: socket.socket) -> None:
        t, _ = self._do('shutdown(SHUT_WR)', sock.shutdown, socket.SHUT_WR)
        self.log('shutdown(SHUT_WR)', t)

    def set_linger0(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        self.log('setsockopt(SO_LINGER, {on, 0})')

    def close(self, sock: socket.socket) -> None:
        t, _ = self._do('close()', sock.close)
        self.log('close()', t)

    def sleep(self, seconds: float = STEP) -> None:
        self.log(f'sleep {round(seconds * 1000)}ms')
        time.sleep(seconds)

    def sleep_until(self, deadline: float) -> None:
        """Sleeps until an absolute epoch time shared with the other side.

        sleep() can overshoot by several ms on this kind of VM, so the last 30 ms are a busy wait, each
        side pinned to its own CPU (client 0, server 1) so that the two spinners do not share one."""
        self.log(f'sleep until shared deadline (t0+{deadline - self.t0:.1f}s)')
        if (os.cpu_count() or 1) >= 2:
            os.sched_setaffinity(0, {0 if self.side == 'client' else 1})
        left = deadline - time.time()
        if left > 0.030:
            time.sleep(left - 0.030)
        while time.time() < deadline:
            pass


# ---------------------------------------------------------------------------------------------------
# 1. normal-close: client sends 100 bytes and closes first; the server reads, sees EOF, closes.
def normal_close_server(s: Side):
    conn = s.accept(s.listen())
    s.recv_exactly(conn, 100)
    s.recv_eof(conn)
    s.sleep()
    s.close(conn)


def normal_close_client(s: Side):
    c = s.connect()
    s.send(c, 100)
    s.sleep()
    s.close(c)


# 1b. normal-close-prompt: as normal-close, but the server closes as soon as it sees EOF.
def normal_close_prompt_server(s: Side):
    conn = s.accept(s.listen())
    s.recv_exactly(conn, 100)
    s.recv_eof(conn)
    s.close(conn)


normal_close_prompt_client = normal_close_client


# 2. server-closes-first: the server closes; the client sees EOF and closes.
def server_closes_first_server(s: Side):
    conn = s.accept(s.listen())
    s.sleep()
    s.close(conn)


def server_closes_first_client(s: Side):
    c = s.connect()
    s.recv_eof(c)
    s.sleep()
    s.close(c)


# 3. simultaneous-close: both sides close() at the same wall-clock deadline.
CLOSE_AT = 1.0  # seconds after t0; the connection is up well before that


def simultaneous_close_server(s: Side):
    conn = s.accept(s.listen())
    s.sleep_until(s.t0 + CLOSE_AT)
    s.close(conn)


def simultaneous_close_client(s: Side):
    c = s.connect()
    s.sleep_until(s.t0 + CLOSE_AT)
    s.close(c)


# 4. refused: nothing listens on port 9000; the SYN draws a RST.
def refused_server(s: Side):
    s.log('(no listener on :9000)')
    open(os.path.join(s.workdir, 'server.ready'), 'w').close()


def refused_client(s: Side):
    try:
        s.connect()
    except ConnectionRefusedError:
        pass


# 5. abort-linger0: SO_LINGER {on, 0} then close() aborts the connection with a RST.
def abort_linger0_server(s: Side):
    conn = s.accept(s.listen())
    s.recv_any(conn)  # blocks until the RST arrives -> ECONNRESET
    s.close(conn)


def abort_linger0_client(s: Side):
    c = s.connect()
    s.sleep()
    s.set_linger0(c)
    s.close(c)


# 6. close-unread: the server closes with 100 unread bytes in its receive queue -> RST, not FIN.
def close_unread_server(s: Side):
    conn = s.accept(s.listen())
    s.sleep()  # the 100 bytes arrive meanwhile; never read
    s.close(conn)


def close_unread_client(s: Side):
    c = s.connect()
    s.send(c, 100)
    s.recv_any(c)  # blocks until the server's RST -> ECONNRESET
    s.close(c)


# 7. half-close: the client shuts down its sending side; the server still sends 200 bytes.
def half_close_server(s: Side):
    conn = s.accept(s.listen())
    s.recv_eof(conn)
    s.sleep()
    s.send(conn, 200)
    s.sleep()
    s.close(conn)


def half_close_client(s: Side):
    c = s.connect()
    s.sleep()
    s.shutdown_wr(c)
    s.recv_exactly(c, 200)
    s.recv_eof(c)
    s.sleep()
    s.close(c)


# 8. lost-final-ack: a normal close (no data) whose final ACK run.sh drops once with nftables.
def lost_final_ack_server(s: Side):
    conn = s.accept(s.listen())
    s.recv_eof(conn)
    s.sleep()
    s.close(conn)


def lost_final_ack_client(s: Side):
    c = s.connect()
    s.sleep()
    s.close(c)


# 9. data-after-close: the server closes (its socket is orphaned); the client then sends data.
def data_after_close_server(s: Side):
    conn = s.accept(s.listen())
    s.sleep()
    s.close(conn)


def data_after_close_client(s: Side):
    c = s.connect()
    s.recv_eof(c)
    s.sleep()
    s.send(c, 100)
    s.sleep()
    s.recv_any(c)
    s.close(c)


# 10. lost-syn: run.sh drops the client's first SYN at the server's IP input (after the capture point).
def lost_syn_server(s: Side):
    conn = s.accept(s.listen())
    s.recv_eof(conn)
    s.sleep()  # as in normal-close: the ACK of the client's FIN and the server's FIN stay apart
    s.close(conn)


def lost_syn_client(s: Side):
    c = s.connect()  # returns only after the retransmitted SYN is answered
    s.sleep()
    s.close(c)


# 11. syn-timeout: run.sh drops every SYN at the server's IP input; connect() gives up.
def syn_timeout_server(s: Side):
    s.log('(every SYN to :9000 is dropped)')
    open(os.path.join(s.workdir, 'server.ready'), 'w').close()


def syn_timeout_client(s: Side):
    try:
        s.connect()
    except TimeoutError:
        pass


# ---------------------------------------------------------------------------------------------------
EXCHANGES = [
    'normal-close',
    'normal-close-prompt',
    'server-closes-first',
    'simultaneous-close',
    'refused',
    'abort-linger0',
    'close-unread',
    'half-close',
    'lost-final-ack',
    'data-after-close',
    'lost-syn',
    'syn-timeout',
]

# What each exchange sets up (copied into the fixture's `notes`; observations are added by
# build_fixture.py from the capture itself).
NOTES = {
    'normal-close': 'Client sends 100 bytes and closes first; the server reads them, sees EOF and closes '
    '200 ms later, so its ACK of the client FIN and its own FIN can be told apart.',
    'normal-close-prompt': 'As normal-close, but the server calls close() as soon as recv() returns EOF '
    '(no sleep), as a typical server does.',
    'server-closes-first': 'The server closes 200 ms after accept(); the client sees EOF and closes 200 ms later.',
    'simultaneous-close': 'Both sides call close() at the same wall-clock deadline (t0 + 1 s, busy-waiting '
    'the last 30 ms on separate CPUs); run.sh repeats the exchange until the capture shows crossing FINs.',
    'refused': 'Nothing listens on the server port; the client connect()s and gets ECONNREFUSED. The RST '
    'comes from a side that never sent a SYN, so its relSeq is the raw sequence number.',
    'abort-linger0': 'The client sets SO_LINGER {l_onoff=1, l_linger=0} and calls close(): an abortive close.',
    'close-unread': 'The client sends 100 bytes; the server never reads them and calls close() 200 ms after '
    'accept(), with the bytes still in its receive queue.',
    'half-close': 'The client calls shutdown(SHUT_WR) and keeps reading; the server sees EOF, sends 200 bytes '
    '200 ms later, and closes 200 ms after that; the client reads the bytes and EOF, then closes.',
    'lost-final-ack': 'A normal close without data (as the simulator scenario) in which an nftables rule in the '
    'client namespace drops the first pure ACK the client sends after its own FIN (the ACK of the '
    "server's FIN), once. The dropped ACK never reaches the veth, so it is not in the capture.",
    'data-after-close': 'The server closes 200 ms after accept() (its socket becomes an orphan in FIN_WAIT_2); '
    'the client sees EOF, waits 200 ms and sends 100 bytes anyway.',
    'lost-syn': "An nftables rule in the server namespace drops the client's first SYN at IP input, after the "
    'capture point (so the capture shows it, but TCP never sees it). The connection then opens, and closes as in '
    'normal-close without data (client first, server 200 ms after EOF).',
    'syn-timeout': 'An nftables rule in the server namespace drops every SYN at IP input (after the capture point); '
    'connect() retransmits the SYN until it gives up with ETIMEDOUT, at the default tcp_syn_retries and '
    'tcp_syn_linear_timeouts. Takes over two minutes.',
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--list', action='store_true', help='print the exchange names and exit')
    ap.add_argument('name', nargs='?', choices=EXCHANGES)
    ap.add_argument('side', nargs='?', choices=['server', 'client'])
    ap.add_argument('--dir', help='work directory for the call logs')
    ap.add_argument('--t0', type=float, help='epoch time the exchange started')
    a = ap.parse_args()
    if a.list:
        print('\n'.join(EXCHANGES))
        return 0
    if not (a.name and a.side and a.dir and a.t0):
        ap.error('NAME, SIDE, --dir and --t0 are required')
    fn = globals()[f'{a.name.replace("-", "_")}_{a.side}']
    side = Side(a.side, a.dir, a.t0)
    try:
        fn(side)
    except OSError as e:
        print(f'{a.side}: {e}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
