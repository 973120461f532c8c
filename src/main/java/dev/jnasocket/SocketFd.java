package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.pthread_t;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>What a call pays for all this: one atomic update of the state word to enter and one to
 * leave, and one store each way to the calling thread's own record ({@link NativeThreads}),
 * with no lock: the closer, which is rare, does the looking, through every thread's record.
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
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SocketFd.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int fd;
    /**
     * CLOSED and DETACHED in the low bits, the calls in flight above them (in ONE_CALLs): one
     * word, so entering and leaving a call is one atomic operation each.
     */
    private volatile int state;
    /** The record of the platform thread that last made a call here; see {@link #me()}. */
    private NativeThreads.Me last;

    SocketFd(int fd) {
        this.fd = fd;
    }

    /** @return whether close or detach has happened */
    boolean isClosed() {
        return (state & (CLOSED | DETACHED)) != 0;
    }

    /**
     * Enters a call: the fd stays open until the matching {@link #release}, and a close in the
     * meantime signals this thread.
     *
     * @return the fd
     * @throws OSError EBADF once closed, as Python raises for a closed socket
     */
    int acquire() throws OSError {
        if (VirtualThreads.isVirtual(Thread.currentThread())) {
            ref(); // it parks in the Poller rather than block in the kernel; close unparks it
            return fd;
        }
        // The thread says which socket it is in before it counts itself in: a closer that sees
        // the count (it reads the word after this thread's update of it) then sees this too.
        NativeThreads.Me me = me();
        me.enter(this);
        try {
            ref();
        } catch (OSError closed) {
            me.leave();
            throw closed;
        }
        return fd;
    }

    private void ref() throws OSError {
        for (;;) {
            int s = state;
            if ((s & (CLOSED | DETACHED)) != 0) {
                throw badFd();
            }
            if (STATE.compareAndSet(this, s, s + ONE_CALL)) {
                return;
            }
        }
    }

    /** Leaves a call; the last one out after a close closes the fd. */
    void release() {
        if (!VirtualThreads.isVirtual(Thread.currentThread())) {
            me().leave();
        }
        unref();
    }

    /**
     * The calling platform thread's record: the one this socket saw last when it is this
     * thread's (a socket mostly serves one thread), which spares the thread-local lookup and the
     * cache lines it reads after every system call. A racing thread may read another thread's
     * record here; it then sees that the record is not its own (its {@code thread} is final).
     */
    private NativeThreads.Me me() {
        NativeThreads.Me me = last;
        if (me == null || me.thread != Thread.currentThread()) {
            last = me = NativeThreads.me();
        }
        return me;
    }

    private void unref() {
        if ((int) STATE.getAndAdd(this, -ONE_CALL) == CLOSED + ONE_CALL) {
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
            int s = state;
            if ((s & (CLOSED | DETACHED)) != 0) {
                return -1;
            }
            if (s < ONE_CALL) {
                if (STATE.compareAndSet(this, s, s | CLOSED)) {
                    return LibC.close(fd) == 0 ? 0 : LibC.errno();
                }
            } else if (STATE.compareAndSet(this, s, (s | CLOSED) + ONE_CALL)) {
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
            int s = state;
            if ((s & (CLOSED | DETACHED)) != 0) {
                return -1;
            }
            if (STATE.compareAndSet(this, s, s | DETACHED)) {
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
        NativeThreads.signalAllIn(this);
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
     * The native side of waking platform threads: their records, the signal, the dead socket,
     * and the watch that turns {@code Thread.interrupt()} into a wake-up. Each platform thread
     * that makes a call has one record, found through a thread-local, that says which socket's
     * call (or which kernel wait) it is inside; a closer looks through the records for those
     * inside its socket, so a call registers with one store to its own record and no lock.
     * Java cannot see an interrupt of a thread that sits in a native call (the JDK's own hook
     * for that is internal), so a daemon thread, {@code jnasocket-interrupts}, looks every
     * {@value #WATCH_MS} ms at the records of threads inside a call and signals those whose
     * interrupt status is set: the call fails with EINTR, and the caller, seeing the status,
     * raises InterruptedError instead of retrying (a signal's EINTR without an interrupt is still
     * retried, PEP 475). A thread is never signalled once it has left its call: a signaller
     * raises the record's {@code signalling} flag before it looks at the record, and a leaving
     * thread clears its {@code in} before it looks at the flag, waiting while it is up.
     */
    static final class NativeThreads {
        /** How often the watch looks for interrupted threads: the bound on an interrupt's delay. */
        static final int WATCH_MS = 20;
        /** What a record's {@code in} holds during a kernel wait that names no socket (select, a selector). */
        private static final Object KERNEL_WAIT = new Object();

        /** One platform thread that has used a socket. */
        static final class Me {
            final Thread thread = Thread.currentThread();
            final pthread_t tid = LibC.pthread_self();
            /**
             * The socket whose call this thread is inside ({@link #KERNEL_WAIT} in a wait), or
             * null; written by the thread itself, read by closers and the watch.
             */
            private volatile Object in;
            /** Raised while a closer or the watch may signal this thread; guarded by the record's lock. */
            private volatile boolean signalling;
            /** What {@link #in} held when this call started inside another (none do today); the thread's own. */
            private Object[] outer = new Object[0];
            private int depth;

            /** The thread starts a call on {@code what}. */
            void enter(Object what) {
                Object o = in;
                if (o != null) {
                    push(o);
                }
                // Ordered before the caller's update of the socket's state word, which follows.
                IN.setRelease(this, what);
            }

            /** The thread leaves its call; from here on no signaller may signal it. */
            void leave() {
                in = depth == 0 ? null : pop();
                while (signalling) {
                    Thread.onSpinWait(); // a signaller saw this thread inside: it sends, then lowers the flag
                }
            }

            private void push(Object o) {
                if (depth == outer.length) {
                    outer = Arrays.copyOf(outer, depth + 2);
                }
                outer[depth++] = o;
            }

            private Object pop() {
                Object o = outer[--depth];
                outer[depth] = null;
                return o;
            }

            /** Signals this thread if it is inside {@code what} (any call when null), never once it has left. */
            synchronized void signalIfIn(Object what) {
                signalling = true;
                Object o = in;
                if (what == null ? o != null : o == what) {
                    signal(tid);
                }
                signalling = false;
            }
        }

        private static final VarHandle IN;
        private static final Set<Me> ALL = ConcurrentHashMap.newKeySet();
        private static final ThreadLocal<Me> SELF = ThreadLocal.withInitial(NativeThreads::first);
        private static int dead = -2;

        static {
            try {
                IN = MethodHandles.lookup().findVarHandle(Me.class, "in", Object.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
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

        /**
         * The calling platform thread enters a kernel wait that watches no one socket (select,
         * poll, a selector), where only an interrupt wakes it; {@link Me#leave} ends it.
         *
         * @return the thread's record
         */
        static Me enterWait() {
            Me me = SELF.get();
            me.enter(KERNEL_WAIT);
            VarHandle.fullFence(); // no state word follows to publish it: the watch must see it before the wait
            return me;
        }

        /** Signals every platform thread inside a call on {@code fd}. */
        static void signalAllIn(SocketFd fd) {
            for (Me m : ALL) {
                if (m.in == fd) {
                    m.signalIfIn(fd);
                }
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
                    } else if (m.in != null && m.thread.isInterrupted()) {
                        m.signalIfIn(null);
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
