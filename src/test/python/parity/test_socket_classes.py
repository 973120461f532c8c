# Classes of CPython's Lib/test/test_socket.py other than GeneralModuleTests (BasicSocketPairTest,
# InheritanceTest, NonblockConstantTest, TestLinuxAbstractNamespace, TestUnixDomain, BufferIOTest,
# NetworkConnectionNoServer, NetworkConnectionAttributesTest, ContextManagersTest, UDPTimeoutTest,
# BasicUDPTest, NonBlockingTCPTests), SelectTestCase of Lib/test/test_select.py and the
# BaseSelectorTestCase / ScalableSelectorMixIn methods of Lib/test/test_selectors.py not ported
# elsewhere. Loopback only; every wait is bounded. Each function has a Java twin of the same name
# in SocketClassesParityTest.
import errno
import fcntl
import os
import re
import resource
import select
import selectors
import socket
import tempfile

MSG = b"Michael Gilfix was here\xe1\x88\xb4\r\n"
PID = str(os.getpid())


def _kind(e):
    return "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) else type(e).__name__


def _try(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        text = e.args[0] if isinstance(e, KeyError) else str(e)
        print(label, _kind(e), re.sub(r"(fd=|FD )\d+", r"\1N", text))


def _tcp_pair():
    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        cli = socket.create_connection(srv.getsockname())
        conn, _ = srv.accept()
    return cli, conn


def _free_port():
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cloexec(fd):
    return bool(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)


def _nonblock_flag(s):
    return bool(fcntl.fcntl(s.fileno(), fcntl.F_GETFL) & os.O_NONBLOCK)


# ---------------------------------------------------------------- test_select


def SelectTestCase_test_returned_list_identity():
    r, w, x = select.select([], [], [], 0.01)
    print(r is not w, r is not x, w is not x, r, w, x)
    r.append(1)
    print(r, w, x)


def SelectTestCase_test_errno():
    # CPython's make_bad_fd, the number of an fd just closed; a number far above any the JVM
    # opens, so no other thread of it takes the number between the close and the select
    fd = 900
    with socket.socket() as s:
        os.dup2(s.fileno(), fd)
    os.close(fd)
    try:
        select.select([fd], [], [], 0)
    except OSError as err:
        print(type(err).__name__, err.errno == errno.EBADF, err)
    p = select.poll()
    p.register(fd, select.POLLIN)
    print(p.poll(0) == [(fd, select.POLLNVAL)])


def SelectTestCase_test_error_conditions_fileobj():
    a, b = socket.socketpair()
    b.close()
    _try("closed socket", lambda: select.select([b], [], [], 0))
    _try("negative fd", lambda: select.select([], [-5], [], 0))
    _try("fd and socket", lambda: len(select.select([a, a.fileno()], [a], [], 0)[0]))
    a.close()


# ---------------------------------------------------------------- test_selectors


def _unregister_after_fd_close_and_reuse(cls):
    s = cls()
    rd, wr = socket.socketpair()
    r, w = rd.fileno(), wr.fileno()
    s.register(r, selectors.EVENT_READ)
    s.register(w, selectors.EVENT_WRITE)
    rd2, wr2 = socket.socketpair()
    rd.close()
    wr.close()
    os.dup2(rd2.fileno(), r)
    os.dup2(wr2.fileno(), w)
    try:
        print(s.unregister(r).fd == r, s.unregister(w).fd == w, len(s.get_map()))
        s.register(r, selectors.EVENT_READ, "again")
        wr2.send(b"x")
        print([(k.data, m) for k, m in s.select(1.0)])
    finally:
        s.close()
        os.close(r)
        os.close(w)
        rd2.close()
        wr2.close()


def SelectSelectorTestCase_test_unregister_after_fd_close_and_reuse():
    _unregister_after_fd_close_and_reuse(selectors.SelectSelector)


def PollSelectorTestCase_test_unregister_after_fd_close_and_reuse():
    _unregister_after_fd_close_and_reuse(selectors.PollSelector)


def EpollSelectorTestCase_test_unregister_after_fd_close_and_reuse():
    _unregister_after_fd_close_and_reuse(selectors.EpollSelector)


def EpollSelectorTestCase_test_register_file():
    s = selectors.EpollSelector()
    with tempfile.TemporaryFile() as f:
        try:
            s.register(f.fileno(), selectors.EVENT_READ)
        except OSError as e:
            print(type(e).__name__, e.errno == errno.EPERM, e)
        try:
            s.get_key(f.fileno())
        except KeyError as e:
            print("get_key", type(e).__name__, e.args[0] == "%d is not registered" % f.fileno())
        print(len(s.get_map()))
    s.close()


def _above_fd_setsize(cls):
    # bounded: 520 pairs take the fds past FD_SETSIZE (1024)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    s = cls()
    pairs = []
    try:
        for i in range(520):
            rd, wr = socket.socketpair()
            pairs.append((rd, wr))
            s.register(rd, selectors.EVENT_READ)
            s.register(wr, selectors.EVENT_WRITE)
        print(max(wr.fileno() for rd, wr in pairs) >= 1024)
        fds = s.select(0)
        print(len(fds), all(m == selectors.EVENT_WRITE for k, m in fds))
        pairs[-1][1].send(b"x")
        print(sorted(m for k, m in s.select(0) if k.fileobj is pairs[-1][0]))
    except Exception as e:
        print(_kind(e), e)
    finally:
        s.close()
        for rd, wr in pairs:
            rd.close()
            wr.close()


def PollSelectorTestCase_test_above_fd_setsize():
    _above_fd_setsize(selectors.PollSelector)


def EpollSelectorTestCase_test_above_fd_setsize():
    _above_fd_setsize(selectors.EpollSelector)


def SelectSelectorTestCase_test_above_fd_setsize():
    # not a ScalableSelectorMixIn: select(2) refuses an fd of FD_SETSIZE or more
    _above_fd_setsize(selectors.SelectSelector)


def DefaultSelectorTestCase_test_fileno():
    s = selectors.DefaultSelector()
    fd = s.fileno()
    print(isinstance(fd, int), fd >= 0, _cloexec(fd))
    s.close()


# ---------------------------------------------------------------- test_socket


def BasicSocketPairTest_testDefaults():
    a, b = socket.socketpair()
    with a, b:
        for s in (a, b):
            print(s.family == socket.AF_UNIX, s.type == socket.SOCK_STREAM, s.proto, s.family, s.type)
            print(s.gettimeout(), s.getblocking(), s.get_inheritable())


def BasicSocketPairTest_testRecv():
    a, b = socket.socketpair()
    with a, b:
        b.send(MSG)
        print(a.recv(1024) == MSG)


def BasicSocketPairTest_testSend():
    a, b = socket.socketpair()
    with a, b:
        a.send(MSG)
        a.shutdown(socket.SHUT_WR)
        print(b.recv(1024) == MSG, b.recv(1024))


def InheritanceTest_test_default_inheritable():
    with socket.socket() as s:
        print(s.get_inheritable(), _cloexec(s.fileno()))


def InheritanceTest_test_dup():
    with socket.socket() as s:
        s.set_inheritable(True)
        with s.dup() as d:
            print(s.get_inheritable(), d.get_inheritable(), _cloexec(d.fileno()))
        fd = socket.dup(s.fileno())
        print(_cloexec(fd))
        socket.close(fd)


def InheritanceTest_test_set_inheritable():
    with socket.socket() as s:
        s.set_inheritable(True)
        print(s.get_inheritable(), _cloexec(s.fileno()))
        s.set_inheritable(False)
        print(s.get_inheritable(), _cloexec(s.fileno()))


def InheritanceTest_test_get_inheritable_cloexec():
    with socket.socket() as s:
        fd = s.fileno()
        print(s.get_inheritable())
        flags = fcntl.fcntl(fd, fcntl.F_GETFD)
        fcntl.fcntl(fd, fcntl.F_SETFD, flags & ~fcntl.FD_CLOEXEC)
        print(s.get_inheritable())


def InheritanceTest_test_set_inheritable_cloexec():
    with socket.socket() as s:
        fd = s.fileno()
        print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC == fcntl.FD_CLOEXEC)
        s.set_inheritable(True)
        print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)


