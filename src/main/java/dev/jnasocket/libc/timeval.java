package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code struct timeval}: seconds and microseconds, the timeout of {@link LibC#select} (and of
 * {@code SO_RCVTIMEO}). 16 bytes on both OSes, but laid out differently: Linux has
 * {@code long tv_sec} at 0 and {@code long tv_usec} at 8; macOS has {@code long tv_sec} at 0 and
 * a 32-bit {@code tv_usec} at 8, then 4 bytes of padding. Linux's {@code select} writes the time
 * left back into it; macOS's leaves it alone.
 * <pre>
 * timeval tv = new timeval(2, 500000);   // tv.tv_sec = 2; tv.tv_usec = 500000;
 * select(n, readfds, null, null, tv);
 * </pre>
 * Python: a float of seconds ({@code select.select(r, w, x, 2.5)}).
 */
public final class timeval {
    /** {@code sizeof(struct timeval)} on Linux and macOS (LP64). */
    public static final int SIZE = 16;

    /** {@code tv_sec}: whole seconds. */
    public long tv_sec;
    /** {@code tv_usec}: microseconds, 0 to 999999. */
    public long tv_usec;

    /** Zero: {@code select} then polls and returns at once. */
    public timeval() {}

    /**
     * A {@code struct timeval}.
     *
     * @param tv_sec  seconds
     * @param tv_usec microseconds
     */
    public timeval(long tv_sec, long tv_usec) {
        this.tv_sec = tv_sec;
        this.tv_usec = tv_usec;
    }

    /**
     * Writes the struct at {@code at} in {@code os}'s layout.
     *
     * @param b  the buffer
     * @param at the byte offset
     * @param os the layout
     */
    public void encode(ByteBuffer b, int at, Os os) {
        ByteBuffer n = Args.room(b, at, SIZE, "encode").duplicate().order(ByteOrder.nativeOrder());
        n.putLong(at, tv_sec);
        if (os == Os.MACOS) {
            n.putInt(at + 8, (int) tv_usec);
            n.putInt(at + 12, 0);
        } else {
            n.putLong(at + 8, tv_usec);
        }
    }

    /**
     * Reads the struct back from {@code at} in {@code os}'s layout.
     *
     * @param b  the buffer
     * @param at the byte offset
     * @param os the layout
     */
    public void decode(ByteBuffer b, int at, Os os) {
        ByteBuffer n = Args.room(b, at, SIZE, "decode").duplicate().order(ByteOrder.nativeOrder());
        tv_sec = n.getLong(at);
        tv_usec = os == Os.MACOS ? n.getInt(at + 8) : n.getLong(at + 8);
    }

    /** @return strace's form, {@code {tv_sec=2, tv_usec=500000}} */
    @Override
    public String toString() {
        return "{tv_sec=" + tv_sec + ", tv_usec=" + tv_usec + "}";
    }
}
