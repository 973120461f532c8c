# The raising side of CPython's socket errors, as the fast path for EAGAIN must keep it: PEP 3151's
# errno-to-class mapping (Lib/test/test_pep3151.py) and a non-blocking recv on an empty socket raising
# a fresh BlockingIOError, with its errno and message, every time (Lib/test/test_socket.py's
# NonBlockingTCPTests.testRecv). Each function has a Java twin of the same name in ErrorPathParityTest.
import errno
import os
import socket

ERRNOS = ("EAGAIN", "EWOULDBLOCK", "EALREADY", "EINPROGRESS", "EPIPE", "ESHUTDOWN", "ECONNABORTED",
          "ECONNREFUSED", "ECONNRESET", "EINTR", "ETIMEDOUT", "ENOENT", "EEXIST", "EACCES", "EPERM", "EBADF", "EINVAL")


def HierarchyTest_test_errno_mapping():
    for name in ERRNOS:
        n = getattr(errno, name)
        e = OSError(n, os.strerror(n))
        print(name, type(e).__name__, e.errno, e.strerror, str(e), repr(e))


def NonBlockingTCPTests_testRecv():
    a, b = socket.socketpair()
    b.setblocking(False)
    buf = bytearray(1)
    seen = []
    for i in range(3):
        try:
            b.recv_into(buf)
            print("no error")
        except BlockingIOError as e:
            if i == 0:
                print("strerror first:", e.strerror, "|", str(e))
            else:
                print("str first:", str(e), "|", e.strerror)
            print(type(e).__name__, e.errno == errno.EAGAIN, repr(e), e.__cause__, e.__context__)
            print("a new one:", all(e is not s for s in seen))
            seen.append(e)
    a.send(b"x")
    print("then", b.recv_into(buf), bytes(buf))
    try:
        b.recv(1)
    except BlockingIOError as e:
        print(type(e).__name__, str(e))
    a.close()
    b.close()
