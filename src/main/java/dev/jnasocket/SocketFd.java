package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.pthread_t;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket's file descriptor: an int plus atomic state bits (closed, detached, and how many
 * calls are using it right now), so that it is closed exactly once, never while a call is still
 * inside it, and never touched once the number may belong to someone else.
 *
 * <p>Why the count: on Linux, {@code close} does not wake a thread blocked in {@code accept}
 * or {@code recv} on the same fd, and the fd number can be handed to the next {@code socket()}
 * at once, so a blocked reader could then receive another socket's data. So {@link #close}
 * only marks the fd closed, wakes the calls in flight, and the last call to leave closes the
 * number. Until then nobody else can be given it. {@code close} is never retried on EINTR (the
 * fd is gone on Linux even then).
 *
 * <p>How the calls in flight are woken without disturbing the connection. {@code shutdown}
 * would wake them, but it ends the connection itself, for every {@code dup()}, {@code fromfd()}
 * or inherited copy too, where CPython's close leaves a copy working. Instead, as the JDK does
 * ("pre-close"): the closer {@code dup2}s a dead socket (one end of a socketpair whose other end
 * is closed) onto the number, which drops this fd's reference to the connection (the copies keep
 * theirs) and keeps the number reserved; any call that reaches the kernel after that meets the
 * dead socket and returns at once (EOF, EPIPE, EINVAL, POLLHUP). A call already asleep in the
 * kernel holds the old file and is not woken by the {@code dup2} on Linux, so the closer then
 * sends each thread inside a call {@link LibC#SIGWAKE}, whose handler does nothing and has no
 * SA_RESTART: the call fails with EINTR, the caller sees the closed state and raises EBADF.
 * There is no lost wake-up: a thread that enters the kernel before the {@code dup2} is already
 * registered and gets the signal (the kernel checks pending signals before it sleeps); one that
 * enters after it meets the dead socket.
 *
 * <p>The alternative considered was to make every blocking call wait in {@code poll} on the fd
 * plus a wake-up pipe before the real call: it wakes every waiter on both OSes without signals,
 * but costs a second libc call on every call that would have found data ready (or an extra fd per
 * socket), and cannot cover a blocking {@code accept} that loses a race for a connection after
 * {@code poll} said ready, nor a blocking {@code connect}. The signal costs nothing until a close
 * actually finds calls in flight, so the fast path stays one libc call.
 *
 * <p>Virtual threads are not signalled: they never wait in the kernel but park in the
 * {@link Poller}, and the closer unparks them ({@link Poller#closing}) before the {@code dup2},
 * while the number still names the socket and its registrations can be removed.
 *
 * <p>Doubles as the {@link java.lang.ref.Cleaner} action that closes a socket dropped unclosed.
 */
final class SocketFd implements Runnable {
    private static final int CLOSED = 1;
    private static final int DETACHED = 2;
    private static final int ONE_CALL = 4;

    final int fd;
    private final AtomicInteger state = new AtomicInteger();
    /** The native threads inside a call, for the closer to signal; guarded by {@code this}. */
    private pthread_t[] threads = new pthread_t[2];
    private int nthreads;

    SocketFd(int fd) {
        this.fd = fd;
    }

    /** @return whether close or detach has happened */
    boolean isClosed() {
        return (state.get() & (CLOSED | DETACHED)) != 0;
    }

    /**
     * Enters a call: the fd stays open until the matching {@link #release}, and a close in the
     * meantime signals this thread.
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
                break;
            }
        }
        if (VirtualThreads.isVirtual(Thread.currentThread())) {
            return fd; // it parks in the Poller rather than block in the kernel; close unparks it
        }
        NativeThreads.Me me = NativeThreads.me();
        me.calls++;
        synchronized (this) {
            if (nthreads == threads.length) {
                threads = Arrays.copyOf(threads, nthreads * 2);
            }
            threads[nthreads++] = me.tid;
        }
        return fd;
    }

    /** Leaves a call; the last one out after a close closes the fd. */
    void release() {
        if (VirtualThreads.isVirtual(Thread.currentThread())) {
            unref();
            return;
        }
        NativeThreads.Me me = NativeThreads.me();
        synchronized (this) {
            for (int i = nthreads - 1; i >= 0; i--) {
                if (threads[i] == me.tid) {
                    threads[i] = threads[--nthreads];
                    threads[nthreads] = null;
                    break;
                }
            }
        }
        NativeThreads.left(me);
        unref();
    }

    private void unref() {
        if (state.addAndGet(-ONE_CALL) == CLOSED) {
            LibC.close(fd);
        }
    }

    /**
     * Marks the fd closed and closes it now, or wakes the calls still in it and leaves the
     * close to the last of them. While it wakes them the closer counts as a call itself, so the
     * number cannot be closed (and handed to another socket) under its feet.
     *
     * @return 0, or the errno of a failed close (-1 if already closed)
     */
    int close() {
        for (;;) {
            int s = state.get();
            if ((s & (CLOSED | DETACHED)) != 0) {
                return -1;
            }
            if (s < ONE_CALL) {
                if (state.compareAndSet(s, s | CLOSED)) {
                    return LibC.close(fd) == 0 ? 0 : LibC.errno();
                }
            } else if (state.compareAndSet(s, (s | CLOSED) + ONE_CALL)) {
                wakeBlockedCalls();
                unref();
                return 0;
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

    /** The pre-close (see the class comment); the caller holds a reference, so the number is still this fd's. */
    private void wakeBlockedCalls() {
        Poller.closing(fd); // unparks virtual threads, while the number still names this socket
        int dead = NativeThreads.deadSocket();
        if (dead < 0 || LibC.dup2(dead, fd) < 0) {
            // No dead socket to point the number at (out of fds): waking the calls matters more
            // than sparing the copies, so fall back to ending the connection.
            LibC.shutdown(fd, LibC.SHUT_RDWR);
        }
        synchronized (this) {
            for (int i = 0; i < nthreads; i++) {
                NativeThreads.signal(threads[i]);
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

    /**
     * The native side of waking platform threads: their ids, the signal, the dead socket, and
     * the watch that turns {@code Thread.interrupt()} into a wake-up. Java cannot see an
     * interrupt of a thread that sits in a native call (the JDK's own hook for that is internal),
     * so a daemon thread, {@code jnasocket-interrupts}, looks every {@value #WATCH_MS} ms at the
     * platform threads that are inside a call and signals those whose interrupt status is set:
     * the call fails with EINTR, and the caller, seeing the status, raises InterruptedError
     * instead of retrying (a signal's EINTR without an interrupt is still retried, PEP 475). A
     * thread that just left its call cannot be signalled: it has to take its record's lock to
     * leave, which the watch holds while it signals.
     */
    static final class NativeThreads {
        /** How often the watch looks for interrupted threads: the bound on an interrupt's delay. */
        static final int WATCH_MS = 20;

        /** One platform thread that has used a socket. */
        static final class Me {
            final Thread thread = Thread.currentThread();
            final pthread_t tid = LibC.pthread_self();
            /** calls it is inside now; written by the thread itself (and under the lock when it leaves) */
            volatile int calls;
        }

        private static final Set<Me> ALL = ConcurrentHashMap.newKeySet();
        private static final ThreadLocal<Me> SELF = ThreadLocal.withInitial(NativeThreads::first);
        private static int dead = -2;

        static {
            LibC.installWakeHandler();
            Thread watch = new Thread(null, NativeThreads::watch, "jnasocket-interrupts", 0, false);
            watch.setDaemon(true);
            watch.start();
        }

        private static Me first() {
            Me me = new Me();
            ALL.add(me);
            return me;
        }

        /** @return the calling platform thread's record */
        static Me me() {
            return SELF.get();
        }

        /** The thread leaves a call; taken under its lock, so the watch never signals it after it left. */
        static void left(Me me) {
            synchronized (me) {
                me.calls--;
            }
        }

        private static void watch() {
            for (;;) {
                try {
                    Thread.sleep(WATCH_MS);
                } catch (InterruptedException e) {
                    // nobody interrupts this thread; keep watching
                }
                for (Iterator<Me> it = ALL.iterator(); it.hasNext(); ) {
                    Me m = it.next();
                    if (!m.thread.isAlive()) {
                        it.remove();
                    } else if (m.calls > 0 && m.thread.isInterrupted()) {
                        synchronized (m) {
                            if (m.calls > 0) {
                                signal(m.tid);
                            }
                        }
                    }
                }
            }
        }

        static void signal(pthread_t thread) {
            LibC.pthread_kill(thread, LibC.SIGWAKE);
        }

        /** @return one end of a socketpair whose other end is closed (close-on-exec), made once; -1 if it cannot be */
        static synchronized int deadSocket() {
            if (dead == -2) {
                int[] sv = new int[2];
                int type = LibC.SOCK_STREAM | (Os.HOST == Os.LINUX ? LibC.SOCK_CLOEXEC : 0);
                if (LibC.socketpair(LibC.AF_UNIX, type, 0, sv) != 0) {
                    return -1; // try again at the next close
                }
                if (Os.HOST != Os.LINUX) {
                    LibC.fcntl(sv[0], LibC.F_SETFD, LibC.FD_CLOEXEC);
                }
                LibC.close(sv[1]);
                dead = sv[0];
            }
            return dead;
        }

        private NativeThreads() {}
    }
}
