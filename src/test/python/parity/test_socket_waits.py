# How a call that cannot go on at once ends (Lib/test/test_socket.py's timeout and non-blocking
# tests). Each function has a Java twin of the same name in SocketWaitsParityTest.
import errno
import socket
import struct


def NonBlockingTCPTests_testRecvWithRcvTimeo():
    # A blocking socket with SO_RCVTIMEO: the kernel's EAGAIN is raised, not waited out.
    a, b = socket.socketpair()
    a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", 0, 100000))
    try:
        a.recv(1)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EAGAIN)
    print(a.gettimeout(), a.getblocking())
    a.close()
    b.close()


def NonBlockingTCPTests_testRecvDontWaitOnBlocking():
    a, b = socket.socketpair()
    try:
        a.recv(1, socket.MSG_DONTWAIT)
    except OSError as e:
        print(type(e).__name__)
    b.send(b"x")
    print(a.recv(1, socket.MSG_DONTWAIT))
    a.close()
    b.close()
