# Scenarios from CPython's Lib/test/test_socket.py for the API beyond the basics: sendmsg and
# recvmsg with ancillary data, fd passing, CMSG_LEN/CMSG_SPACE, recvfrom_into, sendfile,
# interface names, host entries, module-level close/dup, create_connection(all_errors=True),
# the timeout attribute. Each function has a Java twin of the same name in
# SocketFidelityApiParityTest.
import os
import socket
import tempfile

MSG = b"Michael Gilfix was here\u1234\r\n".replace(b"\\u1234", b"\xe1\x88\xb4")


def _caught(e):
    kind = "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) else type(e).__name__
    print(kind, e)


def _udp_pair():
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.bind(("127.0.0.1", 0))
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b.bind(("127.0.0.1", 0))
    return a, b


def SendmsgTests_testSendmsg():
    a, b = socket.socketpair()
    with a, b:
        print(a.sendmsg([MSG]))
        print(b.recv(len(MSG)) == MSG)


def SendmsgTests_testSendmsgGather():
    a, b = socket.socketpair()
    with a, b:
        print(a.sendmsg([MSG[:3], MSG[3:]]))
        print(b.recv(1024))


def SendmsgTests_testSendmsgAncillaryGenerator():
    a, b = socket.socketpair()
    with a, b:
        print(a.sendmsg([MSG], []))
        print(b.recv(1024) == MSG)


def SendmsgTests_testSendmsgBadArgs():
    a, b = socket.socketpair()
    with a, b:
        a.sendmsg(None)


def SendmsgTests_testSendmsgBadArgsElement():
    a, b = socket.socketpair()
    with a, b:
        a.sendmsg([MSG, None])


def SendmsgTests_testSendmsgAfterClose():
    a, b = socket.socketpair()
    b.close()
    a.close()
    a.sendmsg([MSG])


def SendmsgConnectionlessTests_testSendmsgExplicitNoneAddr():
    a, b = _udp_pair()
    with a, b:
        print(a.sendmsg([MSG], [], 0, b.getsockname()))
        data, addr = b.recvfrom(1024)
        print(data == MSG, addr == a.getsockname())


def SendmsgConnectionlessTests_testSendmsgNoDestAddr():
    a, b = _udp_pair()
    with a, b:
        a.sendmsg([MSG])


def RecvmsgTests_testRecvmsg():
    a, b = _udp_pair()
    with a, b:
        a.sendto(MSG, b.getsockname())
        msg, ancdata, flags, addr = b.recvmsg(len(MSG))
        print(msg == MSG, ancdata, flags, addr == a.getsockname())


def RecvmsgTests_testRecvmsgExplicitDefaults():
    a, b = socket.socketpair()
    with a, b:
        a.send(MSG)
        print(b.recvmsg(len(MSG), 0, 0))


def RecvmsgTests_testRecvmsgShorter():
    a, b = socket.socketpair()
    with a, b:
        a.send(b"abc")
        print(b.recvmsg(len(MSG) + 42))


def RecvmsgTests_testRecvmsgTrunc():
    a, b = _udp_pair()
    with a, b:
        a.sendto(MSG, b.getsockname())
        msg, ancdata, flags, addr = b.recvmsg(len(MSG) - 3)
        print(msg, ancdata, flags & socket.MSG_TRUNC == socket.MSG_TRUNC)


def RecvmsgTests_testRecvmsgShortAncillaryBuf():
    a, b = socket.socketpair()
    with a, b:
        a.send(MSG)
        print(b.recvmsg(len(MSG), 1))


def RecvmsgTests_testRecvmsgLongAncillaryBuf():
    a, b = socket.socketpair()
    with a, b:
        a.send(MSG)
        print(b.recvmsg(len(MSG), 10240)[1:])


def RecvmsgTests_testRecvmsgAfterClose():
    a, b = socket.socketpair()
    a.close()
    b.close()
    b.recvmsg(1024)


def RecvmsgTests_testRecvmsgTimeout():
    a, b = socket.socketpair()
    with a, b:
        b.settimeout(0.03)
        b.recvmsg(1024)


def RecvmsgTests_testRecvmsgBadArgs():
    a, b = socket.socketpair()
    with a, b:
        for args in ((-1,), (10, -1)):
            try:
                b.recvmsg(*args)
            except ValueError as e:
                _caught(e)


def RecvmsgTests_testRecvmsgPeek():
    a, b = socket.socketpair()
    with a, b:
        a.send(MSG)
        print(b.recvmsg(5, 0, socket.MSG_PEEK)[0])
        print(b.recvmsg(1024)[0] == MSG)


def RecvmsgTests_testRecvmsgFromSendmsg():
    a, b = socket.socketpair()
    with a, b:
        a.sendmsg([MSG[:5], MSG[5:]])
        print(b.recvmsg(1024)[0] == MSG)


