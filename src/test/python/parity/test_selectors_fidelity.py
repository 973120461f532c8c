# BaseSelectorTestCase of CPython's Lib/test/test_selectors.py, run for SelectSelector,
# PollSelector, EpollSelector and DefaultSelector, and TestEPoll of Lib/test/test_epoll.py.
# Each function has a Java twin of the same name in SelectorsFidelityParityTest.
import select
import selectors
import socket

SELECTORS = {
    "SelectSelectorTestCase": selectors.SelectSelector,
    "PollSelectorTestCase": selectors.PollSelector,
    "EpollSelectorTestCase": selectors.EpollSelector,
    "DefaultSelectorTestCase": selectors.DefaultSelector,
}


def _kind(e):
    return "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) else type(e).__name__


def _try(f):
    try:
        r = f()
        print("ok", r if isinstance(r, (int, type(None), bool)) else type(r).__name__)
    except Exception as e:
        print(_kind(e))


def _register(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        key = s.register(rd, selectors.EVENT_READ, "data")
        print(type(key).__name__, key.fileobj is rd, key.fd == rd.fileno(), key.events, key.data)
        _try(lambda: s.register(0, 999999))
        _try(lambda: s.register(-10, selectors.EVENT_READ))
        _try(lambda: s.register(rd, selectors.EVENT_READ))
        _try(lambda: s.register(rd.fileno(), selectors.EVENT_READ))
        _try(lambda: s.register("abc", selectors.EVENT_READ))
        s.close()


def _unregister(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        s.register(rd, selectors.EVENT_READ)
        print(s.unregister(rd).fileobj is rd)
        _try(lambda: s.unregister(999999))
        _try(lambda: s.unregister(rd))
    s.close()


def _unregister_after_fd_close(cls):
    s = cls()
    rd, wr = socket.socketpair()
    r, w = rd.fileno(), wr.fileno()
    s.register(r, selectors.EVENT_READ)
    s.register(w, selectors.EVENT_WRITE)
    rd.close()
    wr.close()
    print(s.unregister(r).fd == r, s.unregister(w).fd == w)
    s.close()


def _unregister_after_socket_close(cls):
    s = cls()
    rd, wr = socket.socketpair()
    s.register(rd, selectors.EVENT_READ)
    s.register(wr, selectors.EVENT_WRITE)
    rd.close()
    wr.close()
    print(s.unregister(rd).fileobj is rd, s.unregister(wr).fileobj is wr)
    s.close()


def _modify(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        key = s.register(rd, selectors.EVENT_READ)
        key2 = s.modify(rd, selectors.EVENT_WRITE)
        print(key.events != key2.events, key2 == s.get_key(rd), key2.data)
        s.unregister(rd)
        key = s.register(rd, selectors.EVENT_READ, "d1")
        key2 = s.modify(rd, selectors.EVENT_READ, "d2")
        print(key.events == key2.events, key.data != key2.data, key2 == s.get_key(rd), key2.data)
        key3 = s.modify(rd, selectors.EVENT_READ)
        print(key3.data)
        _try(lambda: s.modify(999999, selectors.EVENT_READ))
        _try(lambda: s.modify(rd, 0))
        _try(lambda: s.modify(rd, 4))
    s.close()


def _close(cls):
    s = cls()
    mapping = s.get_map()
    rd, wr = socket.socketpair()
    with rd, wr:
        s.register(rd, selectors.EVENT_READ)
        s.register(wr, selectors.EVENT_WRITE)
        print(len(mapping))
        s.close()
        _try(lambda: s.get_key(rd))
        _try(lambda: s.get_key(wr))
        print(s.get_map())
        s.close()


def _get_key(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        key = s.register(rd, selectors.EVENT_READ, "data")
        print(key == s.get_key(rd), s.get_key(rd).data)
        _try(lambda: s.get_key(999999))
    s.close()


def _get_map(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        keys = s.get_map()
        print(bool(keys), len(keys), list(keys))
        key = s.register(rd, selectors.EVENT_READ, "data")
        print(rd in keys, key == keys[rd], len(keys), list(keys) == [rd], rd.fileno() in keys)
        print(list(keys.values()) == [key])
        _try(lambda: keys[999999])
    s.close()


def _select(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        s.register(rd, selectors.EVENT_READ)
        wr_key = s.register(wr, selectors.EVENT_WRITE)
        result = s.select()
        print(len(result), result == [(wr_key, selectors.EVENT_WRITE)])
    s.close()


def _select_read_write(cls):
    s = cls()
    sock1, sock2 = socket.socketpair()
    with sock1, sock2:
        sock2.send(b"foo")
        my_key = s.register(sock1, selectors.EVENT_READ | selectors.EVENT_WRITE)
        result = s.select()
        events = 0
        for key, ev in result:
            print(key == my_key)
            events |= ev
        print(events)
    s.close()


def _context_manager(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        with s as sel:
            sel.register(rd, selectors.EVENT_READ)
            sel.register(wr, selectors.EVENT_WRITE)
        _try(lambda: s.get_key(rd))


def _selector(cls):
    s = cls()
    pairs = [socket.socketpair() for _ in range(12)]
    try:
        for rd, wr in pairs:
            s.register(rd, selectors.EVENT_READ)
            s.register(wr, selectors.EVENT_WRITE)
        readers = set()
        writers = [wr for rd, wr in pairs]
        for wr in writers:
            wr.send(b" This is a test.")
        got = 0
        for _ in range(10):
            for key, events in s.select(1.0):
                if events & selectors.EVENT_READ:
                    if key.fileobj not in readers:
                        readers.add(key.fileobj)
                        print(key.fileobj.recv(100))
                        s.unregister(key.fileobj)
                        got += 1
            if got == 12:
                break
        print(got)
    finally:
        s.close()
        for rd, wr in pairs:
            rd.close()
            wr.close()


def _empty_select(cls):
    s = cls()
    print(s.select(timeout=0))
    s.close()


def _timeout(cls):
    s = cls()
    rd, wr = socket.socketpair()
    with rd, wr:
        s.register(wr, selectors.EVENT_WRITE)
        print(len(s.select(0)), len(s.select(-1)))
        s.unregister(wr)
        print(s.select(0), s.select(-1), s.select(0.01))
    s.close()


for _case, _cls in SELECTORS.items():
    for _name, _fn in (("test_register", _register), ("test_unregister", _unregister),
                       ("test_unregister_after_fd_close", _unregister_after_fd_close),
                       ("test_unregister_after_socket_close", _unregister_after_socket_close),
                       ("test_modify", _modify), ("test_close", _close), ("test_get_key", _get_key),
                       ("test_get_map", _get_map), ("test_select", _select),
                       ("test_select_read_write", _select_read_write), ("test_context_manager", _context_manager),
                       ("test_selector", _selector), ("test_empty_select", _empty_select), ("test_timeout", _timeout)):
        def _run(_fn=_fn, _cls=_cls):
            _fn(_cls)
        _run.__module__ = __name__
        globals()[_case + "_" + _name] = _run


def EpollSelectorTestCase_test_fileno():
    with selectors.EpollSelector() as s:
        print(isinstance(s.fileno(), int), s.fileno() >= 0)


def TestEPoll_test_create():
    ep = select.epoll(16)
    print(ep.fileno() > 0, ep.closed)
    ep.close()
    print(ep.closed)
    _try(ep.fileno)
    ep = select.epoll(-1)
    ep.close()
    ep = select.epoll(flags=select.EPOLL_CLOEXEC)
    ep.close()
    _try(lambda: select.epoll(flags=12356))


def TestEPoll_test_badcreate():
    for arg in (0, -2):
        _try(lambda: select.epoll(arg))


def TestEPoll_test_context_manager():
    with select.epoll(16) as ep:
        print(ep.fileno() > 0, ep.closed)
    print(ep.closed)
    _try(ep.fileno)


def TestEPoll_test_add():
    a, b = socket.socketpair()
    with a, b:
        ep = select.epoll(2)
        ep.register(a, select.EPOLLIN | select.EPOLLOUT)
        ep.register(b.fileno(), select.EPOLLIN | select.EPOLLOUT)
        _try(lambda: ep.register(a, select.EPOLLIN))
        _try(lambda: ep.register(-1, select.EPOLLIN))
        _try(lambda: ep.register("abc", select.EPOLLIN))
        ep.close()
        _try(lambda: ep.register(a, select.EPOLLIN))


def TestEPoll_test_fromfd():
    a, b = socket.socketpair()
    with a, b:
        ep = select.epoll(2)
        ep2 = select.epoll.fromfd(ep.fileno())
        ep2.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
        ep2.register(b.fileno(), select.EPOLLIN | select.EPOLLOUT)
        events = ep.poll(1, 4)
        events2 = ep2.poll(0.9, 4)
        print(len(events), len(events2))
        ep.close()
        _try(lambda: ep2.poll(1, 4))
        ep2.close()  # both objects own the number: the second close must not wait for a collector


def TestEPoll_test_control_and_wait():
    client, server = socket.socketpair()
    with client, server:
        ep = select.epoll(16)
        ep.register(server.fileno(), select.EPOLLIN | select.EPOLLOUT | select.EPOLLET)
        ep.register(client.fileno(), select.EPOLLIN | select.EPOLLOUT | select.EPOLLET)
        events = ep.poll(1, 4)
        expected = [(client.fileno(), select.EPOLLOUT), (server.fileno(), select.EPOLLOUT)]
        print(sorted(events) == sorted(expected))
        events = ep.poll(timeout=0.1, maxevents=4)
        print(events)
        client.send(b"Hello!")
        server.send(b"world!!!")
        events = ep.poll(1, 4)
        expected = [(client.fileno(), select.EPOLLIN | select.EPOLLOUT), (server.fileno(), select.EPOLLIN | select.EPOLLOUT)]
        print(sorted(events) == sorted(expected))
        ep.unregister(client.fileno())
        ep.modify(server.fileno(), select.EPOLLOUT)
        events = ep.poll(1, 4)
        print(events == [(server.fileno(), select.EPOLLOUT)])
        _try(lambda: ep.poll(1, 0))
        _try(lambda: ep.poll(1, -2))
        ep.close()


def TestEPoll_test_errors():
    ep = select.epoll()
    _try(lambda: ep.modify(999999, select.EPOLLIN))
    _try(lambda: ep.unregister(999999))
    ep.close()


def TestEPoll_test_unregister_closed():
    server, client = socket.socketpair()
    fd = server.fileno()
    ep = select.epoll(16)
    ep.register(server)
    print(ep.poll(1, 4) == [(fd, select.EPOLLOUT)])
    server.close()
    _try(lambda: ep.unregister(fd))
    print(ep.poll(0))
    client.close()
    ep.close()


def TestEPoll_test_close():
    open_file = open(__file__, "rb")
    ep = select.epoll()
    ep.close()
    print(ep.closed)
    for f in (lambda: ep.fileno(), lambda: ep.modify(open_file.fileno(), select.EPOLLIN),
              lambda: ep.poll(1.0), lambda: ep.register(open_file.fileno(), select.EPOLLIN),
              lambda: ep.unregister(open_file.fileno())):
        _try(f)
    open_file.close()
    ep.close()


def TestEPoll_test_constants():
    print(select.EPOLLIN, select.EPOLLPRI, select.EPOLLOUT, select.EPOLLERR, select.EPOLLHUP, select.EPOLLRDHUP,
          select.EPOLLONESHOT, select.EPOLLET, select.EPOLL_CLOEXEC, select.EPOLLRDNORM, select.EPOLLRDBAND,
          select.EPOLLWRNORM, select.EPOLLWRBAND, select.EPOLLMSG, select.EPOLLEXCLUSIVE)


def BaseSelectorTestCase_test_key_repr():
    rd, wr = socket.socketpair()
    with rd, wr, selectors.PollSelector() as s:
        key = s.register(rd.fileno(), selectors.EVENT_READ, "data")
        print(repr(key).replace(str(rd.fileno()), "FD"))
        key = s.modify(rd.fileno(), selectors.EVENT_READ, [1, "x", None])
        print(repr(key).replace(str(rd.fileno()), "FD"))
        print(repr(s.select(0)))
