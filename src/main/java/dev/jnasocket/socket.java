package dev.jnasocket;

import dev.jnasocket.libc.Constants;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.hostent;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_un;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code socket} module: its functions as static methods and its constants (with the
 * running OS's values) as fields, so a port reads like the original:
 * <pre>
 * import dev.jnasocket.*;
 *
 * try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
 *     s.connect("127.0.0.1", 50007);
 *     s.sendall("Hello, world".getBytes());
 *     byte[] data = s.recv(1024);
 *     print("Received", repr(data)); // import static dev.jnasocket.builtins.*;
 * }
 * </pre>
 * The lower-case class name is deliberate: it is the module's name.
 */
public final class socket implements SocketConstants {
    private socket() {}

    /** Python's default timeout for new sockets, in nanoseconds; {@link Timeout#NONE} means blocking. */
    private static volatile long defaultTimeout = Timeout.NONE;

    // ---------------------------------------------------------------- making sockets

    /**
     * Python's {@code socket.socket()}: an AF_INET stream socket.
     *
     * @return the socket
     * @throws OSError if the kernel refuses (EMFILE, EAFNOSUPPORT...)
     */
    public static SocketObject socket() throws OSError {
        return socket(AF_INET, SOCK_STREAM, 0);
    }

    /**
     * Python's {@code socket.socket(family)}.
     *
     * @param family AF_INET, AF_INET6, AF_UNIX
     * @return the socket
     * @throws OSError if the kernel refuses
     */
    public static SocketObject socket(int family) throws OSError {
        return socket(family, SOCK_STREAM, 0);
    }

    /**
     * Python's {@code socket.socket(family, type)}.
     *
     * @param family AF_INET, AF_INET6, AF_UNIX
     * @param type   SOCK_STREAM, SOCK_DGRAM
     * @return the socket
     * @throws OSError if the kernel refuses
     */
    public static SocketObject socket(int family, int type) throws OSError {
        return socket(family, type, 0);
    }

    /**
     * Python's {@code socket.socket(family, type, proto)}. The fd is close-on-exec, as in
     * Python; SOCK_NONBLOCK in {@code type} means timeout 0.0.
     *
     * @param family AF_INET, AF_INET6, AF_UNIX
     * @param type   SOCK_STREAM, SOCK_DGRAM (Linux: may include SOCK_NONBLOCK, SOCK_CLOEXEC)
     * @param proto  0 for the default
     * @return the socket
     * @throws OSError if the kernel refuses
     */
    public static SocketObject socket(int family, int type, int proto) throws OSError {
        int flags = typeFlags();
        int fd = newSocket(family, type, proto);
        if (fd < 0 && reclaimFds(LibC.errno(), 1)) {
            fd = newSocket(family, type, proto);
        }
        if (fd < 0) {
            throw OSError.last();
        }
        long t = (type & flags & nonblockFlag()) != 0 ? 0 : defaultTimeout;
        return new SocketObject(family, type & ~flags, proto, fd, t);
    }

    /**
     * Python's {@code socket.socket(family, type, proto, fileno)}: wraps an existing fd (which
     * the object then owns); family, type and proto are read from the fd when given as -1.
     *
     * @param family AF_* or -1
     * @param type   SOCK_* or -1
     * @param proto  the protocol or -1
     * @param fileno the fd to own
     * @return the socket
     * @throws OSError {@code [Errno 9] Bad file descriptor} if fileno is not open
     */
    public static SocketObject socket(int family, int type, int proto, int fileno) throws OSError {
        if (fileno < 0) {
            throw new IllegalArgumentException("negative file descriptor");
        }
        int[] v = {0};
        if (LibC.getsockopt(fileno, SOL_SOCKET, SO_TYPE, v) != 0) {
            throw OSError.last();
        }
        if (type == -1) {
            type = v[0];
        }
        if (family == -1) {
            family = familyOf(fileno);
        }
        if (proto == -1) {
            proto = Os.HOST == Os.LINUX && LibC.getsockopt(fileno, SOL_SOCKET, SO_PROTOCOL, v) == 0 ? v[0] : 0;
        }
        return new SocketObject(family, type & ~typeFlags(), proto, fileno, defaultTimeout);
    }

    /** socket(2), close-on-exec: -1 with errno set on failure. */
    private static int newSocket(int family, int type, int proto) {
        if (Os.HOST == Os.LINUX) {
            return LibC.socket(family, type | SOCK_CLOEXEC, proto);
        }
        int fd = LibC.socket(family, type, proto);
        if (fd >= 0) {
            LibC.fcntl(fd, LibC.F_SETFD, LibC.FD_CLOEXEC);
        }
        return fd;
    }

    /** Serializes catch-ups, so that many threads out of fds at once cost one GC. */
    private static final Object RECLAIM = new Object();
    /** Until this System.nanoTime(), a catch-up is known to be pointless: the last one freed nothing. */
    private static long futileUntil;

