package dev.jnasocket.libc;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * macOS's kqueue calls, C-named and traced like {@link LibC}'s. On Linux every call returns -1
 * with errno ENOSYS (use {@link Epoll} there). Python: {@code select.kqueue}, and
 * {@code selectors.KqueueSelector} on top.
 */
public final class Kqueue {
    private Kqueue() {}

    private static final boolean MACOS = Os.HOST == Os.MACOS;

    private static int unsupported() {
        Native.setLastError(Constants.ENOSYS);
        return -1;
    }

    /** {@return {@code kqueue()}: a new kqueue fd, or -1 with errno set} */
    public static int kqueue() {
        int r = MACOS ? Sys.Macos.kqueue() : unsupported();
        if (Trace.on) {
            Trace.call(r, "kqueue");
        }
        return r;
    }

    /**
     * {@code int kevent(int kq, const struct kevent *changelist, int nchanges, struct kevent *eventlist, int nevents, const struct timespec *timeout)}.
     *
     * @param kq        the kqueue fd
     * @param changes   the changes to apply (may be null with nchanges 0)
     * @param nchanges  how many of them
     * @param events    receives ready events (may be null with nevents 0)
     * @param nevents   the most to receive
     * @param timeoutMs milliseconds, -1 for no limit
     * @return the number of events, 0 on timeout, or -1 with errno set
     * @throws IllegalStateException if an array is closed (no call is made)
     */
    public static int kevent(int kq, kevent.Array changes, int nchanges, kevent.Array events, int nevents, int timeoutMs) {
        if (nchanges < 0 || nchanges > (changes == null ? 0 : changes.capacity())
                || nevents < 0 || nevents > (events == null ? 0 : events.capacity())) {
            throw new IllegalArgumentException("kevent(): nchanges/nevents outside the arrays");
        }
        int r;
        // Both arrays stay allocated until the kernel is done with them; a closed one is refused.
        long c = changes == null ? 0 : changes.acquire();
        try {
            long e = events == null ? 0 : events.acquire();
            try {
                r = MACOS ? kevent(kq, c, nchanges, e, nevents, timeoutMs) : unsupported();
            } finally {
                if (events != null) {
                    events.release();
                }
            }
        } finally {
            if (changes != null) {
                changes.release();
            }
        }
        if (Trace.on) {
            Trace.call(r, "kevent", kq, "[" + nchanges + " changes]", nchanges, "[" + Math.max(r, 0) + " events]",
                    nevents, timeoutMs);
        }
        return r;
    }

    /** The call itself, with the timeout as a {@code struct timespec} (NULL for no limit). */
    private static int kevent(int kq, long changes, int nchanges, long events, int nevents, int timeoutMs) {
        if (timeoutMs < 0) {
            return Sys.Macos.kevent(kq, changes, nchanges, events, nevents, 0);
        }
        try (Memory spec = new Memory(16)) { // struct timespec { long tv_sec; long tv_nsec; }
            spec.setLong(0, timeoutMs / 1000);
            spec.setLong(8, (timeoutMs % 1000) * 1_000_000L);
            return Sys.Macos.kevent(kq, changes, nchanges, events, nevents, Pointer.nativeValue(spec));
        }
    }
}