def InheritanceTest_test_socketpair():
    a, b = socket.socketpair()
    with a, b:
        print(a.get_inheritable(), b.get_inheritable())


def InheritanceTest_test_SOCK_CLOEXEC():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_CLOEXEC) as s:
        print(s.type == socket.SOCK_STREAM, s.get_inheritable(), s.type)


def _check_nonblock(s):
    print(s.type == socket.SOCK_STREAM, s.gettimeout(), s.getblocking(), _nonblock_flag(s))


def NonblockConstantTest_test_SOCK_NONBLOCK():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK) as s:
        _check_nonblock(s)
        s.setblocking(True)
        _check_nonblock(s)
        s.setblocking(False)
        _check_nonblock(s)
        s.settimeout(None)
        _check_nonblock(s)
        s.settimeout(2.0)
        _check_nonblock(s)
        s.setblocking(True)
        _check_nonblock(s)
    t = socket.getdefaulttimeout()
    try:
        for default in (0.0, None, 2.0, None):
            socket.setdefaulttimeout(default)
            with socket.socket() as s:
                _check_nonblock(s)
    finally:
        socket.setdefaulttimeout(t)


def _abstract(name):
    """A per-process abstract name, so that runs at the same time never meet."""
    return b"\x00" + name + PID.encode()


