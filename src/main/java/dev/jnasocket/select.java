package dev.jnasocket;

import dev.jnasocket.libc.Constants;
import dev.jnasocket.libc.Epoll;
import dev.jnasocket.libc.Kqueue;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.epoll_event;
import dev.jnasocket.libc.pollfd;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Python's {@code select} module: {@code select.select(rlist, wlist, xlist, timeout)} and
 * {@link #poll()}, both on {@code poll(2)} (so no FD_SETSIZE limit). Objects are Integer fds or
 * {@link FileLike}s such as {@link SocketObject}. The lower-case class name is the module's name.
 */
public final class select {
    private select() {}

    /** Python's {@code select.POLLIN}. */
    public static final int POLLIN = LibC.POLLIN;
    /** Python's {@code select.POLLPRI}. */
    public static final int POLLPRI = LibC.POLLPRI;
    /** Python's {@code select.POLLOUT}. */
    public static final int POLLOUT = LibC.POLLOUT;
    /** Python's {@code select.POLLERR}. */
    public static final int POLLERR = LibC.POLLERR;
    /** Python's {@code select.POLLHUP}. */
    public static final int POLLHUP = LibC.POLLHUP;
    /** Python's {@code select.POLLNVAL}. */
    public static final int POLLNVAL = LibC.POLLNVAL;

    /**
     * The fd of a file object: an Integer is one, a {@link FileLike} has one ({@code fileno()},
     * -1 once closed). The rule {@code select} and {@code selectors} share; each says its own
     * message when it fails.
     *
     * @return the fd (perhaps negative), or null for an object that has none
     */
    static Integer fdOf(Object fileobj) {
        if (fileobj instanceof Integer i) {
            return i;
        }
        if (fileobj instanceof FileLike f) {
            return f.fileno();
        }
        return null;
    }

    /** CPython's {@code PyObject_AsFileDescriptor}, as select and poll take their objects. */
    static int fileobjToFd(Object fileobj) {
        Integer fd = fdOf(fileobj);
        if (fd == null) {
            throw new IllegalArgumentException("argument must be an int, or have a fileno() method.");
        }
        if (fd < 0) {
            throw new IllegalArgumentException("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /**
     * What {@link #select(List, List, List, Double)} returns: Python's {@code (r, w, x)} triple.
     *
     * @param r the objects ready for reading
     * @param w the objects ready for writing
     * @param x the objects with an exceptional condition (out-of-band data)
     */
    public record Selected(List<Object> r, List<Object> w, List<Object> x) {}

    /**
     * Python's {@code select.select(rlist, wlist, xlist, timeout)}.
     *
     * @param rlist   objects to wait for reading
     * @param wlist   objects to wait for writing
     * @param xlist   objects to wait for exceptional conditions
     * @param timeout seconds; null waits without limit
     * @return the ready objects, in the order given
     * @throws OSError {@code [Errno 9] Bad file descriptor} for a closed fd
     */
    public static Selected select(List<?> rlist, List<?> wlist, List<?> xlist, Double timeout) throws OSError {
        return waitSelect(rlist, wlist, xlist, Timeout.select(timeout));
    }

    /**
     * Python's {@code select.select(rlist, wlist, xlist, timeout)} with a Python int timeout.
     *
     * @param rlist   objects to wait for reading
     * @param wlist   objects to wait for writing
     * @param xlist   objects to wait for exceptional conditions
     * @param timeout seconds
     * @return the ready objects, in the order given
     * @throws OSError {@code [Errno 9] Bad file descriptor} for a closed fd
     */
    public static Selected select(List<?> rlist, List<?> wlist, List<?> xlist, long timeout) throws OSError {
        return waitSelect(rlist, wlist, xlist, Timeout.select(timeout));
    }

    /** select.select with a parsed timeout: nanoseconds, or {@link Timeout#NONE}. */
    private static Selected waitSelect(List<?> rlist, List<?> wlist, List<?> xlist, long timeoutNs) throws OSError {
        List<?>[] lists = {rlist, wlist, xlist};
        for (List<?> l : lists) {
            if (l == null) {
                throw new IllegalArgumentException("arguments 1-3 must be sequences");
            }
        }
        int[] want = {LibC.POLLIN, LibC.POLLOUT, LibC.POLLPRI};
        Map<Integer, pollfd> byFd = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            for (Object o : lists[i]) {
                int fd = fileobjToFd(o);
                byFd.computeIfAbsent(fd, f -> new pollfd(f, 0)).events |= want[i];
            }
        }
        pollfd[] fds = byFd.values().toArray(new pollfd[0]);
        waitFor(fds, Timeout.deadline(timeoutNs));
        Selected out = new Selected(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Object>> results = List.of(out.r(), out.w(), out.x());
        // select(2)'s meaning: a hang-up or error makes an fd readable and writable, so the next call reports it.
        int[] counts = {LibC.POLLIN | LibC.POLLHUP | LibC.POLLERR, LibC.POLLOUT | LibC.POLLERR, LibC.POLLPRI};
        for (int i = 0; i < 3; i++) {
            for (Object o : lists[i]) {
                if ((byFd.get(fileobjToFd(o)).revents & counts[i]) != 0) {
                    results.get(i).add(o);
                }
            }
        }
        return out;
    }

    /**
     * Polls until something is ready or the deadline passes, as select(2) waits: EINTR is retried
     * for the time that is left, and so is a wait longer than one poll can make. POLLNVAL is
     * Python's EBADF.
     */
    private static void waitFor(pollfd[] fds, long deadline) throws OSError {
        for (;;) {
            int ms = Timeout.pollMillis(deadline);
            int[][] w = Poller.watched(fds, fds.length);
            int n = Poller.kernelWait(t -> LibC.poll(fds, fds.length, t), ms, w[0], w[1]);
            if (n == 0 && Timeout.waitAgain(deadline, ms)) {
                continue;
            }
            if (n >= 0) {
                for (pollfd p : fds) {
                    if ((p.revents & LibC.POLLNVAL) != 0) {
                        throw OSError.fromErrno(LibC.EBADF);
                    }
                }
                return;
            }
            if (LibC.errno() != LibC.EINTR) {
                throw OSError.last();
            }
            Signals.check(); // Ctrl-C in the main thread
        }
    }

    /**
     * One entry of {@link Poll#poll(Integer)}: Python's {@code (fd, event)} pair.
     *
     * @param fd    the descriptor
     * @param event the POLL* events that happened
     */
    public record Event(int fd, int event) {}

    /**
     * Python's {@code select.poll()}.
     *
     * @return a new polling object
     */
    public static Poll poll() {
        return new Poll();
    }

    /** Python's polling object: {@code register}, {@code modify}, {@code unregister}, {@code poll}. */
    public static final class Poll {
        private final Map<Integer, pollfd> fds = new LinkedHashMap<>();

        Poll() {}

        /**
         * Python's {@code register(fd)}: POLLIN | POLLPRI | POLLOUT.
         *
         * @param fileobj an Integer fd or a FileLike
         */
        public void register(Object fileobj) {
            register(fileobj, LibC.POLLIN | LibC.POLLPRI | LibC.POLLOUT);
        }

        /**
         * Python's {@code register(fd, eventmask)}; registering again changes the mask.
         *
         * @param fileobj   an Integer fd or a FileLike
         * @param eventmask POLL* events
         */
        public void register(Object fileobj, int eventmask) {
            int fd = fileobjToFd(fileobj);
            fds.put(fd, new pollfd(fd, eventmask));
        }

        /**
         * Python's {@code modify(fd, eventmask)}.
         *
         * @param fileobj   a registered fd or FileLike
         * @param eventmask the new events
         * @throws OSError {@code [Errno 2] No such file or directory} if it was not registered
         */
        public void modify(Object fileobj, int eventmask) throws OSError {
            pollfd p = fds.get(fileobjToFd(fileobj));
            if (p == null) {
                throw OSError.fromErrno(LibC.ENOENT);
            }
            p.events = eventmask;
        }

        /**
         * Python's {@code unregister(fd)}.
         *
         * @param fileobj a registered fd or FileLike
         * @throws NoSuchElementException if it was not registered (Python's KeyError)
         */
        public void unregister(Object fileobj) {
            int fd = fileobjToFd(fileobj);
            if (fds.remove(fd) == null) {
                throw new NoSuchElementException(Integer.toString(fd));
            }
        }

        /**
         * Python's {@code poll(timeout)}.
         *
         * @param timeoutMs milliseconds; null or negative waits without limit
         * @return the fds with events (POLLNVAL for a closed one, as in Python)
         * @throws OSError if poll fails
         */
        public List<Event> poll(Integer timeoutMs) throws OSError {
            return waitPoll(timeoutMs == null ? Timeout.NONE : Timeout.poll(Timeout.fromMillis(timeoutMs.longValue())));
        }

        /**
         * Python's {@code poll(timeout)} with a Python int.
         *
         * @param timeoutMs milliseconds, a C int (rounded away from zero); negative waits without limit
         * @return the fds with events (POLLNVAL for a closed one, as in Python)
         * @throws OSError if poll fails
         */
        public List<Event> poll(long timeoutMs) throws OSError {
            return waitPoll(Timeout.poll(Timeout.fromMillis(timeoutMs)));
        }

        /**
         * Python's {@code poll(timeout)} with a Python float.
         *
         * @param timeoutMs milliseconds (rounded up to a whole one); negative waits without limit
         * @return the fds with events (POLLNVAL for a closed one, as in Python)
         * @throws OSError if poll fails
         */
        public List<Event> poll(double timeoutMs) throws OSError {
            return waitPoll(Timeout.poll(Timeout.fromMillis(timeoutMs)));
        }

        /** poll with a parsed timeout: nanoseconds, or {@link Timeout#NONE}; EINTR is retried for the time left. */
        private List<Event> waitPoll(long timeoutNs) throws OSError {
            pollfd[] arr = fds.values().toArray(new pollfd[0]);
            long deadline = Timeout.deadline(timeoutNs);
            for (;;) {
                int ms = Timeout.pollMillis(deadline);
                int[][] w = Poller.watched(arr, arr.length);
                int n = Poller.kernelWait(t -> LibC.poll(arr, arr.length, t), ms, w[0], w[1]);
                if (n >= 0) {
                    List<Event> out = new ArrayList<>();
                    for (pollfd p : arr) {
                        if (p.revents != 0) {
                            out.add(new Event(p.fd, p.revents));
                        }
                    }
                    return out;
                }
                if (LibC.errno() != LibC.EINTR) {
                    throw OSError.last();
                }
                Signals.check(); // Ctrl-C in the main thread
            }
        }

        /**
         * Python's {@code poll()}: waits without limit.
         *
         * @return the fds with events
         * @throws OSError if poll fails
         */
        public List<Event> poll() throws OSError {
            return waitPoll(Timeout.NONE);
        }
    }

    // ---------------------------------------------------------------- epoll and kqueue

    /** Python's {@code select.EPOLLIN} (Linux; {@link Constants#ABSENT} elsewhere). */
    public static final int EPOLLIN = LibC.EPOLLIN;
    /** Python's {@code select.EPOLLPRI}. */
    public static final int EPOLLPRI = LibC.EPOLLPRI;
    /** Python's {@code select.EPOLLOUT}. */
    public static final int EPOLLOUT = LibC.EPOLLOUT;
    /** Python's {@code select.EPOLLERR}. */
    public static final int EPOLLERR = LibC.EPOLLERR;
    /** Python's {@code select.EPOLLHUP}. */
    public static final int EPOLLHUP = LibC.EPOLLHUP;
    /** Python's {@code select.EPOLLRDHUP}. */
    public static final int EPOLLRDHUP = LibC.EPOLLRDHUP;
    /** Python's {@code select.EPOLLONESHOT}. */
    public static final int EPOLLONESHOT = LibC.EPOLLONESHOT;
    /** Python's {@code select.EPOLLET}. */
    public static final int EPOLLET = LibC.EPOLLET;
    /** Python's {@code select.EPOLL_CLOEXEC}. */
    public static final int EPOLL_CLOEXEC = LibC.EPOLL_CLOEXEC;
    /** Python's {@code select.EPOLLRDNORM} (Linux {@code <sys/epoll.h>}). */
    public static final int EPOLLRDNORM = 0x40;
    /** Python's {@code select.EPOLLRDBAND}. */
    public static final int EPOLLRDBAND = 0x80;
    /** Python's {@code select.EPOLLWRNORM}. */
    public static final int EPOLLWRNORM = 0x100;
    /** Python's {@code select.EPOLLWRBAND}. */
    public static final int EPOLLWRBAND = 0x200;
    /** Python's {@code select.EPOLLMSG}. */
    public static final int EPOLLMSG = 0x400;
    /** Python's {@code select.EPOLLEXCLUSIVE}. */
    public static final int EPOLLEXCLUSIVE = 1 << 28;

    /** CPython's {@code FD_SETSIZE - 1}: epoll's default sizehint and poll's default maxevents. */
    private static final int FD_SETSIZE_1 = 1023;

    /**
     * Python's {@code select.epoll()}.
     *
     * @return a new epoll object (close-on-exec)
     * @throws OSError if the kernel refuses (or on macOS, which has no epoll)
     */
    public static epoll epoll() throws OSError {
        return epoll(-1, 0);
    }

    /**
     * Python's {@code select.epoll(sizehint, flags)}.
     *
     * @param sizehint -1, or a positive number (ignored by the kernel)
     * @param flags    0 or EPOLL_CLOEXEC (epoll objects are always close-on-exec)
     * @return a new epoll object
     * @throws OSError {@code [Errno 22] Invalid argument} for other flags
     */
    public static epoll epoll(int sizehint, int flags) throws OSError {
        if (sizehint != -1 && sizehint <= 0) {
            throw new IllegalArgumentException("negative sizehint");
        }
        if (flags != 0 && flags != LibC.EPOLL_CLOEXEC) {
            throw OSError.fromErrno(LibC.EINVAL);
        }
        int fd = Epoll.epoll_create1(LibC.EPOLL_CLOEXEC);
        if (fd < 0) {
            throw OSError.last();
        }
        return new epoll(fd);
    }

    /**
     * CPython's ValueError for a closed kernel queue, raised by {@code select.epoll} and
     * {@code select.kqueue} objects and by the selectors built on them
     * ({@code pyepoll_err_closed}, {@code kqueue_queue_err_closed} in CPython's selectmodule.c).
     *
     * @param kind {@link #EPOLL} or {@link #KQUEUE}
     * @return {@code ValueError("I/O operation on closed epoll object")} and so on
     */
    static IllegalArgumentException closedError(String kind) {
        return new IllegalArgumentException("I/O operation on closed " + kind + " object");
    }

    /** The kind of an epoll object, as its messages name it. */
    static final String EPOLL = "epoll";
    /** The kind of a kqueue object, as its messages name it. */
    static final String KQUEUE = "kqueue";

    /** Closes an epoll or kqueue fd dropped without close(). */
    private static final Cleaner CLEANER = Cleaner.create();

    /**
     * What {@link epoll} and {@link kqueue} share: a kernel queue's fd that the object owns and
     * closes once, by {@code close()} or, when the object is dropped, by a Cleaner. Not a Python
     * name; public only so that {@code ep::fileno} and the like work from any package (a method
     * reference to a method of a non-public class fails at run time there). Only this class's
     * own two subclasses exist.
     */
    public abstract static class OwnedFd implements AutoCloseable, FileLike {
        private final Closer fd;
        private final Cleaner.Cleanable cleanable;
        private final String kind;

        /** The Cleaner's action: it must not hold the object, so it holds only the number. */
        private static final class Closer implements Runnable {
            final int fd;
            final AtomicBoolean closed = new AtomicBoolean();

            Closer(int fd) {
                this.fd = fd;
            }

            @Override
            public void run() {
                if (closed.compareAndSet(false, true)) {
                    LibC.close(fd);
                }
            }
        }

        OwnedFd(int fd, String kind) {
            this.fd = new Closer(fd);
            this.kind = kind;
            this.cleanable = CLEANER.register(this, this.fd);
        }

        /** The fd, or CPython's ValueError once closed. */
        final int fd() {
            if (fd.closed.get()) {
                throw closedError(kind);
            }
            return fd.fd;
        }

        /** {@return Python's {@code closed}} */
        public final boolean closed() {
            return fd.closed.get();
        }

        /** Python's {@code fileno()}: the fd. */
        @Override
        public final int fileno() {
            return fd();
        }

        /** Python's {@code close()}: closes the fd; a second close does nothing. */
        @Override
        public final void close() {
            cleanable.clean();
        }
    }

    /**
     * Python's {@code select.epoll} object: an epoll fd with {@code register}, {@code modify},
     * {@code unregister} and {@code poll}, and CPython's errors: FileExistsError for a second
     * register, FileNotFoundError for an fd not registered, ValueError
     * {@code "I/O operation on closed epoll object"} once closed.
     */
    public static final class epoll extends OwnedFd {
        private epoll(int fd) {
            super(fd, EPOLL);
        }

        /**
         * Python's {@code select.epoll.fromfd(fd)}: an epoll object that owns {@code fd}, and
         * closes it on {@code close()} or, dropped, through a Cleaner: close every object made on
         * one number, as a late Cleaner would close whatever fd has that number by then.
         *
         * @param fd an epoll fd
         * @return the object
         */
        public static epoll fromfd(int fd) {
            return new epoll(fd);
        }

        private void ctl(int op, Object fileobj, int eventmask) throws OSError {
            int f = fileobjToFd(fileobj);
            int ep = fd();
            epoll_event ev = op == LibC.EPOLL_CTL_DEL ? null : new epoll_event(eventmask, f);
            if (Epoll.epoll_ctl(ep, op, f, ev) != 0) {
                throw OSError.last();
            }
        }

        /**
         * Python's {@code ep.register(fd)}: watches for EPOLLIN | EPOLLPRI | EPOLLOUT.
         *
         * @param fileobj an fd or a FileLike
         * @throws OSError FileExistsError if already registered
         */
        public void register(Object fileobj) throws OSError {
            register(fileobj, LibC.EPOLLIN | LibC.EPOLLPRI | LibC.EPOLLOUT);
        }

        /**
         * Python's {@code ep.register(fd, eventmask)}.
         *
         * @param fileobj   an fd or a FileLike
         * @param eventmask EPOLLIN, EPOLLOUT...
         * @throws OSError FileExistsError if already registered
         */
        public void register(Object fileobj, int eventmask) throws OSError {
            ctl(LibC.EPOLL_CTL_ADD, fileobj, eventmask);
        }

        /**
         * Python's {@code ep.modify(fd, eventmask)}.
         *
         * @param fileobj   a registered fd or FileLike
         * @param eventmask the new mask
         * @throws OSError FileNotFoundError if not registered
         */
        public void modify(Object fileobj, int eventmask) throws OSError {
            ctl(LibC.EPOLL_CTL_MOD, fileobj, eventmask);
        }

        /**
         * Python's {@code ep.unregister(fd)}.
         *
         * @param fileobj a registered fd or FileLike
         * @throws OSError FileNotFoundError if not registered
         */
        public void unregister(Object fileobj) throws OSError {
            ctl(LibC.EPOLL_CTL_DEL, fileobj, 0);
        }

        /**
         * Python's {@code ep.poll()}: waits without limit.
         *
         * @return the ready (fd, events) pairs
         * @throws OSError if the wait fails
         */
        public List<Event> poll() throws OSError {
            return poll(null, -1);
        }

        /**
         * Python's {@code ep.poll(timeout)}.
         *
         * @param timeout seconds; null or negative waits without limit
         * @return the ready (fd, events) pairs
         * @throws OSError if the wait fails
         */
        public List<Event> poll(Double timeout) throws OSError {
            return poll(timeout, -1);
        }

        /**
         * Python's {@code ep.poll(timeout, maxevents)}.
         *
         * @param timeout   seconds; null or negative waits without limit
         * @param maxevents the most events to return; -1 for 1023
         * @return the ready (fd, events) pairs
         * @throws OSError if the wait fails
         */
        public List<Event> poll(Double timeout, int maxevents) throws OSError {
            int ep = fd();
            long ns = timeout == null || timeout < 0 ? Timeout.NONE : Timeout.epollSelector(timeout);
            if (maxevents == -1) {
                maxevents = FD_SETSIZE_1;
            } else if (maxevents < 1) {
                throw new IllegalArgumentException("maxevents must be greater than 0, got " + maxevents);
            }
            long deadline = Timeout.deadline(ns);
            try (epoll_event.Array events = new epoll_event.Array(maxevents)) {
                for (;;) {
                    int ms = Timeout.pollMillis(deadline);
                    int n = Epoll.epoll_wait(ep, events, ms);
                    if (n < 0) {
                        if (LibC.errno() == LibC.EINTR) {
                            continue; // PEP 475: retry with what is left of the timeout
                        }
                        throw OSError.last();
                    }
                    if (n == 0 && Timeout.waitAgain(deadline, ms)) {
                        continue;
                    }
                    List<Event> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        out.add(new Event((int) events.data(i), events.events(i)));
                    }
                    return out;
                }
            }
        }

        /** {@return Python's repr: {@code <select.epoll object at 0x...>}} */
        @Override
        public String toString() {
            return "<select.epoll object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
    }

    /** Python's {@code select.KQ_FILTER_READ} (xnu {@code EVFILT_READ}). */
    public static final int KQ_FILTER_READ = -1;
    /** Python's {@code select.KQ_FILTER_WRITE}. */
    public static final int KQ_FILTER_WRITE = -2;
    /** Python's {@code select.KQ_FILTER_AIO}. */
    public static final int KQ_FILTER_AIO = -3;
    /** Python's {@code select.KQ_FILTER_VNODE}. */
    public static final int KQ_FILTER_VNODE = -4;
    /** Python's {@code select.KQ_FILTER_PROC}. */
    public static final int KQ_FILTER_PROC = -5;
    /** Python's {@code select.KQ_FILTER_SIGNAL}. */
    public static final int KQ_FILTER_SIGNAL = -6;
    /** Python's {@code select.KQ_FILTER_TIMER}. */
    public static final int KQ_FILTER_TIMER = -7;
    /** Python's {@code select.KQ_EV_ADD}. */
    public static final int KQ_EV_ADD = 0x1;
    /** Python's {@code select.KQ_EV_DELETE}. */
    public static final int KQ_EV_DELETE = 0x2;
    /** Python's {@code select.KQ_EV_ENABLE}. */
    public static final int KQ_EV_ENABLE = 0x4;
    /** Python's {@code select.KQ_EV_DISABLE}. */
    public static final int KQ_EV_DISABLE = 0x8;
    /** Python's {@code select.KQ_EV_ONESHOT}. */
    public static final int KQ_EV_ONESHOT = 0x10;
    /** Python's {@code select.KQ_EV_CLEAR}. */
    public static final int KQ_EV_CLEAR = 0x20;
    /** Python's {@code select.KQ_EV_SYSFLAGS}. */
    public static final int KQ_EV_SYSFLAGS = 0xF000;
    /** Python's {@code select.KQ_EV_FLAG1}. */
    public static final int KQ_EV_FLAG1 = 0x2000;
    /** Python's {@code select.KQ_EV_EOF}. */
    public static final int KQ_EV_EOF = 0x8000;
    /** Python's {@code select.KQ_EV_ERROR}. */
    public static final int KQ_EV_ERROR = 0x4000;

    /**
     * Python's {@code select.kevent(ident)}: a change or an event of a kqueue, with
     * {@code filter=KQ_FILTER_READ, flags=KQ_EV_ADD}.
     *
     * @param ident an fd or a FileLike
     * @return the kevent
     */
    public static kevent kevent(Object ident) {
        return kevent(ident, KQ_FILTER_READ, KQ_EV_ADD, 0, 0, 0);
    }

    /**
     * Python's {@code select.kevent(ident, filter, flags)}.
     *
     * @param ident  an fd or a FileLike
     * @param filter KQ_FILTER_READ, KQ_FILTER_WRITE...
     * @param flags  KQ_EV_ADD, KQ_EV_DELETE...
     * @return the kevent
     */
    public static kevent kevent(Object ident, int filter, int flags) {
        return kevent(ident, filter, flags, 0, 0, 0);
    }

    /**
     * Python's {@code select.kevent(ident, filter, flags, fflags, data, udata)}.
     *
     * @param ident  an fd or a FileLike
     * @param filter the filter
     * @param flags  the flags
     * @param fflags filter-specific flags
     * @param data   filter-specific data
     * @param udata  user data, returned with the event
     * @return the kevent
     */
    public static kevent kevent(Object ident, int filter, int flags, int fflags, long data, long udata) {
        Integer fd = fdOf(ident);
        if (fd == null) {
            throw new IllegalArgumentException("argument must be an int, or have a fileno() method.");
        }
        return new kevent(fd, filter, flags, fflags, data, udata);
    }

    /**
     * Python's {@code select.kevent} object: the fields of a {@code struct kevent}, printing as
     * {@code <select.kevent ident=3 filter=-1 flags=0x1 fflags=0x0 data=0x0 udata=0x0>}.
     */
    public static final class kevent {
        /** The fd (or other identifier). */
        public final long ident;
        /** The filter. */
        public final int filter;
        /** The action and returned flags. */
        public final int flags;
        /** Filter-specific flags. */
        public final int fflags;
        /** Filter-specific data. */
        public final long data;
        /** Opaque user data. */
        public final long udata;

        kevent(long ident, int filter, int flags, int fflags, long data, long udata) {
            this.ident = ident;
            this.filter = filter;
            this.flags = flags;
            this.fflags = fflags;
            this.data = data;
            this.udata = udata;
        }

        /** {@return the raw layer's struct with these fields, as {@code kqueue.control} hands it to the kernel} */
        public dev.jnasocket.libc.kevent struct() {
            dev.jnasocket.libc.kevent k = new dev.jnasocket.libc.kevent(ident, filter, flags);
            k.fflags = fflags;
            k.data = data;
            k.udata = udata;
            return k;
        }

        static kevent of(dev.jnasocket.libc.kevent k) {
            return new kevent(k.ident, (short) k.filter, k.flags & 0xffff, k.fflags, k.data, k.udata);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof kevent k && k.ident == ident && k.filter == filter && k.flags == flags
                    && k.fflags == fflags && k.data == data && k.udata == udata;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ident, filter, flags, fflags, data, udata);
        }

        /** CPython's repr of a kevent. */
        @Override
        public String toString() {
            return "<select.kevent ident=" + Long.toUnsignedString(ident) + " filter=" + filter + " flags=0x"
                    + Integer.toHexString(flags & 0xffff) + " fflags=0x" + Integer.toHexString(fflags) + " data=0x"
                    + Long.toHexString(data) + " udata=0x" + Long.toHexString(udata) + ">";
        }
    }

    /**
     * Python's {@code select.kqueue()} (macOS).
     *
     * @return a new kqueue object
     * @throws OSError if the kernel refuses (on Linux, which has no kqueue: ENOSYS)
     */
    public static kqueue kqueue() throws OSError {
        int fd = Kqueue.kqueue();
        if (fd < 0) {
            throw OSError.last();
        }
        if (LibC.fcntl(fd, LibC.F_SETFD, LibC.FD_CLOEXEC) < 0) {
            int e = LibC.errno();
            LibC.close(fd);
            throw OSError.fromErrno(e);
        }
        return new kqueue(fd);
    }

    /**
     * Python's {@code select.kqueue} object: {@code control(changelist, max_events, timeout)}
     * applies changes and collects events in one {@code kevent(2)} call.
     */
    public static final class kqueue extends OwnedFd {
        private kqueue(int fd) {
            super(fd, KQUEUE);
        }

        /**
         * Python's {@code select.kqueue.fromfd(fd)}.
         *
         * @param fd a kqueue fd
         * @return an object that owns it
         */
        public static kqueue fromfd(int fd) {
            return new kqueue(fd);
        }

        /**
         * Python's {@code kq.control(changelist, max_events, timeout)}.
         *
         * @param changelist the changes to apply (null or empty for none)
         * @param max_events the most events to return (0 applies changes only)
         * @param timeout    seconds; null waits without limit
         * @return the events
         * @throws OSError if the kernel refuses
         */
        public List<kevent> control(List<kevent> changelist, int max_events, Double timeout) throws OSError {
            int kq = fd();
            if (max_events < 0) {
                throw new IllegalArgumentException("Length of eventlist must be 0 or positive, got " + max_events);
            }
            long ns = timeout == null ? Timeout.NONE : Timeout.kqueueSelector(timeout);
            int nchanges = changelist == null ? 0 : changelist.size();
            try (dev.jnasocket.libc.kevent.Array changes = nchanges == 0 ? null : new dev.jnasocket.libc.kevent.Array(nchanges);
                    dev.jnasocket.libc.kevent.Array events = max_events == 0 ? null : new dev.jnasocket.libc.kevent.Array(max_events)) {
                for (int i = 0; i < nchanges; i++) {
                    changes.set(i, changelist.get(i).struct());
                }
                long deadline = Timeout.deadline(ns);
                for (;;) {
                    int ms = Timeout.pollMillis(deadline);
                    int n = Kqueue.kevent(kq, changes, nchanges, events, max_events, ms);
                    if (n < 0) {
                        if (LibC.errno() == LibC.EINTR) {
                            continue;
                        }
                        throw OSError.last();
                    }
                    List<kevent> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        out.add(kevent.of(events.get(i)));
                    }
                    return out;
                }
            }
        }

        /** {@return Python's repr: {@code <select.kqueue object at 0x...>}} */
        @Override
        public String toString() {
            return "<select.kqueue object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
    }
}
