package dev.jnasocket.echo;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands accepted connections from the one accepting loop to another selector loop, on an OS
 * where the kernel cannot spread them over several listening sockets: the acceptor
 * {@link #offer}s, which queues the item and wakes the receiving loop's selector through its
 * {@link Waker}; the receiver {@link #takeAll takes} them when it wakes. Once the receiver has
 * {@link #close closed} it (the server stops), an offer is refused, so no item can be queued after
 * the receiver's last look and be lost: the acceptor keeps a refused one itself.
 *
 * @param <T> what is handed over
 */
final class Handoff<T> {
    private final Waker waker;
    private List<T> queue = new ArrayList<>();
    private boolean closed;

    /** @param waker wakes the receiving loop */
    Handoff(Waker waker) {
        this.waker = waker;
    }

    /**
     * Queues an item for the receiver and wakes it (from the acceptor's thread).
     *
     * @param item what to hand over
     * @return false if the receiver has closed this handoff: the item stays the caller's
     */
    boolean offer(T item) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            queue.add(item);
        }
        waker.wake();
        return true;
    }

    /** @return what was offered since the last call, oldest first (in the receiver's thread) */
    synchronized List<T> takeAll() {
        if (queue.isEmpty()) {
            return List.of();
        }
        List<T> taken = queue;
        queue = new ArrayList<>();
        return taken;
    }

    /** @return what was offered and not yet taken; every later offer is refused */
    synchronized List<T> close() {
        closed = true;
        return takeAll();
    }
}
