package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code fd_set}: a set of descriptors for {@link LibC#select}, {@link Constants#FD_SETSIZE}
 * (1024) bits on Linux and macOS. Linux stores them as 16 {@code long}s, macOS as 32
 * {@code int}s; on the little-endian machines both run on, the bytes are the same: bit
 * {@code fd % 8} of byte {@code fd / 8}. Work on it with C's macros, which are methods of
 * {@link LibC}:
 * <pre>
 * fd_set master = new fd_set();
 * FD_ZERO(master);
 * FD_SET(listener, master);
 * fd_set read_fds = new fd_set();
 * FD_COPY(master, read_fds);                 // C: read_fds = master;  (a struct copy)
 * select(fdmax + 1, read_fds, null, null, null);
 * if (FD_ISSET(listener, read_fds)) { ... }
 * </pre>
 * A Java assignment {@code read_fds = master} would make both names share one set, so the C
 * struct copy is {@code FD_COPY} (as BSD and macOS spell it) or {@code new fd_set(master)}.
 * A descriptor outside {@code 0..FD_SETSIZE-1} is an {@link IllegalArgumentException} (C would
 * write past the set; glibc's fortified build aborts). Python: the lists of
 * {@code select.select(r, w, x)}.
 */
public final class fd_set {
    /** {@code sizeof(fd_set)} on Linux and macOS. */
    public static final int SIZE = Constants.FD_SETSIZE / 8;

    private final long[] bits = new long[Constants.FD_SETSIZE / 64];

    /** An empty set (as if {@code FD_ZERO} had run on it). */
    public fd_set() {}

    /**
     * A copy of another set: C's {@code fd_set read_fds = master;}.
     *
     * @param other the set to copy
     */
    public fd_set(fd_set other) {
        System.arraycopy(Args.present(other, "fd_set", "other").bits, 0, bits, 0, bits.length);
    }

    private static int check(int fd) {
        if (fd < 0 || fd >= Constants.FD_SETSIZE) {
            throw new IllegalArgumentException("fd " + fd + " outside the fd_set's 0.." + (Constants.FD_SETSIZE - 1));
        }
        return fd;
    }

    void zero() {
        Arrays.fill(bits, 0);
    }

    void set(int fd) {
        bits[check(fd) >>> 6] |= 1L << (fd & 63);
    }

    void clear(int fd) {
        bits[check(fd) >>> 6] &= ~(1L << (fd & 63));
    }

    boolean isSet(int fd) {
        return (bits[check(fd) >>> 6] & (1L << (fd & 63))) != 0;
    }

    void copyTo(fd_set to) {
        System.arraycopy(bits, 0, to.bits, 0, bits.length);
    }

    /**
     * Writes the set's {@link #SIZE} bytes at {@code at}, as both OSes lay them out.
     *
     * @param b  the buffer
     * @param at the byte offset
     */
    public void encode(ByteBuffer b, int at) {
        ByteBuffer le = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < bits.length; i++) {
            le.putLong(at + 8 * i, bits[i]);
        }
    }

    /**
     * Reads the set back from {@code at}.
     *
     * @param b  the buffer
     * @param at the byte offset
     */
    public void decode(ByteBuffer b, int at) {
        ByteBuffer le = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < bits.length; i++) {
            bits[i] = le.getLong(at + 8 * i);
        }
    }

    /**
     * strace's form of the set's members below {@code nfds}: {@code [3 5]}.
     *
     * @param nfds one more than the highest descriptor to show
     * @return the members in brackets
     */
    String members(int nfds) {
        StringBuilder b = new StringBuilder("[");
        for (int fd = 0; fd < Math.min(nfds, Constants.FD_SETSIZE); fd++) {
            if (isSet(fd)) {
                b.append(b.length() > 1 ? " " : "").append(fd);
            }
        }
        return b.append(']').toString();
    }

    /** @return the members, strace-style: {@code [3 5]} */
    @Override
    public String toString() {
        return members(Constants.FD_SETSIZE);
    }
}
