package dev.jnasocket.reliability;

import static dev.jnasocket.socket.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.Address;
import dev.jnasocket.Errnos;
import dev.jnasocket.KeyError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.echo.Main;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.pollfd;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_in;
import dev.jnasocket.libc.sockaddr_un;
import dev.jnasocket.select;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public entry point given what a caller must not give it: null, negative, zero and
 * oversized sizes, out-of-range ports and options, malformed addresses, the wrong family, a
 * closed or detached socket, bad CLI arguments. One row per case: the exact exception class and
 * message, which are CPython 3.11's where Python has the call (checked with {@code python3};
 * the rows where this library deliberately differs say why). After the table, no fd may have
 * leaked and the process must still do socket work.
 */
class BadInputTest {
    /** A call that should raise. */
    interface Call {
        void run() throws Exception;
    }

    /** One case: its name, the call, and what it must raise. */
    record Row(String name, Call call, Class<? extends Throwable> raises, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a CLI row raises: exit status 2 with exactly one line on stderr (the message). */
    static final class UsageExit extends Exception {
        private static final long serialVersionUID = 1L;

        UsageExit(String line) {
            super(line);
        }
    }

    private static final String EBADF = Errnos.text(LibC.EBADF);
    private static final Class<IllegalArgumentException> VALUE = IllegalArgumentException.class;
    private static List<String> fdsBefore;

    @BeforeAll
    static void snapshotFds() throws Exception {
        try (SocketObject warm = socket.socket()) { // loads the natives and their files first
            warm.getsockname();
        }
        fdsBefore = Workloads.openFds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void raisesPythonsError(Row row) {
        Throwable t = null;
        try {
            row.call.run();
        } catch (Throwable e) {
            t = e;
        }
        assertThat(row.name + " raised nothing", t, is(notNullValue()));
        if (t.getClass() != row.raises) {
            throw new AssertionError(row.name + ": expected " + row.raises.getSimpleName() + " but got " + t, t);
        }
        assertThat(row.name, t.getMessage(), is(row.message));
    }

    @AfterAll
    static void noFdLeakedAndTheJvmIsFine() throws Exception {
        // Only what opened here counts: a pipe of an earlier test's child may close meanwhile.
        List<String> opened = new ArrayList<>(Workloads.openFds());
        opened.removeAll(fdsBefore);
        assertThat("fds opened by the bad calls and left open", opened, is(empty()));
        SocketObject[] p = socket.socketpair();
        try {
            p[0].sendall("still fine".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(p[1].recv(64), StandardCharsets.US_ASCII), is("still fine"));
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    static List<Row> rows() {
        List<Row> r = new ArrayList<>();
        sizes(r);
        portsAndOptions(r);
        addressText(r);
        unixPaths(r);
        wrongFamily(r);
        closedAndDetached(r);
        timeoutsAndSelectors(r);
        raw(r);
        cli(r);
        return r;
    }

    // ------------------------------------------------------------------ the table, by theme

    private static void sizes(List<Row> r) {
        r.add(row("recv(-1)", () -> onTcp(s -> s.recv(-1)), VALUE, "negative buffersize in recv"));
        r.add(row("recv(MIN_VALUE)", () -> onTcp(s -> s.recv(Integer.MIN_VALUE)), VALUE, "negative buffersize in recv"));
        r.add(row("recv(-1, MSG_PEEK)", () -> onTcp(s -> s.recv(-1, MSG_PEEK)), VALUE, "negative buffersize in recv"));
        r.add(row("recvfrom(-1)", () -> onTcp(s -> s.recvfrom(-1)), VALUE, "negative buffersize in recvfrom"));
        r.add(row("recv_into(4 bytes, 5)", () -> onPair(s -> s.recv_into(new byte[4], 5)), VALUE,
                "buffer too small for requested bytes"));
        r.add(row("recv_into(4 bytes, MAX_VALUE)", () -> onPair(s -> s.recv_into(new byte[4], Integer.MAX_VALUE)), VALUE,
                "buffer too small for requested bytes"));
        r.add(row("recv_into(buf, -1)", () -> onPair(s -> s.recv_into(new byte[4], -1)), VALUE,
                "negative buffersize in recv_into"));
        r.add(row("recv_into(empty, 1)", () -> onPair(s -> s.recv_into(new byte[0], 1)), VALUE,
                "buffer too small for requested bytes"));
        r.add(row("recv_into(direct 4, 5)", () -> onPair(s -> s.recv_into(ByteBuffer.allocateDirect(4), 5)), VALUE,
                "buffer too small for requested bytes"));
        r.add(row("recv_into(direct, -1)", () -> onPair(s -> s.recv_into(ByteBuffer.allocateDirect(4), -1)), VALUE,
                "negative buffersize in recv_into"));
        r.add(row("recv_into(buffer at its limit, 1)",
                () -> onPair(s -> s.recv_into(ByteBuffer.allocateDirect(4).position(4), 1)), VALUE,
                "buffer too small for requested bytes"));
        r.add(row("recv_into(null byte[])", () -> onPair(s -> s.recv_into((byte[]) null)), VALUE,
                "recv_into() argument 'buffer' must be read-write bytes-like object, not None"));
        r.add(row("recv_into(null ByteBuffer)", () -> onPair(s -> s.recv_into((ByteBuffer) null)), VALUE,
                "recv_into() argument 'buffer' must be read-write bytes-like object, not None"));
        r.add(row("send(null)", () -> onPair(s -> s.send((byte[]) null)), VALUE, "a bytes-like object is required, not 'NoneType'"));
        r.add(row("send(null ByteBuffer)", () -> onPair(s -> s.send((ByteBuffer) null)), VALUE,
                "a bytes-like object is required, not 'NoneType'"));
        r.add(row("sendall(null)", () -> onPair(s -> s.sendall(null)), VALUE, "a bytes-like object is required, not 'NoneType'"));
        r.add(row("sendto(null, addr)", () -> onUdp(s -> s.sendto(null, Address.of("127.0.0.1", 9))), VALUE,
                "a bytes-like object is required, not 'NoneType'"));
        r.add(row("setsockopt(null bytes)", () -> onTcp(s -> s.setsockopt(SOL_SOCKET, SO_LINGER, (byte[]) null)), VALUE,
                "a bytes-like object is required, not 'NoneType'"));
        // Python 3.11 takes any length; the kernel refuses the junk. Here the copy into native memory is bounded.
        r.add(row("setsockopt(2000 bytes)", () -> onTcp(s -> s.setsockopt(SOL_SOCKET, SO_LINGER, new byte[2000])),
                OSError.class, "setsockopt value too long"));
        r.add(row("setsockopt(linger of 1 byte)", () -> onTcp(s -> s.setsockopt(SOL_SOCKET, SO_LINGER, new byte[1])),
                OSError.class, Errnos.text(LibC.EINVAL)));
        r.add(row("socket(fileno=-5)", () -> socket.socket(-1, -1, -1, -5), VALUE, "negative file descriptor"));
        r.add(row("socket(fileno=MIN_VALUE)", () -> socket.socket(-1, -1, -1, Integer.MIN_VALUE), VALUE, "negative file descriptor"));
    }

    private static void portsAndOptions(List<Row> r) {
        r.add(row("bind port -1", () -> onTcp(s -> s.bind("127.0.0.1", -1)), VALUE, "bind(): port must be 0-65535."));
        r.add(row("bind port 65536", () -> onTcp(s -> s.bind("127.0.0.1", 65536)), VALUE, "bind(): port must be 0-65535."));
        r.add(row("bind port MAX_VALUE", () -> onTcp(s -> s.bind("127.0.0.1", Integer.MAX_VALUE)), VALUE, "bind(): port must be 0-65535."));
        r.add(row("connect port 70000", () -> onTcp(s -> s.connect("127.0.0.1", 70000)), VALUE, "connect(): port must be 0-65535."));
        r.add(row("connect_ex port -1", () -> onTcp(s -> s.connect_ex("127.0.0.1", -1)), VALUE, "connect_ex(): port must be 0-65535.")); // CPython 3.11 names the call: connect_ex()
        r.add(row("sendto port -5", () -> onUdp(s -> s.sendto(new byte[1], "127.0.0.1", -5)), VALUE, "sendto(): port must be 0-65535."));
        // As in CPython: the port reaches getaddrinfo as a service string, which glibc wraps (65536 -> 0).
        r.add(row("create_connection port 65536", () -> socket.create_connection("127.0.0.1", 65536).close(),
                dev.jnasocket.ConnectionRefusedError.class, Errnos.text(LibC.ECONNREFUSED)));
        r.add(row("bind6 flowinfo -1", () -> onTcp6(s -> s.bind(Address.of6("::1", 0, -1, 0))), VALUE,
                "bind(): flowinfo must be 0-1048575."));
        r.add(row("bind6 flowinfo 0x100000", () -> onTcp6(s -> s.bind(Address.of6("::1", 0, 0x100000, 0))), VALUE,
                "bind(): flowinfo must be 0-1048575."));
        // Python's buflen 0 means "the int form", which Java spells getsockopt(level, opt).
        r.add(row("getsockopt buflen 0", () -> onTcp(s -> s.getsockopt(SOL_SOCKET, SO_TYPE, 0)), OSError.class,
                "getsockopt buflen out of range"));
        r.add(row("getsockopt buflen -1", () -> onTcp(s -> s.getsockopt(SOL_SOCKET, SO_TYPE, -1)), OSError.class,
                "getsockopt buflen out of range"));
        r.add(row("getsockopt buflen 1025", () -> onTcp(s -> s.getsockopt(SOL_SOCKET, SO_TYPE, 1025)), OSError.class,
                "getsockopt buflen out of range"));
        r.add(row("getsockopt buflen 2000", () -> onTcp(s -> s.getsockopt(SOL_SOCKET, SO_TYPE, 2000)), OSError.class,
                "getsockopt buflen out of range"));
        r.add(row("setsockopt unknown option", () -> onTcp(s -> s.setsockopt(SOL_SOCKET, 9999, 1)), OSError.class,
                Errnos.text(LibC.ENOPROTOOPT)));
        r.add(row("getsockopt unknown option", () -> onTcp(s -> s.getsockopt(SOL_SOCKET, 9999)), OSError.class,
                Errnos.text(LibC.ENOPROTOOPT)));
        r.add(row("shutdown(7)", () -> onPair(s -> s.shutdown(7)), OSError.class, Errnos.text(LibC.EINVAL)));
        r.add(row("shutdown unconnected", () -> onTcp(s -> s.shutdown(SHUT_RDWR)), dev.jnasocket.OSError.class,
                Errnos.text(LibC.ENOTCONN)));
        r.add(row("getpeername unconnected", () -> onTcp(SocketObject::getpeername), OSError.class,
                Errnos.text(LibC.ENOTCONN)));
        r.add(row("listen on UDP", () -> onUdp(s -> s.listen()), OSError.class, Errnos.text(LibC.EOPNOTSUPP)));
        r.add(row("accept not listening", () -> onTcp(SocketObject::accept), OSError.class, Errnos.text(LibC.EINVAL)));
        r.add(row("socket(family 12345)", () -> socket.socket(12345).close(), OSError.class,
                Errnos.text(LibC.EAFNOSUPPORT)));
        r.add(row("socket(type 12345)", () -> socket.socket(AF_INET, 12345).close(), OSError.class, Errnos.text(LibC.EINVAL)));
        r.add(row("socket(fileno not open)", () -> socket.socket(-1, -1, -1, 9999), OSError.class, EBADF));
        r.add(row("htons(-1)", () -> socket.htons(-1), VALUE, "htons: can't convert negative Python int to C 16-bit unsigned integer"));
        r.add(row("htons(70000)", () -> socket.htons(70000), VALUE, "htons: Python int too large to convert to C 16-bit unsigned integer"));
        r.add(row("ntohs(-1)", () -> socket.ntohs(-1), VALUE, "ntohs: can't convert negative Python int to C 16-bit unsigned integer"));
        r.add(row("ntohs(65536)", () -> socket.ntohs(65536), VALUE, "ntohs: Python int too large to convert to C 16-bit unsigned integer"));
        r.add(row("htonl(-1)", () -> socket.htonl(-1), VALUE, "can't convert negative value to unsigned int"));
        r.add(row("htonl(2**32)", () -> socket.htonl(1L << 32), VALUE, "int larger than 32 bits"));
        r.add(row("ntohl(-1)", () -> socket.ntohl(-1), VALUE, "can't convert negative value to unsigned int"));
        r.add(row("ntohl(2**32)", () -> socket.ntohl(1L << 32), VALUE, "int larger than 32 bits"));
        r.add(row("getservbyport(-1)", () -> socket.getservbyport(-1), VALUE, "getservbyport: port must be 0-65535."));
        r.add(row("getservbyport(70000)", () -> socket.getservbyport(70000), VALUE, "getservbyport: port must be 0-65535."));
        r.add(row("getservbyname(unknown)", () -> socket.getservbyname("nosuchsvc"), OSError.class, "service/proto not found"));
        r.add(row("getprotobyname(unknown)", () -> socket.getprotobyname("nosuchproto"), OSError.class, "protocol not found"));
        r.add(row("getaddrinfo port 1.5", () -> socket.getaddrinfo("127.0.0.1", 1.5, 0, 0, 0, 0), OSError.class,
                "Int or String expected"));
        r.add(row("getaddrinfo unknown service", () -> socket.getaddrinfo("127.0.0.1", "nosuchservice", 0, 0, 0, 0),
                dev.jnasocket.gaierror.class, "[Errno -8] Servname not supported for ai_socktype"));
        r.add(row("getaddrinfo family 12345", () -> socket.getaddrinfo("127.0.0.1", 80, 12345, 0, 0, 0),
                dev.jnasocket.gaierror.class, "[Errno -6] ai_family not supported"));
    }

    private static void addressText(List<Row> r) {
        String pton = "illegal IP address string passed to inet_pton";
        String aton = "illegal IP address string passed to inet_aton";
        for (String bad : new String[] {"1.2.3.4.5", "256.0.0.1", "", "1.2.3", " 1.2.3.4", "1.2.3.4 "}) {
            r.add(row("inet_pton(AF_INET, '" + bad + "')", () -> socket.inet_pton(AF_INET, bad), OSError.class, pton));
        }
        for (String bad : new String[] {"::g", "1:2:3:4:5:6:7:8:9", ":::", "1::2::3", "[::1]"}) {
            r.add(row("inet_pton(AF_INET6, '" + bad + "')", () -> socket.inet_pton(AF_INET6, bad), OSError.class, pton));
        }
        r.add(row("inet_pton(99, ...)", () -> socket.inet_pton(99, "1.2.3.4"), OSError.class,
                Errnos.text(LibC.EAFNOSUPPORT)));
        r.add(row("inet_pton(AF_INET, null)", () -> socket.inet_pton(AF_INET, null), VALUE,
                "inet_pton() argument 2 must be str, not None"));
        r.add(row("inet_pton with NUL (Python: ValueError)", () -> socket.inet_pton(AF_INET, "1.2.3.4\0"), VALUE,
                "embedded null character"));
        for (String bad : new String[] {"1.2.3.4.5", "", "256.1.1.1", "x"}) {
            r.add(row("inet_aton('" + bad + "')", () -> socket.inet_aton(bad), OSError.class, aton));
        }
        r.add(row("inet_aton with NUL (Python: ValueError)", () -> socket.inet_aton("1.2.3.4\0"), VALUE, "embedded null character"));
        r.add(row("inet_ntoa(3 bytes)", () -> socket.inet_ntoa(new byte[3]), OSError.class, "packed IP wrong length for inet_ntoa"));
        r.add(row("inet_ntoa(null)", () -> socket.inet_ntoa(null), OSError.class, "packed IP wrong length for inet_ntoa"));
        r.add(row("inet_ntop(AF_INET, 3 bytes)", () -> socket.inet_ntop(AF_INET, new byte[3]), VALUE,
                "invalid length of packed IP address string"));
        r.add(row("inet_ntop(AF_INET6, 4 bytes)", () -> socket.inet_ntop(AF_INET6, new byte[4]), VALUE,
                "invalid length of packed IP address string"));
        r.add(row("inet_ntop(99, ...)", () -> socket.inet_ntop(99, new byte[4]), VALUE, "unknown address family 99"));
        r.add(row("getaddrinfo NUMERICHOST '1.2.3.4.5'", () -> socket.getaddrinfo("1.2.3.4.5", null, 0, 0, 0, AI_NUMERICHOST),
                dev.jnasocket.gaierror.class, "[Errno -2] Name or service not known"));
        r.add(row("getaddrinfo NUMERICHOST '::g'", () -> socket.getaddrinfo("::g", null, 0, 0, 0, AI_NUMERICHOST),
                dev.jnasocket.gaierror.class, "[Errno -2] Name or service not known"));
        // getaddrinfo hands libc the C string, which ends at the NUL (as CPython's); the others refuse it.
        r.add(row("getnameinfo host with NUL", () -> socket.getnameinfo(Address.of("1.2.3.4\0x", 0), 0), VALUE,
                "embedded null character"));
        r.add(row("gethostbyname with NUL", () -> socket.gethostbyname("1.2.3.4\0x"), VALUE,
                "gethostbyname() argument 1 must be encoded string without null bytes, not str"));
        r.add(row("connect host with NUL", () -> onTcp(s -> s.connect("1.2.3.4\0", 80)), VALUE,
                "host name must not contain null character"));
        r.add(row("bind host with NUL", () -> onTcp(s -> s.bind("127.0.0.1\0", 0)), VALUE,
                "host name must not contain null character"));
        r.add(row("AF_INET6 bind('<broadcast>')",
                () -> onTcp6(s -> s.bind("<broadcast>", 0)), OSError.class, "address family mismatched"));
        r.add(row("bind(Address.of(null host))", () -> onTcp(s -> s.bind(Address.of(null, 0))), VALUE,
                "str, bytes or bytearray expected, not NoneType"));
        r.add(row("getnameinfo(null host)", () -> socket.getnameinfo(Address.of(null, 0), 0), VALUE,
                "getnameinfo(): illegal sockaddr argument"));
        r.add(row("bind(null Address)", () -> onTcp(s -> s.bind((Address) null)), VALUE,
                "bind(): AF_INET address must be tuple, not NoneType"));
        r.add(row("getnameinfo(unix)", () -> socket.getnameinfo(Address.unix("/x"), 0), VALUE, "getnameinfo() argument 1 must be a tuple"));
        r.add(row("getnameinfo port -1", () -> socket.getnameinfo(Address.of("127.0.0.1", -1), 0),
                dev.jnasocket.gaierror.class, "[Errno -8] Servname not supported for ai_socktype"));
    }

    private static void unixPaths(List<Row> r) {
        String tooLong = "AF_UNIX path too long";
        r.add(row("unix bind 200-byte path", () -> onUnix(s -> s.bind(Address.unix("/tmp/" + "x".repeat(200)))), OSError.class, tooLong));
        r.add(row("unix bind 108-byte path (no room for NUL)", () -> onUnix(s -> s.bind(Address.unix("x".repeat(108)))),
                OSError.class, tooLong));
        r.add(row("unix connect 200-byte path", () -> onUnix(s -> s.connect(Address.unix("x".repeat(200)))), OSError.class, tooLong));
        r.add(row("unix bind 109-byte abstract name", () -> onUnix(s -> s.bind(Address.unix("\0" + "x".repeat(108)))),
                OSError.class, tooLong));
        r.add(row("unix bind 54 two-byte chars (108 bytes)", () -> onUnix(s -> s.bind(Address.unix("é".repeat(54)))),
                OSError.class, tooLong));
        // (A NUL in a path is CPython's too: the kernel ends the path there; see SocketGeneralArgsParityTest.)
        r.add(row("unix path with a lone surrogate", () -> onUnix(s -> s.bind(Address.unix("/tmp/\ud800"))), dev.jnasocket.UnicodeEncodeError.class,
                "'utf-8' codec can't encode character '\\ud800' in position 5: surrogates not allowed"));
        r.add(row("Address.unix(null)", () -> Address.unix((String) null), VALUE, "a bytes-like object is required, not 'NoneType'"));
        r.add(row("unix connect to missing path", () -> onUnix(s -> s.connect(Address.unix("/nonexistent/x.sock"))),
                dev.jnasocket.FileNotFoundError.class, Errnos.text(LibC.ENOENT)));
    }

    private static void wrongFamily(List<Row> r) {
        r.add(row("AF_INET bind(Address.of6)", () -> onTcp(s -> s.bind(Address.of6("::1", 0, 0, 0))), VALUE,
                "AF_INET address must be a pair (host, port)"));
        r.add(row("AF_INET bind(Address.unix)", () -> onTcp(s -> s.bind(Address.unix("/tmp/x"))), VALUE,
                "bind(): AF_INET address must be tuple, not str"));
        r.add(row("AF_INET connect(Address.unix)", () -> onTcp(s -> s.connect(Address.unix("/tmp/x"))), VALUE,
                "connect(): AF_INET address must be tuple, not str"));
        r.add(row("AF_INET6 bind(Address.unix)", () -> onTcp6(s -> s.bind(Address.unix("/tmp/x"))), VALUE,
                "bind(): AF_INET6 address must be tuple, not str"));
        r.add(row("AF_UNIX bind(Address.of)", () -> onUnix(s -> s.bind(Address.of("127.0.0.1", 0))), VALUE,
                "a bytes-like object is required, not 'tuple'"));
        r.add(row("AF_UNIX connect(Address.of6)", () -> onUnix(s -> s.connect(Address.of6("::1", 0, 0, 0))), VALUE,
                "a bytes-like object is required, not 'tuple'"));
        r.add(row("AF_INET bind IPv6 text", () -> onTcp(s -> s.bind("::1", 0)), dev.jnasocket.gaierror.class,
                "[Errno -9] Address family for hostname not supported"));
    }

    private static void closedAndDetached(List<Row> r) {
        List<Object[]> ops = List.of(
                new Object[] {"recv", (SocketCall) s -> s.recv(1)},
                new Object[] {"recvfrom", (SocketCall) s -> s.recvfrom(1)},
                new Object[] {"recv_into", (SocketCall) s -> s.recv_into(new byte[1])},
                new Object[] {"recv_into direct", (SocketCall) s -> s.recv_into(ByteBuffer.allocateDirect(1))},
                new Object[] {"send", (SocketCall) s -> s.send(new byte[1])},
                new Object[] {"send direct", (SocketCall) s -> s.send(ByteBuffer.allocateDirect(1))},
                new Object[] {"sendall", (SocketCall) s -> s.sendall(new byte[1])},
                new Object[] {"sendto", (SocketCall) s -> s.sendto(new byte[1], Address.of("127.0.0.1", 9))},
                new Object[] {"bind", (SocketCall) s -> s.bind("127.0.0.1", 0)},
                new Object[] {"listen", (SocketCall) SocketObject::listen},
                new Object[] {"accept", (SocketCall) SocketObject::accept},
                new Object[] {"connect", (SocketCall) s -> s.connect("127.0.0.1", 9)},
                new Object[] {"getsockname", (SocketCall) SocketObject::getsockname},
                new Object[] {"getpeername", (SocketCall) SocketObject::getpeername},
                new Object[] {"setsockopt", (SocketCall) s -> s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)},
                new Object[] {"getsockopt", (SocketCall) s -> s.getsockopt(SOL_SOCKET, SO_TYPE)},
                new Object[] {"getsockopt bytes", (SocketCall) s -> s.getsockopt(SOL_SOCKET, SO_TYPE, 4)},
                new Object[] {"shutdown", (SocketCall) s -> s.shutdown(SHUT_RDWR)},
                new Object[] {"settimeout", (SocketCall) s -> s.settimeout(1.0)},
                new Object[] {"setblocking", (SocketCall) s -> s.setblocking(false)},
                new Object[] {"dup", (SocketCall) SocketObject::dup},
                new Object[] {"get_inheritable", (SocketCall) SocketObject::get_inheritable},
                new Object[] {"set_inheritable", (SocketCall) s -> s.set_inheritable(true)});
        for (Object[] op : ops) {
            SocketCall call = (SocketCall) op[1];
            r.add(row("closed socket: " + op[0], () -> onClosed(call), OSError.class, EBADF));
        }
        for (Object[] op : ops.subList(0, 12)) {
            SocketCall call = (SocketCall) op[1];
            r.add(row("detached socket: " + op[0], () -> onDetached(call), OSError.class, EBADF));
        }
    }

    private static void timeoutsAndSelectors(List<Row> r) {
        r.add(row("settimeout(NaN)", () -> onTcp(s -> s.settimeout(Double.NaN)), VALUE, "Invalid value NaN (not a number)"));
        r.add(row("settimeout(-1)", () -> onTcp(s -> s.settimeout(-1.0)), VALUE, "Timeout value out of range"));
        r.add(row("settimeout(-infinity)", () -> onTcp(s -> s.settimeout(Double.NEGATIVE_INFINITY)), VALUE,
                "timestamp out of range for platform time_t"));
        r.add(row("setdefaulttimeout(-1)", () -> socket.setdefaulttimeout(-1.0), VALUE, "Timeout value out of range"));
        r.add(row("setdefaulttimeout(NaN)", () -> socket.setdefaulttimeout(Double.NaN), VALUE, "Invalid value NaN (not a number)"));
        r.add(row("selector register events 0", () -> onSelector((sel, s) -> sel.register(s, 0)), VALUE, "Invalid events: 0"));
        r.add(row("selector register events 4", () -> onSelector((sel, s) -> sel.register(s, 4)), VALUE, "Invalid events: 4"));
        r.add(row("selector register events -1", () -> onSelector((sel, s) -> sel.register(s, -1)), VALUE, "Invalid events: -1"));
        r.add(row("selector register fd -1", () -> onSelector((sel, s) -> sel.register(-1, selectors.EVENT_READ)), VALUE,
                "Invalid file descriptor: -1"));
        r.add(row("selector register 1.5", () -> onSelector((sel, s) -> sel.register(1.5, selectors.EVENT_READ)), VALUE,
                "Invalid file object: 1.5"));
        r.add(row("selector register closed socket", () -> onSelector((sel, s) -> {
            s.close();
            sel.register(s, selectors.EVENT_READ);
        }), VALUE, "Invalid file descriptor: -1"));
        r.add(row("selector register fd not open", () -> onSelector((sel, s) -> sel.register(9999, selectors.EVENT_READ)),
                OSError.class, EBADF));
        r.add(row("selector unregister unknown", () -> onSelector((sel, s) -> sel.unregister(12345)),
                KeyError.class, "12345 is not registered"));
        r.add(row("selector modify unknown", () -> onSelector((sel, s) -> sel.modify(12345, selectors.EVENT_READ)),
                KeyError.class, "12345 is not registered"));
        r.add(row("select.select timeout -1", () -> select.select(List.of(), List.of(), List.of(), -1.0), VALUE,
                "timeout must be non-negative"));
        r.add(row("makefile('x')", () -> onTcp(s -> s.makefile("x")), VALUE, "invalid mode 'x' (only r, w, b allowed)"));
    }

    private static void raw(List<Row> r) {
        r.add(row("raw recv(fd, 4 bytes, 10)", () -> onRaw(fd -> LibC.recv(fd, new byte[4], 10, 0)), VALUE,
                "recv(): offset 0 and length 10 do not fit a buffer of 4"));
        r.add(row("raw recv(fd, buf, -1)", () -> onRaw(fd -> LibC.recv(fd, new byte[4], -1, 0)), VALUE,
                "recv(): offset 0 and length -1 do not fit a buffer of 4"));
        r.add(row("raw recv(fd, null, 1)", () -> onRaw(fd -> LibC.recv(fd, (byte[]) null, 1, 0)), VALUE, "recv(): buf is null"));
        r.add(row("raw recv offset -1", () -> onRaw(fd -> LibC.recv(fd, new byte[4], -1, 1, 0)), VALUE,
                "recv(): offset -1 and length 1 do not fit a buffer of 4"));
        r.add(row("raw send(fd, buf, 3, 2) past the end", () -> onRaw(fd -> LibC.send(fd, new byte[4], 3, 2, 0)), VALUE,
                "send(): offset 3 and length 2 do not fit a buffer of 4"));
        r.add(row("raw send length Long.MAX", () -> onRaw(fd -> LibC.send(fd, new byte[4], Long.MAX_VALUE, 0)), VALUE,
                "send(): offset 0 and length 9223372036854775807 do not fit a buffer of 4"));
        r.add(row("raw recv heap ByteBuffer", () -> onRaw(fd -> LibC.recv(fd, ByteBuffer.allocate(4), 4, 0)), VALUE,
                "recv(): ByteBuffer must be direct"));
        r.add(row("raw recv direct 4, 5", () -> onRaw(fd -> LibC.recv(fd, ByteBuffer.allocateDirect(4), 5, 0)), VALUE,
                "recv(): length 5 outside 0..4"));
        r.add(row("raw bind(fd, null, 16)", () -> onRaw(fd -> LibC.bind(fd, null, 16)), VALUE, "bind(): addr is null"));
        r.add(row("raw bind addrlen 17 > sockaddr_in", () -> onRaw(fd -> LibC.bind(fd, new sockaddr_in(), 17)), VALUE,
                "bind(): addrlen 17 outside 0..16"));
        r.add(row("raw bind addrlen -1", () -> onRaw(fd -> LibC.bind(fd, new sockaddr_in(), -1)), VALUE,
                "bind(): addrlen -1 outside 0..16"));
        r.add(row("raw connect(fd, null, 16)", () -> onRaw(fd -> LibC.connect(fd, null, 16)), VALUE, "connect(): addr is null"));
        r.add(row("raw accept *addrlen -1", () -> onRaw(fd -> LibC.accept(fd, new sockaddr_in(), new int[] {-1})), VALUE,
                "accept(): *addrlen -1 outside 0..16"));
        r.add(row("raw accept null addrlen", () -> onRaw(fd -> LibC.accept(fd, new sockaddr_in(), null)), VALUE,
                "accept(): addr and addrlen must not be null"));
        r.add(row("raw getsockname *addrlen 200", () -> onRaw(fd -> LibC.getsockname(fd, new sockaddr_in(), new int[] {200})),
                VALUE, "getsockname(): *addrlen 200 outside 0..16"));
        r.add(row("raw sendto addrlen 17", () -> onRaw(fd -> LibC.sendto(fd, new byte[1], 1, 0, new sockaddr_in(), 17)), VALUE,
                "sendto(): addrlen 17 outside 0..16"));
        r.add(row("raw recvfrom 10 into 4", () -> onRaw(fd -> LibC.recvfrom(fd, new byte[4], 10, 0, new sockaddr_in(), new int[] {16})),
                VALUE, "recvfrom(): offset 0 and length 10 do not fit a buffer of 4"));
        r.add(row("raw setsockopt optlen 2000", () -> onRaw(fd -> LibC.setsockopt(fd, SOL_SOCKET, SO_LINGER, new byte[2000], 2000)),
                VALUE, "setsockopt(): optlen 2000 larger than 1024"));
        r.add(row("raw setsockopt optlen > optval", () -> onRaw(fd -> LibC.setsockopt(fd, SOL_SOCKET, SO_LINGER, new byte[4], 8)),
                VALUE, "setsockopt(): offset 0 and length 8 do not fit a buffer of 4"));
        r.add(row("raw getsockopt null optlen", () -> onRaw(fd -> LibC.getsockopt(fd, SOL_SOCKET, SO_TYPE, new byte[4], null)),
                VALUE, "getsockopt(): optlen must not be null"));
        r.add(row("raw getsockopt *optlen > optval", () -> onRaw(fd -> LibC.getsockopt(fd, SOL_SOCKET, SO_TYPE, new byte[4], new int[] {8})),
                VALUE, "getsockopt(): offset 0 and length 8 do not fit a buffer of 4"));
        r.add(row("raw getsockopt int[0]", () -> onRaw(fd -> LibC.getsockopt(fd, SOL_SOCKET, SO_TYPE, new int[0])), VALUE,
                "getsockopt(): optval must hold 1 int"));
        r.add(row("raw socketpair int[1]", () -> LibC.socketpair(AF_UNIX, SOCK_STREAM, 0, new int[1]), VALUE,
                "socketpair(): sv must hold 2 ints"));
        r.add(row("raw poll nfds 5 of 1", () -> LibC.poll(new pollfd[1], 5, 0), VALUE, "poll(): nfds 5 outside 0..1"));
        r.add(row("raw poll null entry", () -> LibC.poll(new pollfd[1], 1, 0), VALUE, "poll(): fds[0] is null"));
        r.add(row("raw getaddrinfo res[0]", () -> LibC.getaddrinfo("127.0.0.1", null, null, new dev.jnasocket.libc.addrinfo[0]),
                VALUE, "getaddrinfo(): res must hold 1 element"));
        r.add(row("raw inet_pton(AF_INET6, dst 4)", () -> LibC.inet_pton(AF_INET6, "::1", new byte[4]), VALUE,
                "inet_pton: dst needs 16 bytes"));
        r.add(row("raw inet_aton(null)", () -> LibC.inet_aton(null, new byte[4]), VALUE,
                "inet_aton(): cp must not be null and inp must hold 4 bytes"));
        r.add(row("raw inet_ntop 3 bytes", () -> LibC.inet_ntop(AF_INET, new byte[3]), VALUE,
                "packed address must be 4 bytes for AF_INET, 16 for AF_INET6"));
        r.add(row("raw gethostname len 10 of 4", () -> LibC.gethostname(new byte[4], 10), VALUE,
                "gethostname(): offset 0 and length 10 do not fit a buffer of 4"));
        r.add(row("sockaddr_un.setPath 200 bytes", () -> new sockaddr_un().setPath(new byte[200]), VALUE, "AF_UNIX path too long"));
        r.add(row("sockaddr.decode len 1", () -> sockaddr.decode(ByteBuffer.allocate(16), 1, Os.LINUX), VALUE,
                "sockaddr length 1 out of range"));
        r.add(row("sockaddr.decode len 129", () -> sockaddr.decode(ByteBuffer.allocate(256), 129, Os.LINUX), VALUE,
                "sockaddr length 129 out of range"));
        r.add(row("sockaddr.decode family 99", () -> sockaddr.decode(ByteBuffer.wrap(new byte[] {99, 0, 0, 0}), 4, Os.LINUX), VALUE,
                "unknown address family 99"));
    }

    private static void cli(List<Row> r) {
        cliRow(r, "jna-socket: missing command (try --help)");
        cliRow(r, "jna-socket: unknown command 'frobnicate' (try --help)", "frobnicate");
        cliRow(r, "jna-socket: --help takes no argument, not 'x' (try --help)", "--help", "x");
        cliRow(r, "jna-socket: --version takes no argument, not 'x' (try --help)", "--version", "x");
        String server = "jna-socket echo-server: ";
        cliRow(r, server + "--port must be an integer from 0 to 65535, not '70000' (try --help)", "echo-server", "--port", "70000");
        cliRow(r, server + "--port must be an integer from 0 to 65535, not '-1' (try --help)", "echo-server", "--port", "-1");
        cliRow(r, server + "--port must be an integer from 0 to 65535, not 'abc' (try --help)", "echo-server", "--port=abc");
        cliRow(r, server + "--port must be an integer from 0 to 65535, not '' (try --help)", "echo-server", "--port=");
        cliRow(r, server + "--port needs a value (try --help)", "echo-server", "--port");
        cliRow(r, server + "--host needs a value (try --help)", "echo-server", "--host");
        cliRow(r, server + "--mode must be single, threads or selector, not 'fork' (try --help)", "echo-server", "--mode", "fork");
        cliRow(r, server + "--max-connections must be an integer from 1 to 1000000, not '0' (try --help)",
                "echo-server", "--max-connections", "0");
        cliRow(r, server + "--idle-timeout must be a number of seconds, 0 or more, not '-1' (try --help)",
                "echo-server", "--idle-timeout", "-1");
        cliRow(r, server + "--idle-timeout must be a number of seconds, 0 or more, not 'NaN' (try --help)",
                "echo-server", "--idle-timeout", "NaN");
        cliRow(r, server + "--max-buffered must be an integer from 1 to 1073741824, not '0' (try --help)",
                "echo-server", "--max-buffered", "0");
        cliRow(r, server + "unknown option '--bogus' (try --help)", "echo-server", "--bogus");
        cliRow(r, server + "unknown option '--trace=1' (try --help)", "echo-server", "--trace=1");
        cliRow(r, server + "unexpected argument 'extra' (try --help)", "echo-server", "extra");
        String client = "jna-socket echo-client: ";
        cliRow(r, client + "--port must be an integer from 1 to 65535, not '0' (try --help)", "echo-client", "--port", "0");
        cliRow(r, client + "--count must be an integer from 0 to 2147483647, not '-1' (try --help)", "echo-client", "--count", "-1");
        cliRow(r, client + "--size must be an integer from 1 to 67108864, not '0' (try --help)", "echo-client", "--size", "0");
        cliRow(r, client + "--timeout must be a number of seconds, 0 or more, not 'x' (try --help)", "echo-client", "--timeout", "x");
        cliRow(r, client + "unknown option '--mode' (try --help)", "echo-client", "--mode", "single");
        cliRow(r, "jna-socket demo: unknown option '--port' (try --help)", "demo", "--port", "1");
        cliRow(r, "jna-socket demo: unexpected argument 'x' (try --help)", "demo", "x");
    }

    // ------------------------------------------------------------------ how rows get their sockets

    private static Row row(String name, Call call, Class<? extends Throwable> raises, String message) {
        return new Row(name, call, raises, message);
    }

    private static void cliRow(List<Row> r, String line, String... args) {
        r.add(row("CLI " + String.join(" ", args), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
            String[] lines = err.toString(StandardCharsets.UTF_8).split("\n", -1);
            if (code == 2 && lines.length == 2 && lines[1].isEmpty() && out.size() == 0) {
                throw new UsageExit(lines[0]);
            }
            throw new AssertionError("exit " + code + ", stderr " + err + ", stdout " + out);
        }, UsageExit.class, line));
    }

    /** A call on a socket. */
    interface SocketCall {
        void run(SocketObject s) throws Exception;
    }

    /** A call on a selector and a socket registered nowhere yet. */
    interface SelectorCall {
        void run(selectors.BaseSelector sel, SocketObject s) throws Exception;
    }

    /** A call on a raw fd. */
    interface RawCall {
        void run(int fd) throws Exception;
    }

    private static void on(SocketObject s, SocketCall call) throws Exception {
        try (s) {
            call.run(s);
        }
    }

    private static void onTcp(SocketCall call) throws Exception {
        on(socket.socket(AF_INET, SOCK_STREAM), call);
    }

    private static void onTcp6(SocketCall call) throws Exception {
        on(socket.socket(AF_INET6, SOCK_STREAM), call);
    }

    private static void onUdp(SocketCall call) throws Exception {
        on(socket.socket(AF_INET, SOCK_DGRAM), call);
    }

    private static void onUnix(SocketCall call) throws Exception {
        on(socket.socket(AF_UNIX, SOCK_STREAM), call);
    }

    /** On one end of a connected AF_UNIX pair (recv would block: only argument errors may come). */
    private static void onPair(SocketCall call) throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject other = p[1]) {
            on(p[0], call);
        }
    }

    private static void onClosed(SocketCall call) throws Exception {
        SocketObject s = socket.socket();
        s.close();
        call.run(s);
    }

    private static void onDetached(SocketCall call) throws Exception {
        SocketObject s = socket.socket();
        int fd = s.detach();
        try {
            call.run(s);
        } finally {
            LibC.close(fd);
        }
    }

    private static void onSelector(SelectorCall call) throws Exception {
        SocketObject[] p = socket.socketpair();
        try (selectors.BaseSelector sel = selectors.DefaultSelector(); SocketObject a = p[0]; SocketObject b = p[1]) {
            call.run(sel, a);
        }
    }

    private static void onRaw(RawCall call) throws Exception {
        int fd = LibC.socket(AF_INET, SOCK_STREAM, 0);
        assertThat(fd, greaterThanOrEqualTo(0));
        try {
            call.run(fd);
        } finally {
            LibC.close(fd);
        }
    }

    @org.junit.jupiter.api.Test
    void theTableIsBigEnough() {
        assertThat(rows().size(), greaterThanOrEqualTo(80));
    }
}
