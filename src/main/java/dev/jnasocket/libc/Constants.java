package dev.jnasocket.libc;

/**
 * Every C constant under its C name, with the value of the OS this JVM runs on (Linux or macOS).
 * Reach them as {@code LibC.AF_INET} or through {@code import static dev.jnasocket.libc.LibC.*;},
 * the way C code includes its headers. A name the running OS lacks holds {@link #ABSENT}; ask
 * {@link #has}.
 *
 * <p>A constant whose value is the same on Linux and macOS ({@code AF_INET}, {@code SOCK_STREAM},
 * {@code IPPROTO_TCP}, {@code POLLIN}, {@code EINTR}...) is written here as a literal, so it is a
 * Java compile-time constant and a {@code switch} may use it as in C:
 * <pre>
 * switch (p.ai_socktype) {
 *     case SOCK_STREAM -&gt; puts("TCP");
 *     case SOCK_DGRAM -&gt; puts("UDP");
 *     default -&gt; puts("other");
 * }
 * </pre>
 * A constant whose value differs ({@code AF_INET6} is 10 on Linux, 30 on macOS; {@code EAGAIN},
 * {@code SOL_SOCKET}, the {@code SO_*} options) is chosen when this interface is initialised, from
 * {@link ConstantTable}, so one jar runs on both. It is not a compile-time constant: a
 * {@code switch} on it does not compile; test it with {@code if}/{@code else if} instead, which
 * reads the same as C's {@code switch} for a teacher:
 * <pre>
 * if (sa.sa_family() == AF_INET) { ... } else if (sa.sa_family() == AF_INET6) { ... }
 * </pre>
 * Every literal here equals its row of {@link ConstantTable} (a test checks it, and checks that
 * each shared value is a compile-time constant).
 *
 * <p>Python: the same names on the {@code socket} module ({@code socket.AF_INET}).
 */
public interface Constants {
    /** The value of a constant the running OS does not define ({@code Integer.MIN_VALUE}). */
    int ABSENT = ConstantTable.ABSENT;