    /**
     * What the JDK does when direct memory runs out, done for fds: a socket dropped without
     * close() keeps its fd until a GC finds it and the Cleaner closes it, so when a call fails
     * with EMFILE or ENFILE, run a GC and wait (at most about a quarter of a second) until an
     * fd is free, and tell the caller to make its call once more. Nothing is waited for when
     * the errno is another, or when a catch-up in the last second freed nothing.
     *
     * @param errno the failed call's errno
     * @param fds   how many fds the call makes (2 for socketpair)
     * @return whether to try the call again; if not, errno is still EMFILE or ENFILE
     */
    static boolean reclaimFds(int errno, int fds) {
        if (errno != LibC.EMFILE && errno != LibC.ENFILE) {
            return false;
        }
        synchronized (RECLAIM) {
            if (System.nanoTime() - futileUntil < 0) {
                return false;
            }
            System.gc();
            for (int ms = 1; ; ms *= 2) {
                if (free(fds)) {
                    return true;
                }
                if (ms > 128) {
                    futileUntil = System.nanoTime() + 1_000_000_000L;
                    return false;
                }
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /** Whether the process can open {@code n} more fds now; on failure errno holds why. */
    private static boolean free(int n) {
        int[] probes = new int[n];
        int opened = 0;
        while (opened < n && (probes[opened] = LibC.socket(AF_UNIX, SOCK_STREAM, 0)) >= 0) {
            opened++;
        }
        for (int i = 0; i < opened; i++) {
            LibC.close(probes[i]);
        }
        return opened == n;
    }

    private static int familyOf(int fd) throws OSError {
        int[] v = {0};
        if (Os.HOST == Os.LINUX && LibC.getsockopt(fd, SOL_SOCKET, SO_DOMAIN, v) == 0) {
            return v[0];
        }
        sockaddr_un any = new sockaddr_un(); // the largest struct
        int[] len = {any.size()};
        if (LibC.getsockname(fd, any, len) != 0) {
            throw OSError.last();
        }
        return any.sun_family;
    }

    private static int typeFlags() {
        return Os.HOST == Os.LINUX ? SOCK_NONBLOCK | SOCK_CLOEXEC : 0;
    }

    private static int nonblockFlag() {
        return Os.HOST == Os.LINUX ? SOCK_NONBLOCK : 0;
    }

    /**
     * Python's {@code socket.fromfd(fd, family, type)}: a socket on a duplicate of {@code fd}.
     *
     * @param fd     an open socket fd (stays open and owned by the caller)
     * @param family its family
     * @param type   its type
     * @return the socket
     * @throws OSError if fd cannot be duplicated
     */
    public static SocketObject fromfd(int fd, int family, int type) throws OSError {
        return fromfd(fd, family, type, 0);
    }

    /**
     * Python's {@code socket.fromfd(fd, family, type, proto)}.
     *
     * @param fd     an open socket fd
     * @param family its family
     * @param type   its type
     * @param proto  its protocol
     * @return the socket
     * @throws OSError if fd cannot be duplicated
     */
    public static SocketObject fromfd(int fd, int family, int type, int proto) throws OSError {
        // Refuse a non-socket before duplicating it, so that no duplicate is left open behind the error.
        if (LibC.getsockopt(fd, SOL_SOCKET, SO_TYPE, new int[1]) != 0) {
            throw OSError.last();
        }
        int d = LibC.fcntl(fd, LibC.F_DUPFD_CLOEXEC, 0);
        if (d < 0 && reclaimFds(LibC.errno(), 1)) {
            d = LibC.fcntl(fd, LibC.F_DUPFD_CLOEXEC, 0);
        }
        if (d < 0) {
            throw OSError.last();
        }
        SocketObject s = socket(family, type, proto, d);
        int[] domain = {0};
        if (Constants.has("SO_DOMAIN") && LibC.getsockopt(d, SOL_SOCKET, SO_DOMAIN, domain) == 0) {
            s.decodeAs(domain[0]); // CPython decodes addresses by the family they carry, not the one declared
        }
        return s;
    }

    /**
     * Python's {@code socket.socketpair()}: two connected AF_UNIX stream sockets.
     *
     * @return the two sockets
     * @throws OSError if the kernel refuses
     */
    public static SocketObject[] socketpair() throws OSError {
        return socketpair(AF_UNIX, SOCK_STREAM, 0);
    }

    /**
     * Python's {@code socket.socketpair(family, type, proto)}.
     *
     * @param family AF_UNIX
     * @param type   SOCK_STREAM or SOCK_DGRAM
     * @param proto  0
     * @return the two sockets
     * @throws OSError if the kernel refuses
     */
    public static SocketObject[] socketpair(int family, int type, int proto) throws OSError {
        int[] sv = new int[2];
        int t = Os.HOST == Os.LINUX ? type | SOCK_CLOEXEC : type;
        if (LibC.socketpair(family, t, proto, sv) != 0
                && (!reclaimFds(LibC.errno(), 2) || LibC.socketpair(family, t, proto, sv) != 0)) {
            throw OSError.last();
        }
        if (Os.HOST != Os.LINUX) {
            LibC.fcntl(sv[0], LibC.F_SETFD, LibC.FD_CLOEXEC);
            LibC.fcntl(sv[1], LibC.F_SETFD, LibC.FD_CLOEXEC);
        }
        SocketObject a = null;
        try {
            a = new SocketObject(family, type & ~typeFlags(), proto, sv[0], defaultTimeout);
            return new SocketObject[] {a, new SocketObject(family, type & ~typeFlags(), proto, sv[1], defaultTimeout)};
        } catch (OSError e) {
            if (a == null) {
                LibC.close(sv[0]);
            }
            LibC.close(sv[1]);
            throw e;
        }
    }

    /**
     * Python's {@code socket.create_connection((host, port))}: tries each address of the host
     * in turn; raises the last error if none connects.
     *
     * @param host the host
     * @param port the port
     * @return the connected socket
     * @throws OSError the last connection error, or a gaierror
     */
    public static SocketObject create_connection(String host, int port) throws OSError {
        return create_connection(Address.of(host, port));
    }

    /**
     * Python's {@code socket.create_connection(address)} with the default timeout.
     *
     * @param address the host and port
     * @return the connected socket
     * @throws OSError the last connection error, or a gaierror
     */
    public static SocketObject create_connection(Address address) throws OSError {
        return connectAny(address, false, null, null);
    }

    /**
     * Python's {@code socket.create_connection((host, port), timeout)}.
     *
     * @param host    the host
     * @param port    the port
     * @param timeout seconds for the connect and the socket after it; null for blocking
     * @return the connected socket
     * @throws OSError the last connection error, a TimeoutError or a gaierror
     */
    public static SocketObject create_connection(String host, int port, Double timeout) throws OSError {
        return create_connection(Address.of(host, port), timeout);
    }

    /**
     * Python's {@code socket.create_connection(address, timeout)}.
     *
     * @param address the host and port
     * @param timeout seconds, or null for blocking
     * @return the connected socket
     * @throws OSError the last connection error
     */
    public static SocketObject create_connection(Address address, Double timeout) throws OSError {
        return connectAny(address, true, timeout, null);
    }

    /**
     * Python's {@code socket.create_connection(address, timeout, source_address)}.
     *
     * @param address        the host and port
     * @param timeout        seconds, or null for blocking
     * @param source_address the local address to bind first, or null
     * @return the connected socket
     * @throws OSError the last connection error
     */
    public static SocketObject create_connection(Address address, Double timeout, Address source_address) throws OSError {
        return connectAny(address, true, timeout, source_address);
    }

    /**
     * Python's {@code socket.create_connection(address, timeout, source_address, all_errors=True)}:
     * when no address connects, raises an {@link ExceptionGroup} of every attempt's error
     * (with {@code all_errors} false, the last error alone, as the other forms do).
     *
     * @param address        the host and port
     * @param timeout        seconds, or null for blocking
     * @param source_address the local address to bind first, or null
     * @param all_errors     whether to raise every error
     * @return the connected socket
     * @throws OSError       the last error (all_errors false), or a gaierror
     * @throws ExceptionGroup {@code "create_connection failed (2 sub-exceptions)"} (all_errors true)
     */
    public static SocketObject create_connection(Address address, Double timeout, Address source_address,
            boolean all_errors) throws OSError, ExceptionGroup {
        if (!all_errors) {
            return create_connection(address, timeout, source_address);
        }
        List<OSError> errors = new ArrayList<>();
        SocketObject s = connectAny(address, true, timeout, source_address, errors);
        if (s == null) {
            throw new ExceptionGroup("create_connection failed", errors);
        }
        return s;
    }

    private static SocketObject connectAny(Address address, boolean setTimeout, Double timeout, Address source) throws OSError {
        List<OSError> errors = new ArrayList<>();
        SocketObject s = connectAny(address, setTimeout, timeout, source, errors);
        if (s == null) {
            throw errors.get(errors.size() - 1);
        }
        return s;
    }

    /** The loop of create_connection: the socket, or null with every attempt's error in {@code errors}. */
    private static SocketObject connectAny(Address address, boolean setTimeout, Double timeout, Address source,
            List<OSError> errors) throws OSError {
        if (address == null || address.kind() == Address.Kind.UNIX) {
            throw new IllegalArgumentException("create_connection() needs a (host, port) address");
        }
        List<AddrInfo> found = getaddrinfo(address.host(), address.port(), 0, SOCK_STREAM, 0, 0);
        // Refused after the lookup, as CPython's settimeout does, but before a socket is made to leak.
        long ns = setTimeout ? Timeout.socket(timeout) : 0;
        for (AddrInfo ai : found) {
            SocketObject s = null;
            try {
                s = socket(ai.family(), ai.type(), ai.proto());
                if (setTimeout) {
                    s.applyTimeout(ns, true);
                }
                if (source != null) {
                    s.bind(source);
                }
                s.connect(ai.sockaddr());
                return s;
            } catch (OSError e) {
                errors.add(e);
                if (s != null) {
                    s.close();
                }
            }
        }
        if (errors.isEmpty()) {
            throw new OSError("getaddrinfo returns an empty list");
        }
        return null;
    }

    /**
     * Python's {@code socket.create_server((host, port))}: a listening TCP socket with
     * SO_REUSEADDR.
     *
     * @param host the host ("" for all interfaces)
     * @param port the port (0 for any)
     * @return the listening socket
     * @throws OSError {@code "... (while attempting to bind on address ('h', p))"}
     */
    public static SocketObject create_server(String host, int port) throws OSError {
        return create_server(Address.of(host, port));
    }

    /**
     * Python's {@code socket.create_server(address)}.
     *
     * @param address where to listen
     * @return the listening socket
     * @throws OSError if it cannot bind or listen
     */
    public static SocketObject create_server(Address address) throws OSError {
        return create_server(address, AF_INET, null, false, false);
    }

    /**
     * Python's {@code socket.create_server(address, *, family, backlog, reuse_port, dualstack_ipv6)}.
     *
     * @param address        where to listen
     * @param family         AF_INET or AF_INET6
     * @param backlog        the listen backlog, or null for the default
     * @param reuse_port     set SO_REUSEPORT
     * @param dualstack_ipv6 accept IPv4 too on an AF_INET6 socket
     * @return the listening socket
     * @throws OSError if it cannot bind or listen
     */
    public static SocketObject create_server(Address address, int family, Integer backlog, boolean reuse_port,
            boolean dualstack_ipv6) throws OSError {
        if (reuse_port && !Constants.has("SO_REUSEPORT")) {
            throw new IllegalArgumentException("SO_REUSEPORT not supported on this platform");
        }
        if (dualstack_ipv6 && family != AF_INET6) {
            throw new IllegalArgumentException("dualstack_ipv6 requires AF_INET6 family");
        }
        SocketObject s = socket(family, SOCK_STREAM);
        try {
            try {
                s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
            } catch (OSError ignored) {
                // As in CPython: a platform without SO_REUSEADDR still gets its server.
            }
            if (reuse_port) {
                s.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1);
            }
            if (family == AF_INET6) {
                s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, dualstack_ipv6 ? 0 : 1);
            }
            try {
                s.bind(address);
            } catch (OSError e) {
                if (e.errno() == null) {
                    throw e;
                }
                throw new OSError(e.errno(), e.strerror() + " (while attempting to bind on address " + address + ")");
            }
            if (backlog == null) {
                s.listen();
            } else {
                s.listen(backlog);
            }
            return s;
        } catch (OSError | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- default timeout

    /** {@return Python's {@code socket.getdefaulttimeout()}: null (blocking) unless set} */
    public static Double getdefaulttimeout() {
        long t = defaultTimeout;
        return t < 0 ? null : Timeout.asSeconds(t);
    }

    /** The default timeout as new sockets take it: nanoseconds, or {@link Timeout#NONE}. */
    static long defaultTimeout() {
        return defaultTimeout;
    }

    /**
     * Python's {@code socket.setdefaulttimeout(timeout)}: the timeout new sockets start with.
     *
     * @param timeout seconds, or null for blocking
     */
    public static void setdefaulttimeout(Double timeout) {
        defaultTimeout = Timeout.socket(timeout);
    }

    /**
     * Python's {@code socket.setdefaulttimeout(timeout)} for a Python int.
     *
     * @param timeout seconds
     */
    public static void setdefaulttimeout(long timeout) {
        defaultTimeout = Timeout.socket(timeout);
    }

    // ---------------------------------------------------------------- names

    /**
     * Python's {@code socket.getaddrinfo(host, port)}.
     *
     * @param host a name, an address text, or null
     * @param port a port number, or null
     * @return the answers
     * @throws OSError a gaierror when the name cannot be resolved
     */
    public static List<AddrInfo> getaddrinfo(String host, Integer port) throws OSError {
        return getaddrinfo(host, port, 0, 0, 0, 0);
    }

    /**
     * Python's {@code socket.getaddrinfo(host, port, family, type, proto, flags)}.
     *
     * @param host   a name (IDNA-encoded first), an address text, or null (libc's NULL node: the
     *               loopback address, or the wildcard with AI_PASSIVE); as in CPython a NUL ends it
     * @param port   an Integer (or Long) port, a String service name or number, a {@code byte[]}
     *               (Python's bytes), or null; as in CPython a NUL ends a text
     * @param family AF_UNSPEC (0), AF_INET or AF_INET6
     * @param type   0, SOCK_STREAM or SOCK_DGRAM
     * @param proto  0 or an IPPROTO_*
     * @param flags  AI_* flags
     * @return the answers in libc's order
     * @throws OSError a gaierror when the name cannot be resolved
     */
    public static List<AddrInfo> getaddrinfo(String host, Object port, int family, int type, int proto, int flags)
            throws OSError {
        return AddressCodec.getaddrinfo(host, port, family, type, proto, flags);
    }

    /**
     * CPython's {@code s} argument format: the text must encode as UTF-8 (no lone surrogate) and
     * hold no NUL, which C would silently cut it at.
     */
    private static String cstr(String s) {
        bytes.encode(s); // UnicodeEncodeError, with CPython's message
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character");
        }
        return s;
    }

    /**
     * CPython's {@code et} argument format with the idna codec ({@code gethostbyname},
     * {@code gethostbyname_ex}, {@code gethostbyaddr}): the name IDNA-encoded, without NUL.
     */
    private static String idnaName(String call, String name) {
        if (name == null) {
            throw new IllegalArgumentException(call + "() argument 1 must be str, bytes or bytearray, not None");
        }
        String encoded = AddressCodec.idna(name);
        if (encoded.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(call + "() argument 1 must be encoded string without null bytes, not str");
        }
        return encoded;
    }

    /**
     * What {@link #getnameinfo} returns: Python's {@code (host, port)} pair of strings.
     *
     * @param host the host name or address text
     * @param port the service name or port text
     */
    public record NameInfo(String host, String port) {
        /** Python's tuple form {@code ('localhost', 'http')}. */
        @Override
        public String toString() {
            return builtins.repr(this);
        }
    }

    /**
     * Python's {@code socket.getnameinfo(sockaddr, flags)}.
     *
     * @param sockaddr a numeric address (host must be an address, not a name); its port is given
     *                 to libc as CPython prints it, so -1 fails there and 65536 is 0
     *                 ({@code Address.of6} of an IPv4 host is OSError "IPv4 sockaddr must be 2 tuple")
     * @param flags    NI_* flags
     * @return the host and service
     * @throws OSError a gaierror if it cannot be translated
     */
    public static NameInfo getnameinfo(Address sockaddr, int flags) throws OSError {
        if (sockaddr == null || sockaddr.kind() == Address.Kind.UNIX) {
            throw new IllegalArgumentException("getnameinfo() argument 1 must be a tuple");
        }
        if (sockaddr.host() == null) {
            throw new IllegalArgumentException("getnameinfo(): illegal sockaddr argument");
        }
        String host = cstr(sockaddr.host());
        if (Integer.toUnsignedLong(sockaddr.flowinfo()) > 0xfffff) {
            throw new IllegalArgumentException("getnameinfo(): flowinfo must be 0-1048575.");
        }
        // As CPython: the port printed with %d (glibc refuses -1 and keeps the low 16 bits of
        // 65536 and above), the host parsed by getaddrinfo as a number, never looked up.
        List<AddrInfo> found = AddressCodec.lookup(host, Integer.toString(sockaddr.port()), AF_UNSPEC, SOCK_DGRAM, 0,
                AI_NUMERICHOST);
        if (found.size() != 1) {
            throw new OSError("sockaddr resolved to multiple addresses");
        }
        AddrInfo ai = found.get(0);
        Address a = ai.sockaddr();
        if (ai.family() == AF_INET && sockaddr.kind() != Address.Kind.PAIR) {
            throw new OSError("IPv4 sockaddr must be 2 tuple");
        }
        if (ai.family() == AF_INET6) {
            a = Address.of6(a.host(), a.port(), sockaddr.flowinfo(), sockaddr.scope_id());
        }
        sockaddr sa = AddressCodec.toSockaddr(a, ai.family(), "getnameinfo");
        String[] hostOut = new String[1];
        String[] serv = new String[1];
        int rc = LibC.getnameinfo(sa, sa.size(), hostOut, serv, flags);
        if (rc != 0) {
            throw gaierror.fromCode(rc);
        }
        return new NameInfo(hostOut[0], serv[0]);
    }

    /**
     * Python's {@code socket.gethostname()}.
     *
     * @return this host's name
     * @throws OSError if libc fails
     */
    public static String gethostname() throws OSError {
        byte[] b = new byte[256];
        if (LibC.gethostname(b, b.length) != 0) {
            throw OSError.last();
        }
        return LibC.cString(b);
    }

    /**
     * Python's {@code socket.gethostbyname(hostname)}: the first IPv4 address.
     *
     * @param hostname a name or an IPv4 address text
     * @return the address text
     * @throws OSError a gaierror if the name is unknown
     */
    public static String gethostbyname(String hostname) throws OSError {
        return LibC.inet_ntop(AF_INET, AddressCodec.resolve(idnaName("gethostbyname", hostname), AF_INET));
    }

    /**
     * What {@link #gethostbyaddr} returns: Python's {@code (hostname, aliaslist, ipaddrlist)}.
     *
     * @param hostname   the primary name
     * @param aliaslist  other names
     * @param ipaddrlist the addresses
     */
    public record HostInfo(String hostname, List<String> aliaslist, List<String> ipaddrlist) {
        /** Python's tuple repr: {@code ('localhost', [], ['127.0.0.1'])}. */
        @Override
        public String toString() {
            return builtins.repr(this);
        }
    }

    /**
     * Python's {@code socket.gethostbyaddr(ip_address)}.
     *
     * @param ip_address an address text or a name
     * @return the host's name, its aliases and addresses, from the resolver
     * @throws OSError an {@link herror} with the resolver's h_errno ({@code [Errno 1] Unknown host}), a gaierror
     */
    public static HostInfo gethostbyaddr(String ip_address) throws OSError {
        Object[] fa = ipaddrAny("gethostbyaddr", ip_address);
        byte[] packed = (byte[]) fa[1];
        return hostInfo(LibC.gethostbyaddr(packed, packed.length, (Integer) fa[0]));
    }

    /**
     * Python's {@code socket.getfqdn(name)}: the first name of the host that contains a dot.
     *
     * @param name a host name or address; "" for this host
     * @return the fully qualified name, or {@code name} if none is known
     * @throws IllegalArgumentException for null, where CPython's {@code getfqdn(None)} raises
     *     AttributeError {@code 'NoneType' object has no attribute 'strip'}
     */
    public static String getfqdn(String name) {
        if (name == null) {
            throw new IllegalArgumentException("'NoneType' object has no attribute 'strip'");
        }
        String n = name.strip();
        try {
            if (n.isEmpty() || n.equals("0.0.0.0") || n.equals("::")) {
                n = gethostname();
            }
            HostInfo h = gethostbyaddr(n);
            if (h.hostname().contains(".")) {
                return h.hostname();
            }
            for (String alias : h.aliaslist()) {
                if (alias.contains(".")) {
                    return alias;
                }
            }
            return h.hostname();
        } catch (OSError e) {
            return n;
        }
    }

    /** {@return Python's {@code socket.getfqdn()} for this host} */
    public static String getfqdn() {
        return getfqdn("");
    }

    /**
     * Python's {@code socket.getservbyname(servicename, protocolname)}.
     *
     * @param servicename e.g. {@code "http"}
     * @param protocolname {@code "tcp"}, {@code "udp"} or null
     * @return the port
     * @throws OSError {@code "service/proto not found"}
     */
    public static int getservbyname(String servicename, String protocolname) throws OSError {
        if (servicename == null) {
            throw new IllegalArgumentException("getservbyname() argument 1 must be str, not None");
        }
        LibC.servent s = LibC.getservbyname(cstr(servicename), protocolname == null ? null : cstr(protocolname));
        if (s == null) {
            throw new OSError("service/proto not found");
        }
        return LibC.ntohs(s.s_port());
    }

    /**
     * Python's {@code socket.getservbyname(servicename)}.
     *
     * @param servicename e.g. {@code "http"}
     * @return the port
     * @throws OSError {@code "service/proto not found"}
     */
    public static int getservbyname(String servicename) throws OSError {
        return getservbyname(servicename, null);
    }

    /**
     * Python's {@code socket.getservbyport(port, protocolname)}.
     *
     * @param port         0-65535
     * @param protocolname {@code "tcp"}, {@code "udp"} or null
     * @return the service name
     * @throws OSError {@code "port/proto not found"}
     */
    public static String getservbyport(int port, String protocolname) throws OSError {
        String proto = protocolname == null ? null : cstr(protocolname); // parsed before the port is checked
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("getservbyport: port must be 0-65535.");
        }
        LibC.servent s = LibC.getservbyport(LibC.htons(port), proto);
        if (s == null) {
            throw new OSError("port/proto not found");
        }
        return s.s_name();
    }

    /**
     * Python's {@code socket.getservbyport(port)}.
     *
     * @param port 0-65535
     * @return the service name
     * @throws OSError {@code "port/proto not found"}
     */
    public static String getservbyport(int port) throws OSError {
        return getservbyport(port, null);
    }

    /**
     * Python's {@code socket.getprotobyname(protocolname)}.
     *
     * @param protocolname e.g. {@code "tcp"}
     * @return its number
     * @throws OSError {@code "protocol not found"}
     */
    public static int getprotobyname(String protocolname) throws OSError {
        if (protocolname == null) {
            throw new IllegalArgumentException("getprotobyname() argument 1 must be str, not None");
        }
        int p = LibC.getprotobyname(cstr(protocolname));
        if (p < 0) {
            throw new OSError("protocol not found");
        }
        return p;
    }

    // ---------------------------------------------------------------- address conversion

    /**
     * Python's {@code socket.inet_aton(ip_string)}: the 4 packed bytes (accepts inet_aton's short forms).
     *
     * @param ip_string e.g. {@code "127.0.0.1"} or {@code "127.1"}
     * @return 4 bytes in network order
     * @throws OSError {@code "illegal IP address string passed to inet_aton"}
     */
    public static byte[] inet_aton(String ip_string) throws OSError {
        if (ip_string == null) {
            throw new IllegalArgumentException("inet_aton() argument 1 must be str, not None");
        }
        cstr(ip_string);
        byte[] b = new byte[4];
        if (LibC.inet_aton(ip_string, b) == 0) {
            throw new OSError("illegal IP address string passed to inet_aton");
        }
        return b;
    }

    /**
     * Python's {@code socket.inet_ntoa(packed_ip)}.
     *
     * @param packed_ip 4 bytes
     * @return the dotted text
     * @throws OSError {@code "packed IP wrong length for inet_ntoa"}
     */
    public static String inet_ntoa(byte[] packed_ip) throws OSError {
        if (packed_ip == null || packed_ip.length != 4) {
            throw new OSError("packed IP wrong length for inet_ntoa");
        }
        return LibC.inet_ntop(AF_INET, packed_ip);
    }

    /**
     * Python's {@code socket.inet_pton(address_family, ip_string)}.
     *
     * @param address_family AF_INET or AF_INET6
     * @param ip_string      the text
     * @return 4 or 16 bytes
     * @throws OSError {@code "illegal IP address string passed to inet_pton"}, or EAFNOSUPPORT
     */
    public static byte[] inet_pton(int address_family, String ip_string) throws OSError {
        if (ip_string == null) {
            throw new IllegalArgumentException("inet_pton() argument 2 must be str, not None");
        }
        cstr(ip_string);
        if (address_family != AF_INET && address_family != AF_INET6) {
            throw OSError.fromErrno(LibC.EAFNOSUPPORT);
        }
        byte[] b = new byte[address_family == AF_INET ? 4 : 16];
        if (LibC.inet_pton(address_family, ip_string, b) != 1) {
            throw new OSError("illegal IP address string passed to inet_pton");
        }
        return b;
    }

    /**
     * Python's {@code socket.inet_ntop(address_family, packed_ip)}.
     *
     * @param address_family AF_INET or AF_INET6
     * @param packed_ip      4 or 16 bytes
     * @return the text
     * @throws IllegalArgumentException {@code "invalid length of packed IP address string"} or {@code "unknown address family N"}
     */
    public static String inet_ntop(int address_family, byte[] packed_ip) {
        if (address_family != AF_INET && address_family != AF_INET6) {
            throw new IllegalArgumentException("unknown address family " + address_family);
        }
        if (packed_ip == null || packed_ip.length != (address_family == AF_INET ? 4 : 16)) {
            throw new IllegalArgumentException("invalid length of packed IP address string");
        }
        return LibC.inet_ntop(address_family, packed_ip);
    }

    /**
     * Python's {@code socket.htons(x)}.
     *
     * @param x 0-65535
     * @return x with its two bytes swapped (on these little-endian hosts)
     */
    public static int htons(int x) {
        check16("htons", x);
        return LibC.htons(x);
    }

    /**
     * Python's {@code socket.ntohs(x)}.
     *
     * @param x 0-65535
     * @return x in host order
     */
    public static int ntohs(int x) {
        check16("ntohs", x);
        return LibC.ntohs(x);
    }

    /**
     * Python's {@code socket.htonl(x)}.
     *
     * @param x 0 to 2**32-1
     * @return x with its four bytes swapped
     */
    public static long htonl(long x) {
        check32(x);
        return LibC.htonl((int) x) & 0xffffffffL;
    }

    /**
     * Python's {@code socket.ntohl(x)}.
     *
     * @param x 0 to 2**32-1
     * @return x in host order
     */
    public static long ntohl(long x) {
        check32(x);
        return LibC.ntohl((int) x) & 0xffffffffL;
    }

    private static void check16(String f, int x) {
        if (x < 0) {
            throw new IllegalArgumentException(f + ": can't convert negative Python int to C 16-bit unsigned integer");
        }
        if (x > 0xffff) {
            throw new IllegalArgumentException(f + ": Python int too large to convert to C 16-bit unsigned integer");
        }
    }

    private static void check32(long x) {
        if (x < 0) {
            throw new IllegalArgumentException("can't convert negative value to unsigned int");
        }
        if (x > 0xffffffffL) {
            throw new IllegalArgumentException("int larger than 32 bits");
        }
    }

    // ---------------------------------------------------------------- fds, messages, interfaces, host entries

    /** Python's {@code socket.has_ipv6}: this library always speaks IPv6. */
    public static final boolean has_ipv6 = true;

    /**
     * Python's {@code socket.has_dualstack_ipv6()}: whether an AF_INET6 stream socket can take
     * IPv4 connections too (IPV6_V6ONLY can be cleared).
     *
     * @return true where it can
     */
    public static boolean has_dualstack_ipv6() {
        try (SocketObject s = socket(AF_INET6, SOCK_STREAM)) {
            s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0);
            return true;
        } catch (OSError e) {
            return false;
        }
    }

