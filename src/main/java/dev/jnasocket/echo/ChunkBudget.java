package dev.jnasocket.echo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The selector mode's bound on memory for all connections together ({@code maxBufferedTotal}),
 * shared by every selector loop of one server: it counts the chunks each connection holds
 * beyond its first. A loop {@link #reserve reserves} the chunks a read might need before it
 * reads (so two loops can never both take the last room) and {@link #release gives back} what
 * it did not use and what its connections no longer hold.
 */
final class ChunkBudget {
    private static final int MAX_CHUNK = 16 * 1024;

    /** The size of every chunk: 16 KiB, or less when a bound is smaller. */
    final int chunkSize;
    private final long total;
    /** Bytes of the chunks reserved (their capacity, used or not). */
    private final AtomicLong reserved = new AtomicLong();

    /**
     * @param maxBuffered      the per-connection bound
     * @param maxBufferedTotal the bound for all connections together
     */
    ChunkBudget(int maxBuffered, long maxBufferedTotal) {
        this.total = maxBufferedTotal;
        this.chunkSize = (int) Math.min(MAX_CHUNK, Math.min(maxBuffered, maxBufferedTotal));
    }

    /** @return how many more chunks fit now (a glance: another loop may take them first) */
    long free() {
        return (total - reserved.get()) / chunkSize;
    }

    /**
     * @param chunks how many chunks to take
     * @return how many were taken: {@code chunks}, or fewer (maybe 0) if that many no longer fit
     */
    long reserve(long chunks) {
        for (;;) {
            long r = reserved.get();
            long take = Math.min(chunks, (total - r) / chunkSize);
            if (take <= 0) {
                return 0;
            }
            if (reserved.compareAndSet(r, r + take * chunkSize)) {
                return take;
            }
        }
    }

    /** @param chunks how many reserved chunks to give back */
    void release(long chunks) {
        if (chunks != 0) {
            reserved.addAndGet(-chunks * chunkSize);
        }
    }
}
