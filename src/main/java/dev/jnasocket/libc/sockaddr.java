package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code struct sockaddr}: the base of the socket address structs, named as in C so a C lesson
 * reads the same in Java. Fields are plain public fields; the byte layout of the running OS
 * (Linux: {@code sa_family} u16 at 0; macOS: {@code sa_len} u8 at 0 and {@code sa_family} u8 at 1)
 * is written by {@link #encode} and read by {@link #decode} with buffer puts and gets, never
 * with JNA's {@code Structure} reflection.
 *
 * <p>Python has no struct: it passes tuples ({@code ('127.0.0.1', 80)}); see
 * {@code dev.jnasocket.Address}.
 */
public abstract class sockaddr {
    /** {@code sizeof(struct sockaddr_storage)}: room for any address on both OSes. */
    public static final int STORAGE_SIZE = 128;

    sockaddr() {}

    /** {@return the address family ({@code sa_family}), such as {@code AF_INET}} */
    public abstract int family();

    /**
     * C's {@code sa->sa_family}: the family of whatever struct this is, as C reads it through a
     * {@code struct sockaddr *}. A method, not a field: Java cannot make one field of a base
     * class the same storage as {@code sin_family} or {@code ss_family}.
     *
     * @return the address family, such as {@code AF_INET}
     */
    public final int sa_family() {
        return family();
    }

    /**
     * The struct's size on an OS.
     *
     * @param os the layout to measure
     * @return {@code sizeof} this struct on that OS
     */
    public abstract int size(Os os);

    /** {@return {@code sizeof} this struct on the running OS} */
    public final int size() {
        return size(Os.HOST);
    }

    /**
     * The {@code addrlen} that names exactly this address in bind/connect/sendto: the struct's
     * size, except for AF_UNIX (see {@link sockaddr_un#length()}).
     *
     * @return the length to pass
     */
    public int length() {
        return size();
    }

    /**
     * Writes this struct into {@code b} from index 0, in {@code os}'s layout.
     *
     * @param b  a buffer with at least {@code size(os)} bytes; its position is not moved
     * @param os the layout to write
     */
    public abstract void encode(ByteBuffer b, Os os);

    /** Reads this struct's fields from the first {@code len} bytes of {@code b} (zeros past them). */
    abstract void read(ByteBuffer b, int len, Os os);

    /**
     * Reads a socket address of any known family from a buffer.
     *
     * @param b   the bytes, from index 0
     * @param len how many of them the kernel filled in
     * @param os  the layout they are in
     * @return a {@link sockaddr_in}, {@link sockaddr_in6} or {@link sockaddr_un}
     * @throws IllegalArgumentException for a length out of range or an unknown family
     */
    public static sockaddr decode(ByteBuffer b, int len, Os os) {
        Args.present(b, "decode", "b");
        if (len < 2 || len > Math.min(b.limit(), STORAGE_SIZE)) {
            throw new IllegalArgumentException("sockaddr length " + len + " out of range");
        }
        // Read from a zeroed copy of exactly len bytes: a short struct (the kernel may truncate
        // one) then decodes with zeros past its end, as C's memset-then-memcpy would, and no
        // read can reach past len or past the caller's buffer.
        ByteBuffer copy = ByteBuffer.allocate(STORAGE_SIZE).order(ByteOrder.nativeOrder());
        for (int i = 0; i < len; i++) {
            copy.put(i, b.get(i));
        }
        int family = family(copy, os);
        sockaddr a = forFamily(family, os);
        if (a == null) {
            throw new IllegalArgumentException("unknown address family " + family);
        }
        a.read(copy, len, os);
        return a;
    }

    /**
     * An empty struct of the kind that holds {@code family} on {@code os}, or null.
     *
     * @param family an {@code AF_*} value of that OS
     * @param os     the OS whose numbering {@code family} uses
     * @return a new struct, or null for a family this library does not decode
     */
    public static sockaddr forFamily(int family, Os os) {
        if (family == ConstantTable.BY_NAME.get("AF_INET").value(os)) {
            return new sockaddr_in();
        }
        if (family == ConstantTable.BY_NAME.get("AF_INET6").value(os)) {
            return new sockaddr_in6();
        }
        if (family == ConstantTable.BY_NAME.get("AF_UNIX").value(os)) {
            return new sockaddr_un();
        }
        return null;
    }

    /** The family field of a struct in {@code os}'s layout. */
    static int family(ByteBuffer b, Os os) {
        return os == Os.MACOS ? b.get(1) & 0xff : order(b).getShort(0) & 0xffff;
    }

    /** Writes the family header: u16 on Linux; length byte then u8 family on macOS. */
    static void putHeader(ByteBuffer b, Os os, int family, int len) {
        if (os == Os.MACOS) {
            b.put(0, (byte) len);
            b.put(1, (byte) family);
        } else {
            order(b).putShort(0, (short) family);
        }
    }

    /** Every host this library runs on is little-endian; C structs are in host order. */
    static ByteBuffer order(ByteBuffer b) {
        return b.order(ByteOrder.nativeOrder());
    }

    /** The C family name of this struct's family on the running OS (for the trace). */
    final String familyName() {
        return Names.family(family());
    }
}