def _shown(addr):
    return repr(addr).replace(PID, "PID")


def TestLinuxAbstractNamespace_testLinuxAbstractNamespace():
    address = _abstract(b"python-test-hello\x00\xff")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s1:
        s1.bind(address)
        s1.listen()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s2:
            s2.connect(s1.getsockname())
            with s1.accept()[0] as s3:
                print(s1.getsockname() == address, s2.getpeername() == address)
                print(_shown(s1.getsockname()), _shown(s3.getsockname()), _shown(s2.getsockname()))


def TestLinuxAbstractNamespace_testMaxName():
    prefix = _abstract(b"max")
    address = prefix + b"h" * (108 - len(prefix))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(address)
        print(len(address), s.getsockname() == address)


def TestLinuxAbstractNamespace_testNameOverflow():
    address = "\x00" + "h" * 108
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        _try("bind", lambda: s.bind(address))
        _try("bind bytes", lambda: s.bind(address.encode()))


def TestLinuxAbstractNamespace_testStrName():
    name = "\x00python\x00test\x00" + PID
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(name)
        print(s.getsockname() == name.encode(), _shown(s.getsockname()))


def TestUnixDomain_testUnbound():
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        print(repr(s.getsockname()))
        a, b = socket.socketpair()
        with a, b:
            print(repr(a.getsockname()), repr(a.getpeername()))


def TestUnixDomain_testStrAddr():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "sock")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.bind(path)
            name = s.getsockname()
            print(type(name).__name__, name == path, os.path.exists(path))
            with socket.socket(socket.AF_UNIX) as s2:
                _try("bind again", lambda: s2.bind(path))


def TestUnixDomain_testBytesAddr():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "sock")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.bind(os.fsencode(path))
            name = s.getsockname()
            print(type(name).__name__, name == path)


def BufferIOTest_testRecvIntoBytearray():
    cli, conn = _tcp_pair()
    with cli, conn:
        cli.sendall(MSG)
        buf = bytearray(1024)
        nbytes = conn.recv_into(buf)
        print(nbytes == len(MSG), bytes(buf[:nbytes]) == MSG, buf[nbytes:] == bytearray(1024 - nbytes))


def BufferIOTest_testRecvIntoMemoryview():
    cli, conn = _tcp_pair()
    with cli, conn:
        cli.sendall(MSG)
        buf = bytearray(1024)
        nbytes = conn.recv_into(memoryview(buf)[10:], 5)
        rest = conn.recv_into(memoryview(buf)[15:])
        print(nbytes, rest == len(MSG) - 5, bytes(buf[10:10 + len(MSG)]) == MSG, buf[:10] == bytearray(10))


def BufferIOTest_testRecvFromIntoBytearray():
    cli, conn = _tcp_pair()
    with cli, conn:
        cli.sendall(MSG)
        buf = bytearray(1024)
        nbytes, addr = conn.recvfrom_into(buf)
        print(nbytes == len(MSG), bytes(buf[:nbytes]) == MSG, addr)


def NetworkConnectionNoServer_test_connect():
    port = _free_port()
    with socket.socket() as cli:
        try:
            cli.connect(("127.0.0.1", port))
        except OSError as e:
            print(type(e).__name__, e.errno == errno.ECONNREFUSED, e)
        print(cli.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)


def NetworkConnectionNoServer_test_create_connection():
    port = _free_port()
    try:
        socket.create_connection(("127.0.0.1", port))
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ECONNREFUSED, e)
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1.0)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ECONNREFUSED, e)


def _listener():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    return srv


