package dev.jnasocket;

import java.util.Arrays;
import java.util.Objects;

/**
 * A socket address in Python's shapes: the pair {@code (host, port)} of AF_INET, the 4-tuple
 * {@code (host, port, flowinfo, scope_id)} of AF_INET6, or the path of AF_UNIX.
 * {@link #toString()} prints what Python prints for it: {@code ('127.0.0.1', 60618)},
 * {@code ('::1', 8080, 0, 0)}, {@code /tmp/echo.sock}, or {@code b'\x00name'} for a Linux
 * abstract name.
 *
 * <p>Like Python's tuple, an Address is only data: the host is resolved and the port checked
 * by the call that uses it ({@code bind}, {@code connect}, ...), which is why an out-of-range
 * port is that call's error ({@code "bind(): port must be 0-65535."}), and why a null host,
 * Python's {@code (None, port)}, is refused by the call with that call's message
 * ({@code bind}'s {@code "str, bytes or bytearray expected, not NoneType"}, {@code getnameinfo}'s
 * {@code "getnameinfo(): illegal sockaddr argument"}) or, where CPython resolves the tuple with
 * getaddrinfo ({@code create_connection}), means libc's NULL node, the loopback address.
 */
public final class Address {
    /** Which of Python's address shapes this is. */
    public enum Kind {
        /** {@code (host, port)}: AF_INET, or a 2-tuple given to an AF_INET6 socket. */
        PAIR,
        /** {@code (host, port, flowinfo, scope_id)}: AF_INET6. */
        INET6,
        /** A path (or an abstract name's bytes): AF_UNIX. */
        UNIX
    }

    private final Kind kind;
    private final String host;
    private final int port;
    private final int flowinfo;
    private final int scopeId;
    private final byte[] path;

    private Address(Kind kind, String host, int port, int flowinfo, int scopeId, byte[] path) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.flowinfo = flowinfo;
        this.scopeId = scopeId;
        this.path = path;
    }

    /**
     * Python's {@code (host, port)}.
     *
     * @param host a name or address text; {@code ""} means any address, {@code "<broadcast>"} the
     *             broadcast address; null is Python's None (checked by the call that uses it)
     * @param port the port (checked by the call that uses it)
     * @return the address
     */
    public static Address of(String host, int port) {
        return new Address(Kind.PAIR, host, port, 0, 0, null);
    }

    /**
     * Python's {@code (host, port, flowinfo, scope_id)} for AF_INET6.
     *
     * @param host     a name or IPv6 address text (null: Python's None, checked by the call that uses it)
     * @param port     the port
     * @param flowinfo the flow label, 0-1048575
     * @param scope_id the interface index of a link-local address (C's unsigned 32 bits)
     * @return the address
     */
    public static Address of6(String host, int port, int flowinfo, int scope_id) {
        return new Address(Kind.INET6, host, port, flowinfo, scope_id, null);
    }

    /**
     * Python's AF_UNIX path string. A leading {@code '\0'} makes a Linux abstract name. The text
     * is encoded as CPython encodes file names on Linux: UTF-8, with the lone surrogates
     * U+DC80..U+DCFF standing for the bytes 0x80..0xff ({@code surrogateescape}).
     *
     * @param path the path
     * @return the address
     * @throws UnicodeEncodeError for another lone surrogate, as CPython's
     */
    public static Address unix(String path) {
        if (path == null) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'NoneType'");
        }
        return new Address(Kind.UNIX, null, 0, 0, 0, bytes.encode(path, "utf-8", "surrogateescape"));
    }

    /**
     * Python's AF_UNIX address given as bytes (how abstract names come back).
     *
     * @param path the raw bytes of {@code sun_path}
     * @return the address
     */
    public static Address unix(byte[] path) {
        if (path == null) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'NoneType'");
        }
        return new Address(Kind.UNIX, null, 0, 0, 0, path.clone());
    }

    /** {@return which shape this is} */
    public Kind kind() {
        return kind;
    }

    /** {@return {@code addr[0]}: the host text (null for AF_UNIX)} */
    public String host() {
        return host;
    }

    /** {@return {@code addr[1]}: the port (0 for AF_UNIX)} */
    public int port() {
        return port;
    }

    /** {@return {@code addr[2]} of an AF_INET6 4-tuple, else 0} */
    public int flowinfo() {
        return flowinfo;
    }

    /** {@return {@code addr[3]} of an AF_INET6 4-tuple, else 0} */
    public int scope_id() {
        return scopeId;
    }

    /**
     * {@return the AF_UNIX path text (null for the IP shapes)}: UTF-8, a byte that is not UTF-8
     * decoded to a lone surrogate as CPython's {@code surrogateescape} does ({@code b'\xff'} is
     * {@code '\udcff'}), so {@link #unix(String)} of it gives the same bytes back.
     */
    public String path() {
        return path == null ? null : bytes.decode(path, "utf-8", "surrogateescape");
    }

    /** {@return the AF_UNIX path bytes (null for the IP shapes)} */
    public byte[] pathBytes() {
        return path == null ? null : path.clone();
    }

    /** True for a Linux abstract AF_UNIX name (leading NUL byte). */
    boolean isAbstract() {
        return path != null && path.length > 0 && path[0] == 0;
    }

    /** Python's truth value of the address: false for AF_UNIX's unnamed {@code ''}. */
    boolean isEmpty() {
        return kind == Kind.UNIX && path.length == 0;
    }

    /**
     * What Python's {@code print(addr)} shows: {@code ('127.0.0.1', 60618)}, {@code ('::1', 8080, 0, 0)},
     * the bare path for AF_UNIX, {@code b'\x00name'} for an abstract name.
     */
    @Override
    public String toString() {
        return switch (kind) {
            case PAIR -> "(" + builtins.repr(host) + ", " + port + ")";
            case INET6 -> "(" + builtins.repr(host) + ", " + port + ", " + flowinfo + ", " + scopeId + ")";
            case UNIX -> isAbstract() ? builtins.repr(path) : path();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && kind == a.kind && port == a.port && flowinfo == a.flowinfo
                && scopeId == a.scopeId && Objects.equals(host, a.host) && Arrays.equals(path, a.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, host, port, flowinfo, scopeId) * 31 + Arrays.hashCode(path);
    }
}
