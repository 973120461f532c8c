package dev.jnasocket.echo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The selector mode's bound on memory for all connections together ({@code maxBufferedTotal}),
 * shared by every selector loop of one server: it counts the chunks each connection holds beyond
 * its first. A loop sizes a read by a glance at what is {@link #free()} and {@link #take takes}
 * the chunks that the bytes it keeps need afterwards, so the hot path (everything echoed at once)
 * writes nothing shared. The bound still holds with several loops: each has at most one read in
 * flight, which keeps at most {@link #maxPerRead} chunks, so {@link #free()} leaves that much room
 * for each of the other loops. With one loop it is the plain count.
 */
final class ChunkBudget {
    private static final int MAX_CHUNK = 16 * 1024;

    /** The size of every chunk: 16 KiB, or less when a bound is smaller. */
    final int chunkSize;
    private final long total;
    /** The most chunks one read can make a connection keep. */
    final long maxPerRead;
    /** Chunks kept free for the reads the other loops may have in flight. */
    private final long margin;
    /** Bytes of the chunks taken (their capacity, used or not). */
    private final AtomicLong taken = new AtomicLong();

    /**
     * @param maxBuffered      the per-connection bound
     * @param maxBufferedTotal the bound for all connections together
     * @param maxRead          the most one read takes (the loops' read buffer)
     * @param loops            how many loops share this budget
     */
    ChunkBudget(int maxBuffered, long maxBufferedTotal, int maxRead, int loops) {
        this.total = maxBufferedTotal;
        this.chunkSize = (int) Math.min(MAX_CHUNK, Math.min(maxBuffered, maxBufferedTotal));
        this.maxPerRead = (Math.min(maxRead, maxBuffered) + chunkSize - 1) / chunkSize;
        this.margin = (loops - 1) * maxPerRead;
    }

    /** @return how many more chunks one read may count on now (may be 0 or less) */
    long free() {
        return (total - taken.get()) / chunkSize - margin;
    }

    /** @param chunks how many chunks a read's kept bytes took (within what {@link #free()} said) */
    void take(long chunks) {
        taken.addAndGet(chunks * chunkSize);
    }

    /** @param chunks how many chunks to give back */
    void release(long chunks) {
        if (chunks != 0) {
            taken.addAndGet(-chunks * chunkSize);
        }
    }
}
