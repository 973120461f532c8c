package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code struct sockaddr_storage}: 128 bytes, room for an address of any family, for the calls
 * that fill in an address whose family is not known in advance ({@code accept}, {@code recvfrom},
 * {@code getpeername}). C reads it through a cast to the family's struct; a Java cast cannot
 * reinterpret bytes, so the cast is a method that copies them into that struct:
 * <pre>
 * // C:    struct sockaddr_storage their_addr; socklen_t sin_size = sizeof their_addr;
 * //       new_fd = accept(sockfd, (struct sockaddr *)&amp;their_addr, &amp;sin_size);
 * //       if (their_addr.ss_family == AF_INET) { struct sockaddr_in *s = (struct sockaddr_in *)&amp;their_addr; ...
 * sockaddr_storage their_addr = new sockaddr_storage();
 * int[] sin_size = {their_addr.size()};
 * int new_fd = accept(sockfd, their_addr, sin_size);
 * if (their_addr.ss_family == AF_INET) {
 *     sockaddr_in s = their_addr.as_in();          // (struct sockaddr_in *)&amp;their_addr
 *     printf("port %d%n", ntohs(s.sin_port));
 * }
 * </pre>
 * The cast of the wrong family, which C lets through and reads garbage with, is an
 * {@link IllegalArgumentException} here. The layout is the OS's: on Linux {@code ss_family} is a
 * u16 at offset 0; on macOS {@code ss_len} (u8) is at 0 and {@code ss_family} (u8) at 1.
 * Python has no struct: {@code accept()} returns the address already decoded.
 */
public final class sockaddr_storage extends sockaddr {
    /** {@code sizeof(struct sockaddr_storage)} on Linux and macOS. */
    public static final int SIZE = STORAGE_SIZE;

    /** {@code ss_family}: the family of the address held, {@code AF_UNSPEC} when empty. */
    public int ss_family = Constants.AF_UNSPEC;

    /** The struct's bytes in the host's layout; a kernel-filled address is copied here. */
    private final byte[] bytes = new byte[SIZE];
    /** How many of {@link #bytes} the last call filled in (the address's length). */
    private int filled = SIZE;
    /** The OS whose layout {@link #bytes} are in (the host's, unless a test decodes another's). */
    private Os layout = Os.HOST;

    /** An empty (all-zero) storage, like {@code memset(&ss, 0, sizeof ss)}. */
    public sockaddr_storage() {}

    /**
     * {@code memcpy(&ss, addr, addrlen)}: a storage holding a copy of {@code addr}.
     *
     * @param addr an address of any family
     */
    public sockaddr_storage(sockaddr addr) {
        Args.present(addr, "sockaddr_storage", "addr");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        addr.encode(b, Os.HOST);
        ss_family = addr.family();
        filled = addr.length();
    }

    @Override
    public int family() {
        return ss_family;
    }

    @Override
    public int size(Os os) {
        return SIZE;
    }

    /**
     * The length of the address held: what the kernel filled in, or the copied address's own
     * length; the whole struct for an empty storage.
     *
     * @return the {@code addrlen} that names this address in bind/connect/sendto
     */
    @Override
    public int length() {
        return filled;
    }

    @Override
    public void encode(ByteBuffer b, Os os) {
        for (int i = 0; i < SIZE; i++) {
            b.put(i, bytes[i]);
        }
        putHeader(b, os, ss_family, os == Os.MACOS && bytes[0] != 0 ? bytes[0] & 0xff : filled);
    }

    @Override
    void read(ByteBuffer b, int len, Os os) {
        int n = Math.max(0, Math.min(len, SIZE));
        java.util.Arrays.fill(bytes, (byte) 0);
        for (int i = 0; i < n; i++) {
            bytes[i] = b.get(i);
        }
        ss_family = n >= 2 ? family(b, os) : Constants.AF_UNSPEC;
        filled = n;
        layout = os;
    }

    /** The held address decoded as the family's struct, after checking the family is {@code want}. */
    private sockaddr cast(int want, String struct) {
        if (ss_family != want) {
            throw new IllegalArgumentException("(struct " + struct + " *) of a sockaddr_storage whose ss_family is "
                    + Names.family(ss_family) + ", not " + Names.family(want));
        }
        sockaddr a = forFamily(want, layout);
        a.read(ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()), filled, layout);
        return a;
    }

    /** A family's number in the layout's OS (AF_INET6 is 10 on Linux, 30 on macOS). */
    private int familyValue(String name) {
        return ConstantTable.BY_NAME.get(name).value(layout);
    }

    /**
     * C's {@code (struct sockaddr_in *)&ss}, as a copy.
     *
     * @return the IPv4 address held
     * @throws IllegalArgumentException if {@code ss_family} is not AF_INET
     */
    public sockaddr_in as_in() {
        return (sockaddr_in) cast(familyValue("AF_INET"), "sockaddr_in");
    }

    /**
     * C's {@code (struct sockaddr_in6 *)&ss}, as a copy.
     *
     * @return the IPv6 address held
     * @throws IllegalArgumentException if {@code ss_family} is not AF_INET6
     */
    public sockaddr_in6 as_in6() {
        return (sockaddr_in6) cast(familyValue("AF_INET6"), "sockaddr_in6");
    }

    /**
     * C's {@code (struct sockaddr_un *)&ss}, as a copy.
     *
     * @return the AF_UNIX address held
     * @throws IllegalArgumentException if {@code ss_family} is not AF_UNIX
     */
    public sockaddr_un as_un() {
        return (sockaddr_un) cast(familyValue("AF_UNIX"), "sockaddr_un");
    }

    /**
     * The held address as the struct of its own family, as strace decodes it.
     *
     * @return a {@link sockaddr_in}, {@link sockaddr_in6} or {@link sockaddr_un}, or null for
     *         another family (or an empty storage)
     */
    public sockaddr as_family() {
        sockaddr a = forFamily(ss_family, layout);
        return a == null ? null : cast(ss_family, "sockaddr");
    }

    /** strace's form of the held address, e.g. {@code {sa_family=AF_INET, sin_port=htons(80), ...}}. */
    @Override
    public String toString() {
        sockaddr a = as_family();
        return a != null ? a.toString() : "{sa_family=" + familyName() + "}";
    }
}