    // <sys/socket.h>
    /** AF_UNSPEC, from {@code <sys/socket.h>}. */
    int AF_UNSPEC = 0;
    /** AF_UNIX, from {@code <sys/socket.h>}. */
    int AF_UNIX = 1;
    /** AF_LOCAL, from {@code <sys/socket.h>}. */
    int AF_LOCAL = 1;
    /** AF_INET, from {@code <sys/socket.h>}. */
    int AF_INET = 2;
    /** AF_INET6, from {@code <sys/socket.h>}. */
    int AF_INET6 = ConstantTable.get("AF_INET6");
    /** PF_UNSPEC, from {@code <sys/socket.h>}. */
    int PF_UNSPEC = 0;
    /** PF_UNIX, from {@code <sys/socket.h>}. */
    int PF_UNIX = 1;
    /** PF_INET, from {@code <sys/socket.h>}. */
    int PF_INET = 2;
    /** PF_INET6, from {@code <sys/socket.h>}. */
    int PF_INET6 = ConstantTable.get("PF_INET6");
    /** SOCK_STREAM, from {@code <sys/socket.h>}. */
    int SOCK_STREAM = 1;
    /** SOCK_DGRAM, from {@code <sys/socket.h>}. */
    int SOCK_DGRAM = 2;
    /** SOCK_RAW, from {@code <sys/socket.h>}. */
    int SOCK_RAW = 3;
    /** SOCK_RDM, from {@code <sys/socket.h>}. */
    int SOCK_RDM = 4;
    /** SOCK_SEQPACKET, from {@code <sys/socket.h>}. */
    int SOCK_SEQPACKET = 5;
    /** SOCK_NONBLOCK, from {@code <sys/socket.h>}. */
    int SOCK_NONBLOCK = ConstantTable.get("SOCK_NONBLOCK");
    /** SOCK_CLOEXEC, from {@code <sys/socket.h>}. */
    int SOCK_CLOEXEC = ConstantTable.get("SOCK_CLOEXEC");
    /** SOL_SOCKET, from {@code <sys/socket.h>}. */
    int SOL_SOCKET = ConstantTable.get("SOL_SOCKET");
    /** SO_DEBUG, from {@code <sys/socket.h>}. */
    int SO_DEBUG = 1;
    /** SO_REUSEADDR, from {@code <sys/socket.h>}. */
    int SO_REUSEADDR = ConstantTable.get("SO_REUSEADDR");
    /** SO_TYPE, from {@code <sys/socket.h>}. */
    int SO_TYPE = ConstantTable.get("SO_TYPE");
    /** SO_ERROR, from {@code <sys/socket.h>}. */
    int SO_ERROR = ConstantTable.get("SO_ERROR");
    /** SO_DONTROUTE, from {@code <sys/socket.h>}. */
    int SO_DONTROUTE = ConstantTable.get("SO_DONTROUTE");
    /** SO_BROADCAST, from {@code <sys/socket.h>}. */
    int SO_BROADCAST = ConstantTable.get("SO_BROADCAST");
    /** SO_SNDBUF, from {@code <sys/socket.h>}. */
    int SO_SNDBUF = ConstantTable.get("SO_SNDBUF");
    /** SO_RCVBUF, from {@code <sys/socket.h>}. */
    int SO_RCVBUF = ConstantTable.get("SO_RCVBUF");
    /** SO_KEEPALIVE, from {@code <sys/socket.h>}. */
    int SO_KEEPALIVE = ConstantTable.get("SO_KEEPALIVE");
    /** SO_OOBINLINE, from {@code <sys/socket.h>}. */
    int SO_OOBINLINE = ConstantTable.get("SO_OOBINLINE");
    /** SO_LINGER, from {@code <sys/socket.h>}. */
    int SO_LINGER = ConstantTable.get("SO_LINGER");
    /** SO_REUSEPORT, from {@code <sys/socket.h>}. */
    int SO_REUSEPORT = ConstantTable.get("SO_REUSEPORT");
    /** SO_RCVLOWAT, from {@code <sys/socket.h>}. */
    int SO_RCVLOWAT = ConstantTable.get("SO_RCVLOWAT");
    /** SO_SNDLOWAT, from {@code <sys/socket.h>}. */
    int SO_SNDLOWAT = ConstantTable.get("SO_SNDLOWAT");
    /** SO_RCVTIMEO, from {@code <sys/socket.h>}. */
    int SO_RCVTIMEO = ConstantTable.get("SO_RCVTIMEO");
    /** SO_SNDTIMEO, from {@code <sys/socket.h>}. */
    int SO_SNDTIMEO = ConstantTable.get("SO_SNDTIMEO");
    /** SO_ACCEPTCONN, from {@code <sys/socket.h>}. */
    int SO_ACCEPTCONN = ConstantTable.get("SO_ACCEPTCONN");
    /** SO_PROTOCOL, from {@code <sys/socket.h>}. */
    int SO_PROTOCOL = ConstantTable.get("SO_PROTOCOL");
    /** SO_DOMAIN, from {@code <sys/socket.h>}. */
    int SO_DOMAIN = ConstantTable.get("SO_DOMAIN");
    /** SO_NOSIGPIPE, from {@code <sys/socket.h>}. */
    int SO_NOSIGPIPE = ConstantTable.get("SO_NOSIGPIPE");
    /** SO_LINGER_SEC, from {@code <sys/socket.h>}. */
    int SO_LINGER_SEC = ConstantTable.get("SO_LINGER_SEC");
    /** SOMAXCONN, from {@code <sys/socket.h>}. */
    int SOMAXCONN = ConstantTable.get("SOMAXCONN");
    /** SCM_RIGHTS, from {@code <sys/socket.h>}. */
    int SCM_RIGHTS = 1;
    /** MSG_OOB, from {@code <sys/socket.h>}. */
    int MSG_OOB = 1;
    /** MSG_PEEK, from {@code <sys/socket.h>}. */
    int MSG_PEEK = 2;
    /** MSG_DONTROUTE, from {@code <sys/socket.h>}. */
    int MSG_DONTROUTE = 4;
    /** MSG_CTRUNC, from {@code <sys/socket.h>}. */
    int MSG_CTRUNC = ConstantTable.get("MSG_CTRUNC");
    /** MSG_TRUNC, from {@code <sys/socket.h>}. */
    int MSG_TRUNC = ConstantTable.get("MSG_TRUNC");
    /** MSG_DONTWAIT, from {@code <sys/socket.h>}. */
    int MSG_DONTWAIT = ConstantTable.get("MSG_DONTWAIT");
    /** MSG_EOR, from {@code <sys/socket.h>}. */
    int MSG_EOR = ConstantTable.get("MSG_EOR");
    /** MSG_WAITALL, from {@code <sys/socket.h>}. */
    int MSG_WAITALL = ConstantTable.get("MSG_WAITALL");
    /** MSG_NOSIGNAL, from {@code <sys/socket.h>}. */
    int MSG_NOSIGNAL = ConstantTable.get("MSG_NOSIGNAL");
    /** SHUT_RD, from {@code <sys/socket.h>}. */
    int SHUT_RD = 0;
    /** SHUT_WR, from {@code <sys/socket.h>}. */
    int SHUT_WR = 1;
    /** SHUT_RDWR, from {@code <sys/socket.h>}. */
    int SHUT_RDWR = 2;
    // <netinet/in.h>
    /** IPPROTO_IP, from {@code <netinet/in.h>}. */
    int IPPROTO_IP = 0;
    /** IPPROTO_ICMP, from {@code <netinet/in.h>}. */
    int IPPROTO_ICMP = 1;
    /** IPPROTO_TCP, from {@code <netinet/in.h>}. */
    int IPPROTO_TCP = 6;
    /** IPPROTO_UDP, from {@code <netinet/in.h>}. */
    int IPPROTO_UDP = 17;
    /** IPPROTO_IPV6, from {@code <netinet/in.h>}. */
    int IPPROTO_IPV6 = 41;
    /** IPPROTO_ICMPV6, from {@code <netinet/in.h>}. */
    int IPPROTO_ICMPV6 = 58;
    /** IPPROTO_RAW, from {@code <netinet/in.h>}. */
    int IPPROTO_RAW = 255;
    /** IP_TOS, from {@code <netinet/in.h>}. */
    int IP_TOS = ConstantTable.get("IP_TOS");
    /** IP_TTL, from {@code <netinet/in.h>}. */
    int IP_TTL = ConstantTable.get("IP_TTL");
    /** IP_HDRINCL, from {@code <netinet/in.h>}. */
    int IP_HDRINCL = ConstantTable.get("IP_HDRINCL");
    /** IP_MULTICAST_TTL, from {@code <netinet/in.h>}. */
    int IP_MULTICAST_TTL = ConstantTable.get("IP_MULTICAST_TTL");
    /** IP_MULTICAST_LOOP, from {@code <netinet/in.h>}. */
    int IP_MULTICAST_LOOP = ConstantTable.get("IP_MULTICAST_LOOP");
    /** IP_ADD_MEMBERSHIP, from {@code <netinet/in.h>}. */
    int IP_ADD_MEMBERSHIP = ConstantTable.get("IP_ADD_MEMBERSHIP");
    /** IP_DROP_MEMBERSHIP, from {@code <netinet/in.h>}. */
    int IP_DROP_MEMBERSHIP = ConstantTable.get("IP_DROP_MEMBERSHIP");
    /** IPV6_UNICAST_HOPS, from {@code <netinet/in.h>}. */
    int IPV6_UNICAST_HOPS = ConstantTable.get("IPV6_UNICAST_HOPS");
    /** IPV6_MULTICAST_LOOP, from {@code <netinet/in.h>}. */
    int IPV6_MULTICAST_LOOP = ConstantTable.get("IPV6_MULTICAST_LOOP");
    /** IPV6_JOIN_GROUP, from {@code <netinet/in.h>}. */
    int IPV6_JOIN_GROUP = ConstantTable.get("IPV6_JOIN_GROUP");
    /** IPV6_LEAVE_GROUP, from {@code <netinet/in.h>}. */
    int IPV6_LEAVE_GROUP = ConstantTable.get("IPV6_LEAVE_GROUP");
    /** IPV6_V6ONLY, from {@code <netinet/in.h>}. */
    int IPV6_V6ONLY = ConstantTable.get("IPV6_V6ONLY");
    /** INADDR_ANY, from {@code <netinet/in.h>}. */
    int INADDR_ANY = 0;
    /** INADDR_LOOPBACK, from {@code <netinet/in.h>}. */
    int INADDR_LOOPBACK = 0x7f000001;
    /** INADDR_BROADCAST, from {@code <netinet/in.h>}. */
    int INADDR_BROADCAST = 0xffffffff;
    /** INADDR_NONE, from {@code <netinet/in.h>}. */
    int INADDR_NONE = 0xffffffff;
    /** INET_ADDRSTRLEN, from {@code <netinet/in.h>}. */
    int INET_ADDRSTRLEN = 16;
    /** INET6_ADDRSTRLEN, from {@code <netinet/in.h>}. */
    int INET6_ADDRSTRLEN = 46;
    // <netinet/tcp.h>
    /** TCP_NODELAY, from {@code <netinet/tcp.h>}. */
    int TCP_NODELAY = 1;
    /** TCP_MAXSEG, from {@code <netinet/tcp.h>}. */
    int TCP_MAXSEG = 2;
    /** TCP_KEEPIDLE, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPIDLE = ConstantTable.get("TCP_KEEPIDLE");
    /** TCP_KEEPINTVL, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPINTVL = ConstantTable.get("TCP_KEEPINTVL");
    /** TCP_KEEPCNT, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPCNT = ConstantTable.get("TCP_KEEPCNT");
    /** TCP_KEEPALIVE, from {@code <netinet/tcp.h>}. */
    int TCP_KEEPALIVE = ConstantTable.get("TCP_KEEPALIVE");
    // <netdb.h>
    /** AI_PASSIVE, from {@code <netdb.h>}. */
    int AI_PASSIVE = 0x1;
    /** AI_CANONNAME, from {@code <netdb.h>}. */
    int AI_CANONNAME = 0x2;
    /** AI_NUMERICHOST, from {@code <netdb.h>}. */
    int AI_NUMERICHOST = 0x4;
    /** AI_V4MAPPED, from {@code <netdb.h>}. */
    int AI_V4MAPPED = ConstantTable.get("AI_V4MAPPED");
    /** AI_ALL, from {@code <netdb.h>}. */
    int AI_ALL = ConstantTable.get("AI_ALL");
    /** AI_ADDRCONFIG, from {@code <netdb.h>}. */
    int AI_ADDRCONFIG = ConstantTable.get("AI_ADDRCONFIG");
    /** AI_NUMERICSERV, from {@code <netdb.h>}. */
    int AI_NUMERICSERV = ConstantTable.get("AI_NUMERICSERV");
    /** NI_NUMERICHOST, from {@code <netdb.h>}. */
    int NI_NUMERICHOST = ConstantTable.get("NI_NUMERICHOST");
    /** NI_NUMERICSERV, from {@code <netdb.h>}. */
    int NI_NUMERICSERV = ConstantTable.get("NI_NUMERICSERV");
    /** NI_NOFQDN, from {@code <netdb.h>}. */
    int NI_NOFQDN = ConstantTable.get("NI_NOFQDN");
    /** NI_NAMEREQD, from {@code <netdb.h>}. */
    int NI_NAMEREQD = ConstantTable.get("NI_NAMEREQD");
    /** NI_DGRAM, from {@code <netdb.h>}. */
    int NI_DGRAM = 16;
    /** NI_MAXHOST, from {@code <netdb.h>}. */
    int NI_MAXHOST = 1025;
    /** NI_MAXSERV, from {@code <netdb.h>}. */
    int NI_MAXSERV = 32;
    /** EAI_BADFLAGS, from {@code <netdb.h>}. */
    int EAI_BADFLAGS = ConstantTable.get("EAI_BADFLAGS");
    /** EAI_NONAME, from {@code <netdb.h>}. */
    int EAI_NONAME = ConstantTable.get("EAI_NONAME");
    /** EAI_AGAIN, from {@code <netdb.h>}. */
    int EAI_AGAIN = ConstantTable.get("EAI_AGAIN");
    /** EAI_FAIL, from {@code <netdb.h>}. */
    int EAI_FAIL = ConstantTable.get("EAI_FAIL");
    /** EAI_FAMILY, from {@code <netdb.h>}. */
    int EAI_FAMILY = ConstantTable.get("EAI_FAMILY");
    /** EAI_SOCKTYPE, from {@code <netdb.h>}. */
    int EAI_SOCKTYPE = ConstantTable.get("EAI_SOCKTYPE");
    /** EAI_SERVICE, from {@code <netdb.h>}. */
    int EAI_SERVICE = ConstantTable.get("EAI_SERVICE");
    /** EAI_MEMORY, from {@code <netdb.h>}. */
    int EAI_MEMORY = ConstantTable.get("EAI_MEMORY");
    /** EAI_SYSTEM, from {@code <netdb.h>}. */
    int EAI_SYSTEM = ConstantTable.get("EAI_SYSTEM");
    /** EAI_OVERFLOW, from {@code <netdb.h>}. */
    int EAI_OVERFLOW = ConstantTable.get("EAI_OVERFLOW");
    /** NETDB_INTERNAL, from {@code <netdb.h>}. */
    int NETDB_INTERNAL = -1;
    /** HOST_NOT_FOUND, from {@code <netdb.h>}. */
    int HOST_NOT_FOUND = 1;
    /** TRY_AGAIN, from {@code <netdb.h>}. */
    int TRY_AGAIN = 2;
    /** NO_RECOVERY, from {@code <netdb.h>}. */
    int NO_RECOVERY = 3;
    /** NO_DATA, from {@code <netdb.h>}. */
    int NO_DATA = 4;
    /** NO_ADDRESS, from {@code <netdb.h>}. */
    int NO_ADDRESS = 4;
    // <fcntl.h>
    /** F_DUPFD, from {@code <fcntl.h>}. */
    int F_DUPFD = 0;
    /** F_GETFD, from {@code <fcntl.h>}. */
    int F_GETFD = 1;
    /** F_SETFD, from {@code <fcntl.h>}. */
    int F_SETFD = 2;
    /** F_GETFL, from {@code <fcntl.h>}. */
    int F_GETFL = 3;
    /** F_SETFL, from {@code <fcntl.h>}. */
    int F_SETFL = 4;
    /** F_DUPFD_CLOEXEC, from {@code <fcntl.h>}. */
    int F_DUPFD_CLOEXEC = ConstantTable.get("F_DUPFD_CLOEXEC");
    /** FD_CLOEXEC, from {@code <fcntl.h>}. */
    int FD_CLOEXEC = 1;
    /** O_RDONLY, from {@code <fcntl.h>}. */
    int O_RDONLY = 0;
    /** O_WRONLY, from {@code <fcntl.h>}. */
    int O_WRONLY = 1;
    /** O_RDWR, from {@code <fcntl.h>}. */
    int O_RDWR = 2;
    /** O_NONBLOCK, from {@code <fcntl.h>}. */
    int O_NONBLOCK = ConstantTable.get("O_NONBLOCK");
    /** O_CLOEXEC, from {@code <fcntl.h>}. */
    int O_CLOEXEC = ConstantTable.get("O_CLOEXEC");
    // <poll.h>
    /** POLLIN, from {@code <poll.h>}. */
    int POLLIN = 0x1;
    /** POLLPRI, from {@code <poll.h>}. */
    int POLLPRI = 0x2;
    /** POLLOUT, from {@code <poll.h>}. */
    int POLLOUT = 0x4;
    /** POLLERR, from {@code <poll.h>}. */
    int POLLERR = 0x8;
    /** POLLHUP, from {@code <poll.h>}. */
    int POLLHUP = 0x10;
    /** POLLNVAL, from {@code <poll.h>}. */
    int POLLNVAL = 0x20;
    /** POLLRDNORM, from {@code <poll.h>}. */
    int POLLRDNORM = 0x40;
    /** POLLWRNORM, from {@code <poll.h>}. */
    int POLLWRNORM = ConstantTable.get("POLLWRNORM");
    // <sys/select.h>
    /** FD_SETSIZE, from {@code <sys/select.h>}. */
    int FD_SETSIZE = 1024;
    // <sys/epoll.h>
    /** EPOLLIN, from {@code <sys/epoll.h>}. */
    int EPOLLIN = ConstantTable.get("EPOLLIN");
    /** EPOLLPRI, from {@code <sys/epoll.h>}. */
    int EPOLLPRI = ConstantTable.get("EPOLLPRI");
    /** EPOLLOUT, from {@code <sys/epoll.h>}. */
    int EPOLLOUT = ConstantTable.get("EPOLLOUT");
    /** EPOLLERR, from {@code <sys/epoll.h>}. */
    int EPOLLERR = ConstantTable.get("EPOLLERR");
    /** EPOLLHUP, from {@code <sys/epoll.h>}. */
    int EPOLLHUP = ConstantTable.get("EPOLLHUP");
    /** EPOLLRDHUP, from {@code <sys/epoll.h>}. */
    int EPOLLRDHUP = ConstantTable.get("EPOLLRDHUP");
    /** EPOLLONESHOT, from {@code <sys/epoll.h>}. */
    int EPOLLONESHOT = ConstantTable.get("EPOLLONESHOT");
    /** EPOLLET, from {@code <sys/epoll.h>}. */
    int EPOLLET = ConstantTable.get("EPOLLET");
    /** EPOLL_CTL_ADD, from {@code <sys/epoll.h>}. */
    int EPOLL_CTL_ADD = ConstantTable.get("EPOLL_CTL_ADD");
    /** EPOLL_CTL_DEL, from {@code <sys/epoll.h>}. */
    int EPOLL_CTL_DEL = ConstantTable.get("EPOLL_CTL_DEL");
    /** EPOLL_CTL_MOD, from {@code <sys/epoll.h>}. */
    int EPOLL_CTL_MOD = ConstantTable.get("EPOLL_CTL_MOD");
    /** EPOLL_CLOEXEC, from {@code <sys/epoll.h>}. */
    int EPOLL_CLOEXEC = ConstantTable.get("EPOLL_CLOEXEC");
    // <sys/event.h>
    /** EVFILT_READ, from {@code <sys/event.h>}. */
    int EVFILT_READ = ConstantTable.get("EVFILT_READ");
    /** EVFILT_WRITE, from {@code <sys/event.h>}. */
    int EVFILT_WRITE = ConstantTable.get("EVFILT_WRITE");
    /** EV_ADD, from {@code <sys/event.h>}. */
    int EV_ADD = ConstantTable.get("EV_ADD");
    /** EV_DELETE, from {@code <sys/event.h>}. */
    int EV_DELETE = ConstantTable.get("EV_DELETE");
    /** EV_ENABLE, from {@code <sys/event.h>}. */
    int EV_ENABLE = ConstantTable.get("EV_ENABLE");
    /** EV_DISABLE, from {@code <sys/event.h>}. */
    int EV_DISABLE = ConstantTable.get("EV_DISABLE");
    /** EV_ONESHOT, from {@code <sys/event.h>}. */
    int EV_ONESHOT = ConstantTable.get("EV_ONESHOT");
    /** EV_CLEAR, from {@code <sys/event.h>}. */
    int EV_CLEAR = ConstantTable.get("EV_CLEAR");
    /** EV_ERROR, from {@code <sys/event.h>}. */
    int EV_ERROR = ConstantTable.get("EV_ERROR");
    /** EV_EOF, from {@code <sys/event.h>}. */
    int EV_EOF = ConstantTable.get("EV_EOF");
    // <sys/resource.h>
    /** RLIMIT_NOFILE, from {@code <sys/resource.h>}. */
    int RLIMIT_NOFILE = ConstantTable.get("RLIMIT_NOFILE");
    // <errno.h>
    /** EPERM, from {@code <errno.h>}. */
    int EPERM = 1;
    /** ENOENT, from {@code <errno.h>}. */
    int ENOENT = 2;
    /** ESRCH, from {@code <errno.h>}. */
    int ESRCH = 3;
    /** EINTR, from {@code <errno.h>}. */
    int EINTR = 4;
    /** EIO, from {@code <errno.h>}. */
    int EIO = 5;
    /** EBADF, from {@code <errno.h>}. */
    int EBADF = 9;
    /** ECHILD, from {@code <errno.h>}. */
    int ECHILD = 10;
    /** ENOMEM, from {@code <errno.h>}. */
    int ENOMEM = 12;
    /** EACCES, from {@code <errno.h>}. */
    int EACCES = 13;
    /** EFAULT, from {@code <errno.h>}. */
    int EFAULT = 14;
    /** EEXIST, from {@code <errno.h>}. */
    int EEXIST = 17;
    /** ENOTDIR, from {@code <errno.h>}. */
    int ENOTDIR = 20;
    /** EISDIR, from {@code <errno.h>}. */
    int EISDIR = 21;
    /** EINVAL, from {@code <errno.h>}. */
    int EINVAL = 22;
    /** ENFILE, from {@code <errno.h>}. */
    int ENFILE = 23;
    /** EMFILE, from {@code <errno.h>}. */
    int EMFILE = 24;
    /** ENOSPC, from {@code <errno.h>}. */
    int ENOSPC = 28;
    /** EPIPE, from {@code <errno.h>}. */
    int EPIPE = 32;
    /** EAGAIN, from {@code <errno.h>}. */
    int EAGAIN = ConstantTable.get("EAGAIN");
    /** EWOULDBLOCK, from {@code <errno.h>}. */
    int EWOULDBLOCK = ConstantTable.get("EWOULDBLOCK");
    /** EINPROGRESS, from {@code <errno.h>}. */
    int EINPROGRESS = ConstantTable.get("EINPROGRESS");
    /** EALREADY, from {@code <errno.h>}. */
    int EALREADY = ConstantTable.get("EALREADY");
    /** ENOTSOCK, from {@code <errno.h>}. */
    int ENOTSOCK = ConstantTable.get("ENOTSOCK");
    /** EDESTADDRREQ, from {@code <errno.h>}. */
    int EDESTADDRREQ = ConstantTable.get("EDESTADDRREQ");
    /** EMSGSIZE, from {@code <errno.h>}. */
    int EMSGSIZE = ConstantTable.get("EMSGSIZE");
    /** EPROTOTYPE, from {@code <errno.h>}. */
    int EPROTOTYPE = ConstantTable.get("EPROTOTYPE");
    /** ENOPROTOOPT, from {@code <errno.h>}. */
    int ENOPROTOOPT = ConstantTable.get("ENOPROTOOPT");
    /** EPROTONOSUPPORT, from {@code <errno.h>}. */
    int EPROTONOSUPPORT = ConstantTable.get("EPROTONOSUPPORT");
    /** ESOCKTNOSUPPORT, from {@code <errno.h>}. */
    int ESOCKTNOSUPPORT = ConstantTable.get("ESOCKTNOSUPPORT");
    /** EOPNOTSUPP, from {@code <errno.h>}. */
    int EOPNOTSUPP = ConstantTable.get("EOPNOTSUPP");
    /** EPFNOSUPPORT, from {@code <errno.h>}. */
    int EPFNOSUPPORT = ConstantTable.get("EPFNOSUPPORT");
    /** EAFNOSUPPORT, from {@code <errno.h>}. */
    int EAFNOSUPPORT = ConstantTable.get("EAFNOSUPPORT");
    /** EADDRINUSE, from {@code <errno.h>}. */
    int EADDRINUSE = ConstantTable.get("EADDRINUSE");
    /** EADDRNOTAVAIL, from {@code <errno.h>}. */
    int EADDRNOTAVAIL = ConstantTable.get("EADDRNOTAVAIL");
    /** ENETDOWN, from {@code <errno.h>}. */
    int ENETDOWN = ConstantTable.get("ENETDOWN");
    /** ENETUNREACH, from {@code <errno.h>}. */
    int ENETUNREACH = ConstantTable.get("ENETUNREACH");
    /** ENETRESET, from {@code <errno.h>}. */
    int ENETRESET = ConstantTable.get("ENETRESET");
    /** ECONNABORTED, from {@code <errno.h>}. */
    int ECONNABORTED = ConstantTable.get("ECONNABORTED");
    /** ECONNRESET, from {@code <errno.h>}. */
    int ECONNRESET = ConstantTable.get("ECONNRESET");
    /** ENOBUFS, from {@code <errno.h>}. */
    int ENOBUFS = ConstantTable.get("ENOBUFS");
    /** EISCONN, from {@code <errno.h>}. */
    int EISCONN = ConstantTable.get("EISCONN");
    /** ENOTCONN, from {@code <errno.h>}. */
    int ENOTCONN = ConstantTable.get("ENOTCONN");
    /** ESHUTDOWN, from {@code <errno.h>}. */
    int ESHUTDOWN = ConstantTable.get("ESHUTDOWN");
    /** ETIMEDOUT, from {@code <errno.h>}. */
    int ETIMEDOUT = ConstantTable.get("ETIMEDOUT");
    /** ECONNREFUSED, from {@code <errno.h>}. */
    int ECONNREFUSED = ConstantTable.get("ECONNREFUSED");
    /** ELOOP, from {@code <errno.h>}. */
    int ELOOP = ConstantTable.get("ELOOP");
    /** ENAMETOOLONG, from {@code <errno.h>}. */
    int ENAMETOOLONG = ConstantTable.get("ENAMETOOLONG");
    /** EHOSTDOWN, from {@code <errno.h>}. */
    int EHOSTDOWN = ConstantTable.get("EHOSTDOWN");
    /** EHOSTUNREACH, from {@code <errno.h>}. */
    int EHOSTUNREACH = ConstantTable.get("EHOSTUNREACH");
    /** ENOSYS, from {@code <errno.h>}. */
    int ENOSYS = ConstantTable.get("ENOSYS");