    /**
     * Python's {@code socket.close(fd)}: closes a socket's fd given as a number.
     *
     * @param fd the fd
     * @throws OSError e.g. {@code [Errno 9] Bad file descriptor} (ECONNRESET is ignored, as in CPython)
     */
    public static void close(int fd) throws OSError {
        if (LibC.close(fd) != 0) {
            int e = LibC.errno();
            if (e != LibC.ECONNRESET) {
                throw OSError.fromErrno(e);
            }
        }
    }

    /**
     * Python's {@code socket.dup(fd)}: a new, non-inheritable fd for the same socket.
     *
     * @param fd the fd to duplicate
     * @return the new fd
     * @throws OSError e.g. {@code [Errno 9] Bad file descriptor}
     */
    public static int dup(int fd) throws OSError {
        int d = LibC.fcntl(fd, LibC.F_DUPFD_CLOEXEC, 0);
        if (d < 0) {
            throw OSError.last();
        }
        return d;
    }

    /** CPython's limit for socklen_t values: the largest int. */
    private static final long SOCKLEN_T_LIMIT = Integer.MAX_VALUE;

    /**
     * Python's {@code socket.CMSG_LEN(length)}: the {@code cmsg_len} of an ancillary item with
     * {@code length} bytes of data.
     *
     * @param length the data length
     * @return the item's length without trailing padding
     * @throws IllegalArgumentException (Python's OverflowError) {@code "CMSG_LEN() argument out of range"}
     */
    public static int CMSG_LEN(long length) {
        if (length < 0 || length > SOCKLEN_T_LIMIT - LibC.CMSG_LEN(0)) {
            throw new IllegalArgumentException("CMSG_LEN() argument out of range");
        }
        return (int) LibC.CMSG_LEN(length);
    }

