package dev.jnasocket.libc;

import com.sun.jna.Native;

/**
 * Linux's epoll calls, C-named and traced like {@link LibC}'s: they return -1 with
 * {@link LibC#errno()} set, and refuse bad Java arguments before any native call. On macOS
 * every call returns -1 with errno ENOSYS (use {@link Kqueue} there).
 * Python: {@code select.epoll}, and {@code selectors.EpollSelector} on top.
 */
public final class Epoll {
    private Epoll() {}

    private static final boolean LINUX = Os.HOST == Os.LINUX;

    private static int unsupported() {
        Native.setLastError(Constants.ENOSYS);
        return -1;
    }

    /**
     * {@code int epoll_create1(int flags)}.
     *
     * @param flags 0 or EPOLL_CLOEXEC
     * @return the epoll fd, or -1 with errno set
     */
    public static int epoll_create1(int flags) {
        int r = LINUX ? Sys.Linux.epoll_create1(flags) : unsupported();
        if (Trace.on) {
            Trace.call(r, "epoll_create1", flags == Constants.EPOLL_CLOEXEC ? "EPOLL_CLOEXEC" : flags);
        }
        return r;
    }

    /**
     * {@code int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)}.
     *
     * @param epfd  the epoll fd
     * @param op    EPOLL_CTL_ADD, EPOLL_CTL_MOD or EPOLL_CTL_DEL
     * @param fd    the watched fd
     * @param event what to watch and the data to return (may be null for EPOLL_CTL_DEL)
     * @return 0, or -1 with errno set
     */
    public static int epoll_ctl(int epfd, int op, int fd, epoll_event event) {
        if (event == null && op != Constants.EPOLL_CTL_DEL) {
            throw new IllegalArgumentException("epoll_ctl(): event is null");
        }
        int r;
        if (!LINUX) {
            r = unsupported();
        } else {
            Scratch s = Scratch.get();
            long e = 0;
            if (event != null) {
                event.encode(s.view, Scratch.OPT, Os.X86_64);
                e = s.base + Scratch.OPT;
            }
            r = Sys.Linux.epoll_ctl(epfd, op, fd, e);
        }
        if (Trace.on) {
            String opName = op == Constants.EPOLL_CTL_ADD ? "EPOLL_CTL_ADD" : op == Constants.EPOLL_CTL_MOD
                    ? "EPOLL_CTL_MOD" : op == Constants.EPOLL_CTL_DEL ? "EPOLL_CTL_DEL" : Integer.toString(op);
            Trace.call(r, "epoll_ctl", epfd, opName, fd, event == null ? "NULL" : event);
        }
        return r;
    }

    /**
     * {@code int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)}
     * into a reusable native array (maxevents is its capacity).
     *
     * @param epfd    the epoll fd
     * @param events  receives the ready events
     * @param timeout milliseconds, -1 for no limit
     * @return how many events are ready, 0 on timeout, or -1 with errno set
     * @throws IllegalStateException if {@code events} is closed (no call is made)
     */
    public static int epoll_wait(int epfd, epoll_event.Array events, int timeout) {
        if (events == null) {
            throw new IllegalArgumentException("epoll_wait(): events is null");
        }
        long a = events.acquire(); // the memory stays allocated until the kernel is done with it
        Trace.Call t = Trace.on ? Trace.begin("epoll_wait", true, epfd) : null;
        int r;
        try {
            r = LINUX ? Sys.Linux.epoll_wait(epfd, a, events.capacity(), timeout) : unsupported();
        } finally {
            events.release();
        }
        if (t != null) {
            t.end(r, "[" + Math.max(r, 0) + " events]", events.capacity(), timeout);
        }
        return r;
    }
}