def RecvmsgIntoTests_testRecvmsgIntoScatter():
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"Mary had a little lamb")
        b1 = bytearray(b"----")
        b2 = bytearray(b"0123456789")
        b3 = bytearray(b"--------------")
        print(b.recvmsg_into([b1, memoryview(b2)[2:9], b3]))
        print(b1, b2, b3)


def RecvmsgIntoTests_testRecvmsgIntoArray():
    a, b = socket.socketpair()
    with a, b:
        a.sendall(MSG)
        buf = bytearray(1024)
        nbytes, ancdata, flags, addr = b.recvmsg_into([buf])
        print(nbytes, ancdata, flags, addr, bytes(buf[:nbytes]) == MSG)


def RecvmsgIntoTests_testRecvmsgIntoBadArgs():
    a, b = socket.socketpair()
    with a, b:
        b.recvmsg_into([bytearray(4)], -1, 0)


def CmsgMacroTests_testCMSG_LEN():
    for n in (0, 1, 4, 5, 8, 100, 2**31 - 1 - socket.CMSG_LEN(0)):
        print(n, socket.CMSG_LEN(n))
    for n in (-1, 2**31 - socket.CMSG_LEN(0)):
        try:
            socket.CMSG_LEN(n)
        except OverflowError as e:
            _caught(e)


def CmsgMacroTests_testCMSG_SPACE():
    for n in (0, 1, 4, 5, 8, 9, 100):
        print(n, socket.CMSG_SPACE(n))
    for n in (-1, 2**31 - socket.CMSG_SPACE(1) + 1):
        try:
            socket.CMSG_SPACE(n)
        except OverflowError as e:
            _caught(e)


def SCMRightsTest_testFDPassSimple():
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    with a, b, c, d:
        print(a.sendmsg([MSG], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, c.fileno().to_bytes(4, "little"))]))
        msg, ancdata, flags, addr = b.recvmsg(len(MSG), socket.CMSG_SPACE(4))
        print(msg == MSG, len(ancdata), flags, addr)
        level, typ, data = ancdata[0]
        print(level == socket.SOL_SOCKET, typ == socket.SCM_RIGHTS, len(data))
        with socket.socket(fileno=int.from_bytes(data, "little")) as got:
            got.sendall(b"through the passed fd")
            print(d.recv(100))


def SCMRightsTest_testFDPassCMSG_LEN():
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    with a, b, c, d:
        socket.send_fds(a, [MSG], [c.fileno(), d.fileno()])
        msg, fds, flags, addr = socket.recv_fds(b, len(MSG), 2)
        print(msg == MSG, len(fds), flags, addr)
        with socket.socket(fileno=fds[0]) as c2, socket.socket(fileno=fds[1]) as d2:
            c2.sendall(b"x")
            print(d2.recv(1))


def SCMRightsTest_testCmsgTrunc0():
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    with a, b, c, d:
        socket.send_fds(a, [MSG], [c.fileno()])
        msg, ancdata, flags, addr = b.recvmsg(len(MSG), 0)
        print(msg == MSG, ancdata, flags & socket.MSG_CTRUNC == socket.MSG_CTRUNC)


def SCMRightsTest_testFDPassEmpty():
    a, b = socket.socketpair()
    with a, b:
        print(a.sendmsg([MSG], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, b"")]))
        print(b.recvmsg(len(MSG), 10240))


def BufferIOTest_testRecvFromIntoArray():
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    with a, b:
        a.send(MSG)
        buf = bytearray(1024)
        nbytes, addr = b.recvfrom_into(buf)
        print(nbytes, addr, bytes(buf[:nbytes]) == MSG)


def BufferIOTest_testRecvFromIntoSmallBuffer():
    a, b = socket.socketpair()
    with a, b:
        b.recvfrom_into(bytearray(4), 5)


def BufferIOTest_testRecvFromIntoNegative():
    a, b = socket.socketpair()
    with a, b:
        b.recvfrom_into(bytearray(4), -1)


def BufferIOTest_testRecvFromIntoUdp():
    a, b = _udp_pair()
    with a, b:
        a.sendto(b"abcdef", b.getsockname())
        buf = bytearray(4)
        nbytes, addr = b.recvfrom_into(buf, 3)
        print(nbytes, addr == a.getsockname(), buf)


def BufferIOTest_testRecvFromIntoEmpty():
    a, b = socket.socketpair()
    with a, b:
        a.close()
        print(b.recvfrom_into(bytearray(4)))