    /**
     * Python's {@code socket.CMSG_SPACE(length)}: the room an item with {@code length} bytes of
     * data takes in the ancillary buffer, padding included.
     *
     * @param length the data length
     * @return the buffer size for one such item
     * @throws IllegalArgumentException (Python's OverflowError) {@code "CMSG_SPACE() argument out of range"}
     */
    public static int CMSG_SPACE(long length) {
        if (length < 0 || length > SOCKLEN_T_LIMIT || LibC.CMSG_SPACE(length) > SOCKLEN_T_LIMIT) {
            throw new IllegalArgumentException("CMSG_SPACE() argument out of range");
        }
        return (int) LibC.CMSG_SPACE(length);
    }

    /**
     * Python's {@code socket.send_fds(sock, buffers, fds, flags, address)}: sends the buffers
     * with the fds as one SCM_RIGHTS item, over an AF_UNIX socket.
     *
     * @param sock    the socket
     * @param buffers the data
     * @param fds     the fds to pass
     * @param flags   MSG_* flags
     * @param address the destination, or null
     * @return the number of data bytes sent
     * @throws OSError from sendmsg
     */
    public static int send_fds(SocketObject sock, List<byte[]> buffers, int[] fds, int flags, Address address) throws OSError {
        if (sock == null || fds == null) {
            throw new IllegalArgumentException("send_fds() needs a socket and a list of fds");
        }
        return sock.sendmsg(buffers, List.of(new Ancillary(SOL_SOCKET, SCM_RIGHTS, ints(fds))), flags, address);
    }

