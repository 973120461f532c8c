"""The CPython peer of the socket microbenchmarks, the same four as bench/micro.c.

    python3 micro.py pair|eagain|pingpong|stream COUNT RUNS

prints "bench<TAB>cpython<TAB>value<TAB>unit" per run, after one unprinted warm-up run.
The far side of pingpong and stream is a forked process, not a thread, so the GIL does not
stand between the two ends (C and Java use a thread). Loopback only; loops bounded by COUNT.
"""
import os
import socket
import sys
import time

CHUNK = 64 * 1024


def pair(n):
    a, b = socket.socketpair()
    send, recv = a.send, b.recv
    data = b"x"
    t0 = time.perf_counter()
    for _ in range(n):
        send(data)
        recv(1)
    t = time.perf_counter() - t0
    a.close()
    b.close()
    return t * 1e9 / n


def eagain(n):
    a, b = socket.socketpair()
    b.setblocking(False)
    recv = b.recv
    t0 = time.perf_counter()
    for _ in range(n):
        try:
            recv(1)
        except BlockingIOError:
            pass
    t = time.perf_counter() - t0
    a.close()
    b.close()
    return t * 1e9 / n


def far_side(echo):
    """Forks a process that accepts one loopback connection and echoes or swallows it; returns (port, pid)."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    pid = os.fork()
    if pid == 0:
        conn, _ = server.accept()
        if echo:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            while data := conn.recv(1):
                conn.send(data)
        else:
            buf = bytearray(CHUNK)
            while conn.recv_into(buf):
                pass
        os._exit(0)
    server.close()
    return port, pid


def pingpong(n):
    port, pid = far_side(echo=True)
    s = socket.create_connection(("127.0.0.1", port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    send, recv = s.send, s.recv
    data = b"x"
    t0 = time.perf_counter()
    for _ in range(n):
        send(data)
        recv(1)
    t = time.perf_counter() - t0
    s.close()
    os.waitpid(pid, 0)
    return t * 1e9 / n


def stream(nbytes):
    port, pid = far_side(echo=False)
    s = socket.create_connection(("127.0.0.1", port))
    data = b"x" * CHUNK
    t0 = time.perf_counter()
    for _ in range(nbytes // CHUNK):
        s.sendall(data)
    s.shutdown(socket.SHUT_WR)
    os.waitpid(pid, 0)  # the reader has every byte
    t = time.perf_counter() - t0
    s.close()
    return nbytes // CHUNK * CHUNK / t / 1e6


def main():
    bench, count, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    fn = {"pair": pair, "eagain": eagain, "pingpong": pingpong, "stream": stream}[bench]
    unit = "MB/s" if bench == "stream" else "ns/op"
    for r in range(runs + 1):
        v = fn(count // 4 if r == 0 else count)
        if r:
            print(f"{bench}\tcpython\t{v:.2f}\t{unit}", flush=True)


if __name__ == "__main__":
    main()
