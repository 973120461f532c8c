# Closed sockets and fds closed behind a socket's back (Lib/test/test_socket.py's
# test_setblocking_invalidfd and the closed-socket cases around it). Each function has a Java twin
# of the same name in SocketClosingParityTest.
import os
import socket


def _try(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)


def BasicTCPTest_testRecvZeroAndEmptyInto():
    # Nothing asked, nothing read: no system call, so even a closed socket answers.
    a, b = socket.socketpair()
    b.sendall(b"kept")
    _try("recv(0)", lambda: a.recv(0))
    _try("recv_into(empty)", lambda: a.recv_into(bytearray(0)))
    _try("recv(4)", lambda: a.recv(4))
    a.close()
    _try("closed recv(0)", lambda: a.recv(0))
    _try("closed recv_into(empty)", lambda: a.recv_into(bytearray(0)))
    _try("closed recv_into(5 bytes)", lambda: a.recv_into(bytearray(5)))
    _try("closed recvfrom(0)", lambda: a.recvfrom(0))
    b.close()


def GeneralModuleTests_test_connect_ex_closed():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.close()
    print("closed", s.connect_ex(("127.0.0.1", 9)))
    d = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    fd = d.detach()
    print("detached", d.connect_ex(("127.0.0.1", 9)))
    os.close(fd)


def GeneralModuleTests_test_setblocking_invalidfd():
    for first in (None, 0.0, 2.5):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(first)
        os.close(s.fileno())
        _try("settimeout(same)", lambda: s.settimeout(first))
        _try("settimeout(1.5)", lambda: s.settimeout(1.5))
        print("gettimeout", s.gettimeout())
        _try("setblocking(False)", lambda: s.setblocking(False))
        print("getblocking", s.getblocking(), s.gettimeout())
        _try("setblocking(True)", lambda: s.setblocking(True))
        print("gettimeout", s.gettimeout())
        s.detach()
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.close()
    _try("closed settimeout(3.0)", lambda: c.settimeout(3.0))
    print("closed gettimeout", c.gettimeout())