def NetworkConnectionAttributesTest_testFamily():
    with _listener() as srv:
        with socket.create_connection(srv.getsockname(), timeout=30) as cli:
            print(cli.family, cli.type, cli.proto, cli.family == socket.AF_INET)


def NetworkConnectionAttributesTest_testSourceAddress():
    with _listener() as srv:
        source_port = _free_port()
        with socket.create_connection(srv.getsockname(), timeout=30,
                                      source_address=("127.0.0.1", source_port)) as cli:
            print(cli.getsockname()[1] == source_port, cli.getsockname()[0])
            conn, addr = srv.accept()
            with conn:
                print(addr[1] == source_port)


def NetworkConnectionAttributesTest_testTimeoutDefault():
    with _listener() as srv:
        print(socket.getdefaulttimeout())
        socket.setdefaulttimeout(42)
        try:
            cli = socket.create_connection(srv.getsockname())
        finally:
            socket.setdefaulttimeout(None)
        with cli:
            print(cli.gettimeout(), cli.getblocking())


def NetworkConnectionAttributesTest_testTimeoutNone():
    with _listener() as srv:
        socket.setdefaulttimeout(30)
        try:
            cli = socket.create_connection(srv.getsockname(), timeout=None)
        finally:
            socket.setdefaulttimeout(None)
        with cli:
            print(cli.gettimeout(), cli.getblocking())


def NetworkConnectionAttributesTest_testTimeoutValueNonamed():
    with _listener() as srv:
        with socket.create_connection(srv.getsockname(), 30) as cli:
            print(cli.gettimeout(), cli.getblocking())


def ContextManagersTest_testCreateConnectionBase():
    with _listener() as srv:
        with socket.create_connection(srv.getsockname()) as sock:
            print(sock.fileno() >= 0)
            sock.sendall(b"foo")
            conn, _ = srv.accept()
            with conn:
                print(conn.recv(1024))
        print(sock.fileno(), "[closed]" in repr(sock))
        _try("sendall", lambda: sock.sendall(b"foo"))


def ContextManagersTest_testCreateConnectionClose():
    with _listener() as srv:
        with socket.create_connection(srv.getsockname()) as sock:
            sock.close()
        print(sock.fileno())
        _try("sendall", lambda: sock.sendall(b"foo"))
        _try("close again", lambda: sock.close())


def _udp_pair():
    srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    srv.bind(("127.0.0.1", 0))
    cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    cli.bind(("127.0.0.1", 0))
    return srv, cli


def BasicUDPTest_testRecvFrom():
    srv, cli = _udp_pair()
    with srv, cli:
        cli.sendto(MSG, srv.getsockname())
        msg, addr = srv.recvfrom(len(MSG))
        print(msg == MSG, addr == cli.getsockname(), type(addr).__name__, len(addr))


def UDPTimeoutTest_testUDPTimeout():
    srv, cli = _udp_pair()
    with srv, cli:
        srv.settimeout(0.2)
        _try("recv", lambda: srv.recv(1024))
        _try("recvfrom", lambda: srv.recvfrom(1024))


def UDPTimeoutTest_testTimeoutZero():
    srv, cli = _udp_pair()
    with srv, cli:
        srv.settimeout(0.0)
        try:
            srv.recv(1024)
        except OSError as e:
            print(type(e).__name__, e.errno == errno.EAGAIN, e)


def NonBlockingTCPTests_testInitNonBlocking():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK) as s:
        print(s.getblocking(), s.gettimeout())
        s.bind(("127.0.0.1", 0))
        s.listen()
        _try("accept", lambda: s.accept())


def NonBlockingTCPTests_testInheritFlagsTimeout():
    with _listener() as srv:
        srv.settimeout(10.0)
        with socket.create_connection(srv.getsockname()) as cli:
            conn, _ = srv.accept()
            with conn:
                # accept() gives the new socket the default timeout, not the listener's
                print(conn.gettimeout(), conn.getblocking(), _nonblock_flag(conn))


def NonBlockingTCPTests_testAccept():
    with _listener() as srv:
        srv.setblocking(False)
        try:
            srv.accept()
        except OSError as e:
            print(type(e).__name__, e.errno == errno.EAGAIN)
        with socket.create_connection(srv.getsockname()) as cli:
            r, w, x = select.select([srv], [], [], 5.0)
            print(r == [srv])
            conn, addr = srv.accept()
            with conn:
                print(conn.getblocking(), conn.gettimeout(), addr == cli.getsockname())
