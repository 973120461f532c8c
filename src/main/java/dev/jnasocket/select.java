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
        if (timeout != null && (timeout.isNaN() || timeout < 0)) {
            throw new IllegalArgumentException("timeout must be non-negative");
        }
        List<?>[] lists = {rlist, wlist, xlist};
        int[] want = {LibC.POLLIN, LibC.POLLOUT, LibC.POLLPRI};
        Map<Integer, pollfd> byFd = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            for (Object o : lists[i]) {
                int fd = selectors.fileobjToFd(o);
                byFd.computeIfAbsent(fd, f -> new pollfd(f, 0)).events |= want[i];
            }
        }
        pollfd[] fds = byFd.values().toArray(new pollfd[0]);
        waitFor(fds, timeout == null ? null : (long) Math.ceil(timeout * 1000));
        Selected out = new Selected(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Object>> results = List.of(out.r(), out.w(), out.x());
        // select(2)'s meaning: a hang-up or error makes an fd readable and writable, so the next call reports it.
        int[] counts = {LibC.POLLIN | LibC.POLLHUP | LibC.POLLERR, LibC.POLLOUT | LibC.POLLERR, LibC.POLLPRI};
        for (int i = 0; i < 3; i++) {
            for (Object o : lists[i]) {
                if ((byFd.get(selectors.fileobjToFd(o)).revents & counts[i]) != 0) {
                    results.get(i).add(o);
                }
            }
        }
        return out;
    }

    /** One poll with EINTR retried for the time that is left; POLLNVAL is Python's EBADF. */
    private static void waitFor(pollfd[] fds, Long timeoutMs) throws OSError {
        long deadline = timeoutMs == null ? 0 : System.nanoTime() + timeoutMs * 1_000_000L;
        for (;;) {
            int ms = timeoutMs == null ? -1
                    : (int) Math.max(0, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime() + 999_999) / 1_000_000));
            int n = LibC.poll(fds, fds.length, ms);
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
            int fd = selectors.fileobjToFd(fileobj);
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
            pollfd p = fds.get(selectors.fileobjToFd(fileobj));
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
            int fd = selectors.fileobjToFd(fileobj);
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
            pollfd[] arr = fds.values().toArray(new pollfd[0]);
            long deadline = timeoutMs == null || timeoutMs < 0 ? 0 : System.nanoTime() + timeoutMs * 1_000_000L;
            for (;;) {
                int ms = deadline == 0 ? -1
                        : (int) Math.max(0, (deadline - System.nanoTime() + 999_999) / 1_000_000);
                int n = LibC.poll(arr, arr.length, ms);
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
            }
        }

        /**
         * Python's {@code poll()}: waits without limit.
         *
         * @return the fds with events
         * @throws OSError if poll fails
         */
        public List<Event> poll() throws OSError {
            return poll(null);
        }
    }
}
