# GeneralModuleTests (and TestUnixDomain's non-ASCII and NUL paths) of CPython's Lib/test/test_socket.py: the
# argument checks of the address and name functions, exactly as CPython makes them, and the
# GeneralModuleTests methods that run on Linux without privileges. Every name stays on this
# machine: numeric hosts, 'localhost' from /etc/hosts, AI_NUMERICHOST, loopback, AF_UNIX.
# Each function has a Java twin of the same name in SocketGeneralArgsParityTest.
import errno
import os
import re
import select
import shutil
import socket
import tempfile

NUM = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
V4, V6 = socket.AF_INET, socket.AF_INET6


def _show(label, fn):
    """Prints what fn returns, or the kind and text of what it raises (as the harness does)."""
    try:
        r = fn()
    except (ValueError, TypeError, OverflowError) as e:
        if isinstance(e, OSError):
            raise
        print(label, "!! ArgumentError:", e)
    except OSError as e:
        print(label, "!!", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


def _on(family, typ, call):
    """A fresh socket of family and type, handed to call, closed after."""
    def run():
        with socket.socket(family, typ) as s:
            return call(s)
    return run


def _gai(host, port, family=0, typ=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST):
    return [ai[4] for ai in socket.getaddrinfo(host, port, family, typ, 0, flags)]


def _fd(text):
    return re.sub(r"(fd|name)=\d+", r"\1=N", text)


# ------------------------------------------------------------------ getnameinfo

def GeneralModuleTests_test_getnameinfo():
    # only IP addresses are allowed: the host is looked up with AI_NUMERICHOST
    for host in ("mail.python.org", "localhost", "", "1.2.3.4.5", "::1::2"):
        _show(repr(host), lambda: socket.getnameinfo((host, 0), 0))
    _show("127.1", lambda: socket.getnameinfo(("127.1", 80), NUM))
    _show("0x7f.1", lambda: socket.getnameinfo(("0x7f.1", 80), NUM))
    _show("::ffff:127.0.0.1", lambda: socket.getnameinfo(("::ffff:127.0.0.1", 80), NUM))
    _show("localhost name", lambda: socket.getnameinfo(("127.0.0.1", 80), 0))
    _show("None host", lambda: socket.getnameinfo((None, 80), NUM))
    _show("NUL host", lambda: socket.getnameinfo(("127.0.0.1\0", 80), NUM))
    _show("surrogate host", lambda: socket.getnameinfo(("\udcff", 80), NUM))


def GeneralModuleTests_testInterpreterCrash():
    # Odd addresses give getnameinfo's own errors, never a crash.
    for a in [("x", 0, 0, 0), ("", 0, 0, 0), ("::1", 0, 0xfffff, 0xffffffff), ("::1%lo", 0, 0, 0), ("127.0.0.1%lo", 0)]:
        _show(repr(a), lambda: socket.getnameinfo(a, NUM))


def GeneralModuleTests_test_getnameinfo_ports():
    # The port is formatted with %d and handed to getaddrinfo: glibc refuses -1 and keeps the
    # low 16 bits of a larger number.
    for host in ("127.0.0.1", "::1"):
        for port in (-1, 0, 65535, 65536, 65537, 70000, 2 ** 31 - 1):
            _show("%s %d" % (host, port), lambda: socket.getnameinfo((host, port), NUM))


def GeneralModuleTests_test_getnameinfo_tuple_sizes():
    # An IPv4 address takes a pair only; an IPv6 one 2, 3 or 4 items.
    for a in [("127.0.0.1", 80), ("127.0.0.1", 80, 0), ("127.0.0.1", 80, 0, 0), ("127.0.0.1", 80, 5, 7),
              ("::1", 80), ("::1", 80, 0), ("::1", 80, 0, 0), ("::1", 80, 7, 0), ("::1", 80, 0, 1),
              ("::ffff:127.0.0.1", 80, 0, 0)]:
        _show(repr(a), lambda: socket.getnameinfo(a, NUM))


def GeneralModuleTests_test_flowinfo():
    _show("getnameinfo 0xffffffff", lambda: socket.getnameinfo(("::1", 0, 0xffffffff), 0))
    for fi in (-10, -1, 0, 1048575, 1048576):
        _show("getnameinfo %d" % fi, lambda: socket.getnameinfo(("::1", 80, fi, 0), NUM))
        _show("bind %d" % fi, _on(V6, socket.SOCK_STREAM, lambda s: s.bind(("::1", 0, fi, 0))))
        _show("connect %d" % fi, _on(V6, socket.SOCK_DGRAM, lambda s: s.connect(("::1", 9, fi, 0))))
        _show("sendto %d" % fi, _on(V6, socket.SOCK_DGRAM, lambda s: s.sendto(b"x", ("::1", 9, fi, 0))))


def GeneralModuleTests_test_getnameinfo_flags():
    for flags in (0, socket.NI_NUMERICHOST, socket.NI_NUMERICSERV, NUM, socket.NI_DGRAM,
                  socket.NI_NUMERICHOST | socket.NI_DGRAM, -1, 0x7fffffff, 0x10000):
        _show("flags %d v4" % flags, lambda: socket.getnameinfo(("127.0.0.1", 53), flags))
        _show("flags %d v6" % flags, lambda: socket.getnameinfo(("::1", 53), flags | socket.NI_NUMERICHOST if flags >= 0 else flags))


def GeneralModuleTests_test_getnameinfo_ipv6_scopeid_symbolic():
    (ifindex, test_interface) = socket.if_nameindex()[0]
    sockaddr = ("ff02::1de:c0:face:8D", 1234, 0, ifindex)  # Note capital letter `D`.
    nameinfo = socket.getnameinfo(sockaddr, NUM)
    print(nameinfo == ("ff02::1de:c0:face:8d%" + test_interface, "1234"), nameinfo[1])
    # An index no interface has prints as a number; the scope id is an unsigned 32-bit value.
    for scope in (0, 99999, -1):
        r = socket.getnameinfo(("fe80::1", 1234, 0, scope), NUM)
        print(scope, r[0].replace("%" + test_interface, "%IF"), r[1])


def GeneralModuleTests_test_getaddrinfo_ipv6_scopeid_symbolic():
    (ifindex, test_interface) = socket.if_nameindex()[0]
    ((*_, sockaddr),) = socket.getaddrinfo(
        "ff02::1de:c0:face:8D%" + test_interface, 1234, socket.AF_INET6, socket.SOCK_DGRAM,
        socket.IPPROTO_UDP, socket.AI_NUMERICHOST)
    print(sockaddr == ("ff02::1de:c0:face:8d", 1234, 0, ifindex), sockaddr[:3])
    _show("unknown interface", lambda: _gai("fe80::1%nosuchif0", 1234, V6, socket.SOCK_DGRAM))


def GeneralModuleTests_test_getaddrinfo_ipv6_basic():
    ((*_, sockaddr),) = socket.getaddrinfo(
        "ff02::1de:c0:face:8D", 1234, socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    print(sockaddr)


# ------------------------------------------------------------------ None and NUL

def GeneralModuleTests_test_getaddrinfo_None():
    # getaddrinfo(None, ...) is libc's NULL node: the loopback address, or the wildcard with
    # AI_PASSIVE; with neither a host nor a port libc has nothing to look up.
    for family in (V4, V6):
        for flags in (0, socket.AI_PASSIVE):
            for port in (80, 0, "80", None):
                _show("%s %d %r" % (family.name, flags, port),
                      lambda: _gai(None, port, family, socket.SOCK_STREAM, flags))
    _show("None None", lambda: socket.getaddrinfo(None, None))


def GeneralModuleTests_test_getsockaddrarg_None():
    # A None host in an address tuple is no host at all (not getaddrinfo's NULL node).
    with socket.socket(V4, socket.SOCK_DGRAM) as r:
        r.bind(("127.0.0.1", 0))
        port = r.getsockname()[1]
        for family in (V4, V6):
            _show("%s bind" % family.name, _on(family, socket.SOCK_DGRAM, lambda s: s.bind((None, 0))))
            _show("%s connect" % family.name, _on(family, socket.SOCK_DGRAM, lambda s: s.connect((None, port))))
            _show("%s connect_ex" % family.name, _on(family, socket.SOCK_DGRAM, lambda s: s.connect_ex((None, port))))
            _show("%s sendto" % family.name, _on(family, socket.SOCK_DGRAM, lambda s: s.sendto(b"x", (None, port))))
            _show("%s sendto flags" % family.name,
                  _on(family, socket.SOCK_DGRAM, lambda s: s.sendto(b"x", 0, (None, port))))
        _show("getnameinfo", lambda: socket.getnameinfo((None, port), NUM))
    # create_connection resolves with getaddrinfo, so None there means the loopback address.
    with socket.create_server(("127.0.0.1", 0)) as srv:
        port = srv.getsockname()[1]
        with socket.create_connection((None, port), 5) as c:
            print("create_connection", c.getpeername() == ("127.0.0.1", port))


def GeneralModuleTests_test_getaddrinfo_nul():
    # getaddrinfo hands libc the C string of its host and port: it ends at the first NUL.
    _show("host NUL tail", lambda: _gai("127.0.0.1\0junk", 80, V4))
    _show("host NUL only", lambda: _gai("\0", 80, V4))
    _show("port NUL tail", lambda: _gai("127.0.0.1", "80\0junk", V4))
    _show("service NUL tail", lambda: _gai("127.0.0.1", "http\0x", V4, flags=socket.AI_NUMERICHOST))
    # The other name functions refuse it.
    for call in (socket.gethostbyname, socket.gethostbyname_ex, socket.gethostbyaddr):
        _show(call.__name__, lambda: call("127.0.0.1\0"))
    _show("getnameinfo", lambda: socket.getnameinfo(("127.0.0.1\0", 80), NUM))
    _show("inet_aton", lambda: socket.inet_aton("127.0.0.1\0"))
    _show("inet_pton", lambda: socket.inet_pton(V4, "127.0.0.1\0"))
    for family in (V4, V6):
        for name in ("bind", "connect"):
            _show("%s %s" % (family.name, name),
                  _on(family, socket.SOCK_DGRAM, lambda s: getattr(s, name)(("127.0.0.1\0", 0))))
        _show("%s sendto" % family.name, _on(family, socket.SOCK_DGRAM, lambda s: s.sendto(b"x", ("\0", 9))))


def GeneralModuleTests_test_getsockaddrarg():
    # CPython resolves the host before it checks the port and the flow label.
    port = 50000
    for family in (V4, V6):
        for host in ("127.0.0.1", "::1", ""):
            for p in (port + 65536, port - 65536, -1, 65536):
                _show("%s bind %r %d" % (family.name, host, p),
                      _on(family, socket.SOCK_STREAM, lambda s: s.bind((host, p))))
    _show("v6 bind v4 host bad flowinfo", _on(V6, socket.SOCK_STREAM, lambda s: s.bind(("127.0.0.1", 0, -1, 0))))
    _show("v6 bind bad port bad flowinfo", _on(V6, socket.SOCK_STREAM, lambda s: s.bind(("::1", -1, -1, 0))))
    _show("v4 bind 4-tuple", _on(V4, socket.SOCK_STREAM, lambda s: s.bind(("127.0.0.1", 0, 0, 0))))
    _show("v4 connect 4-tuple", _on(V4, socket.SOCK_STREAM, lambda s: s.connect(("127.0.0.1", -1, 0, 0))))
    _show("v6 broadcast", _on(V6, socket.SOCK_DGRAM, lambda s: s.bind(("<broadcast>", 0))))

    def bound(s):
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[0]
    _show("v4 bind ok", _on(V4, socket.SOCK_STREAM, bound))


# ------------------------------------------------------------------ services and protocols

def GeneralModuleTests_testGetServBy():
    for service in ("daytime", "qotd", "domain"):
        try:
            port = socket.getservbyname(service, "tcp")
            break
        except OSError:
            pass
    else:
        raise OSError
    port2 = socket.getservbyname(service)
    print(service, port, port2)
    try:
        udpport = socket.getservbyname(service, "udp")
    except OSError:
        udpport = None
    print(udpport)
    print(socket.getservbyport(port2), socket.getservbyport(port, "tcp"))
    if udpport is not None:
        print(socket.getservbyport(udpport, "udp"))
    _show("-1", lambda: socket.getservbyport(-1))
    _show("65536", lambda: socket.getservbyport(65536))


def GeneralModuleTests_testGetServBy_args():
    # Names are str arguments: a NUL is refused, a lone surrogate cannot be encoded.
    _show("service NUL", lambda: socket.getservbyname("http\0"))
    _show("proto NUL", lambda: socket.getservbyname("http", "tcp\0"))
    _show("port proto NUL", lambda: socket.getservbyport(53, "udp\0"))
    _show("protocol NUL", lambda: socket.getprotobyname("tcp\0"))
    _show("service surrogate", lambda: socket.getservbyname("\udcff"))
    _show("proto surrogate", lambda: socket.getservbyname("http", "\udcff"))
    _show("protocol surrogate", lambda: socket.getprotobyname("\ud800"))
    _show("service empty", lambda: socket.getservbyname(""))
    _show("proto empty", lambda: socket.getservbyname("http", ""))
    _show("protocol empty", lambda: socket.getprotobyname(""))
    _show("service None", lambda: socket.getservbyname(None))
    _show("protocol None", lambda: socket.getprotobyname(None))
    _show("tcp", lambda: socket.getprotobyname("tcp"))
    _show("udp", lambda: socket.getprotobyname("udp"))
    _show("unknown", lambda: socket.getprotobyname("nosuchproto"))
    _show("port 0", lambda: socket.getservbyport(0))
    _show("port 53 udp", lambda: socket.getservbyport(53, "udp"))


# ------------------------------------------------------------------ IDNA

def GeneralModuleTests_test_idna():
    # Hosts go through the IDNA codec; these fail in it, before libc is asked.
    for host in ["\udcff", "a\udcffb", "a..b", ".a", "a..", ".", "..", "a" * 64, "b." + "a" * 64,
                 "a" * 64 + ".b", "a" * 63, "a.", "xn--", "xn--a", "xn--\u00fc", "XN--\u00fc", "\u00fc.xn--a",
                 "\u00fc..b", "\u00fc" * 60, "\u00fc" * 20, "\u2028\u00fc", "\u00fc\u0080", "\ufffd"]:
        _show(repr(host), lambda: _gai(host, 80))
    for host in ["\udcff", "a..b", "a" * 64, "xn--\u00fc", "."]:
        _show("gethostbyname " + repr(host), lambda: socket.gethostbyname(host))


def GeneralModuleTests_test_idna_unassigned():
    # CPython's nameprep lets through code points Unicode 3.2 did not assign, and its labels
    # split at the four dots IDNA knows.
    for host in ["\U0001F600", "\u0221", "a\u3002b\u00fc", "a\uff0eb\u00fc", "a\uff61\u00fc", "\u00fc."]:
        _show(repr(host), lambda: _gai(host, 80))


def GeneralModuleTests_test_idna_bidi():
    for host in ["\u05d0a", "\u05d0\u05d1", "\u05d0a\u05d1", "\u05d01", "1\u05d0", "\u05d01\u05d1"]:
        _show(repr(host), lambda: _gai(host, 80))


def GeneralModuleTests_test_idna_address_tuple():
    # bind and connect encode only a host that is not ASCII, and say less when it fails;
    # an ASCII host goes to the resolver as it is.
    for host in ["\udcff", "a" * 64 + "\u00fc", "\u00fc..b", "xn--\u00fc", "\u05d0a"]:
        _show("bind " + repr(host[:4]), _on(V4, socket.SOCK_DGRAM, lambda s: s.bind((host, 0))))
        _show("connect " + repr(host[:4]), _on(V6, socket.SOCK_DGRAM, lambda s: s.connect((host, 0))))
    _show("bind wide", _on(V4, socket.SOCK_DGRAM, lambda s: (s.bind(("\uff11\uff12\uff17.0.0.1", 0)), s.getsockname()[0])[1]))


# ------------------------------------------------------------------ AF_UNIX names

def _tmpdir():
    return tempfile.mkdtemp(prefix="pyargs-")


def TestUnixDomain_testSurrogateescapeBind():
    # Non-ASCII bytes given as the surrogates that surrogateescape decodes them to.
    d = _tmpdir()
    try:
        path = os.path.join(d, "tmp-\u00e0\u00f2\u0258\u0141\u011f")
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(os.fsencode(path).decode("ascii", "surrogateescape"))
            s.listen()
            name = s.getsockname()
            print(name == path, repr(name[len(d):]))
            with socket.socket(socket.AF_UNIX) as c:
                c.connect(path)
                print("connected", c.getpeername() == path)
    finally:
        shutil.rmtree(d)


def TestUnixDomain_testUnencodableAddr():
    # '\udcff' is the byte 0xff under surrogateescape, and comes back as it went.
    d = _tmpdir()
    try:
        path = os.path.join(d, "tmp-\udcff")
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(path)
            s.listen()
            name = s.getsockname()
            print(name == path, repr(name[len(d):]))
            with socket.socket(socket.AF_UNIX) as c:
                c.connect(os.fsencode(d) + b"/tmp-\xff")
                print("connected", c.getpeername() == path)
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as u:
                _show("sendto", lambda: u.sendto(b"x", path))
    finally:
        shutil.rmtree(d)


def TestUnixDomain_testStrAddr_embedded_nul():
    # The kernel takes a path up to its first NUL; CPython passes the whole text.
    d = _tmpdir()
    try:
        for path in (os.path.join(d, "a\0b"), os.fsencode(os.path.join(d, "c\0d"))):
            with socket.socket(socket.AF_UNIX) as s:
                s.bind(path)
                s.listen()
                print(repr(s.getsockname()[len(d):]))
                with socket.socket(socket.AF_UNIX) as c:
                    c.connect(path)
                    print("connected", repr(c.getpeername()[len(d):]))
        print(sorted(os.listdir(d)))
        _show("too long", _on(socket.AF_UNIX, socket.SOCK_STREAM, lambda s: s.bind(d + "/\0" + "x" * 108)))
    finally:
        shutil.rmtree(d)


# ------------------------------------------------------------------ the rest of GeneralModuleTests

def GeneralModuleTests_test_repr():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with s:
        print(_fd(repr(s)))
        s.bind(("127.0.0.1", 0))
        print(_fd(repr(s)).replace(str(s.getsockname()[1]), "PORT"))
        print(("fd=%i" % s.fileno()) in repr(s))
    print(repr(s))


def GeneralModuleTests_testSendtoErrors():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("", 0))
        _show("None", lambda: s.sendto(b"foo", None))
        _show("0, None", lambda: s.sendto(b"foo", 0, None))
        _show("str address", lambda: s.sendto(b"foo", "127.0.0.1"))
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s:
        _show("v6 None", lambda: s.sendto(b"foo", None))
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        _show("unix None", lambda: s.sendto(b"foo", None))
        _show("unix tuple", lambda: s.sendto(b"foo", ("127.0.0.1", 9)))


def GeneralModuleTests_test_host_resolution():
    for addr in ["127.0.0.1", "10.0.0.1", "255.255.255.255", "0.0.0.0", "127.1"]:
        _show(addr, lambda: socket.gethostbyname(addr))
    print("127.0.0.1" in socket.gethostbyaddr("127.0.0.1")[2])
    _show("ex", lambda: socket.gethostbyname_ex("127.0.0.1"))
    _show("ex 10.0.0.1", lambda: socket.gethostbyname_ex("10.0.0.1"))


def GeneralModuleTests_testHostnameRes_bad_names():
    # getfqdn lets through what is not an OSError: the name checks of gethostbyaddr.
    for name in ["a\0b", "\udcff", "a..b", "xn--\u00fc", "a" * 64, "127.0.0.1"]:
        _show("getfqdn " + repr(name[:5]), lambda: socket.getfqdn(name))
        _show("gethostbyaddr " + repr(name[:5]), lambda: socket.gethostbyaddr(name))
        _show("gethostbyname_ex " + repr(name[:5]), lambda: socket.gethostbyname_ex(name))


def GeneralModuleTests_testIPv4_inet_aton_fourbytes():
    for s in ("0.0.0.0", "255.255.255.255", "1", "1.2", "1.2.3", "0x7f.1", "017.1", "4294967295"):
        _show(s, lambda: socket.inet_aton(s).hex())
    for s in ("", "1.2.3.4.5", "256.0.0.0", "4294967296", "1.2.3.4 x", " 1.2.3.4", "1.2.3.4 "):
        _show(repr(s), lambda: socket.inet_aton(s))


def GeneralModuleTests_testIPv4toString_args():
    # The text is a str argument: it must encode as UTF-8 and hold no NUL, before the family is checked.
    _show("aton surrogate", lambda: socket.inet_aton("\udcff"))
    _show("pton surrogate", lambda: socket.inet_pton(socket.AF_INET, "1.2.3.\udcff"))
    _show("pton6 surrogate", lambda: socket.inet_pton(socket.AF_INET6, "::\ud800"))
    _show("aton NUL", lambda: socket.inet_aton("1.2.3.4\0"))
    _show("pton6 NUL", lambda: socket.inet_pton(socket.AF_INET6, "::1\0"))
    _show("pton bad family", lambda: socket.inet_pton(12345, "::1"))
    _show("pton bad family surrogate", lambda: socket.inet_pton(12345, "\udcff"))


def GeneralModuleTests_testIPv6toString():
    f = lambda a: socket.inet_pton(socket.AF_INET6, a).hex()
    for a in ["::", "0::0", "1::", "45ef:76cb:1a:56ef:afeb:bac:1924:aeae", "ad42:abc::127:0:254:2", "12:a::",
              "0x20::", ":::", "::0::", "1::abc::", "1::abc::def", "1:2:3:4:5:6", "1:2:3:4:5:6:",
              "1:2:3:4:5:6:7:8:0", "1:2:3:4:5:6:7:8:", "::254.42.23.64", "42::a29b:254.42.23.64",
              "42:a8b9:0:2:ffff:a29b:254.42.23.64", "255.254.253.252", "1::260.2.3.0", "1::0.be.e.0",
              "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:0", "0.100.200.0:3:4:5:6:7:8", "::ffff:1.2.3.4", "fe80::1%lo"]:
        _show(a, lambda: f(a))


def GeneralModuleTests_testStringToIPv4():
    for packed in [b"\x01\x00\x01\x00", b"\xaa\x55\xaa\x55", b"\xff\xff\xff\xff", b"\x01\x02\x03\x04",
                   b"\x00" * 3, b"\x00" * 5, b"\x00" * 16, b""]:
        _show("ntoa " + packed.hex(), lambda: socket.inet_ntoa(packed))
        _show("ntop " + packed.hex(), lambda: socket.inet_ntop(socket.AF_INET, packed))


def GeneralModuleTests_testStringToIPv6():
    for packed in [b"\x00" * 16, b"\x00" * 15 + b"\x01",
                   b"\x0a\xef\x0b\x01\x05\x06\x10\x01\xff\xff\x99\x97\x00\x55\x01\x70",
                   b"\x00" * 10 + b"\xff\xff\x01\x02\x03\x04", b"\x00" * 12 + b"\x01\x02\x03\x04",
                   b"\x12" * 15, b"\x12" * 17, b"\x12" * 4]:
        _show(packed.hex(), lambda: socket.inet_ntop(socket.AF_INET6, packed))


def GeneralModuleTests_testSockName():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("0.0.0.0", 0))
        name = sock.getsockname()
        print(name[0], name[1] > 0)
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
        sock.bind(("::", 0, 0, 0))
        name = sock.getsockname()
        print(name[0], name[1] > 0, name[2:])


