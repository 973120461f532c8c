# A selector after close(), method by method, for each selector class of CPython's
# Lib/test/test_selectors.py (they follow its test_close, test_context_manager and test_fileno),
# and the select.epoll object after close (TestEPoll of Lib/test/test_epoll.py).
# Each function has a Java twin of the same name in SelectorsClosedParityTest.
import re
import select
import selectors
import socket


def _kind(e):
    return "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) else type(e).__name__


def _masked(text):
    """A message without fd numbers, which differ between the two processes."""
    return re.sub(r"(fd=|FD )\d+", r"\1N", text)


def _try(label, f):
    try:
        r = f()
        if isinstance(r, selectors.SelectorKey):
            r = "key events=%d data=%r" % (r.events, r.data)
        elif isinstance(r, list):
            r = "list of %d" % len(r)
        print(label, "ok", r)
    except Exception as e:
        text = e.args[0] if isinstance(e, KeyError) else str(e)
        print(label, _kind(e), _masked(text))


def _after_close(cls):
    """Every method of a closed selector, and what a register after close leaves."""
    s = cls()
    a, b = socket.socketpair()
    with a, b:
        s.register(a, selectors.EVENT_READ, "a")
        s.close()
        _try("select", lambda: s.select(0))
        _try("register", lambda: s.register(b, selectors.EVENT_WRITE, "b"))
        print("get_map", s.get_map())
        _try("get_key", lambda: s.get_key(b))
        _try("get_key other", lambda: s.get_key("abc"))
        _try("select again", lambda: s.select(0))
        _try("register no events", lambda: s.register(b, 0))
        _try("register bad fileobj", lambda: s.register("abc", selectors.EVENT_READ))
        _try("register twice", lambda: s.register(b, selectors.EVENT_READ))
        _try("modify b", lambda: s.modify(b, selectors.EVENT_WRITE, "b2"))
        _try("unregister b", lambda: s.unregister(b))
        _try("unregister a", lambda: s.unregister(a))
        _try("modify a", lambda: s.modify(a, selectors.EVENT_READ))
        _try("close again", lambda: s.close())
        print("get_map", s.get_map())


def _stale_fds(cls):
    """close() forgets the keys, not the fds the kernel call watches: a later select still sees them."""
    s = cls()
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    with c, d:
        s.register(a, selectors.EVENT_READ, "a")
        b.send(b"x")
        s.close()
        _try("select ready but forgotten", lambda: s.select(0))
        d.send(b"y")
        _try("register c", lambda: s.register(c, selectors.EVENT_READ, "c"))
        ready = []
        try:
            ready = s.select(0)
            print("ready", [(k.data, m) for k, m in ready])
        except Exception as e:
            print("select", _kind(e), _masked(str(e)))
        a.close()
        b.close()
        _try("select after the forgotten fd closed", lambda: s.select(0))


def _context_manager(cls):
    s = cls()
    a, b = socket.socketpair()
    with a, b:
        with s as sel:
            print(sel is s)
            sel.register(a, selectors.EVENT_READ)
        print("get_map", s.get_map())
        _try("get_key", lambda: s.get_key(a))
        _try("select", lambda: s.select(0))
        _try("unregister", lambda: s.unregister(a))
        with s:
            pass
        print("closed twice")


def _closed_register_order(cls):
    """Which check a closed selector makes first: events, then the fileobj, then the kernel."""
    s = cls()
    s.close()
    _try("events 0", lambda: s.register(0, 0))
    _try("events 4", lambda: s.register(0, 4))
    _try("fileobj None", lambda: s.register(None, selectors.EVENT_READ))
    _try("fileobj -1", lambda: s.register(-1, selectors.EVENT_READ))
    _try("timeout nan", lambda: s.select(float("nan")))
    _try("get_key -1", lambda: s.get_key(-1))


def SelectSelectorTestCase_test_close_methods():
    _after_close(selectors.SelectSelector)


def PollSelectorTestCase_test_close_methods():
    _after_close(selectors.PollSelector)


def EpollSelectorTestCase_test_close_methods():
    _after_close(selectors.EpollSelector)


def DefaultSelectorTestCase_test_close_methods():
    _after_close(selectors.DefaultSelector)


def SelectSelectorTestCase_test_close_stale_fds():
    _stale_fds(selectors.SelectSelector)


def PollSelectorTestCase_test_close_stale_fds():
    _stale_fds(selectors.PollSelector)


def EpollSelectorTestCase_test_close_stale_fds():
    _stale_fds(selectors.EpollSelector)


def SelectSelectorTestCase_test_context_manager_closed():
    _context_manager(selectors.SelectSelector)


def PollSelectorTestCase_test_context_manager_closed():
    _context_manager(selectors.PollSelector)


def EpollSelectorTestCase_test_context_manager_closed():
    _context_manager(selectors.EpollSelector)


def SelectSelectorTestCase_test_close_check_order():
    _closed_register_order(selectors.SelectSelector)


def PollSelectorTestCase_test_close_check_order():
    _closed_register_order(selectors.PollSelector)


def EpollSelectorTestCase_test_close_check_order():
    _closed_register_order(selectors.EpollSelector)


def EpollSelectorTestCase_test_fileno_closed():
    s = selectors.EpollSelector()
    print(s.fileno() >= 0)
    s.close()
    _try("fileno", lambda: s.fileno())
    _try("close again", lambda: s.close())
    _try("fileno", lambda: s.fileno())


def TestEPoll_test_close_methods():
    ep = select.epoll()
    a, b = socket.socketpair()
    with a, b:
        ep.register(a, select.EPOLLIN)
        ep.close()
        print("closed", ep.closed)
        _try("fileno", lambda: ep.fileno())
        _try("poll", lambda: ep.poll())
        _try("poll 0", lambda: ep.poll(0))
        _try("poll nan", lambda: ep.poll(float("nan")))
        _try("poll maxevents 0", lambda: ep.poll(1.0, 0))
        _try("register", lambda: ep.register(b))
        _try("register mask", lambda: ep.register(b, select.EPOLLOUT))
        _try("register bad fileobj", lambda: ep.register("abc"))
        _try("register -1", lambda: ep.register(-1))
        _try("modify", lambda: ep.modify(a, select.EPOLLOUT))
        _try("unregister", lambda: ep.unregister(a))
        _try("close again", lambda: ep.close())
        print("closed", ep.closed)


def SelectSelectorTestCase_test_close_closed_fileobj():
    """A registered socket closed afterwards is still found by identity (CPython's _fileobj_lookup)."""
    _closed_fileobj(selectors.SelectSelector)


def PollSelectorTestCase_test_close_closed_fileobj():
    _closed_fileobj(selectors.PollSelector)


def EpollSelectorTestCase_test_close_closed_fileobj():
    _closed_fileobj(selectors.EpollSelector)


def _closed_fileobj(cls):
    s = cls()
    a, b = socket.socketpair()
    with b:
        s.register(a, selectors.EVENT_READ, "a")
        a.close()
        _try("register again", lambda: s.register(a, selectors.EVENT_READ))
        _try("get_key", lambda: s.get_key(a))
        print("in map", a in s.get_map(), s.get_map().get(a) is not None)
        _try("modify data", lambda: s.modify(a, selectors.EVENT_READ, "a2"))
        _try("modify events", lambda: s.modify(a, selectors.EVENT_WRITE, "a3"))
        print("keys left", len(s.get_map()))
        s.close()
