# Semantics from CPython's Lib/test/test_socket.py: fromfd decodes by the kernel's family, and
# every call on a closed socket does what CPython does with fd -1. Each function has a Java twin
# of the same name in SocketFidelitySemanticsParityTest.
import socket


def _try(f):
    try:
        print(repr(f()))
    except Exception as e:
        kind = "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) else type(e).__name__
        print(kind, e)


def GeneralModuleTests_testFromfdKernelFamily():
    a, b = socket.socketpair()
    with a, b:
        s = socket.fromfd(a.fileno(), socket.AF_INET, socket.SOCK_STREAM)
        print(s.family == socket.AF_INET, repr(s.getsockname()), repr(s.getpeername()))
        s.close()


def GeneralModuleTests_testClosedSocketTimeout():
    c = socket.socket()
    c.close()
    _try(lambda: c.settimeout(1.0))
    _try(c.gettimeout)
    _try(lambda: c.setblocking(False))
    _try(c.gettimeout)
    _try(c.getblocking)


def GeneralModuleTests_testClosedSocketCalls():
    c = socket.socket()
    c.close()
    _try(c.fileno)
    _try(c.getsockname)
    _try(lambda: c.recv(0))
    _try(lambda: c.connect_ex(("127.0.0.1", 1)))
    _try(lambda: c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1))
    _try(lambda: c.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
    _try(lambda: c.shutdown(socket.SHUT_RDWR))
    _try(c.listen)
    _try(c.detach)
    _try(c.dup)
    _try(c.get_inheritable)
    _try(lambda: c.send(b"x"))
    _try(lambda: c.sendmsg([b"x"]))
    _try(lambda: c.recvmsg(1))
    _try(lambda: c.recvfrom_into(bytearray(1)))
    print(repr(c))
