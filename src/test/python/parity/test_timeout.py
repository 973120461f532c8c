# Timeouts of CPython's Lib/test/test_socket.py, test_timeout.py, test_select.py, test_poll.py and
# test_selectors.py, with every edge of every entry point: None, 0, -0.0, NaN, the infinities,
# negative numbers however small, sub-nanosecond values (rounded up), the int64-nanosecond range
# (9.2e9 s accepted, 9.3e9 refused) and Python ints beside floats (their messages differ).
# Each function has a Java twin of the same name in TimeoutParityTest.
import select
import selectors
import socket
import threading
import time

NAN = float("nan")
INF = float("inf")
# The last float whose nanoseconds fit an int64, and the first that does not.
LAST = 9223372036.854774
FIRST_OUT = 9223372036.854776


def _kind(e):
    if isinstance(e, (ValueError, TypeError, OverflowError)) and not isinstance(e, OSError):
        return "ArgumentError"
    return type(e).__name__


def _show(label, fn):
    """Prints label and what fn returns, or the exception it raises."""
    try:
        r = fn()
    except Exception as e:
        print(label, "!!", _kind(e), e)
    else:
        print(label, repr(r))


def _settimeout(v):
    with socket.socket() as s:
        s.settimeout(v)
        return s.gettimeout()


SECONDS = [None, 0.0, -0.0, 1.5, 7.345, 1e-10, 5e-10, 1e-09, 1.5e-09, 1.21e-07, 0.1, -1.0, -0.5, -1e-300,
           NAN, INF, -INF, 9.2e9, LAST, FIRST_OUT, 9.3e9, 1e10, 1e13, 1e300]
INTS = [0, 1, 3, 10, -1, -2147483649, 2147483648, 9223372036, 9223372037, 9223372036854775807,
        -9223372036854775808]


def CreationTestCase_testObjectCreation():
    with socket.socket() as s:
        print(s.gettimeout())


def CreationTestCase_testFloatReturnValue():
    with socket.socket() as s:
        s.settimeout(7.345)
        print(repr(s.gettimeout()))
        s.settimeout(3)
        print(repr(s.gettimeout()))
        s.settimeout(None)
        print(repr(s.gettimeout()))


def CreationTestCase_testRangeCheck():
    for v in SECONDS:
        _show(repr(v), lambda: _settimeout(v))
    for v in INTS:
        _show(repr(v), lambda: _settimeout(v))


def CreationTestCase_testTimeoutThenBlocking():
    with socket.socket() as s:
        s.settimeout(10)
        s.setblocking(True)
        print(s.gettimeout(), s.getblocking())
        s.setblocking(False)
        print(s.gettimeout(), s.getblocking())
        s.settimeout(10)
        s.setblocking(False)
        print(s.gettimeout(), s.getblocking())
        s.setblocking(True)
        print(s.gettimeout(), s.getblocking())


def CreationTestCase_testBlockingThenTimeout():
    with socket.socket() as s:
        s.setblocking(False)
        s.settimeout(1)
        print(s.gettimeout(), s.getblocking())
        s.setblocking(True)
        s.settimeout(1)
        print(s.gettimeout(), s.getblocking())
        # A refused value leaves the timeout as it was.
        _show("nan", lambda: s.settimeout(NAN))
        print(s.gettimeout())


def GeneralModuleTests_testDefaultTimeout():
    print(socket.getdefaulttimeout())
    try:
        for v in SECONDS + INTS:
            def set_and_read(v=v):
                socket.setdefaulttimeout(v)
                # A new socket copies the default's nanoseconds; dup() goes through
                # gettimeout() and settimeout(), as socket.py does.
                with socket.socket() as s, s.dup() as d:
                    return socket.getdefaulttimeout(), s.gettimeout(), d.gettimeout()
            _show(repr(v), set_and_read)
        socket.setdefaulttimeout(10)
        with socket.socket() as s:
            print(socket.getdefaulttimeout(), s.gettimeout())
        socket.setdefaulttimeout(None)
        with socket.socket() as s:
            print(socket.getdefaulttimeout(), s.gettimeout())
    finally:
        socket.setdefaulttimeout(None)


def TCPTimeoutTest_testTimeoutZero():
    with socket.socket() as serv:
        serv.bind(("127.0.0.1", 0))
        serv.listen()
        serv.settimeout(0.0)
        _show("accept", lambda: serv.accept())


def TCPTimeoutTest_testTCPTimeout():
    with socket.socket() as serv:
        serv.bind(("127.0.0.1", 0))
        serv.listen()
        serv.settimeout(0.05)
        t = time.monotonic()
        _show("accept", lambda: serv.accept())
        print("waited at least the timeout:", time.monotonic() - t >= 0.05)


