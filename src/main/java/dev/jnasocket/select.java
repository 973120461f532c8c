package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.pollfd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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
}
