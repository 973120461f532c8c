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
     */
    public static int kevent(int kq, kevent.Array changes, int nchanges, kevent.Array events, int nevents, int timeoutMs) {
        if (nchanges < 0 || nchanges > (changes == null ? 0 : changes.capacity())
                || nevents < 0 || nevents > (events == null ? 0 : events.capacity())) {
            throw new IllegalArgumentException("kevent(): nchanges/nevents outside the arrays");
        }
        int r;
        if (!MACOS) {
            r = unsupported();
        } else {
            long ts = 0;
            Memory spec = null;
            if (timeoutMs >= 0) {
                spec = new Memory(16); // struct timespec { long tv_sec; long tv_nsec; }
                spec.setLong(0, timeoutMs / 1000);
                spec.setLong(8, (timeoutMs % 1000) * 1_000_000L);
                ts = Pointer.nativeValue(spec);
            }
            r = Sys.Macos.kevent(kq, changes == null ? 0 : changes.address, nchanges,
                    events == null ? 0 : events.address, nevents, ts);
            if (spec != null) {
                spec.close();
            }
        }
        if (Trace.on) {
            Trace.call(r, "kevent", kq, "[" + nchanges + " changes]", nchanges, "[" + Math.max(r, 0) + " events]",
                    nevents, timeoutMs);
        }
        return r;
    }
}
