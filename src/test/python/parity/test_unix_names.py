# AF_UNIX names at their edges (CPython's TestLinuxAbstractNamespace.testAutobind and
# GeneralModuleTests on AF_UNIX): an unbound socket's name is '', bind('') autobinds on Linux,
# connect('') and sendto('') fail with the errno the kernel gives CPython's family-only
# length. Errors print errno names, not numbers, so the file reads the same on macOS.
# Each function has a Java twin of the same name in UnixNamesParityTest.
import errno
import socket


def _show(label, fn):
    try:
        r = fn()
    except OSError as e:
        print(label, "!!", type(e).__name__, errno.errorcode.get(e.errno, e.errno))
    else:
        print(label, r)


def TestLinuxAbstractNamespace_testAutobind():
    with socket.socket(socket.AF_UNIX) as s:
        print("unbound", repr(s.getsockname()))

        def bind():
            s.bind("")
            name = s.getsockname()
            return type(name).__name__, len(name), name[:1]
        _show("bind('')", bind)


def GeneralModuleTests_test_unix_empty_address():
    with socket.socket(socket.AF_UNIX) as c:
        _show("connect('')", lambda: c.connect(""))
        _show("connect_ex('')", lambda: errno.errorcode.get(c.connect_ex("")))
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as d:
        _show("sendto('')", lambda: d.sendto(b"x", ""))