    // Added with CPython's socket and errno names
    /** E2BIG, from {@code <errno.h>}. */
    int E2BIG = 7;
    /** EADV, from {@code <errno.h>}. */
    int EADV = ConstantTable.get("EADV");
    /** EBADE, from {@code <errno.h>}. */
    int EBADE = ConstantTable.get("EBADE");
    /** EBADFD, from {@code <errno.h>}. */
    int EBADFD = ConstantTable.get("EBADFD");
    /** EBADMSG, from {@code <errno.h>}. */
    int EBADMSG = ConstantTable.get("EBADMSG");
    /** EBADR, from {@code <errno.h>}. */
    int EBADR = ConstantTable.get("EBADR");
    /** EBADRQC, from {@code <errno.h>}. */
    int EBADRQC = ConstantTable.get("EBADRQC");
    /** EBADSLT, from {@code <errno.h>}. */
    int EBADSLT = ConstantTable.get("EBADSLT");
    /** EBFONT, from {@code <errno.h>}. */
    int EBFONT = ConstantTable.get("EBFONT");
    /** EBUSY, from {@code <errno.h>}. */
    int EBUSY = 16;
    /** ECANCELED, from {@code <errno.h>}. */
    int ECANCELED = ConstantTable.get("ECANCELED");
    /** ECHRNG, from {@code <errno.h>}. */
    int ECHRNG = ConstantTable.get("ECHRNG");
    /** ECOMM, from {@code <errno.h>}. */
    int ECOMM = ConstantTable.get("ECOMM");
    /** EDEADLOCK, from {@code <errno.h>}. */
    int EDEADLOCK = ConstantTable.get("EDEADLOCK");
    /** EDOM, from {@code <errno.h>}. */
    int EDOM = 33;
    /** EDOTDOT, from {@code <errno.h>}. */
    int EDOTDOT = ConstantTable.get("EDOTDOT");
    /** EDQUOT, from {@code <errno.h>}. */
    int EDQUOT = ConstantTable.get("EDQUOT");
    /** EFBIG, from {@code <errno.h>}. */
    int EFBIG = 27;
    /** EIDRM, from {@code <errno.h>}. */
    int EIDRM = ConstantTable.get("EIDRM");
    /** EILSEQ, from {@code <errno.h>}. */
    int EILSEQ = ConstantTable.get("EILSEQ");
    /** EISNAM, from {@code <errno.h>}. */
    int EISNAM = ConstantTable.get("EISNAM");
    /** EKEYEXPIRED, from {@code <errno.h>}. */
    int EKEYEXPIRED = ConstantTable.get("EKEYEXPIRED");
    /** EKEYREJECTED, from {@code <errno.h>}. */
    int EKEYREJECTED = ConstantTable.get("EKEYREJECTED");
    /** EKEYREVOKED, from {@code <errno.h>}. */
    int EKEYREVOKED = ConstantTable.get("EKEYREVOKED");
    /** EL2HLT, from {@code <errno.h>}. */
    int EL2HLT = ConstantTable.get("EL2HLT");
    /** EL2NSYNC, from {@code <errno.h>}. */
    int EL2NSYNC = ConstantTable.get("EL2NSYNC");
    /** EL3HLT, from {@code <errno.h>}. */
    int EL3HLT = ConstantTable.get("EL3HLT");
    /** EL3RST, from {@code <errno.h>}. */
    int EL3RST = ConstantTable.get("EL3RST");
    /** ELIBACC, from {@code <errno.h>}. */
    int ELIBACC = ConstantTable.get("ELIBACC");
    /** ELIBBAD, from {@code <errno.h>}. */
    int ELIBBAD = ConstantTable.get("ELIBBAD");
    /** ELIBEXEC, from {@code <errno.h>}. */
    int ELIBEXEC = ConstantTable.get("ELIBEXEC");
    /** ELIBMAX, from {@code <errno.h>}. */
    int ELIBMAX = ConstantTable.get("ELIBMAX");
    /** ELIBSCN, from {@code <errno.h>}. */
    int ELIBSCN = ConstantTable.get("ELIBSCN");
    /** ELNRNG, from {@code <errno.h>}. */
    int ELNRNG = ConstantTable.get("ELNRNG");
    /** EMEDIUMTYPE, from {@code <errno.h>}. */
    int EMEDIUMTYPE = ConstantTable.get("EMEDIUMTYPE");
    /** EMLINK, from {@code <errno.h>}. */
    int EMLINK = 31;
    /** EMULTIHOP, from {@code <errno.h>}. */
    int EMULTIHOP = ConstantTable.get("EMULTIHOP");
    /** ENAVAIL, from {@code <errno.h>}. */
    int ENAVAIL = ConstantTable.get("ENAVAIL");
    /** ENOANO, from {@code <errno.h>}. */
    int ENOANO = ConstantTable.get("ENOANO");
    /** ENOCSI, from {@code <errno.h>}. */
    int ENOCSI = ConstantTable.get("ENOCSI");
    /** ENODATA, from {@code <errno.h>}. */
    int ENODATA = ConstantTable.get("ENODATA");
    /** ENODEV, from {@code <errno.h>}. */
    int ENODEV = 19;
    /** ENOEXEC, from {@code <errno.h>}. */
    int ENOEXEC = 8;
    /** ENOKEY, from {@code <errno.h>}. */
    int ENOKEY = ConstantTable.get("ENOKEY");
    /** ENOLCK, from {@code <errno.h>}. */
    int ENOLCK = ConstantTable.get("ENOLCK");
    /** ENOLINK, from {@code <errno.h>}. */
    int ENOLINK = ConstantTable.get("ENOLINK");
    /** ENOMEDIUM, from {@code <errno.h>}. */
    int ENOMEDIUM = ConstantTable.get("ENOMEDIUM");
    /** ENOMSG, from {@code <errno.h>}. */
    int ENOMSG = ConstantTable.get("ENOMSG");
    /** ENONET, from {@code <errno.h>}. */
    int ENONET = ConstantTable.get("ENONET");
    /** ENOPKG, from {@code <errno.h>}. */
    int ENOPKG = ConstantTable.get("ENOPKG");
    /** ENOSR, from {@code <errno.h>}. */
    int ENOSR = ConstantTable.get("ENOSR");
    /** ENOSTR, from {@code <errno.h>}. */
    int ENOSTR = ConstantTable.get("ENOSTR");
    /** ENOTBLK, from {@code <errno.h>}. */
    int ENOTBLK = 15;
    /** ENOTEMPTY, from {@code <errno.h>}. */
    int ENOTEMPTY = ConstantTable.get("ENOTEMPTY");
    /** ENOTNAM, from {@code <errno.h>}. */
    int ENOTNAM = ConstantTable.get("ENOTNAM");
    /** ENOTRECOVERABLE, from {@code <errno.h>}. */
    int ENOTRECOVERABLE = ConstantTable.get("ENOTRECOVERABLE");
    /** ENOTSUP, from {@code <errno.h>}. */
    int ENOTSUP = ConstantTable.get("ENOTSUP");
    /** ENOTTY, from {@code <errno.h>}. */
    int ENOTTY = 25;
    /** ENOTUNIQ, from {@code <errno.h>}. */
    int ENOTUNIQ = ConstantTable.get("ENOTUNIQ");
    /** ENXIO, from {@code <errno.h>}. */
    int ENXIO = 6;
    /** EOVERFLOW, from {@code <errno.h>}. */
    int EOVERFLOW = ConstantTable.get("EOVERFLOW");
    /** EOWNERDEAD, from {@code <errno.h>}. */
    int EOWNERDEAD = ConstantTable.get("EOWNERDEAD");
    /** EPROTO, from {@code <errno.h>}. */
    int EPROTO = ConstantTable.get("EPROTO");
    /** ERANGE, from {@code <errno.h>}. */
    int ERANGE = 34;
    /** EREMCHG, from {@code <errno.h>}. */
    int EREMCHG = ConstantTable.get("EREMCHG");
    /** EREMOTE, from {@code <errno.h>}. */
    int EREMOTE = ConstantTable.get("EREMOTE");
    /** EREMOTEIO, from {@code <errno.h>}. */
    int EREMOTEIO = ConstantTable.get("EREMOTEIO");
    /** ERESTART, from {@code <errno.h>}. */
    int ERESTART = ConstantTable.get("ERESTART");
    /** ERFKILL, from {@code <errno.h>}. */
    int ERFKILL = ConstantTable.get("ERFKILL");
    /** EROFS, from {@code <errno.h>}. */
    int EROFS = 30;
    /** ESPIPE, from {@code <errno.h>}. */
    int ESPIPE = 29;
    /** ESRMNT, from {@code <errno.h>}. */
    int ESRMNT = ConstantTable.get("ESRMNT");
    /** ESTALE, from {@code <errno.h>}. */
    int ESTALE = ConstantTable.get("ESTALE");
    /** ESTRPIPE, from {@code <errno.h>}. */
    int ESTRPIPE = ConstantTable.get("ESTRPIPE");
    /** ETIME, from {@code <errno.h>}. */
    int ETIME = ConstantTable.get("ETIME");
    /** ETOOMANYREFS, from {@code <errno.h>}. */
    int ETOOMANYREFS = ConstantTable.get("ETOOMANYREFS");
    /** ETXTBSY, from {@code <errno.h>}. */
    int ETXTBSY = 26;
    /** EUCLEAN, from {@code <errno.h>}. */
    int EUCLEAN = ConstantTable.get("EUCLEAN");
    /** EUNATCH, from {@code <errno.h>}. */
    int EUNATCH = ConstantTable.get("EUNATCH");
    /** EUSERS, from {@code <errno.h>}. */
    int EUSERS = ConstantTable.get("EUSERS");
    /** EXDEV, from {@code <errno.h>}. */
    int EXDEV = 18;
    /** EXFULL, from {@code <errno.h>}. */
    int EXFULL = ConstantTable.get("EXFULL");
    /** CAN_BCM, from {@code <linux/can.h>}. */
    int CAN_BCM = ConstantTable.get("CAN_BCM");
    /** CAN_EFF_FLAG, from {@code <linux/can.h>}. */
    int CAN_EFF_FLAG = ConstantTable.get("CAN_EFF_FLAG");
    /** CAN_EFF_MASK, from {@code <linux/can.h>}. */
    int CAN_EFF_MASK = ConstantTable.get("CAN_EFF_MASK");
    /** CAN_ERR_FLAG, from {@code <linux/can.h>}. */
    int CAN_ERR_FLAG = ConstantTable.get("CAN_ERR_FLAG");
    /** CAN_ERR_MASK, from {@code <linux/can.h>}. */
    int CAN_ERR_MASK = ConstantTable.get("CAN_ERR_MASK");
    /** CAN_ISOTP, from {@code <linux/can.h>}. */
    int CAN_ISOTP = ConstantTable.get("CAN_ISOTP");
    /** CAN_J1939, from {@code <linux/can.h>}. */
    int CAN_J1939 = ConstantTable.get("CAN_J1939");
    /** CAN_RAW, from {@code <linux/can.h>}. */
    int CAN_RAW = ConstantTable.get("CAN_RAW");
    /** CAN_RTR_FLAG, from {@code <linux/can.h>}. */
    int CAN_RTR_FLAG = ConstantTable.get("CAN_RTR_FLAG");
    /** CAN_SFF_MASK, from {@code <linux/can.h>}. */
    int CAN_SFF_MASK = ConstantTable.get("CAN_SFF_MASK");
    /** SOL_CAN_BASE, from {@code <linux/can.h>}. */
    int SOL_CAN_BASE = ConstantTable.get("SOL_CAN_BASE");
    /** J1939_FILTER_MAX, from {@code <linux/can/j1939.h>}. */
    int J1939_FILTER_MAX = ConstantTable.get("J1939_FILTER_MAX");
    /** J1939_IDLE_ADDR, from {@code <linux/can/j1939.h>}. */
    int J1939_IDLE_ADDR = ConstantTable.get("J1939_IDLE_ADDR");
    /** J1939_MAX_UNICAST_ADDR, from {@code <linux/can/j1939.h>}. */
    int J1939_MAX_UNICAST_ADDR = ConstantTable.get("J1939_MAX_UNICAST_ADDR");
    /** J1939_NO_ADDR, from {@code <linux/can/j1939.h>}. */
    int J1939_NO_ADDR = ConstantTable.get("J1939_NO_ADDR");
    /** J1939_NO_NAME, from {@code <linux/can/j1939.h>}. */
    int J1939_NO_NAME = ConstantTable.get("J1939_NO_NAME");
    /** J1939_NO_PGN, from {@code <linux/can/j1939.h>}. */
    int J1939_NO_PGN = ConstantTable.get("J1939_NO_PGN");
    /** J1939_PGN_ADDRESS_CLAIMED, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_ADDRESS_CLAIMED = ConstantTable.get("J1939_PGN_ADDRESS_CLAIMED");
    /** J1939_PGN_ADDRESS_COMMANDED, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_ADDRESS_COMMANDED = ConstantTable.get("J1939_PGN_ADDRESS_COMMANDED");
    /** J1939_PGN_MAX, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_MAX = ConstantTable.get("J1939_PGN_MAX");
    /** J1939_PGN_PDU1_MAX, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_PDU1_MAX = ConstantTable.get("J1939_PGN_PDU1_MAX");
    /** J1939_PGN_REQUEST, from {@code <linux/can/j1939.h>}. */
    int J1939_PGN_REQUEST = ConstantTable.get("J1939_PGN_REQUEST");
    /** SO_J1939_FILTER, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_FILTER = ConstantTable.get("SO_J1939_FILTER");
    /** SO_J1939_PROMISC, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_PROMISC = ConstantTable.get("SO_J1939_PROMISC");
    /** SO_J1939_SEND_PRIO, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_SEND_PRIO = ConstantTable.get("SO_J1939_SEND_PRIO");
    /** SO_J1939_ERRQUEUE, from {@code <linux/can/j1939.h>}. */
    int SO_J1939_ERRQUEUE = ConstantTable.get("SO_J1939_ERRQUEUE");
    /** SCM_J1939_DEST_ADDR, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_DEST_ADDR = ConstantTable.get("SCM_J1939_DEST_ADDR");
    /** SCM_J1939_DEST_NAME, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_DEST_NAME = ConstantTable.get("SCM_J1939_DEST_NAME");
    /** SCM_J1939_PRIO, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_PRIO = ConstantTable.get("SCM_J1939_PRIO");
    /** SCM_J1939_ERRQUEUE, from {@code <linux/can/j1939.h>}. */
    int SCM_J1939_ERRQUEUE = ConstantTable.get("SCM_J1939_ERRQUEUE");
    /** J1939_NLA_PAD, from {@code <linux/can/j1939.h>}. */
    int J1939_NLA_PAD = ConstantTable.get("J1939_NLA_PAD");
    /** J1939_NLA_BYTES_ACKED, from {@code <linux/can/j1939.h>}. */
    int J1939_NLA_BYTES_ACKED = ConstantTable.get("J1939_NLA_BYTES_ACKED");
    /** J1939_EE_INFO_NONE, from {@code <linux/can/j1939.h>}. */
    int J1939_EE_INFO_NONE = ConstantTable.get("J1939_EE_INFO_NONE");
    /** J1939_EE_INFO_TX_ABORT, from {@code <linux/can/j1939.h>}. */
    int J1939_EE_INFO_TX_ABORT = ConstantTable.get("J1939_EE_INFO_TX_ABORT");
    /** SOL_CAN_RAW, from {@code <linux/can/raw.h>}. */
    int SOL_CAN_RAW = ConstantTable.get("SOL_CAN_RAW");
    /** CAN_RAW_FILTER, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_FILTER = ConstantTable.get("CAN_RAW_FILTER");
    /** CAN_RAW_LOOPBACK, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_LOOPBACK = ConstantTable.get("CAN_RAW_LOOPBACK");
    /** CAN_RAW_RECV_OWN_MSGS, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_RECV_OWN_MSGS = ConstantTable.get("CAN_RAW_RECV_OWN_MSGS");
    /** CAN_RAW_FD_FRAMES, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_FD_FRAMES = ConstantTable.get("CAN_RAW_FD_FRAMES");
    /** CAN_RAW_JOIN_FILTERS, from {@code <linux/can/raw.h>}. */
    int CAN_RAW_JOIN_FILTERS = ConstantTable.get("CAN_RAW_JOIN_FILTERS");
    /** CAN_BCM_TX_SETUP: C's {@code TX_SETUP}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_SETUP = ConstantTable.get("CAN_BCM_TX_SETUP");
    /** CAN_BCM_TX_DELETE: C's {@code TX_DELETE}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_DELETE = ConstantTable.get("CAN_BCM_TX_DELETE");
    /** CAN_BCM_TX_READ: C's {@code TX_READ}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_READ = ConstantTable.get("CAN_BCM_TX_READ");
    /** CAN_BCM_TX_SEND: C's {@code TX_SEND}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_SEND = ConstantTable.get("CAN_BCM_TX_SEND");
    /** CAN_BCM_RX_SETUP: C's {@code RX_SETUP}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_SETUP = ConstantTable.get("CAN_BCM_RX_SETUP");
    /** CAN_BCM_RX_DELETE: C's {@code RX_DELETE}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_DELETE = ConstantTable.get("CAN_BCM_RX_DELETE");
    /** CAN_BCM_RX_READ: C's {@code RX_READ}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_READ = ConstantTable.get("CAN_BCM_RX_READ");
    /** CAN_BCM_TX_STATUS: C's {@code TX_STATUS}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_STATUS = ConstantTable.get("CAN_BCM_TX_STATUS");
    /** CAN_BCM_TX_EXPIRED: C's {@code TX_EXPIRED}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_EXPIRED = ConstantTable.get("CAN_BCM_TX_EXPIRED");
    /** CAN_BCM_RX_STATUS: C's {@code RX_STATUS}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_STATUS = ConstantTable.get("CAN_BCM_RX_STATUS");
    /** CAN_BCM_RX_TIMEOUT: C's {@code RX_TIMEOUT}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_TIMEOUT = ConstantTable.get("CAN_BCM_RX_TIMEOUT");
    /** CAN_BCM_RX_CHANGED: C's {@code RX_CHANGED}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_CHANGED = ConstantTable.get("CAN_BCM_RX_CHANGED");
    /** CAN_BCM_SETTIMER: C's {@code SETTIMER}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_SETTIMER = ConstantTable.get("CAN_BCM_SETTIMER");
    /** CAN_BCM_STARTTIMER: C's {@code STARTTIMER}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_STARTTIMER = ConstantTable.get("CAN_BCM_STARTTIMER");
    /** CAN_BCM_TX_COUNTEVT: C's {@code TX_COUNTEVT}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_COUNTEVT = ConstantTable.get("CAN_BCM_TX_COUNTEVT");
    /** CAN_BCM_TX_ANNOUNCE: C's {@code TX_ANNOUNCE}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_ANNOUNCE = ConstantTable.get("CAN_BCM_TX_ANNOUNCE");
    /** CAN_BCM_TX_CP_CAN_ID: C's {@code TX_CP_CAN_ID}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_CP_CAN_ID = ConstantTable.get("CAN_BCM_TX_CP_CAN_ID");
    /** CAN_BCM_RX_FILTER_ID: C's {@code RX_FILTER_ID}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_FILTER_ID = ConstantTable.get("CAN_BCM_RX_FILTER_ID");
    /** CAN_BCM_RX_CHECK_DLC: C's {@code RX_CHECK_DLC}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_CHECK_DLC = ConstantTable.get("CAN_BCM_RX_CHECK_DLC");
    /** CAN_BCM_RX_NO_AUTOTIMER: C's {@code RX_NO_AUTOTIMER}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_NO_AUTOTIMER = ConstantTable.get("CAN_BCM_RX_NO_AUTOTIMER");
    /** CAN_BCM_RX_ANNOUNCE_RESUME: C's {@code RX_ANNOUNCE_RESUME}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_ANNOUNCE_RESUME = ConstantTable.get("CAN_BCM_RX_ANNOUNCE_RESUME");
    /** CAN_BCM_TX_RESET_MULTI_IDX: C's {@code TX_RESET_MULTI_IDX}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_TX_RESET_MULTI_IDX = ConstantTable.get("CAN_BCM_TX_RESET_MULTI_IDX");
    /** CAN_BCM_RX_RTR_FRAME: C's {@code RX_RTR_FRAME}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_RX_RTR_FRAME = ConstantTable.get("CAN_BCM_RX_RTR_FRAME");
    /** CAN_BCM_CAN_FD_FRAME: C's {@code CAN_FD_FRAME}, from {@code <linux/can/bcm.h>} (the name is CPython's). */
    int CAN_BCM_CAN_FD_FRAME = ConstantTable.get("CAN_BCM_CAN_FD_FRAME");
    /** ALG_OP_DECRYPT, from {@code <linux/if_alg.h>}. */
    int ALG_OP_DECRYPT = ConstantTable.get("ALG_OP_DECRYPT");
    /** ALG_OP_ENCRYPT, from {@code <linux/if_alg.h>}. */
    int ALG_OP_ENCRYPT = ConstantTable.get("ALG_OP_ENCRYPT");
    /** ALG_SET_AEAD_ASSOCLEN, from {@code <linux/if_alg.h>}. */
    int ALG_SET_AEAD_ASSOCLEN = ConstantTable.get("ALG_SET_AEAD_ASSOCLEN");
    /** ALG_SET_AEAD_AUTHSIZE, from {@code <linux/if_alg.h>}. */
    int ALG_SET_AEAD_AUTHSIZE = ConstantTable.get("ALG_SET_AEAD_AUTHSIZE");
    /** ALG_SET_IV, from {@code <linux/if_alg.h>}. */
    int ALG_SET_IV = ConstantTable.get("ALG_SET_IV");
    /** ALG_SET_KEY, from {@code <linux/if_alg.h>}. */
    int ALG_SET_KEY = ConstantTable.get("ALG_SET_KEY");
    /** ALG_SET_OP, from {@code <linux/if_alg.h>}. */
    int ALG_SET_OP = ConstantTable.get("ALG_SET_OP");
    /** ALG_SET_PUBKEY: CPython's own value, for {@code <linux/if_alg.h>} lacks it. */
    int ALG_SET_PUBKEY = ConstantTable.get("ALG_SET_PUBKEY");
    /** ALG_OP_SIGN: CPython's own value, for {@code <linux/if_alg.h>} lacks it. */
    int ALG_OP_SIGN = ConstantTable.get("ALG_OP_SIGN");
    /** ALG_OP_VERIFY: CPython's own value, for {@code <linux/if_alg.h>} lacks it. */
    int ALG_OP_VERIFY = ConstantTable.get("ALG_OP_VERIFY");
    /** NETLINK_CRYPTO, from {@code <linux/netlink.h>}. */
    int NETLINK_CRYPTO = ConstantTable.get("NETLINK_CRYPTO");
    /** NETLINK_DNRTMSG, from {@code <linux/netlink.h>}. */
    int NETLINK_DNRTMSG = ConstantTable.get("NETLINK_DNRTMSG");
    /** NETLINK_FIREWALL, from {@code <linux/netlink.h>}. */
    int NETLINK_FIREWALL = ConstantTable.get("NETLINK_FIREWALL");
    /** NETLINK_IP6_FW, from {@code <linux/netlink.h>}. */
    int NETLINK_IP6_FW = ConstantTable.get("NETLINK_IP6_FW");
    /** NETLINK_NFLOG, from {@code <linux/netlink.h>}. */
    int NETLINK_NFLOG = ConstantTable.get("NETLINK_NFLOG");
    /** NETLINK_ROUTE, from {@code <linux/netlink.h>}. */
    int NETLINK_ROUTE = ConstantTable.get("NETLINK_ROUTE");
    /** NETLINK_USERSOCK, from {@code <linux/netlink.h>}. */
    int NETLINK_USERSOCK = ConstantTable.get("NETLINK_USERSOCK");
    /** NETLINK_XFRM, from {@code <linux/netlink.h>}. */
    int NETLINK_XFRM = ConstantTable.get("NETLINK_XFRM");
    /** TIPC_ADDR_ID, from {@code <linux/tipc.h>}. */
    int TIPC_ADDR_ID = ConstantTable.get("TIPC_ADDR_ID");
    /** TIPC_ADDR_NAME, from {@code <linux/tipc.h>}. */
    int TIPC_ADDR_NAME = ConstantTable.get("TIPC_ADDR_NAME");
    /** TIPC_ADDR_NAMESEQ, from {@code <linux/tipc.h>}. */
    int TIPC_ADDR_NAMESEQ = ConstantTable.get("TIPC_ADDR_NAMESEQ");
    /** TIPC_CFG_SRV, from {@code <linux/tipc.h>}. */
    int TIPC_CFG_SRV = ConstantTable.get("TIPC_CFG_SRV");
    /** TIPC_CONN_TIMEOUT, from {@code <linux/tipc.h>}. */
    int TIPC_CONN_TIMEOUT = ConstantTable.get("TIPC_CONN_TIMEOUT");
    /** TIPC_CRITICAL_IMPORTANCE, from {@code <linux/tipc.h>}. */
    int TIPC_CRITICAL_IMPORTANCE = ConstantTable.get("TIPC_CRITICAL_IMPORTANCE");
    /** TIPC_DEST_DROPPABLE, from {@code <linux/tipc.h>}. */
    int TIPC_DEST_DROPPABLE = ConstantTable.get("TIPC_DEST_DROPPABLE");
    /** TIPC_HIGH_IMPORTANCE, from {@code <linux/tipc.h>}. */
    int TIPC_HIGH_IMPORTANCE = ConstantTable.get("TIPC_HIGH_IMPORTANCE");
    /** TIPC_IMPORTANCE, from {@code <linux/tipc.h>}. */
    int TIPC_IMPORTANCE = ConstantTable.get("TIPC_IMPORTANCE");
    /** TIPC_LOW_IMPORTANCE, from {@code <linux/tipc.h>}. */
    int TIPC_LOW_IMPORTANCE = ConstantTable.get("TIPC_LOW_IMPORTANCE");
    /** TIPC_MEDIUM_IMPORTANCE, from {@code <linux/tipc.h>}. */
    int TIPC_MEDIUM_IMPORTANCE = ConstantTable.get("TIPC_MEDIUM_IMPORTANCE");
    /** TIPC_PUBLISHED, from {@code <linux/tipc.h>}. */
    int TIPC_PUBLISHED = ConstantTable.get("TIPC_PUBLISHED");
    /** TIPC_SRC_DROPPABLE, from {@code <linux/tipc.h>}. */
    int TIPC_SRC_DROPPABLE = ConstantTable.get("TIPC_SRC_DROPPABLE");
    /** TIPC_SUBSCR_TIMEOUT, from {@code <linux/tipc.h>}. */
    int TIPC_SUBSCR_TIMEOUT = ConstantTable.get("TIPC_SUBSCR_TIMEOUT");
    /** TIPC_SUB_CANCEL, from {@code <linux/tipc.h>}. */
    int TIPC_SUB_CANCEL = ConstantTable.get("TIPC_SUB_CANCEL");
    /** TIPC_SUB_PORTS, from {@code <linux/tipc.h>}. */
    int TIPC_SUB_PORTS = ConstantTable.get("TIPC_SUB_PORTS");
    /** TIPC_SUB_SERVICE, from {@code <linux/tipc.h>}. */
    int TIPC_SUB_SERVICE = ConstantTable.get("TIPC_SUB_SERVICE");
    /** TIPC_TOP_SRV, from {@code <linux/tipc.h>}. */
    int TIPC_TOP_SRV = ConstantTable.get("TIPC_TOP_SRV");
    /** TIPC_WAIT_FOREVER, from {@code <linux/tipc.h>}. */
    int TIPC_WAIT_FOREVER = ConstantTable.get("TIPC_WAIT_FOREVER");
    /** TIPC_WITHDRAWN, from {@code <linux/tipc.h>}. */
    int TIPC_WITHDRAWN = ConstantTable.get("TIPC_WITHDRAWN");
    /** TIPC_ZONE_SCOPE, from {@code <linux/tipc.h>}. */
    int TIPC_ZONE_SCOPE = ConstantTable.get("TIPC_ZONE_SCOPE");
    /** TIPC_CLUSTER_SCOPE, from {@code <linux/tipc.h>}. */
    int TIPC_CLUSTER_SCOPE = ConstantTable.get("TIPC_CLUSTER_SCOPE");
    /** TIPC_NODE_SCOPE, from {@code <linux/tipc.h>}. */
    int TIPC_NODE_SCOPE = ConstantTable.get("TIPC_NODE_SCOPE");
    /** SO_VM_SOCKETS_BUFFER_SIZE, from {@code <linux/vm_sockets.h>}. */
    int SO_VM_SOCKETS_BUFFER_SIZE = ConstantTable.get("SO_VM_SOCKETS_BUFFER_SIZE");
    /** SO_VM_SOCKETS_BUFFER_MIN_SIZE, from {@code <linux/vm_sockets.h>}. */
    int SO_VM_SOCKETS_BUFFER_MIN_SIZE = ConstantTable.get("SO_VM_SOCKETS_BUFFER_MIN_SIZE");
    /** SO_VM_SOCKETS_BUFFER_MAX_SIZE, from {@code <linux/vm_sockets.h>}. */
    int SO_VM_SOCKETS_BUFFER_MAX_SIZE = ConstantTable.get("SO_VM_SOCKETS_BUFFER_MAX_SIZE");
    /** VMADDR_CID_ANY, from {@code <linux/vm_sockets.h>}. */
    int VMADDR_CID_ANY = ConstantTable.get("VMADDR_CID_ANY");
    /** VMADDR_CID_HOST, from {@code <linux/vm_sockets.h>}. */
    int VMADDR_CID_HOST = ConstantTable.get("VMADDR_CID_HOST");
    /** VMADDR_PORT_ANY, from {@code <linux/vm_sockets.h>}. */
    int VMADDR_PORT_ANY = ConstantTable.get("VMADDR_PORT_ANY");
    /** VM_SOCKETS_INVALID_VERSION, from {@code <linux/vm_sockets.h>}. */
    int VM_SOCKETS_INVALID_VERSION = ConstantTable.get("VM_SOCKETS_INVALID_VERSION");
    /** IOCTL_VM_SOCKETS_GET_LOCAL_CID, from {@code <linux/vm_sockets.h>}. */
    int IOCTL_VM_SOCKETS_GET_LOCAL_CID = ConstantTable.get("IOCTL_VM_SOCKETS_GET_LOCAL_CID");
    /** EAI_ADDRFAMILY, from {@code <netdb.h>}. */
    int EAI_ADDRFAMILY = ConstantTable.get("EAI_ADDRFAMILY");
    /** EAI_NODATA, from {@code <netdb.h>}. */
    int EAI_NODATA = ConstantTable.get("EAI_NODATA");
    /** IPPORT_RESERVED, from {@code <netdb.h>}. */
    int IPPORT_RESERVED = 0x400;
    /** IPPORT_USERRESERVED, from {@code <netinet/in.h>}. */
    int IPPORT_USERRESERVED = 5000;
    /** INADDR_ALLHOSTS_GROUP, from {@code <netinet/in.h>}. */
    int INADDR_ALLHOSTS_GROUP = 0xe0000001;
    /** INADDR_MAX_LOCAL_GROUP, from {@code <netinet/in.h>}. */
    int INADDR_MAX_LOCAL_GROUP = 0xe00000ff;
    /** INADDR_UNSPEC_GROUP, from {@code <netinet/in.h>}. */
    int INADDR_UNSPEC_GROUP = 0xe0000000;
    /** IPPROTO_AH, from {@code <netinet/in.h>}. */
    int IPPROTO_AH = 51;
    /** IPPROTO_DSTOPTS, from {@code <netinet/in.h>}. */
    int IPPROTO_DSTOPTS = 60;
    /** IPPROTO_EGP, from {@code <netinet/in.h>}. */
    int IPPROTO_EGP = 8;
    /** IPPROTO_ESP, from {@code <netinet/in.h>}. */
    int IPPROTO_ESP = 50;
    /** IPPROTO_FRAGMENT, from {@code <netinet/in.h>}. */
    int IPPROTO_FRAGMENT = 44;
    /** IPPROTO_GRE, from {@code <netinet/in.h>}. */
    int IPPROTO_GRE = 47;
    /** IPPROTO_HOPOPTS, from {@code <netinet/in.h>}. */
    int IPPROTO_HOPOPTS = 0;
    /** IPPROTO_IDP, from {@code <netinet/in.h>}. */
    int IPPROTO_IDP = 22;
    /** IPPROTO_IGMP, from {@code <netinet/in.h>}. */
    int IPPROTO_IGMP = 2;
    /** IPPROTO_IPIP, from {@code <netinet/in.h>}. */
    int IPPROTO_IPIP = 4;
    /** IPPROTO_MPTCP, from {@code <netinet/in.h>}. */
    int IPPROTO_MPTCP = ConstantTable.get("IPPROTO_MPTCP");
    /** IPPROTO_NONE, from {@code <netinet/in.h>}. */
    int IPPROTO_NONE = 59;
    /** IPPROTO_PIM, from {@code <netinet/in.h>}. */
    int IPPROTO_PIM = 103;
    /** IPPROTO_PUP, from {@code <netinet/in.h>}. */
    int IPPROTO_PUP = 12;
    /** IPPROTO_ROUTING, from {@code <netinet/in.h>}. */
    int IPPROTO_ROUTING = 43;
    /** IPPROTO_RSVP, from {@code <netinet/in.h>}. */
    int IPPROTO_RSVP = 46;
    /** IPPROTO_SCTP, from {@code <netinet/in.h>}. */
    int IPPROTO_SCTP = 132;
    /** IPPROTO_TP, from {@code <netinet/in.h>}. */
    int IPPROTO_TP = 29;
    /** IPPROTO_UDPLITE, from {@code <netinet/in.h>}. */
    int IPPROTO_UDPLITE = ConstantTable.get("IPPROTO_UDPLITE");
    /** UDPLITE_SEND_CSCOV: CPython's own value, for {@code <netinet/udp.h>} lacks it. */
    int UDPLITE_SEND_CSCOV = ConstantTable.get("UDPLITE_SEND_CSCOV");
    /** UDPLITE_RECV_CSCOV: CPython's own value, for {@code <netinet/udp.h>} lacks it. */
    int UDPLITE_RECV_CSCOV = ConstantTable.get("UDPLITE_RECV_CSCOV");
    /** IPV6_CHECKSUM, from {@code <netinet/in.h>}. */
    int IPV6_CHECKSUM = ConstantTable.get("IPV6_CHECKSUM");
    /** IPV6_DONTFRAG, from {@code <netinet/in.h>}. */
    int IPV6_DONTFRAG = 62;
    /** IPV6_DSTOPTS, from {@code <netinet/in.h>}. */
    int IPV6_DSTOPTS = ConstantTable.get("IPV6_DSTOPTS");
    /** IPV6_HOPLIMIT, from {@code <netinet/in.h>}. */
    int IPV6_HOPLIMIT = ConstantTable.get("IPV6_HOPLIMIT");
    /** IPV6_HOPOPTS, from {@code <netinet/in.h>}. */
    int IPV6_HOPOPTS = ConstantTable.get("IPV6_HOPOPTS");
    /** IPV6_MULTICAST_HOPS, from {@code <netinet/in.h>}. */
    int IPV6_MULTICAST_HOPS = ConstantTable.get("IPV6_MULTICAST_HOPS");
    /** IPV6_MULTICAST_IF, from {@code <netinet/in.h>}. */
    int IPV6_MULTICAST_IF = ConstantTable.get("IPV6_MULTICAST_IF");
    /** IPV6_NEXTHOP, from {@code <netinet/in.h>}. */
    int IPV6_NEXTHOP = ConstantTable.get("IPV6_NEXTHOP");
    /** IPV6_PATHMTU, from {@code <netinet/in.h>}. */
    int IPV6_PATHMTU = ConstantTable.get("IPV6_PATHMTU");
    /** IPV6_PKTINFO, from {@code <netinet/in.h>}. */
    int IPV6_PKTINFO = ConstantTable.get("IPV6_PKTINFO");
    /** IPV6_RECVDSTOPTS, from {@code <netinet/in.h>}. */
    int IPV6_RECVDSTOPTS = ConstantTable.get("IPV6_RECVDSTOPTS");
    /** IPV6_RECVHOPLIMIT, from {@code <netinet/in.h>}. */
    int IPV6_RECVHOPLIMIT = ConstantTable.get("IPV6_RECVHOPLIMIT");
    /** IPV6_RECVHOPOPTS, from {@code <netinet/in.h>}. */
    int IPV6_RECVHOPOPTS = ConstantTable.get("IPV6_RECVHOPOPTS");
    /** IPV6_RECVPATHMTU, from {@code <netinet/in.h>}. */
    int IPV6_RECVPATHMTU = ConstantTable.get("IPV6_RECVPATHMTU");
    /** IPV6_RECVPKTINFO, from {@code <netinet/in.h>}. */
    int IPV6_RECVPKTINFO = ConstantTable.get("IPV6_RECVPKTINFO");
    /** IPV6_RECVRTHDR, from {@code <netinet/in.h>}. */
    int IPV6_RECVRTHDR = ConstantTable.get("IPV6_RECVRTHDR");
    /** IPV6_RECVTCLASS, from {@code <netinet/in.h>}. */
    int IPV6_RECVTCLASS = ConstantTable.get("IPV6_RECVTCLASS");
    /** IPV6_RTHDR, from {@code <netinet/in.h>}. */
    int IPV6_RTHDR = ConstantTable.get("IPV6_RTHDR");
    /** IPV6_RTHDRDSTOPTS, from {@code <netinet/in.h>}. */
    int IPV6_RTHDRDSTOPTS = ConstantTable.get("IPV6_RTHDRDSTOPTS");
    /** IPV6_RTHDR_TYPE_0, from {@code <netinet/in.h>}. */
    int IPV6_RTHDR_TYPE_0 = 0;
    /** IPV6_TCLASS, from {@code <netinet/in.h>}. */
    int IPV6_TCLASS = ConstantTable.get("IPV6_TCLASS");
    /** IP_BIND_ADDRESS_NO_PORT, from {@code <netinet/in.h>}. */
    int IP_BIND_ADDRESS_NO_PORT = ConstantTable.get("IP_BIND_ADDRESS_NO_PORT");
    /** IP_DEFAULT_MULTICAST_LOOP, from {@code <netinet/in.h>}. */
    int IP_DEFAULT_MULTICAST_LOOP = 1;
    /** IP_DEFAULT_MULTICAST_TTL, from {@code <netinet/in.h>}. */
    int IP_DEFAULT_MULTICAST_TTL = 1;
    /** IP_MAX_MEMBERSHIPS, from {@code <netinet/in.h>}. */
    int IP_MAX_MEMBERSHIPS = ConstantTable.get("IP_MAX_MEMBERSHIPS");
    /** IP_MULTICAST_IF, from {@code <netinet/in.h>}. */
    int IP_MULTICAST_IF = ConstantTable.get("IP_MULTICAST_IF");
    /** IP_OPTIONS, from {@code <netinet/in.h>}. */
    int IP_OPTIONS = ConstantTable.get("IP_OPTIONS");
    /** IP_RECVOPTS, from {@code <netinet/in.h>}. */
    int IP_RECVOPTS = ConstantTable.get("IP_RECVOPTS");
    /** IP_RECVRETOPTS, from {@code <netinet/in.h>}. */
    int IP_RECVRETOPTS = ConstantTable.get("IP_RECVRETOPTS");
    /** IP_RECVTOS, from {@code <netinet/in.h>}. */
    int IP_RECVTOS = ConstantTable.get("IP_RECVTOS");
    /** IP_RETOPTS, from {@code <netinet/in.h>}. */
    int IP_RETOPTS = ConstantTable.get("IP_RETOPTS");
    /** IP_TRANSPARENT, from {@code <netinet/in.h>}. */
    int IP_TRANSPARENT = ConstantTable.get("IP_TRANSPARENT");
    /** SOL_IP, from {@code <netinet/in.h>}. */
    int SOL_IP = 0;
    /** SOL_TCP, from {@code <netinet/tcp.h>}. */
    int SOL_TCP = 6;
    /** TCP_CONGESTION, from {@code <netinet/tcp.h>}. */
    int TCP_CONGESTION = ConstantTable.get("TCP_CONGESTION");
    /** TCP_CORK, from {@code <netinet/tcp.h>}. */
    int TCP_CORK = ConstantTable.get("TCP_CORK");
    /** TCP_DEFER_ACCEPT, from {@code <netinet/tcp.h>}. */
    int TCP_DEFER_ACCEPT = ConstantTable.get("TCP_DEFER_ACCEPT");
    /** TCP_FASTOPEN, from {@code <netinet/tcp.h>}. */
    int TCP_FASTOPEN = ConstantTable.get("TCP_FASTOPEN");
    /** TCP_INFO, from {@code <netinet/tcp.h>}. */
    int TCP_INFO = ConstantTable.get("TCP_INFO");
    /** TCP_LINGER2, from {@code <netinet/tcp.h>}. */
    int TCP_LINGER2 = ConstantTable.get("TCP_LINGER2");
    /** TCP_NOTSENT_LOWAT, from {@code <netinet/tcp.h>}. */
    int TCP_NOTSENT_LOWAT = ConstantTable.get("TCP_NOTSENT_LOWAT");
    /** TCP_QUICKACK, from {@code <netinet/tcp.h>}. */
    int TCP_QUICKACK = ConstantTable.get("TCP_QUICKACK");
    /** TCP_SYNCNT, from {@code <netinet/tcp.h>}. */
    int TCP_SYNCNT = ConstantTable.get("TCP_SYNCNT");
    /** TCP_USER_TIMEOUT, from {@code <netinet/tcp.h>}. */
    int TCP_USER_TIMEOUT = ConstantTable.get("TCP_USER_TIMEOUT");
    /** TCP_WINDOW_CLAMP, from {@code <netinet/tcp.h>}. */
    int TCP_WINDOW_CLAMP = ConstantTable.get("TCP_WINDOW_CLAMP");
    /** SOL_UDP, from {@code <netinet/udp.h>}. */
    int SOL_UDP = 17;
    /** PACKET_BROADCAST, from {@code <netpacket/packet.h>}. */
    int PACKET_BROADCAST = ConstantTable.get("PACKET_BROADCAST");
    /** PACKET_FASTROUTE, from {@code <netpacket/packet.h>}. */
    int PACKET_FASTROUTE = ConstantTable.get("PACKET_FASTROUTE");
    /** PACKET_HOST, from {@code <netpacket/packet.h>}. */
    int PACKET_HOST = ConstantTable.get("PACKET_HOST");
    /** PACKET_LOOPBACK, from {@code <netpacket/packet.h>}. */
    int PACKET_LOOPBACK = ConstantTable.get("PACKET_LOOPBACK");
    /** PACKET_MULTICAST, from {@code <netpacket/packet.h>}. */
    int PACKET_MULTICAST = ConstantTable.get("PACKET_MULTICAST");
    /** PACKET_OTHERHOST, from {@code <netpacket/packet.h>}. */
    int PACKET_OTHERHOST = ConstantTable.get("PACKET_OTHERHOST");
    /** PACKET_OUTGOING, from {@code <netpacket/packet.h>}. */
    int PACKET_OUTGOING = ConstantTable.get("PACKET_OUTGOING");
    /** AF_ALG, from {@code <sys/socket.h>}. */
    int AF_ALG = ConstantTable.get("AF_ALG");
    /** AF_APPLETALK, from {@code <sys/socket.h>}. */
    int AF_APPLETALK = ConstantTable.get("AF_APPLETALK");
    /** AF_ASH, from {@code <sys/socket.h>}. */
    int AF_ASH = ConstantTable.get("AF_ASH");
    /** AF_ATMPVC, from {@code <sys/socket.h>}. */
    int AF_ATMPVC = ConstantTable.get("AF_ATMPVC");
    /** AF_ATMSVC, from {@code <sys/socket.h>}. */
    int AF_ATMSVC = ConstantTable.get("AF_ATMSVC");
    /** AF_AX25, from {@code <sys/socket.h>}. */
    int AF_AX25 = ConstantTable.get("AF_AX25");
    /** AF_BRIDGE, from {@code <sys/socket.h>}. */
    int AF_BRIDGE = ConstantTable.get("AF_BRIDGE");
    /** AF_DECnet, from {@code <sys/socket.h>}. */
    int AF_DECnet = 12;
    /** AF_CAN, from {@code <sys/socket.h>}. */
    int AF_CAN = ConstantTable.get("AF_CAN");
    /** AF_ECONET, from {@code <sys/socket.h>}. */
    int AF_ECONET = ConstantTable.get("AF_ECONET");
    /** AF_IPX, from {@code <sys/socket.h>}. */
    int AF_IPX = ConstantTable.get("AF_IPX");
    /** AF_IRDA, from {@code <sys/socket.h>}. */
    int AF_IRDA = ConstantTable.get("AF_IRDA");
    /** AF_KEY, from {@code <sys/socket.h>}. */
    int AF_KEY = ConstantTable.get("AF_KEY");
    /** AF_LLC, from {@code <sys/socket.h>}. */
    int AF_LLC = ConstantTable.get("AF_LLC");
    /** AF_NETBEUI, from {@code <sys/socket.h>}. */
    int AF_NETBEUI = ConstantTable.get("AF_NETBEUI");
    /** AF_NETLINK, from {@code <sys/socket.h>}. */
    int AF_NETLINK = ConstantTable.get("AF_NETLINK");
    /** AF_NETROM, from {@code <sys/socket.h>}. */
    int AF_NETROM = ConstantTable.get("AF_NETROM");
    /** AF_PACKET, from {@code <sys/socket.h>}. */
    int AF_PACKET = ConstantTable.get("AF_PACKET");
    /** AF_PPPOX, from {@code <sys/socket.h>}. */
    int AF_PPPOX = ConstantTable.get("AF_PPPOX");
    /** AF_QIPCRTR, from {@code <sys/socket.h>}. */
    int AF_QIPCRTR = ConstantTable.get("AF_QIPCRTR");
    /** AF_RDS, from {@code <sys/socket.h>}. */
    int AF_RDS = ConstantTable.get("AF_RDS");
    /** AF_ROSE, from {@code <sys/socket.h>}. */
    int AF_ROSE = ConstantTable.get("AF_ROSE");
    /** AF_ROUTE, from {@code <sys/socket.h>}. */
    int AF_ROUTE = ConstantTable.get("AF_ROUTE");
    /** AF_SECURITY, from {@code <sys/socket.h>}. */
    int AF_SECURITY = ConstantTable.get("AF_SECURITY");
    /** AF_SNA, from {@code <sys/socket.h>}. */
    int AF_SNA = ConstantTable.get("AF_SNA");
    /** AF_TIPC, from {@code <sys/socket.h>}. */
    int AF_TIPC = ConstantTable.get("AF_TIPC");
    /** AF_VSOCK, from {@code <sys/socket.h>}. */
    int AF_VSOCK = ConstantTable.get("AF_VSOCK");
    /** AF_WANPIPE, from {@code <sys/socket.h>}. */
    int AF_WANPIPE = ConstantTable.get("AF_WANPIPE");
    /** AF_X25, from {@code <sys/socket.h>}. */
    int AF_X25 = ConstantTable.get("AF_X25");
    /** MSG_CMSG_CLOEXEC, from {@code <sys/socket.h>}. */
    int MSG_CMSG_CLOEXEC = ConstantTable.get("MSG_CMSG_CLOEXEC");
    /** MSG_CONFIRM, from {@code <sys/socket.h>}. */
    int MSG_CONFIRM = ConstantTable.get("MSG_CONFIRM");
    /** MSG_ERRQUEUE, from {@code <sys/socket.h>}. */
    int MSG_ERRQUEUE = ConstantTable.get("MSG_ERRQUEUE");
    /** MSG_FASTOPEN, from {@code <sys/socket.h>}. */
    int MSG_FASTOPEN = ConstantTable.get("MSG_FASTOPEN");
    /** MSG_MORE, from {@code <sys/socket.h>}. */
    int MSG_MORE = ConstantTable.get("MSG_MORE");
    /** PF_CAN, from {@code <sys/socket.h>}. */
    int PF_CAN = ConstantTable.get("PF_CAN");
    /** PF_PACKET, from {@code <sys/socket.h>}. */
    int PF_PACKET = ConstantTable.get("PF_PACKET");
    /** PF_RDS, from {@code <sys/socket.h>}. */
    int PF_RDS = ConstantTable.get("PF_RDS");
    /** SCM_CREDENTIALS, from {@code <sys/socket.h>}. */
    int SCM_CREDENTIALS = ConstantTable.get("SCM_CREDENTIALS");
    /** SOL_ALG, from {@code <sys/socket.h>}. */
    int SOL_ALG = ConstantTable.get("SOL_ALG");
    /** SOL_RDS, from {@code <sys/socket.h>}. */
    int SOL_RDS = ConstantTable.get("SOL_RDS");
    /** SOL_TIPC, from {@code <sys/socket.h>}. */
    int SOL_TIPC = ConstantTable.get("SOL_TIPC");
    /** SO_BINDTODEVICE, from {@code <sys/socket.h>}. */
    int SO_BINDTODEVICE = ConstantTable.get("SO_BINDTODEVICE");
    /** SO_INCOMING_CPU, from {@code <sys/socket.h>}. */
    int SO_INCOMING_CPU = ConstantTable.get("SO_INCOMING_CPU");
    /** SO_MARK, from {@code <sys/socket.h>}. */
    int SO_MARK = ConstantTable.get("SO_MARK");
    /** SO_PASSCRED, from {@code <sys/socket.h>}. */
    int SO_PASSCRED = ConstantTable.get("SO_PASSCRED");
    /** SO_PASSSEC, from {@code <sys/socket.h>}. */
    int SO_PASSSEC = ConstantTable.get("SO_PASSSEC");
    /** SO_PEERCRED, from {@code <sys/socket.h>}. */
    int SO_PEERCRED = ConstantTable.get("SO_PEERCRED");
    /** SO_PEERSEC, from {@code <sys/socket.h>}. */
    int SO_PEERSEC = ConstantTable.get("SO_PEERSEC");
    /** SO_PRIORITY, from {@code <sys/socket.h>}. */
    int SO_PRIORITY = ConstantTable.get("SO_PRIORITY");
    /** AI_DEFAULT, from {@code <netdb.h>}. */
    int AI_DEFAULT = ConstantTable.get("AI_DEFAULT");
    /** AI_V4MAPPED_CFG, from {@code <netdb.h>}. */
    int AI_V4MAPPED_CFG = ConstantTable.get("AI_V4MAPPED_CFG");
    /** AI_MASK, from {@code <netdb.h>}. */
    int AI_MASK = ConstantTable.get("AI_MASK");
    /** EAI_BADHINTS, from {@code <netdb.h>}. */
    int EAI_BADHINTS = ConstantTable.get("EAI_BADHINTS");
    /** EAI_PROTOCOL, from {@code <netdb.h>}. */
    int EAI_PROTOCOL = ConstantTable.get("EAI_PROTOCOL");
    /** EAI_MAX, from {@code <netdb.h>}. */
    int EAI_MAX = ConstantTable.get("EAI_MAX");
    /** SO_USELOOPBACK, from {@code <sys/socket.h>}. */
    int SO_USELOOPBACK = ConstantTable.get("SO_USELOOPBACK");
    /** MSG_EOF, from {@code <sys/socket.h>}. */
    int MSG_EOF = ConstantTable.get("MSG_EOF");
    /** SCM_CREDS, from {@code <sys/socket.h>}. */
    int SCM_CREDS = ConstantTable.get("SCM_CREDS");
    /** AF_LINK, from {@code <sys/socket.h>}. */
    int AF_LINK = ConstantTable.get("AF_LINK");
    /** AF_SYSTEM, from {@code <sys/socket.h>}. */
    int AF_SYSTEM = ConstantTable.get("AF_SYSTEM");
    /** PF_SYSTEM, from {@code <sys/socket.h>}. */
    int PF_SYSTEM = ConstantTable.get("PF_SYSTEM");
    /** SYSPROTO_CONTROL, from {@code <sys/sys_domain.h>}. */
    int SYSPROTO_CONTROL = ConstantTable.get("SYSPROTO_CONTROL");
    /** LOCAL_PEERCRED, from {@code <sys/un.h>}. */
    int LOCAL_PEERCRED = ConstantTable.get("LOCAL_PEERCRED");
    /** IPPROTO_GGP, from {@code <netinet/in.h>}. */
    int IPPROTO_GGP = ConstantTable.get("IPPROTO_GGP");
    /** IPPROTO_IPV4, from {@code <netinet/in.h>}. */
    int IPPROTO_IPV4 = ConstantTable.get("IPPROTO_IPV4");
    /** IPPROTO_XTP, from {@code <netinet/in.h>}. */
    int IPPROTO_XTP = ConstantTable.get("IPPROTO_XTP");
    /** IPPROTO_HELLO, from {@code <netinet/in.h>}. */
    int IPPROTO_HELLO = ConstantTable.get("IPPROTO_HELLO");
    /** IPPROTO_ND, from {@code <netinet/in.h>}. */
    int IPPROTO_ND = ConstantTable.get("IPPROTO_ND");
    /** IPPROTO_EON, from {@code <netinet/in.h>}. */
    int IPPROTO_EON = ConstantTable.get("IPPROTO_EON");
    /** IPPROTO_IPCOMP, from {@code <netinet/in.h>}. */
    int IPPROTO_IPCOMP = ConstantTable.get("IPPROTO_IPCOMP");
    /** IPPROTO_MAX, from {@code <netinet/in.h>}. */
    int IPPROTO_MAX = ConstantTable.get("IPPROTO_MAX");
    /** IP_RECVDSTADDR, from {@code <netinet/in.h>}. */
    int IP_RECVDSTADDR = ConstantTable.get("IP_RECVDSTADDR");
    /** IPV6_USE_MIN_MTU, from {@code <netinet/in.h>}. */
    int IPV6_USE_MIN_MTU = ConstantTable.get("IPV6_USE_MIN_MTU");
    /** TCP_CONNECTION_INFO, from {@code <netinet/tcp.h>}. */
    int TCP_CONNECTION_INFO = ConstantTable.get("TCP_CONNECTION_INFO");
    /** ELAST, from {@code <errno.h>}. */
    int ELAST = ConstantTable.get("ELAST");
    /** EDEADLK, from {@code <errno.h>}. */
    int EDEADLK = ConstantTable.get("EDEADLK");
    /** EPROCLIM, from {@code <errno.h>}. */
    int EPROCLIM = ConstantTable.get("EPROCLIM");
    /** EBADRPC, from {@code <errno.h>}. */
    int EBADRPC = ConstantTable.get("EBADRPC");
    /** ERPCMISMATCH, from {@code <errno.h>}. */
    int ERPCMISMATCH = ConstantTable.get("ERPCMISMATCH");
    /** EPROGUNAVAIL, from {@code <errno.h>}. */
    int EPROGUNAVAIL = ConstantTable.get("EPROGUNAVAIL");
    /** EPROGMISMATCH, from {@code <errno.h>}. */
    int EPROGMISMATCH = ConstantTable.get("EPROGMISMATCH");
    /** EPROCUNAVAIL, from {@code <errno.h>}. */
    int EPROCUNAVAIL = ConstantTable.get("EPROCUNAVAIL");
    /** EFTYPE, from {@code <errno.h>}. */
    int EFTYPE = ConstantTable.get("EFTYPE");
    /** EAUTH, from {@code <errno.h>}. */
    int EAUTH = ConstantTable.get("EAUTH");
    /** ENEEDAUTH, from {@code <errno.h>}. */
    int ENEEDAUTH = ConstantTable.get("ENEEDAUTH");
    /** EPWROFF, from {@code <errno.h>}. */
    int EPWROFF = ConstantTable.get("EPWROFF");
    /** EDEVERR, from {@code <errno.h>}. */
    int EDEVERR = ConstantTable.get("EDEVERR");
    /** EBADEXEC, from {@code <errno.h>}. */
    int EBADEXEC = ConstantTable.get("EBADEXEC");
    /** EBADARCH, from {@code <errno.h>}. */
    int EBADARCH = ConstantTable.get("EBADARCH");
    /** ESHLIBVERS, from {@code <errno.h>}. */
    int ESHLIBVERS = ConstantTable.get("ESHLIBVERS");
    /** EBADMACHO, from {@code <errno.h>}. */
    int EBADMACHO = ConstantTable.get("EBADMACHO");
    /** ENOATTR, from {@code <errno.h>}. */
    int ENOATTR = ConstantTable.get("ENOATTR");
    /** ENOPOLICY, from {@code <errno.h>}. */
    int ENOPOLICY = ConstantTable.get("ENOPOLICY");
    /** EQFULL, from {@code <errno.h>}. */
    int EQFULL = ConstantTable.get("EQFULL");

    /**
     * Whether the running OS defines this constant (junixsocket-style capability check).
     *
     * @param name a C name such as {@code "SOCK_NONBLOCK"}
     * @return true when it has a value here
     */
    static boolean has(String name) {
        ConstantTable.Row row = ConstantTable.BY_NAME.get(name);
        return row != null && row.has(Os.HOST);
    }
}