def GeneralModuleTests_testGetSockOpt():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
        print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
        print(len(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)))
        _show("bad level", lambda: sock.getsockopt(12345, socket.SO_REUSEADDR))
        _show("bad option", lambda: sock.getsockopt(socket.SOL_SOCKET, 12345))
        _show("negative buflen", lambda: sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1))
        _show("huge buflen", lambda: sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1025))


def GeneralModuleTests_testSetSockOpt():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, (0).to_bytes(4, "little"))
        print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
        _show("bad option", lambda: sock.setsockopt(socket.SOL_SOCKET, 12345, 1))
        _show("short bytes", lambda: sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\x01"))


def GeneralModuleTests_testSendAfterClose():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
    _show("send", lambda: sock.send(b"spam"))
    _show("sendto", lambda: sock.sendto(b"spam", ("127.0.0.1", 9)))
    print(sock.gettimeout())


def GeneralModuleTests_testCloseException():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, sock.fileno()).close()
    try:
        sock.close()
    except OSError as err:
        print(errno.errorcode[err.errno], err.errno in (errno.EBADF, errno.ENOTSOCK))
    else:
        print("close() should raise EBADF/ENOTSOCK")
    print(sock.fileno())


def GeneralModuleTests_testNewAttributes():
    for family, typ in ((V4, socket.SOCK_STREAM), (V4, socket.SOCK_DGRAM), (V6, socket.SOCK_STREAM),
                        (socket.AF_UNIX, socket.SOCK_DGRAM), (V4, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)):
        with socket.socket(family, typ) as sock:
            print(int(sock.family), int(sock.type), sock.proto)


