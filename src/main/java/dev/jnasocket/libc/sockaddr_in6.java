package dev.jnasocket.libc;

import java.nio.ByteBuffer;

/**
 * {@code struct sockaddr_in6}: an IPv6 address, port, flow label and scope, 28 bytes on both OSes
 * (macOS starts with a length byte and a one-byte family).
 * Python: the 4-tuple {@code ('::1', 8080, 0, 0)}.
 */
public final class sockaddr_in6 extends sockaddr {
    /** {@code sizeof(struct sockaddr_in6)} on Linux and macOS. */
    public static final int SIZE = 28;

    /** {@code sin6_family}: {@code AF_INET6} of the running OS. */
    public int sin6_family = Constants.AF_INET6;
    /** {@code sin6_port}: the port in network byte order. */
    public int sin6_port;
    /** {@code sin6_flowinfo}: the flow label, in network byte order as in C. */
    public int sin6_flowinfo;
    /** {@code sin6_addr}: the 16 address bytes in network order. */
    public final byte[] sin6_addr = new byte[16];
    /** {@code sin6_scope_id}: the interface index of a link-local address (host order). */
    public int sin6_scope_id;

    /** An all-zero address ({@code in6addr_any}, port 0). */
    public sockaddr_in6() {}

    @Override
    public int family() {
        return sin6_family;
    }

    @Override
    public int size(Os os) {
        return SIZE;
    }

    @Override
    public void encode(ByteBuffer b, Os os) {
        Args.room(b, 0, size(os), "encode");
        putHeader(b, os, sin6_family, SIZE);
        order(b).putShort(2, (short) sin6_port);
        b.putInt(4, sin6_flowinfo);
        b.put(8, sin6_addr, 0, 16);
        b.putInt(24, sin6_scope_id);
    }

    @Override
    void read(ByteBuffer b, int len, Os os) {
        sin6_family = family(b, os);
        sin6_port = order(b).getShort(2) & 0xffff;
        sin6_flowinfo = b.getInt(4);
        b.get(8, sin6_addr, 0, 16);
        sin6_scope_id = b.getInt(24);
    }

    /**
     * strace's form: {@code {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0),
     * inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}}.
     */
    @Override
    public String toString() {
        return "{sa_family=" + familyName() + ", sin6_port=htons(" + LibC.ntohs(sin6_port) + "), sin6_flowinfo=htonl("
                + Integer.toUnsignedString(LibC.ntohl(sin6_flowinfo)) + "), inet_pton(AF_INET6, \""
                + Inet.ntop(Constants.AF_INET6, sin6_addr) + "\", &sin6_addr), sin6_scope_id="
                + Integer.toUnsignedString(sin6_scope_id) + "}";
    }
}
