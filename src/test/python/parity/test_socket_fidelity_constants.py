# Constants of CPython's socket, errno and select modules, the enums, and options that read
# kernel structs (SO_PEERCRED, SCM_CREDENTIALS). Each function has a Java twin of the same name in
# SocketFidelityConstantsParityTest.
import errno
import os
import select
import socket
import struct


def _kind(e):
    return "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) else type(e).__name__


def GeneralModuleTests_testCrucialConstants():
    print(socket.AF_INET, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW,
          socket.SOCK_RDM, socket.SOCK_SEQPACKET, socket.SOL_SOCKET, socket.SO_REUSEADDR)


def GeneralModuleTests_testCrucialIpProtoConstants():
    print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_ICMPV6 if hasattr(socket, "IPPROTO_ICMPV6") else None)


def GeneralModuleTests_testSocketModuleConstants():
    # Every public int of the module, enum members included: not only the upper-case names (AF_DECnet
    # is one), and no function, class or string (CMSG_LEN, SocketType, BDADDR_ANY) nor has_ipv6, a bool.
    names = sorted(n for n in dir(socket) if not n.startswith("_") and isinstance(getattr(socket, n), int)
                   and not isinstance(getattr(socket, n), bool))
    print(len(names))
    for n in names:
        print(n, int(getattr(socket, n)))


def GeneralModuleTests_testNoForeignConstants():
    for n in ("F_SETFL", "F_GETFL", "O_NONBLOCK", "POLLIN", "EPOLLIN", "EAGAIN", "FD_CLOEXEC", "EV_ADD"):
        print(n, hasattr(socket, n))


def ErrnoAttributeTests_test_for_improper_attributes():
    names = sorted(n for n in dir(errno) if n.startswith("E"))
    print(len(names))
    for n in names:
        print(n, getattr(errno, n))


def ErrorcodeTests_test_errorcode():
    print(len(errno.errorcode), errno.errorcode[errno.ECONNREFUSED], errno.errorcode[errno.EAGAIN],
          errno.errorcode[errno.EDEADLK], errno.errorcode[95])
    for code in sorted(errno.errorcode):
        print(code, errno.errorcode[code])


def GeneralModuleTests_test_socket_enums():
    print(socket.AddressFamily(2).name, socket.AddressFamily(socket.AF_INET6).name, socket.SocketKind(1).name,
          socket.SocketKind(2).name)
    print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
    try:
        socket.AddressFamily(9999)
    except ValueError as e:
        print(_kind(e), e)
    try:
        socket.SocketKind(9999)
    except ValueError as e:
        print(_kind(e), e)


def GeneralModuleTests_test_getaddrinfo_enums():
    print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
    print(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_DGRAM))


def GeneralModuleTests_test_select_constants():
    print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)


def GeneralModuleTests_test_peercred():
    a, b = socket.socketpair()
    with a, b:
        pid, uid, gid = struct.unpack("3i", a.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
        print(pid == os.getpid(), uid == os.getuid(), gid == os.getgid())


def SCMCredentialsTest_test_passcred():
    a, b = socket.socketpair()
    with a, b:
        b.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        print(b.getsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED))
        a.sendmsg([b"cred"])
        msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(struct.calcsize("3i")))
        print(msg, len(anc), flags)
        level, typ, data = anc[0]
        pid, uid, gid = struct.unpack("3i", data)
        print(level == socket.SOL_SOCKET, typ == socket.SCM_CREDENTIALS, pid == os.getpid(), uid == os.getuid())


def TCPOptionsTest_test_linux_tcp_options():
    with socket.socket() as s:
        for name in ("TCP_CORK", "TCP_QUICKACK", "TCP_NODELAY", "TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT",
                     "TCP_USER_TIMEOUT", "TCP_SYNCNT", "TCP_LINGER2", "TCP_WINDOW_CLAMP", "TCP_NOTSENT_LOWAT"):
            opt = getattr(socket, name)
            s.setsockopt(socket.IPPROTO_TCP, opt, 1 if name != "TCP_USER_TIMEOUT" else 1000)
            print(name, s.getsockopt(socket.IPPROTO_TCP, opt) > 0)


def GeneralModuleTests_test_so_priority():
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_PRIORITY, 3)
        print(s.getsockopt(socket.SOL_SOCKET, socket.SO_PRIORITY))