def GeneralModuleTests_testGetaddrinfo():
    for info in socket.getaddrinfo("127.0.0.1", None):
        print(len(info), info)
    for host, port in (("localhost", 80), ("127.0.0.1", 80), (None, 80), ("::1", 80), ("127.0.0.1", "http"),
                       ("127.0.0.1", None)):
        print(host, port, [ai[4] for ai in socket.getaddrinfo(host, port, socket.AF_INET if host == "localhost" else 0)])
    for family, typ, proto, canon, sa in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM):
        print(family, typ, proto, repr(canon), sa)
    print(socket.getaddrinfo("127.0.0.1", None, 0, socket.SOCK_STREAM))
    print(socket.getaddrinfo("127.0.0.1", None, 0, 0, socket.SOL_TCP))
    print(socket.getaddrinfo("127.0.0.1", None, 0, 0, 0, socket.AI_PASSIVE))
    print(socket.getaddrinfo(None, 0, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
    _show("surrogate port", lambda: socket.getaddrinfo("localhost", "\uD800"))
    _show("NUMERICSERV no port", lambda: socket.getaddrinfo("127.0.0.1", None, 0, 0, 0, socket.AI_NUMERICSERV))
    _show("NUMERICSERV name", lambda: socket.getaddrinfo("127.0.0.1", "http", 0, 0, 0, socket.AI_NUMERICSERV))


def GeneralModuleTests_test_getaddrinfo_ports():
    for port in (-1, 0, 65535, 65536, 65537, 2 ** 31, "", "-1", "0x50", " 80", "http", "nosuchservice", b"80", b"http"):
        _show(repr(port), lambda: _gai("127.0.0.1", port, V4))
    _show("float", lambda: _gai("127.0.0.1", 80.0, V4))
    _show("bad family", lambda: _gai("127.0.0.1", 80, 12345))
    _show("bad type", lambda: _gai("127.0.0.1", 80, V4, 12345))
    _show("bad flags", lambda: _gai("127.0.0.1", 80, V4, socket.SOCK_STREAM, -1))


def GeneralModuleTests_test_makefile_mode():
    for mode in "rb", "wb", "r", "w", "rw":
        with socket.socket() as sock:
            if "b" in mode:
                fp = sock.makefile(mode)
            else:
                fp = sock.makefile(mode, encoding="utf-8")
            with fp:
                print(mode, fp.mode)


def GeneralModuleTests_test_makefile_invalid_mode():
    for mode in "rt", "x", "+", "a", "rwx", "rbx":
        with socket.socket() as sock:
            _show(repr(mode), lambda: sock.makefile(mode))


def GeneralModuleTests_test_name_closed_socketio():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        for mode in ("rb", "wb"):
            fp = sock.makefile(mode)
            print(_fd(repr(fp)))
            fp.close()
            print(repr(fp))


def GeneralModuleTests_test_unusable_closed_socketio():
    with socket.socket() as sock:
        fp = sock.makefile("rb", buffering=0)
        print(fp.readable(), fp.writable(), fp.seekable())
        fp.close()
        _show("readable", fp.readable)
        _show("writable", fp.writable)
        _show("seekable", fp.seekable)


def GeneralModuleTests_test_listen_backlog():
    for backlog in 0, -1, 1, 5, 2 ** 31 - 1, -(2 ** 31):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
            srv.bind(("127.0.0.1", 0))
            srv.listen(backlog)
            print(backlog, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        print("default", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        _show("udp", lambda: u.listen())


def GeneralModuleTests_test_socket_consistent_sock_type():
    sock_type = socket.SOCK_STREAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC
    with socket.socket(socket.AF_INET, sock_type) as s:
        print(int(s.type), s.gettimeout())
        s.settimeout(1)
        print(int(s.type))
        s.settimeout(0)
        print(int(s.type))
        s.setblocking(True)
        print(int(s.type), s.getblocking())
        s.setblocking(False)
        print(int(s.type), s.getblocking())


def GeneralModuleTests_test_unknown_socket_family_repr():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    fd = sock.detach()
    unknown_family = max(socket.AddressFamily.__members__.values()) + 1
    unknown_type = max(kind for name, kind in socket.SocketKind.__members__.items()
                       if name not in {"SOCK_NONBLOCK", "SOCK_CLOEXEC"}) + 1
    print(int(unknown_family), int(unknown_type))
    with socket.socket(unknown_family, unknown_type, 23, fd) as s:
        print(s.family == unknown_family, s.type == unknown_type, s.proto)
        print(_fd(repr(s)))


def GeneralModuleTests_test_socket_fileno():
    d = _tmpdir()
    try:
        for family, typ, addr in ((V4, socket.SOCK_STREAM, ("127.0.0.1", 0)), (V4, socket.SOCK_DGRAM, ("127.0.0.1", 0)),
                                  (V6, socket.SOCK_STREAM, ("::1", 0, 0, 0)), (socket.AF_UNIX, socket.SOCK_STREAM, os.path.join(d, "s"))):
            s = socket.socket(family, typ)
            s.bind(addr)
            fd = s.fileno()
            name = s.getsockname()
            with socket.socket(-1, -1, -1, fd) as s2:
                s.detach()
                print(s2.family == family, s2.type == typ, s2.fileno() == fd, s2.proto, s2.getsockname() == name)
            s.close()
    finally:
        shutil.rmtree(d)


def GeneralModuleTests_test_socket_fileno_rejects_invalid_socket():
    _show("-1", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, -1))


def GeneralModuleTests_test_socket_fileno_rejects_negative():
    _show("-42", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, -42))
    _show("-42 autodetect", lambda: socket.socket(-1, -1, -1, -42))


def GeneralModuleTests_test_socket_fileno_requires_valid_fd():
    bad = 1 << 30  # no process has that many files open
    for args in ((-1, -1, -1, bad), (socket.AF_INET, socket.SOCK_STREAM, 0, bad)):
        try:
            socket.socket(*args)
        except OSError as e:
            print(type(e).__name__, errno.errorcode[e.errno])


def GeneralModuleTests_test_socket_fileno_requires_socket_fd():
    # Any fd that is not a socket: an epoll fd here, a temporary file in CPython's test.
    with select.epoll() as ep:
        for args in ((-1, -1, -1, ep.fileno()), (socket.AF_INET, socket.SOCK_STREAM, 0, ep.fileno())):
            try:
                socket.socket(*args)
            except OSError as e:
                print(type(e).__name__, errno.errorcode[e.errno])
        print(ep.closed)


def GeneralModuleTests_test_addressfamily_enum():
    members = sorted((m.value, m.name) for m in socket.AddressFamily)
    print(len(members), members[:3], members[-3:])
    print(all(getattr(socket, name) == value for value, name in members))
    print(socket.AddressFamily(socket.AF_INET6).name, socket.AddressFamily(socket.AF_UNIX).name)


def GeneralModuleTests_test_socketkind_enum():
    members = sorted((m.value, m.name) for m in socket.SocketKind)
    print(members)
    print(socket.SocketKind(socket.SOCK_DGRAM).name)
