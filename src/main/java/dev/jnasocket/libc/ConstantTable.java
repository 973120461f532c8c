package dev.jnasocket.libc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of C constants: each row is a name, its Linux value, its macOS value and the
 * header that defines it. Linux values are checked against glibc's headers by a test that
 * compiles a C program; macOS values come from Apple's xnu and Libinfo sources (PLATFORM.md)
 * and cannot be run here, so they live only in this table, beside the header they come from.
 *
 * <p>A constant the OS does not have (Python raises AttributeError for it) is null in its
 * column and holds {@link #ABSENT} in {@link Constants}: a value chosen so that a call given it
 * fails with EINVAL/ENOPROTOOPT rather than silently meaning something else. Ask
 * {@link Constants#has(String)}, not the value: a real constant (EPOLLET, 1 << 31) has the same bits.
 */
final class ConstantTable {
    /** The value of a constant the running OS does not define. */
    static final int ABSENT = Integer.MIN_VALUE;

    /** One constant: C name, Linux value, macOS value (null where the OS lacks it), header (as included from C). */
    record Row(String name, Integer linux, Integer macos, String header) {
        /** Whether {@code os} defines it: told by null, never by value, since a real value (EPOLLET) can be any int. */
        boolean has(Os os) {
            return (os == Os.MACOS ? macos : linux) != null;
        }

        int value(Os os) {
            Integer v = os == Os.MACOS ? macos : linux;
            return v == null ? ABSENT : v;
        }
    }

    /** Marks a constant an OS does not define. */
    private static final Integer NO = null;

    // Linux: glibc 2.36 / Linux uapi headers. macOS: xnu bsd/sys/*.h, bsd/netinet*/*.h, Libinfo netdb.h.
    static final Row[] ROWS = {
        // <sys/socket.h>: families and types (xnu bsd/sys/socket.h)
        r("AF_UNSPEC", 0, 0, "sys/socket.h"),
        r("AF_UNIX", 1, 1, "sys/socket.h"),
        r("AF_LOCAL", 1, 1, "sys/socket.h"),
        r("AF_INET", 2, 2, "sys/socket.h"),
        r("AF_INET6", 10, 30, "sys/socket.h"),
        r("PF_UNSPEC", 0, 0, "sys/socket.h"),
        r("PF_UNIX", 1, 1, "sys/socket.h"),
        r("PF_INET", 2, 2, "sys/socket.h"),
        r("PF_INET6", 10, 30, "sys/socket.h"),
        r("SOCK_STREAM", 1, 1, "sys/socket.h"),
        r("SOCK_DGRAM", 2, 2, "sys/socket.h"),
        r("SOCK_RAW", 3, 3, "sys/socket.h"),
        r("SOCK_RDM", 4, 4, "sys/socket.h"),
        r("SOCK_SEQPACKET", 5, 5, "sys/socket.h"),
        r("SOCK_NONBLOCK", 0x800, NO, "sys/socket.h"),
        r("SOCK_CLOEXEC", 0x80000, NO, "sys/socket.h"),
        // <sys/socket.h>: socket-level options (xnu bsd/sys/socket.h)
        r("SOL_SOCKET", 1, 0xffff, "sys/socket.h"),
        r("SO_DEBUG", 1, 0x1, "sys/socket.h"),
        r("SO_REUSEADDR", 2, 0x4, "sys/socket.h"),
        r("SO_TYPE", 3, 0x1008, "sys/socket.h"),
        r("SO_ERROR", 4, 0x1007, "sys/socket.h"),
        r("SO_DONTROUTE", 5, 0x10, "sys/socket.h"),
        r("SO_BROADCAST", 6, 0x20, "sys/socket.h"),
        r("SO_SNDBUF", 7, 0x1001, "sys/socket.h"),
        r("SO_RCVBUF", 8, 0x1002, "sys/socket.h"),
        r("SO_KEEPALIVE", 9, 0x8, "sys/socket.h"),
        r("SO_OOBINLINE", 10, 0x100, "sys/socket.h"),
        r("SO_LINGER", 13, 0x80, "sys/socket.h"),
        r("SO_REUSEPORT", 15, 0x200, "sys/socket.h"),
        r("SO_RCVLOWAT", 18, 0x1004, "sys/socket.h"),
        r("SO_SNDLOWAT", 19, 0x1003, "sys/socket.h"),
        r("SO_RCVTIMEO", 20, 0x1006, "sys/socket.h"),
        r("SO_SNDTIMEO", 21, 0x1005, "sys/socket.h"),
        r("SO_ACCEPTCONN", 30, 0x2, "sys/socket.h"),
        r("SO_PROTOCOL", 38, NO, "sys/socket.h"),
        r("SO_DOMAIN", 39, NO, "sys/socket.h"),
        r("SO_NOSIGPIPE", NO, 0x1022, "sys/socket.h"),
        r("SO_LINGER_SEC", NO, 0x1080, "sys/socket.h"),
        r("SOMAXCONN", 4096, 128, "sys/socket.h"),
        r("SCM_RIGHTS", 1, 1, "sys/socket.h"),
        // <sys/socket.h>: message flags and shutdown
        r("MSG_OOB", 1, 1, "sys/socket.h"),
        r("MSG_PEEK", 2, 2, "sys/socket.h"),
        r("MSG_DONTROUTE", 4, 4, "sys/socket.h"),
        r("MSG_CTRUNC", 0x8, 0x20, "sys/socket.h"),
        r("MSG_TRUNC", 0x20, 0x10, "sys/socket.h"),
        r("MSG_DONTWAIT", 0x40, 0x80, "sys/socket.h"),
        r("MSG_EOR", 0x80, 0x8, "sys/socket.h"),
        r("MSG_WAITALL", 0x100, 0x40, "sys/socket.h"),
        r("MSG_NOSIGNAL", 0x4000, 0x80000, "sys/socket.h"),
        r("SHUT_RD", 0, 0, "sys/socket.h"),
        r("SHUT_WR", 1, 1, "sys/socket.h"),
        r("SHUT_RDWR", 2, 2, "sys/socket.h"),
        // <netinet/in.h> (xnu bsd/netinet/in.h, bsd/netinet6/in6.h)
        r("IPPROTO_IP", 0, 0, "netinet/in.h"),
        r("IPPROTO_ICMP", 1, 1, "netinet/in.h"),
        r("IPPROTO_TCP", 6, 6, "netinet/in.h"),
        r("IPPROTO_UDP", 17, 17, "netinet/in.h"),
        r("IPPROTO_IPV6", 41, 41, "netinet/in.h"),
        r("IPPROTO_ICMPV6", 58, 58, "netinet/in.h"),
        r("IPPROTO_RAW", 255, 255, "netinet/in.h"),
        r("IP_TOS", 1, 3, "netinet/in.h"),
        r("IP_TTL", 2, 4, "netinet/in.h"),
        r("IP_HDRINCL", 3, 2, "netinet/in.h"),
        r("IP_MULTICAST_TTL", 33, 10, "netinet/in.h"),
        r("IP_MULTICAST_LOOP", 34, 11, "netinet/in.h"),
        r("IP_ADD_MEMBERSHIP", 35, 12, "netinet/in.h"),
        r("IP_DROP_MEMBERSHIP", 36, 13, "netinet/in.h"),
        r("IPV6_UNICAST_HOPS", 16, 4, "netinet/in.h"),
        r("IPV6_MULTICAST_LOOP", 19, 11, "netinet/in.h"),
        r("IPV6_JOIN_GROUP", 20, 12, "netinet/in.h"),
        r("IPV6_LEAVE_GROUP", 21, 13, "netinet/in.h"),
        r("IPV6_V6ONLY", 26, 27, "netinet/in.h"),
        r("INADDR_ANY", 0, 0, "netinet/in.h"),
        r("INADDR_LOOPBACK", 0x7f000001, 0x7f000001, "netinet/in.h"),
        r("INADDR_BROADCAST", 0xffffffff, 0xffffffff, "netinet/in.h"),
        r("INADDR_NONE", 0xffffffff, 0xffffffff, "netinet/in.h"),
        r("INET_ADDRSTRLEN", 16, 16, "netinet/in.h"),
        r("INET6_ADDRSTRLEN", 46, 46, "netinet/in.h"),
        // <netinet/tcp.h> (xnu bsd/netinet/tcp.h)
        r("TCP_NODELAY", 1, 1, "netinet/tcp.h"),
        r("TCP_MAXSEG", 2, 2, "netinet/tcp.h"),
        r("TCP_KEEPIDLE", 4, NO, "netinet/tcp.h"),
        r("TCP_KEEPINTVL", 5, 0x101, "netinet/tcp.h"),
        r("TCP_KEEPCNT", 6, 0x102, "netinet/tcp.h"),
        r("TCP_KEEPALIVE", NO, 0x10, "netinet/tcp.h"),
        // <netdb.h> (Libinfo lookup.subproj/netdb.h)
        r("AI_PASSIVE", 0x1, 0x1, "netdb.h"),
        r("AI_CANONNAME", 0x2, 0x2, "netdb.h"),
        r("AI_NUMERICHOST", 0x4, 0x4, "netdb.h"),
        r("AI_V4MAPPED", 0x8, 0x800, "netdb.h"),
        r("AI_ALL", 0x10, 0x100, "netdb.h"),
        r("AI_ADDRCONFIG", 0x20, 0x400, "netdb.h"),
        r("AI_NUMERICSERV", 0x400, 0x1000, "netdb.h"),
        r("NI_NUMERICHOST", 1, 2, "netdb.h"),
        r("NI_NUMERICSERV", 2, 8, "netdb.h"),
        r("NI_NOFQDN", 4, 1, "netdb.h"),
        r("NI_NAMEREQD", 8, 4, "netdb.h"),
        r("NI_DGRAM", 16, 16, "netdb.h"),
        r("NI_MAXHOST", 1025, 1025, "netdb.h"),
        r("NI_MAXSERV", 32, 32, "netdb.h"),
        r("EAI_BADFLAGS", -1, 3, "netdb.h"),
        r("EAI_NONAME", -2, 8, "netdb.h"),
        r("EAI_AGAIN", -3, 2, "netdb.h"),
        r("EAI_FAIL", -4, 4, "netdb.h"),
        r("EAI_FAMILY", -6, 5, "netdb.h"),
        r("EAI_SOCKTYPE", -7, 10, "netdb.h"),
        r("EAI_SERVICE", -8, 9, "netdb.h"),
        r("EAI_MEMORY", -10, 6, "netdb.h"),
        r("EAI_SYSTEM", -11, 11, "netdb.h"),
        r("EAI_OVERFLOW", -12, 14, "netdb.h"),
        // h_errno values of gethostbyname/gethostbyaddr (Libinfo netdb.h)
        r("NETDB_INTERNAL", -1, -1, "netdb.h"),
        r("HOST_NOT_FOUND", 1, 1, "netdb.h"),
        r("TRY_AGAIN", 2, 2, "netdb.h"),
        r("NO_RECOVERY", 3, 3, "netdb.h"),
        r("NO_DATA", 4, 4, "netdb.h"),
        r("NO_ADDRESS", 4, 4, "netdb.h"),
        // <fcntl.h> (xnu bsd/sys/fcntl.h)
        r("F_DUPFD", 0, 0, "fcntl.h"),
        r("F_GETFD", 1, 1, "fcntl.h"),
        r("F_SETFD", 2, 2, "fcntl.h"),
        r("F_GETFL", 3, 3, "fcntl.h"),
        r("F_SETFL", 4, 4, "fcntl.h"),
        r("F_DUPFD_CLOEXEC", 1030, 67, "fcntl.h"),
        r("FD_CLOEXEC", 1, 1, "fcntl.h"),
        r("O_RDONLY", 0, 0, "fcntl.h"),
        r("O_WRONLY", 1, 1, "fcntl.h"),
        r("O_RDWR", 2, 2, "fcntl.h"),
        r("O_NONBLOCK", 0x800, 0x4, "fcntl.h"),
        r("O_CLOEXEC", 0x80000, 0x01000000, "fcntl.h"),
        // <poll.h> (xnu bsd/sys/poll.h)
        r("POLLIN", 0x1, 0x1, "poll.h"),
        r("POLLPRI", 0x2, 0x2, "poll.h"),
        r("POLLOUT", 0x4, 0x4, "poll.h"),
        r("POLLERR", 0x8, 0x8, "poll.h"),
        r("POLLHUP", 0x10, 0x10, "poll.h"),
        r("POLLNVAL", 0x20, 0x20, "poll.h"),
        r("POLLRDNORM", 0x40, 0x40, "poll.h"),
        r("POLLWRNORM", 0x100, 0x4, "poll.h"),
        // <sys/select.h> (xnu bsd/sys/_types/_fd_setsize.h): both fd_sets are 1024 bits
        r("FD_SETSIZE", 1024, 1024, "sys/select.h"),
        // <sys/epoll.h>: Linux only
        r("EPOLLIN", 0x1, NO, "sys/epoll.h"),
        r("EPOLLPRI", 0x2, NO, "sys/epoll.h"),
        r("EPOLLOUT", 0x4, NO, "sys/epoll.h"),
        r("EPOLLERR", 0x8, NO, "sys/epoll.h"),
        r("EPOLLHUP", 0x10, NO, "sys/epoll.h"),
        r("EPOLLRDHUP", 0x2000, NO, "sys/epoll.h"),
        r("EPOLLONESHOT", 1 << 30, NO, "sys/epoll.h"),
        r("EPOLLET", 1 << 31, NO, "sys/epoll.h"),
        r("EPOLL_CTL_ADD", 1, NO, "sys/epoll.h"),
        r("EPOLL_CTL_DEL", 2, NO, "sys/epoll.h"),
        r("EPOLL_CTL_MOD", 3, NO, "sys/epoll.h"),
        r("EPOLL_CLOEXEC", 0x80000, NO, "sys/epoll.h"),
        // <sys/event.h>: macOS only (xnu bsd/sys/event.h)
        r("EVFILT_READ", NO, -1, "sys/event.h"),
        r("EVFILT_WRITE", NO, -2, "sys/event.h"),
        r("EV_ADD", NO, 0x1, "sys/event.h"),
        r("EV_DELETE", NO, 0x2, "sys/event.h"),
        r("EV_ENABLE", NO, 0x4, "sys/event.h"),
        r("EV_DISABLE", NO, 0x8, "sys/event.h"),
        r("EV_ONESHOT", NO, 0x10, "sys/event.h"),
        r("EV_CLEAR", NO, 0x20, "sys/event.h"),
        r("EV_ERROR", NO, 0x4000, "sys/event.h"),
        r("EV_EOF", NO, 0x8000, "sys/event.h"),
        // <sys/resource.h> (xnu bsd/sys/resource.h)
        r("RLIMIT_NOFILE", 7, 8, "sys/resource.h"),
        // <errno.h> (xnu bsd/sys/errno.h)
        r("EPERM", 1, 1, "errno.h"),
        r("ENOENT", 2, 2, "errno.h"),
        r("ESRCH", 3, 3, "errno.h"),
        r("EINTR", 4, 4, "errno.h"),
        r("EIO", 5, 5, "errno.h"),
        r("EBADF", 9, 9, "errno.h"),
        r("ECHILD", 10, 10, "errno.h"),
        r("ENOMEM", 12, 12, "errno.h"),
        r("EACCES", 13, 13, "errno.h"),
        r("EFAULT", 14, 14, "errno.h"),
        r("EEXIST", 17, 17, "errno.h"),
        r("ENOTDIR", 20, 20, "errno.h"),
        r("EISDIR", 21, 21, "errno.h"),
        r("EINVAL", 22, 22, "errno.h"),
        r("ENFILE", 23, 23, "errno.h"),
        r("EMFILE", 24, 24, "errno.h"),
        r("ENOSPC", 28, 28, "errno.h"),
        r("EPIPE", 32, 32, "errno.h"),
        r("EAGAIN", 11, 35, "errno.h"),
        r("EWOULDBLOCK", 11, 35, "errno.h"),
        r("EINPROGRESS", 115, 36, "errno.h"),
        r("EALREADY", 114, 37, "errno.h"),
        r("ENOTSOCK", 88, 38, "errno.h"),
        r("EDESTADDRREQ", 89, 39, "errno.h"),
        r("EMSGSIZE", 90, 40, "errno.h"),
        r("EPROTOTYPE", 91, 41, "errno.h"),
        r("ENOPROTOOPT", 92, 42, "errno.h"),
        r("EPROTONOSUPPORT", 93, 43, "errno.h"),
        r("ESOCKTNOSUPPORT", 94, 44, "errno.h"),
        r("EOPNOTSUPP", 95, 102, "errno.h"),
        r("EPFNOSUPPORT", 96, 46, "errno.h"),
        r("EAFNOSUPPORT", 97, 47, "errno.h"),
        r("EADDRINUSE", 98, 48, "errno.h"),
        r("EADDRNOTAVAIL", 99, 49, "errno.h"),
        r("ENETDOWN", 100, 50, "errno.h"),
        r("ENETUNREACH", 101, 51, "errno.h"),
        r("ENETRESET", 102, 52, "errno.h"),
        r("ECONNABORTED", 103, 53, "errno.h"),
        r("ECONNRESET", 104, 54, "errno.h"),
        r("ENOBUFS", 105, 55, "errno.h"),
        r("EISCONN", 106, 56, "errno.h"),
        r("ENOTCONN", 107, 57, "errno.h"),
        r("ESHUTDOWN", 108, 58, "errno.h"),
        r("ETIMEDOUT", 110, 60, "errno.h"),
        r("ECONNREFUSED", 111, 61, "errno.h"),
        r("ELOOP", 40, 62, "errno.h"),
        r("ENAMETOOLONG", 36, 63, "errno.h"),
        r("EHOSTDOWN", 112, 64, "errno.h"),
        r("EHOSTUNREACH", 113, 65, "errno.h"),
        r("ENOSYS", 38, 78, "errno.h"),
    };

    private static Row r(String name, Integer linux, Integer macos, String header) {
        return new Row(name, linux, macos, header);
    }

    /** Name to row, in table order. */
    static final Map<String, Row> BY_NAME = new LinkedHashMap<>();

    static {
        for (Row row : ROWS) {
            if (BY_NAME.put(row.name(), row) != null) {
                throw new ExceptionInInitializerError("duplicate constant " + row.name());
            }
        }
    }

    /** The running OS's value of a constant, or {@link #ABSENT}. */
    static int get(String name) {
        Row row = BY_NAME.get(name);
        if (row == null) {
            throw new IllegalArgumentException("no constant named " + name);
        }
        return row.value(Os.HOST);
    }

    private ConstantTable() {}
}
