package dev.jnasocket;

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
     * Python's tuple form, the family and type as their enums:
     * {@code (<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80))}.
     */
    @Override
    public String toString() {
        return builtins.repr(new Object[] {socket.family(family), socket.kind(type), proto, canonname, sockaddr});
    }
}
