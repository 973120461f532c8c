package dev.jnasocket.echo;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;

/**
 * Wakes a serving loop from another thread: a non-blocking socket pair whose reading end the loop
 * waits on beside its sockets ({@code select} or a selector), on every OS alike (no eventfd, no
 * {@code shutdown} of a listener, which macOS refuses). A wake-up is one byte; while one is
 * waiting, more add nothing.
 */
final class Waker implements AutoCloseable {
    private final SocketObject[] pair;
    private boolean closed;

    /** @throws OSError if the pair cannot be made (out of fds) */
    Waker() throws OSError {
        pair = socket.socketpair();
        try {
            pair[0].setblocking(false);
            pair[1].setblocking(false);
        } catch (OSError e) {
            pair[0].close();
            pair[1].close();
            throw e;
        }
    }

    /** @return the end the loop waits on */
    SocketObject reader() {
        return pair[0];
    }

    /** Wakes the loop (from any thread); nothing once closed. */
    synchronized void wake() {
        if (!closed) {
            try {
                pair[1].send(new byte[] {1});
            } catch (OSError full) {
                // a wake-up byte is already waiting
            }
        }
    }

    /** Takes the wake-up bytes (in the loop's thread), so the next wait blocks again. */
    void drain() {
        try {
            while (pair[0].recv(64).length > 0) {
                // more may wait
            }
        } catch (OSError none) {
            // BlockingIOError: drained (or closed by a stop that came first)
        }
    }

    /** Closes both ends, once. */
    @Override
    public synchronized void close() throws OSError {
        if (!closed) {
            closed = true;
            pair[0].close();
            pair[1].close();
        }
    }
}