def NetworkConnectionAttributesTest_testTimeoutValueNamed():
    with socket.socket() as serv:
        serv.bind(("127.0.0.1", 0))
        serv.listen(50)
        for v in [None, 30.0, 1e-10, 9.2e9, -1.0, -1e-300, NAN, INF, FIRST_OUT, 1e13]:
            def connect(v=v):
                with socket.create_connection(serv.getsockname(), v) as c:
                    serv.accept()[0].close()
                    return c.gettimeout()
            _show(repr(v), connect)


def _pair_with_data():
    a, b = socket.socketpair()
    b.send(b"x")
    return a, b


SELECT_VALUES = SECONDS + [2147483.648, 3e6]


def SelectTestCase_test_select():
    a, b = _pair_with_data()
    with a, b:
        for v in SELECT_VALUES + INTS:
            _show(repr(v), lambda: [len(x) for x in select.select([a], [b], [], v)])


def SelectTestCase_test_select_empty_timeout():
    # Nothing is ready: 0 and a tiny timeout return at once with nothing, 0.05 waits for it.
    a, b = socket.socketpair()
    with a, b:
        for v in (0, 0.0, 1e-10, 0.05):
            t = time.monotonic()
            r = select.select([a], [], [], v)
            print(repr(v), r, time.monotonic() - t >= (v if v else 0))


def SelectTestCase_test_select_long_timeout():
    # 9.2e9 s and the largest valid float are timeouts: select() waits for the data that comes
    # 0.1 s later (and does not return at once with nothing).
    for v in (9.2e9, LAST):
        a, b = socket.socketpair()
        with a, b:
            timer = threading.Timer(0.1, b.send, (b"x",))
            timer.start()
            t = time.monotonic()
            r, w, x = select.select([a], [], [], v)
            print(repr(v), len(r), time.monotonic() - t >= 0.09)
            timer.join()


def PollTests_test_poll_timeout():
    a, b = _pair_with_data()
    with a, b:
        p = select.poll()
        p.register(a, select.POLLIN)
        for v in SELECT_VALUES + [0.4, -0.4, 2147483647.0, 2147483647.4, -2147483648.4]:
            _show(repr(v), lambda: [ev for fd, ev in p.poll(v)])
        for v in INTS + [2147483647, -2147483648]:
            _show(repr(v), lambda: [ev for fd, ev in p.poll(v)])


def PollTests_test_poll_c_limits():
    p = select.poll()
    p.register(1)
    for v in (2147483647 + 1, 4294967295 + 1):
        _show(repr(v), lambda: p.poll(v))


def PollTests_test_poll_blocks_with_negative_ms():
    for timeout_ms in [None, -1000, -1, -1.0, -0.1, -1e-100]:
        a, b = socket.socketpair()
        with a, b:
            p = select.poll()
            p.register(a, select.POLLIN)
            out = []
            t = threading.Thread(target=lambda: out.append(p.poll(timeout_ms)))
            t.start()
            t.join(timeout=0.1)
            alive = t.is_alive()
            b.send(b"x")
            t.join()
            print(repr(timeout_ms), "blocked:", alive, "events:", [ev for fd, ev in out[0]])


def _selector_edges(sel):
    a, b = _pair_with_data()
    with a, b:
        sel.register(a, selectors.EVENT_READ)
        for v in SELECT_VALUES + [-INF, 2147483.647, 2147483.6469, 1e305, -1e305]:
            _show(repr(v), lambda: [mask for key, mask in sel.select(v)])
        for v in INTS:
            _show(repr(v), lambda: [mask for key, mask in sel.select(v)])


def EpollSelectorTestCase_test_timeout_range():
    with selectors.EpollSelector() as sel:
        _selector_edges(sel)


def PollSelectorTestCase_test_timeout_range():
    with selectors.PollSelector() as sel:
        _selector_edges(sel)


def _selector_timeout(sel):
    rd, wr = socket.socketpair()
    with rd, wr:
        sel.register(wr, selectors.EVENT_WRITE)
        t = time.monotonic()
        print(len(sel.select(0)), len(sel.select(-1)))
        sel.unregister(wr)
        sel.register(rd, selectors.EVENT_READ)
        print(sel.select(0), sel.select(-1), time.monotonic() - t < 0.5)
        t = time.monotonic()
        print(sel.select(0.1), 0.1 <= time.monotonic() - t < 2.0)


def EpollSelectorTestCase_test_timeout():
    with selectors.EpollSelector() as sel:
        _selector_timeout(sel)


def PollSelectorTestCase_test_timeout():
    with selectors.PollSelector() as sel:
        _selector_timeout(sel)


def EpollSelectorTestCase_test_empty_select_timeout():
    with selectors.EpollSelector() as sel:
        t = time.monotonic()
        print(sel.select(0.1), 0.1 <= time.monotonic() - t < 2.0)
