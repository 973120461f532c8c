package dev.jnasocket;

import dev.jnasocket.libc.LibC;

/**
 * One answer of {@link socket#getaddrinfo}: Python's 5-tuple
 * {@code (family, type, proto, canonname, sockaddr)}.
 *
 * @param family    AF_INET, AF_INET6, ...
 * @param type      SOCK_STREAM, SOCK_DGRAM, ...
 * @param proto     IPPROTO_TCP, IPPROTO_UDP, ...
 * @param canonname the canonical name ({@code ""} unless AI_CANONNAME was asked, as in Python)
 * @param sockaddr  the address to pass to {@code connect} or {@code bind}
 */
public record AddrInfo(int family, int type, int proto, String canonname, Address sockaddr) {
    /**
     * Python's repr of the tuple, with the enums CPython's {@code getaddrinfo} puts there:
     * {@code (<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80))}
     * (a value without a name stays a plain number, as in CPython).
     */
    @Override
    public String toString() {
        return "(" + enumRepr("AddressFamily", family, LibC.AF_UNIX, "AF_UNIX", LibC.AF_INET, "AF_INET", LibC.AF_INET6, "AF_INET6",
                LibC.AF_UNSPEC, "AF_UNSPEC")
                + ", " + enumRepr("SocketKind", type, LibC.SOCK_STREAM, "SOCK_STREAM", LibC.SOCK_DGRAM, "SOCK_DGRAM", LibC.SOCK_RAW, "SOCK_RAW")
                + ", " + proto + ", " + builtins.repr(canonname) + ", " + builtins.repr(sockaddr) + ")";
    }

    /** Python's repr of an IntEnum member, {@code <AddressFamily.AF_INET: 2>}; pairs are value, name. */
    private static String enumRepr(String enumName, int value, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if ((int) pairs[i] == value) {
                return "<" + enumName + "." + pairs[i + 1] + ": " + value + ">";
            }
        }
        return Integer.toString(value);
    }
}
