package dev.jnasocket.echo;

/**
 * The receive buffer of one blocking-mode connection: it starts small and doubles each time a read
 * fills it, up to the connection's cap. A connection spends most of its life parked in {@code recv}
 * with this buffer held, so a fixed 64 KiB made 10,000 idle virtual-thread connections cost 680 MiB
 * of heap; starting at {@link #INITIAL} an idle one holds 2 KiB, and a busy one reaches the cap
 * after five full reads. It never shrinks: a connection that was busy once stays ready to be again
 * (the trade-off netty's adaptive allocator makes the other way, at the cost of more bookkeeping).
 */
final class ReceiveBuffer {
    /** The first buffer's size. */
    static final int INITIAL = 2048;

    private final int cap;
    private byte[] buf;

    /** @param cap the largest the buffer may grow to (at least 1) */
    ReceiveBuffer(int cap) {
        this.cap = cap;
        this.buf = new byte[Math.min(INITIAL, cap)];
    }

    /** @return the buffer to receive into next */
    byte[] array() {
        return buf;
    }

    /**
     * After a read of {@code n} bytes into {@link #array()}: a full read means more is probably
     * waiting, so the next buffer is twice as large (up to the cap). Call it once the bytes read
     * have been used: the array it returned before may be replaced.
     *
     * @param n how many bytes the read stored
     */
    void filled(int n) {
        if (n == buf.length && buf.length < cap) {
            buf = new byte[(int) Math.min(cap, 2L * buf.length)];
        }
    }
}