    /**
     * Python's {@code socket.send_fds(sock, buffers, fds)}.
     *
     * @param sock    the socket
     * @param buffers the data
     * @param fds     the fds to pass
     * @return the number of data bytes sent
     * @throws OSError from sendmsg
     */
    public static int send_fds(SocketObject sock, List<byte[]> buffers, int[] fds) throws OSError {
        return send_fds(sock, buffers, fds, 0, null);
    }

    /**
     * What {@link #recv_fds} returns: Python's {@code (data, fds, msg_flags, address)}.
     *
     * @param data      the bytes
     * @param fds       the fds received (the caller owns and closes them)
     * @param msg_flags the kernel's flags
     * @param address   the sender, or null
     */
    public record RecvFds(byte[] data, List<Integer> fds, int msg_flags, Address address) {
        /** Python's tuple repr: {@code (b'x', [5, 6], 0, None)}. */
        @Override
        public String toString() {
            return builtins.repr(this);
        }
    }

    /**
     * Python's {@code socket.recv_fds(sock, bufsize, maxfds, flags)}: receives data and up to
     * {@code maxfds} fds passed with SCM_RIGHTS.
     *
     * @param sock    the socket
     * @param bufsize the most data to read
     * @param maxfds  the most fds to accept
     * @param flags   MSG_* flags
     * @return the data, the fds, the flags and the sender
     * @throws OSError from recvmsg
     */
    public static RecvFds recv_fds(SocketObject sock, int bufsize, int maxfds, int flags) throws OSError {
        if (sock == null) {
            throw new IllegalArgumentException("recv_fds() argument 'sock' must be a socket, not None");
        }
        RecvMsg m = sock.recvmsg(bufsize, CMSG_LEN((long) maxfds * 4), flags);
        List<Integer> fds = new ArrayList<>();
        for (Ancillary a : m.ancdata()) {
            if (a.cmsg_level() == SOL_SOCKET && a.cmsg_type() == SCM_RIGHTS) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(a.cmsg_data()).order(java.nio.ByteOrder.nativeOrder());
                while (b.remaining() >= 4) {
                    fds.add(b.getInt());
                }
            }
        }
        return new RecvFds(m.data(), List.copyOf(fds), m.msg_flags(), m.address());
    }

    /**
     * Python's {@code socket.recv_fds(sock, bufsize, maxfds)}.
     *
     * @param sock    the socket
     * @param bufsize the most data to read
     * @param maxfds  the most fds to accept
     * @return the data, the fds, the flags and the sender
     * @throws OSError from recvmsg
     */
    public static RecvFds recv_fds(SocketObject sock, int bufsize, int maxfds) throws OSError {
        return recv_fds(sock, bufsize, maxfds, 0);
    }

    /** Python's {@code array.array('i', fds).tobytes()}: C ints in the host's order. */
    static byte[] ints(int[] values) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * values.length).order(java.nio.ByteOrder.nativeOrder());
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    /**
     * One entry of {@link #if_nameindex()}: Python's {@code (index, name)}.
     *
     * @param index the interface index
     * @param name  its name
     */
    public record NameIndex(int index, String name) {
        /** Python's tuple repr: {@code (1, 'lo')}. */
        @Override
        public String toString() {
            return builtins.repr(this);
        }
    }

    /**
     * Python's {@code socket.if_nameindex()}.
     *
     * @return every network interface, as (index, name)
     * @throws OSError if the kernel refuses
     */
    public static List<NameIndex> if_nameindex() throws OSError {
        List<LibC.if_nameindex> found = LibC.if_nameindex();
        if (found == null) {
            throw OSError.last();
        }
        List<NameIndex> out = new ArrayList<>();
        for (LibC.if_nameindex i : found) {
            out.add(new NameIndex(i.if_index(), i.if_name()));
        }
        return out;
    }

    /**
     * Python's {@code socket.if_nametoindex(if_name)}.
     *
     * @param if_name e.g. {@code "lo"}
     * @return its index
     * @throws OSError {@code "no interface with this name"}
     */
    public static int if_nametoindex(String if_name) throws OSError {
        if (if_name == null) {
            throw new IllegalArgumentException("expected str, bytes or os.PathLike object, not NoneType");
        }
        if (if_name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null byte");
        }
        int r = LibC.if_nametoindex(if_name);
        if (r == 0) {
            throw new OSError("no interface with this name");
        }
        return r;
    }

    /**
     * Python's {@code socket.if_indextoname(if_index)}.
     *
     * @param if_index an index (0 to 2**32-1)
     * @return the interface's name
     * @throws OSError {@code [Errno 6] No such device or address}
     */
    public static String if_indextoname(long if_index) throws OSError {
        if (if_index < 0) {
            throw new IllegalArgumentException("can't convert negative value to unsigned int");
        }
        if (if_index > 0xffffffffL) {
            throw new OSError(6, LibC.strerror(6)); // ENXIO on both OSes, as if_indextoname says for an unknown index
        }
        String name = LibC.if_indextoname((int) if_index);
        if (name == null) {
            throw OSError.last();
        }
        return name;
    }

    /** CPython's {@code setipaddr} with AF_UNSPEC: {family, packed address} of a name or address text. */
    private static Object[] ipaddrAny(String call, String hostname) throws OSError {
        String name = idnaName(call, hostname);
        if (name.isEmpty()) {
            // getaddrinfo(NULL, "0", AI_PASSIVE) gives 0.0.0.0 and :: on a dual-stack host
            throw new OSError("wildcard resolved to multiple address");
        }
        byte[] v4 = new byte[4];
        if (LibC.inet_pton(AF_INET, name, v4) == 1) {
            return new Object[] {AF_INET, v4};
        }
        byte[] v6 = new byte[16];
        if (LibC.inet_pton(AF_INET6, name, v6) == 1) {
            return new Object[] {AF_INET6, v6};
        }
        List<AddrInfo> found = AddressCodec.lookup(name, null, AF_UNSPEC, SOCK_STREAM, 0, 0);
        int family = found.get(0).family();
        return new Object[] {family, AddressCodec.resolve(found.get(0).sockaddr().host(), family)};
    }

    /** A host entry as Python's tuple, or the resolver's error as {@link herror}. */
    private static HostInfo hostInfo(hostent h) throws OSError {
        if (h == null) {
            int e = LibC.h_errno();
            throw new herror(e, LibC.hstrerror(e));
        }
        List<String> addrs = new ArrayList<>();
        for (byte[] a : h.h_addr_list) {
            addrs.add(LibC.inet_ntop(h.h_addrtype, a));
        }
        return new HostInfo(h.h_name, List.of(h.h_aliases), List.copyOf(addrs));
    }

    /**
     * Python's {@code socket.gethostbyname_ex(hostname)}: the IPv4 host entry of a name, with
     * its aliases, from the resolver (/etc/hosts, DNS...).
     *
     * @param hostname a name or IPv4 address text
     * @return {@code (hostname, aliaslist, ipaddrlist)}
     * @throws OSError a gaierror for an unknown name; an {@link herror} with the resolver's h_errno
     */
    public static HostInfo gethostbyname_ex(String hostname) throws OSError {
        String name = idnaName("gethostbyname_ex", hostname);
        AddressCodec.resolve(name, AF_INET); // CPython's setipaddr first: its gaierror for an unknown name
        return hostInfo(LibC.gethostbyname(name));
    }

    // ---------------------------------------------------------------- AddressFamily and SocketKind

    /**
     * Python's {@code socket.AddressFamily}: the AF_* constants as an IntEnum, {@code socket.AddressFamily(2).name} being {@code "AF_INET"} ({@code AddressFamily.of(2).name()}).
     */
    public enum AddressFamily {
        /** Python's {@code AddressFamily.AF_ALG}. */
        AF_ALG(SocketConstants.AF_ALG),
        /** Python's {@code AddressFamily.AF_APPLETALK}. */
        AF_APPLETALK(SocketConstants.AF_APPLETALK),
        /** Python's {@code AddressFamily.AF_ASH}. */
        AF_ASH(SocketConstants.AF_ASH),
        /** Python's {@code AddressFamily.AF_ATMPVC}. */
        AF_ATMPVC(SocketConstants.AF_ATMPVC),
        /** Python's {@code AddressFamily.AF_ATMSVC}. */
        AF_ATMSVC(SocketConstants.AF_ATMSVC),
        /** Python's {@code AddressFamily.AF_AX25}. */
        AF_AX25(SocketConstants.AF_AX25),
        /** Python's {@code AddressFamily.AF_BRIDGE}. */
        AF_BRIDGE(SocketConstants.AF_BRIDGE),
        /** Python's {@code AddressFamily.AF_CAN}. */
        AF_CAN(SocketConstants.AF_CAN),
        /** Python's {@code AddressFamily.AF_ECONET}. */
        AF_ECONET(SocketConstants.AF_ECONET),
        /** Python's {@code AddressFamily.AF_INET}. */
        AF_INET(SocketConstants.AF_INET),
        /** Python's {@code AddressFamily.AF_INET6}. */
        AF_INET6(SocketConstants.AF_INET6),
        /** Python's {@code AddressFamily.AF_IPX}. */
        AF_IPX(SocketConstants.AF_IPX),
        /** Python's {@code AddressFamily.AF_IRDA}. */
        AF_IRDA(SocketConstants.AF_IRDA),
        /** Python's {@code AddressFamily.AF_KEY}. */
        AF_KEY(SocketConstants.AF_KEY),
        /** Python's {@code AddressFamily.AF_LINK} (macOS). */
        AF_LINK(SocketConstants.AF_LINK),
        /** Python's {@code AddressFamily.AF_LLC}. */
        AF_LLC(SocketConstants.AF_LLC),
        /** Python's {@code AddressFamily.AF_NETBEUI}. */
        AF_NETBEUI(SocketConstants.AF_NETBEUI),
        /** Python's {@code AddressFamily.AF_NETLINK}. */
        AF_NETLINK(SocketConstants.AF_NETLINK),
        /** Python's {@code AddressFamily.AF_NETROM}. */
        AF_NETROM(SocketConstants.AF_NETROM),
        /** Python's {@code AddressFamily.AF_PACKET}. */
        AF_PACKET(SocketConstants.AF_PACKET),
        /** Python's {@code AddressFamily.AF_PPPOX}. */
        AF_PPPOX(SocketConstants.AF_PPPOX),
        /** Python's {@code AddressFamily.AF_QIPCRTR}. */
        AF_QIPCRTR(SocketConstants.AF_QIPCRTR),
        /** Python's {@code AddressFamily.AF_RDS}. */
        AF_RDS(SocketConstants.AF_RDS),
        /** Python's {@code AddressFamily.AF_ROSE}. */
        AF_ROSE(SocketConstants.AF_ROSE),
        /** Python's {@code AddressFamily.AF_ROUTE}. */
        AF_ROUTE(SocketConstants.AF_ROUTE),
        /** Python's {@code AddressFamily.AF_SECURITY}. */
        AF_SECURITY(SocketConstants.AF_SECURITY),
        /** Python's {@code AddressFamily.AF_SNA}. */
        AF_SNA(SocketConstants.AF_SNA),
        /** Python's {@code AddressFamily.AF_SYSTEM} (macOS). */
        AF_SYSTEM(SocketConstants.AF_SYSTEM),
        /** Python's {@code AddressFamily.AF_TIPC}. */
        AF_TIPC(SocketConstants.AF_TIPC),
        /** Python's {@code AddressFamily.AF_UNIX}. */
        AF_UNIX(SocketConstants.AF_UNIX),
        /** Python's {@code AddressFamily.AF_UNSPEC}. */
        AF_UNSPEC(SocketConstants.AF_UNSPEC),
        /** Python's {@code AddressFamily.AF_VSOCK}. */
        AF_VSOCK(SocketConstants.AF_VSOCK),
        /** Python's {@code AddressFamily.AF_WANPIPE}. */
        AF_WANPIPE(SocketConstants.AF_WANPIPE),
        /** Python's {@code AddressFamily.AF_X25}. */
        AF_X25(SocketConstants.AF_X25);

        private final int value;

        AddressFamily(int value) {
            this.value = value;
        }

        /** {@return the member's value on this OS ({@code ABSENT} where the OS lacks it)} */
        public int value() {
            return value;
        }

        /**
         * Python's {@code socket.AddressFamily(value)}: the member with that value on this OS.
         *
         * @param value a number
         * @return the first member with it (Python's canonical member)
         * @throws IllegalArgumentException (Python's ValueError) {@code "99 is not a valid AddressFamily"}
         */
        public static AddressFamily of(int value) {
            for (AddressFamily m : values()) {
                if (m.value == value && m.value != Constants.ABSENT) {
                    return m;
                }
            }
            throw new IllegalArgumentException(value + " is not a valid AddressFamily");
        }

        /** {@return Python's repr, {@code <AddressFamily.AF_ALG: %d>}: how a member prints inside a tuple} */
        @Override
        public String toString() {
            return "<AddressFamily." + name() + ": " + value + ">";
        }
    }

    /**
     * Python's {@code socket.SocketKind}: the SOCK_* constants as an IntEnum.
     */
    public enum SocketKind {
        /** Python's {@code SocketKind.SOCK_CLOEXEC}. */
        SOCK_CLOEXEC(SocketConstants.SOCK_CLOEXEC),
        /** Python's {@code SocketKind.SOCK_DGRAM}. */
        SOCK_DGRAM(SocketConstants.SOCK_DGRAM),
        /** Python's {@code SocketKind.SOCK_NONBLOCK}. */
        SOCK_NONBLOCK(SocketConstants.SOCK_NONBLOCK),
        /** Python's {@code SocketKind.SOCK_RAW}. */
        SOCK_RAW(SocketConstants.SOCK_RAW),
        /** Python's {@code SocketKind.SOCK_RDM}. */
        SOCK_RDM(SocketConstants.SOCK_RDM),
        /** Python's {@code SocketKind.SOCK_SEQPACKET}. */
        SOCK_SEQPACKET(SocketConstants.SOCK_SEQPACKET),
        /** Python's {@code SocketKind.SOCK_STREAM}. */
        SOCK_STREAM(SocketConstants.SOCK_STREAM);

        private final int value;

        SocketKind(int value) {
            this.value = value;
        }

        /** {@return the member's value on this OS ({@code ABSENT} where the OS lacks it)} */
        public int value() {
            return value;
        }

        /**
         * Python's {@code socket.SocketKind(value)}: the member with that value on this OS.
         *
         * @param value a number
         * @return the first member with it (Python's canonical member)
         * @throws IllegalArgumentException (Python's ValueError) {@code "99 is not a valid SocketKind"}
         */
        public static SocketKind of(int value) {
            for (SocketKind m : values()) {
                if (m.value == value && m.value != Constants.ABSENT) {
                    return m;
                }
            }
            throw new IllegalArgumentException(value + " is not a valid SocketKind");
        }

        /** {@return Python's repr, {@code <SocketKind.SOCK_CLOEXEC: %d>}: how a member prints inside a tuple} */
        @Override
        public String toString() {
            return "<SocketKind." + name() + ": " + value + ">";
        }
    }

    /** CPython's {@code _intenum_converter}: the enum member for a value, or the number itself. */
    static Object family(int value) {
        try {
            return AddressFamily.of(value);
        } catch (IllegalArgumentException notAMember) {
            return value;
        }
    }

    /** The same for a socket type. */
    static Object kind(int value) {
        try {
            return SocketKind.of(value);
        } catch (IllegalArgumentException notAMember) {
            return value;
        }
    }
}
