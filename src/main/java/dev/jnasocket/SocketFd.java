package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket's file descriptor: an int plus atomic state bits (closed, detached, and how many
 * calls are using it right now), so that it is closed exactly once and never while a call is
 * still inside it.
 *
 * <p>Why the count: on Linux, {@code close} does not wake a thread blocked in {@code accept}
 * or {@code recv} on the same fd, and the fd number can be handed to the next {@code socket()}
 * at once, so a blocked reader could then receive another socket's data. So {@link #close}
 * only marks the fd closed and, if calls are in flight, {@code shutdown(SHUT_RDWR)}s it to wake
 * them; the last call to leave closes the number. Until then nobody else can be given it.
 * {@code close} is never retried on EINTR (the fd is gone on Linux even then).
 * Doubles as the {@link java.lang.ref.Cleaner} action that closes a socket dropped unclosed.
 */
final class SocketFd implements Runnable {
    private static final int CLOSED = 1;
    private static final int DETACHED = 2;
    private static final int ONE_CALL = 4;

    final int fd;
    private final AtomicInteger state = new AtomicInteger();

    SocketFd(int fd) {
        this.fd = fd;
    }

    /** @return whether close or detach has happened */
    boolean isClosed() {
        return (state.get() & (CLOSED | DETACHED)) != 0;
    }

    /**
     * Enters a call: the fd stays open until the matching {@link #release}.
     *
     * @return the fd
     * @throws OSError EBADF once closed, as Python raises for a closed socket
     */
    int acquire() throws OSError {
        for (;;) {
            int s = state.get();
            if ((s & (CLOSED | DETACHED)) != 0) {
                throw badFd();
            }
            if (state.compareAndSet(s, s + ONE_CALL)) {
                return fd;
            }
        }
    }

    /** Leaves a call; the last one out after a close closes the fd. */
    void release() {
        if (state.addAndGet(-ONE_CALL) == CLOSED) {
            LibC.close(fd);
        }
    }

    /**
     * Marks the fd closed and closes it now, or wakes the calls still in it and leaves the
     * close to the last of them.
     *
     * @return 0, or the errno of a failed close (-1 if already closed)
     */
    int close() {
        for (;;) {
            int s = state.get();
            if ((s & (CLOSED | DETACHED)) != 0) {
                return -1;
            }
            if (state.compareAndSet(s, s | CLOSED)) {
                if (s >= ONE_CALL) {
                    wakeBlockedCalls();
                    return 0;
                }
                return LibC.close(fd) == 0 ? 0 : LibC.errno();
            }
        }
    }

    /**
     * Python's {@code detach}: the object lets go of the fd without closing it.
     *
     * @return the fd, or -1 if already closed
     */
    int detach() {
        for (;;) {
            int s = state.get();
            if ((s & (CLOSED | DETACHED)) != 0) {
                return -1;
            }
            if (state.compareAndSet(s, s | DETACHED)) {
                return fd;
            }
        }
    }

    /**
     * shutdown(SHUT_RDWR) wakes a Linux thread blocked in accept (EINVAL), recv (0), send (EPIPE)
     * or poll (POLLHUP). On macOS shutdown of a listener fails, but there a close does wake
     * blocked calls: so the fd is pointed at an already-shut socket with dup2, which closes the
     * real one and keeps the number reserved until the last call leaves.
     */
    private void wakeBlockedCalls() {
        if (LibC.shutdown(fd, LibC.SHUT_RDWR) != 0 && Os.HOST == Os.MACOS) {
            int[] pair = new int[2];
            if (LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, pair) == 0) {
                LibC.shutdown(pair[0], LibC.SHUT_RDWR);
                LibC.dup2(pair[0], fd);
                LibC.close(pair[0]);
                LibC.close(pair[1]);
            }
        }
    }

    /** The Cleaner's action: a socket was dropped without close(); close its fd. */
    @Override
    public void run() {
        close();
    }

    static OSError badFd() {
        return OSError.fromErrno(LibC.EBADF);
    }
}
