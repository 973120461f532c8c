# Memory and resource safety of selectors and receives, against CPython. Each function has a
# Java twin of the same name in MemsafeParityTest.
import selectors
import socket
import threading
import time


def _show(call):
    try:
        print("ok", call())
    except OSError as e:
        print(type(e).__name__, e.errno)
    except KeyError:
        print("KeyError")


def KqueueSelectorTestCase_test_register_bad_fd():
    # CPython's test is for kqueue; the default selector of every OS asks its kernel first.
    sel = selectors.DefaultSelector()
    s = socket.socket()
    closed = s.fileno()
    s.close()
    for fd in (2147483647, 2000000000, 65536, closed):
        _show(lambda: sel.register(fd, selectors.EVENT_READ).fd)
        _show(lambda: sel.get_key(fd).fd)
    print(len(sel.get_map()))
    sel.close()


def PollSelectorTestCase_test_register_huge_fd():
    sel = selectors.PollSelector()
    print(sel.register(2147483647, selectors.EVENT_READ).fd)
    print([(key.fd, mask) for key, mask in sel.select(0)])
    print(sel.unregister(2147483647).fd)
    print(len(sel.get_map()))
    sel.close()


def BaseSelectorTestCase_test_close_while_selecting():
    a, b = socket.socketpair()
    sel = selectors.DefaultSelector()
    sel.register(a, selectors.EVENT_READ)
    out = []
    t = threading.Thread(target=lambda: out.append(sel.select(0.5)))
    t.start()
    time.sleep(0.1)
    sel.close()
    t.join()
    print(out)
    a.close()
    b.close()


def _datagrams(n):
    r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r.bind(("127.0.0.1", 0))
    w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for i in range(n):
        w.sendto(b"0123456789", r.getsockname())
    w.close()
    return r


def GeneralModuleTests_recv_into_MSG_TRUNC():
    r = _datagrams(3)
    buf = bytearray(4)
    print(r.recv_into(buf, 0, socket.MSG_TRUNC), bytes(buf))
    buf = bytearray(8)
    print(r.recv_into(buf, 3, socket.MSG_TRUNC), bytes(buf))
    data, addr = r.recvfrom(4, socket.MSG_TRUNC)
    print(data[:4], addr[0])
    r.close()
