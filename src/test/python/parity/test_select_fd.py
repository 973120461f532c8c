# What select, poll and selectors take as a file object (CPython's test_select
# test_error_conditions, test_poll test_poll_unit_tests, test_selectors test_register): an int or
# an object with fileno(). select and poll say PyObject_AsFileDescriptor's messages, selectors
# its own _fileobj_to_fd's. Each function has a Java twin of the same name in SelectFdParityTest.
import select
import selectors
import socket


def _show(label, fn):
    try:
        r = fn()
    except Exception as e:
        kind = "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) and not isinstance(e, OSError) else type(e).__name__
        print(label, "!!", kind, e)
    else:
        print(label, repr(r))


def _closed():
    s = socket.socket()
    s.close()
    return s


BAD = [-1, "x", 1.5, None]


def SelectTestCase_test_error_conditions():
    for v in BAD:
        _show(repr(v), lambda: select.select([v], [], [], 0))
        _show(repr(v) + " w", lambda: select.select([], [v], [], 0))
    _show("closed", lambda: select.select([_closed()], [], [], 0))
    # The timeout is parsed before the lists.
    _show("both", lambda: select.select([-1], [], [], -1.0))


def PollTests_test_poll_unit_tests():
    p = select.poll()
    for v in BAD[:3]:
        _show(repr(v), lambda: p.register(v))
    s = _closed()
    _show("register closed", lambda: p.register(s))
    _show("modify closed", lambda: p.modify(s, select.POLLIN))
    _show("unregister closed", lambda: p.unregister(s))


def BaseSelectorTestCase_test_register():
    with selectors.PollSelector() as sel:
        for v in [-1, -10, "x", 1.5]:
            _show(repr(v), lambda: sel.register(v, selectors.EVENT_READ))
        _show("closed", lambda: sel.register(_closed(), selectors.EVENT_READ))