def SendfileUsingSendTest_testRegularFile():
    data = bytes(range(256)) * 1000
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(data)
    try:
        a, b = socket.socketpair()
        with a, b, open(f.name, "rb") as file:
            got = bytearray()
            a.settimeout(5)
            import threading
            t = threading.Thread(target=lambda: print(a.sendfile(file)))
            t.start()
            while len(got) < len(data):
                got += b.recv(65536)
            t.join()
            print(len(got), bytes(got) == data, file.tell())
    finally:
        os.unlink(f.name)


def SendfileUsingSendTest_testOffset():
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(b"0123456789abcdef")
    try:
        a, b = socket.socketpair()
        with a, b, open(f.name, "rb") as file:
            print(a.sendfile(file, 5, 6))
            print(b.recv(100), file.tell())
    finally:
        os.unlink(f.name)


def SendfileUsingSendTest_testEmptyFileSend():
    with tempfile.NamedTemporaryFile(delete=False) as f:
        pass
    try:
        a, b = socket.socketpair()
        with a, b, open(f.name, "rb") as file:
            print(a.sendfile(file))
    finally:
        os.unlink(f.name)


def SendfileUsingSendTest_testNonBlocking():
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(b"x")
    try:
        a, b = socket.socketpair()
        with a, b, open(f.name, "rb") as file:
            a.setblocking(False)
            a.sendfile(file)
    finally:
        os.unlink(f.name)


def SendfileUsingSendTest_testCount():
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(b"x")
    try:
        a, b = socket.socketpair()
        with a, b, open(f.name, "rb") as file:
            a.sendfile(file, 0, 0)
    finally:
        os.unlink(f.name)


def SendfileUsingSendTest_testDatagram():
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(b"x")
    try:
        a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
        with a, b, open(f.name, "rb") as file:
            a.sendfile(file)
    finally:
        os.unlink(f.name)


def GeneralModuleTests_testInterfaceNameIndex():
    interfaces = socket.if_nameindex()
    for index, name in interfaces:
        print(isinstance(index, int), isinstance(name, str), index > 0, len(name) > 0)
        print(socket.if_nametoindex(name) == index, socket.if_indextoname(index) == name)
        break
    print((1, "lo") in interfaces)
    print(socket.if_nametoindex("lo"), socket.if_indextoname(1))


def GeneralModuleTests_testInvalidInterfaceIndexToName():
    for i in (0, 2**32 - 1, -1):
        try:
            socket.if_indextoname(i)
        except (OSError, OverflowError) as e:
            _caught(e)


def GeneralModuleTests_testInvalidInterfaceNameToIndex():
    for name in ("_DEADBEEF", "lo\0x"):
        try:
            socket.if_nametoindex(name)
        except (OSError, ValueError) as e:
            _caught(e)


def GeneralModuleTests_testHostnameRes():
    print(socket.gethostbyname_ex("localhost"))
    print(socket.gethostbyname_ex("127.0.0.1"))
    print(socket.gethostbyaddr("127.0.0.1"))


def GeneralModuleTests_testHostnameResErrors():
    for f, arg in ((socket.gethostbyname_ex, ""), (socket.gethostbyaddr, ""), (socket.gethostbyaddr, "::1"),
                   (socket.gethostbyname_ex, None), (socket.gethostbyaddr, "a\0b"),
                   (socket.gethostbyname_ex, "nosuch.invalid")):
        try:
            print(f(arg))
        except (OSError, TypeError) as e:
            _caught(e)


def GeneralModuleTests_test_getfqdn_filter_localhost():
    print(socket.getfqdn("localhost"), socket.getfqdn("127.0.0.1"))


def GeneralModuleTests_test_socket_close():
    sock = socket.socket()
    try:
        sock.bind(("127.0.0.1", 0))
        fd = sock.detach()
        socket.close(fd)
        socket.close(fd)
    finally:
        sock.close()


def GeneralModuleTests_test_socket_dup():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        fd = socket.dup(sock.fileno())
        print(fd != sock.fileno())
        with socket.socket(fileno=fd) as s2:
            print(s2.getsockname() == sock.getsockname(), s2.get_inheritable())
        socket.dup(-1)


def GeneralModuleTests_test_has_dualstack_ipv6():
    print(socket.has_ipv6, socket.has_dualstack_ipv6())


def NetworkConnectionNoServer_test_create_connection_all_errors():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    try:
        socket.create_connection(("127.0.0.1", port), all_errors=True)
    except ExceptionGroup as e:
        _caught(e)
        for x in e.exceptions:
            _caught(x)
    try:
        socket.create_connection(("127.0.0.1", port), all_errors=False)
    except OSError as e:
        _caught(e)


def GeneralModuleTests_testTimeoutAttribute():
    with socket.socket() as s:
        print(s.timeout, s.gettimeout())
        s.settimeout(2.5)
        print(s.timeout)
        s.setblocking(False)
        print(s.timeout)


def GeneralModuleTests_testSetsockoptNone():
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None, 0)
