package dev.jnasocket;

import dev.jnasocket.libc.Epoll;
import dev.jnasocket.libc.Kqueue;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.epoll_event;
import dev.jnasocket.libc.kevent;
import dev.jnasocket.libc.pollfd;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Where a virtual thread waits for an fd, so that it parks instead of pinning its carrier in a
 * native call. A native call cannot unmount a virtual thread (JDK 21 to 25): a thread blocked in
 * {@code recv} or {@code poll} holds its carrier, and with as many blocked as there are carriers
 * nothing else runs. So on a virtual thread the fd is non-blocking underneath, a call that would
 * block registers the fd here and {@link LockSupport#park parks}; a platform thread of the
 * library's own ({@code jnasocket-poller-read}, {@code -write}) waits in {@code epoll_wait}
 * (Linux) or {@code kevent} (macOS) and unparks the waiters of each fd that becomes ready. As in
 * the JDK's own poller: one-shot registrations (one wake-up per arming), one poller per
 * direction (an fd can have a reader and a writer waiting at once), and the registration is
 * removed when the last waiter leaves.
 *
 * <p>{@link #await} returns without saying why (ready, deadline, close, interrupt, or a spurious
 * unpark): the caller retries its call and checks its own state, which is what it does after any
 * wait.
 */
final class Poller {
    /** A deadline that never comes. */
    static final long NEVER = Timeout.NEVER;

    private static final boolean LINUX = Os.HOST == Os.LINUX;

    private final boolean write;
    private final int kernelFd;
    private final ConcurrentHashMap<Integer, Waiters> waiting = new ConcurrentHashMap<>();

    /** The threads waiting on one fd in one direction; changed only inside the map's compute. */
    private static final class Waiters {
        Thread[] threads = new Thread[1];
        int n;
        /** whether the kernel holds a registration for the fd (it may be disarmed, after one event) */
        boolean added;
        /** whether that registration will fire (one-shot: cleared by each event) */
        boolean armed;
    }

    /** Made on first use, so a program that never parks a virtual thread starts no thread. */
    private static final class Holder {
        static final Poller READ = new Poller(false);
        static final Poller WRITE = new Poller(true);
    }

    private static volatile boolean started;

    private Poller(boolean write) {
        this.write = write;
        kernelFd = LINUX ? Epoll.epoll_create1(LibC.EPOLL_CLOEXEC) : Kqueue.kqueue();
        if (kernelFd < 0) {
            throw new IllegalStateException("cannot create the virtual-thread poller: " + OSError.last().getMessage());
        }
        if (!LINUX) {
            LibC.fcntl(kernelFd, LibC.F_SETFD, LibC.FD_CLOEXEC);
        }
        // No inherited thread locals: the first waiter, whose values they would be, is a stranger to it.
        Thread t = new Thread(null, this::run, write ? "jnasocket-poller-write" : "jnasocket-poller-read", 0, false);
        t.setDaemon(true);
        t.start();
        started = true;
    }

    private static Poller of(int events) {
        return (events & LibC.POLLOUT) != 0 ? Holder.WRITE : Holder.READ;
    }

    /**
     * Parks the calling thread until {@code fd} may be ready for {@code events} (POLLIN or
     * POLLOUT), the monotonic {@code deadline} passes, the thread is interrupted, or
     * {@code owner} is closed ({@link #closing} unparks it). Returns at once in the last two cases.
     *
     * @param owner the socket the fd belongs to, or null (a selector's own fd)
     */
    static void await(int fd, int events, long deadline, SocketFd owner) {
        Poller p = of(events);
        Thread me = Thread.currentThread();
        boolean armed = p.register(fd, me);
        try {
            if (me.isInterrupted() || (owner != null && owner.isClosed())) {
                return; // the caller raises
            }
            if (!armed) {
                // The kernel would not watch it (a bad fd: the retried call says so; out of
                // watches): look again in a millisecond rather than spin.
                LockSupport.parkNanos(p, 1_000_000L);
            } else if (deadline == NEVER) {
                LockSupport.park(p);
            } else {
                long left = Timeout.nanosLeft(deadline);
                if (left > 0) {
                    LockSupport.parkNanos(p, left);
                }
            }
        } finally {
            p.deregister(fd, me);
        }
    }

    /**
     * A socket is closing: drops the kernel's registrations of {@code fd} while the number still
     * names the socket (the caller holds a reference), and unparks its waiters, who then see the
     * close. Does nothing if no virtual thread ever waited.
     */
    static void closing(int fd) {
        if (started) {
            Holder.READ.forget(fd);
            Holder.WRITE.forget(fd);
        }
    }

    /** A kernel wait (poll, epoll_wait, kevent) for a given timeout: its result, -1 with errno set. */
    interface KernelWait {
        /**
         * @param ms the timeout, -1 for none
         * @return what the call returned
         */
        int call(int ms);
    }

    /**
     * The hook for the waits of {@link select} and {@link selectors}, which watch many fds (or a
     * kernel queue) at once. On a platform thread it is the call itself, made as a call that
     * {@code Thread.interrupt()} can wake (see {@link SocketFd.NativeThreads}). On a virtual
     * thread the call is made with timeout 0, and while nothing is ready the thread parks here
     * until one of {@code fds} may be ready, then asks again. Either way an interrupt raises
     * InterruptedError, and the caller's handling of the result (EINTR retried, PEP 475) is
     * unchanged.
     *
     * @param ms     the caller's timeout in milliseconds, -1 for none
     * @param fds    what to park on: each fd with POLLIN and/or POLLOUT in {@code events}
     * @return the call's result
     * @throws InterruptedError when the thread is interrupted while it waits
     */
    static int kernelWait(KernelWait wait, int ms, int[] fds, int[] events) throws OSError {
        Thread me = Thread.currentThread();
        if (!VirtualThreads.isVirtual(me)) {
            SocketFd.NativeThreads.Me rec = SocketFd.NativeThreads.enterWait();
            int r;
            try {
                r = wait.call(ms);
            } finally {
                rec.leave();
            }
            if (r < 0 && LibC.errno() == LibC.EINTR && me.isInterrupted()) {
                throw OSError.fromErrno(LibC.EINTR);
            }
            return r;
        }
        long deadline = Timeout.deadline(ms < 0 ? Timeout.NONE : ms * 1_000_000L);
        for (;;) {
            int n = wait.call(0);
            if (n != 0 || ms == 0 || Timeout.expired(deadline)) {
                return n;
            }
            if (me.isInterrupted()) {
                throw OSError.fromErrno(LibC.EINTR);
            }
            awaitAny(fds, events, deadline);
        }
    }

    /** @return {@code [fd, events]} pairs of a pollfd array, for {@link #kernelWait} */
    static int[][] watched(pollfd[] fds, int n) {
        int[][] out = {new int[n], new int[n]};
        for (int i = 0; i < n; i++) {
            out[0][i] = fds[i].fd;
            out[1][i] = fds[i].events;
        }
        return out;
    }

    /** Parks until one of the fds may be ready, the deadline passes, or an interrupt. */
    private static void awaitAny(int[] fds, int[] events, long deadline) {
        Thread me = Thread.currentThread();
        int n = fds.length;
        boolean[] in = new boolean[n];
        boolean[] out = new boolean[n];
        boolean park = n > 0;
        try {
            for (int i = 0; i < n && park; i++) {
                if ((events[i] & ~LibC.POLLOUT) != 0 || events[i] == 0) { // POLLIN, POLLPRI: the read side
                    in[i] = true;
                    park = Holder.READ.register(fds[i], me);
                }
                if (park && (events[i] & LibC.POLLOUT) != 0) {
                    out[i] = true;
                    park = Holder.WRITE.register(fds[i], me);
                }
            }
            if (!park || me.isInterrupted()) {
                return; // a bad fd: the next call says so
            }
            if (deadline == NEVER) {
                LockSupport.park(Holder.READ);
            } else {
                long left = Timeout.nanosLeft(deadline);
                if (left > 0) {
                    LockSupport.parkNanos(Holder.READ, left);
                }
            }
        } finally {
            for (int i = 0; i < n; i++) {
                if (in[i]) {
                    Holder.READ.deregister(fds[i], me);
                }
                if (out[i]) {
                    Holder.WRITE.deregister(fds[i], me);
                }
            }
        }
    }

    /** @return false if the kernel would not watch the fd (then the caller must not park) */
    private boolean register(int fd, Thread me) {
        boolean[] ok = {true};
        waiting.compute(fd, (k, w) -> {
            if (w == null) {
                w = new Waiters();
            }
            if (w.n == w.threads.length) {
                w.threads = java.util.Arrays.copyOf(w.threads, w.n * 2);
            }
            w.threads[w.n++] = me;
            if (!w.armed) {
                if (arm(fd, w.added)) {
                    w.added = true;
                    w.armed = true;
                } else {
                    ok[0] = false;
                }
            }
            return w;
        });
        return ok[0];
    }

    private void deregister(int fd, Thread me) {
        waiting.computeIfPresent(fd, (k, w) -> {
            for (int i = 0; i < w.n; i++) {
                if (w.threads[i] == me) {
                    w.threads[i] = w.threads[--w.n];
                    w.threads[w.n] = null;
                    break;
                }
            }
            if (w.n > 0) {
                return w;
            }
            if (w.added) {
                disarm(fd);
            }
            return null;
        });
    }

    private void forget(int fd) {
        waiting.computeIfPresent(fd, (k, w) -> {
            if (w.added) {
                disarm(fd);
            }
            w.added = false;
            w.armed = false;
            wakeAll(w);
            return w;
        });
    }

    /** The poller thread: each event disarms its fd's registration and unparks its waiters. */
    private void run() {
        if (LINUX) {
            epoll_event.Array events = new epoll_event.Array(256);
            for (;;) {
                int n = Epoll.epoll_wait(kernelFd, events, -1);
                for (int i = 0; i < n; i++) {
                    ready((int) events.data(i));
                }
            }
        } else {
            kevent.Array events = new kevent.Array(256);
            for (;;) {
                int n = Kqueue.kevent(kernelFd, null, 0, events, 256, -1);
                for (int i = 0; i < n; i++) {
                    ready((int) events.get(i).ident);
                }
            }
        }
    }

    private void ready(int fd) {
        waiting.computeIfPresent(fd, (k, w) -> {
            w.armed = false;
            wakeAll(w);
            return w;
        });
    }

    private static void wakeAll(Waiters w) {
        for (int i = 0; i < w.n; i++) {
            LockSupport.unpark(w.threads[i]);
        }
    }

    /** One-shot interest in the fd: EPOLL_CTL_ADD or _MOD with EPOLLONESHOT; EV_ADD | EV_ONESHOT. */
    private boolean arm(int fd, boolean added) {
        if (LINUX) {
            epoll_event e = new epoll_event((write ? LibC.EPOLLOUT : LibC.EPOLLIN) | LibC.EPOLLONESHOT, fd);
            int op = added ? LibC.EPOLL_CTL_MOD : LibC.EPOLL_CTL_ADD;
            if (Epoll.epoll_ctl(kernelFd, op, fd, e) == 0) {
                return true;
            }
            // EEXIST: a registration left by a file that was closed through dup2 under the same
            // number and still lives in a copy; ENOENT: the number now names another file.
            int other = op == LibC.EPOLL_CTL_ADD ? LibC.EPOLL_CTL_MOD : LibC.EPOLL_CTL_ADD;
            return Epoll.epoll_ctl(kernelFd, other, fd, e) == 0;
        }
        return change(fd, LibC.EV_ADD | LibC.EV_ONESHOT) == 0;
    }

    private void disarm(int fd) {
        if (LINUX) {
            Epoll.epoll_ctl(kernelFd, LibC.EPOLL_CTL_DEL, fd, null);
        } else {
            change(fd, LibC.EV_DELETE); // ENOENT once the one-shot filter fired: nothing to delete
        }
    }

    private int change(int fd, int flags) {
        try (kevent.Array one = new kevent.Array(1)) {
            one.set(0, new kevent(fd, write ? LibC.EVFILT_WRITE : LibC.EVFILT_READ, flags));
            return Kqueue.kevent(kernelFd, one, 1, null, 0, 0) < 0 ? -1 : 0;
        }
    }
}
