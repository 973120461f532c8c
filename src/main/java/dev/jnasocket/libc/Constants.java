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
