package dev.jnasocket.bench;

import org.openjdk.jmh.annotations.TearDown;

/**
 * The part every benchmark state that holds a {@link Links.Link} shares: the link, closed once
 * the trial is over. A state extends it and opens {@code link} in its own {@code @Setup}.
 *
 * @param <T> the peer's socket type
 */
public abstract class LinkState<T extends AutoCloseable> {
    Links.Link<T> link;

    /** Closes both ends (and so ends any echo thread on the far one). */
    @TearDown
    public void close() {
        Links.close(link);
    }
}
