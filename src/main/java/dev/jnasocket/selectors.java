package dev.jnasocket;

import dev.jnasocket.libc.Epoll;
import dev.jnasocket.libc.Kqueue;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.epoll_event;
import dev.jnasocket.libc.fd_set;
import dev.jnasocket.libc.kevent;
import dev.jnasocket.libc.pollfd;
import dev.jnasocket.libc.timeval;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Python's {@code selectors} module on this library's own bindings: {@link #DefaultSelector()}
 * is epoll on Linux and kqueue on macOS; {@link PollSelector} works everywhere.
 * <pre>
 * BaseSelector sel = selectors.DefaultSelector();
 * sel.register(sock, selectors.EVENT_READ, data);
 * for (selectors.Ready r : sel.select(null)) { r.key().data ... r.mask() }
 * </pre>
 * A {@code fileobj} is an {@code Integer} fd or a {@link FileLike} such as {@link SocketObject}.
 * Errors follow CPython 3.11: Python's ValueError is an IllegalArgumentException, its KeyError
 * a {@link KeyError} (a {@link NoSuchElementException}: unknown fileobj, or registered twice), with Python's messages.
 */
public final class selectors {
    private selectors() {}

    /** Python's {@code selectors.EVENT_READ}. */
    public static final int EVENT_READ = 1;
    /** Python's {@code selectors.EVENT_WRITE}. */
    public static final int EVENT_WRITE = 2;

    /**
     * Python's {@code SelectorKey}: what a registration holds.
     */
    public static final class SelectorKey {
        /** The object registered (an Integer fd or a FileLike). */
        public final Object fileobj;
        /** Its file descriptor. */
        public final int fd;
        /** EVENT_READ and/or EVENT_WRITE. */
        public final int events;
        /** The data given at registration. */
        public final Object data;

        SelectorKey(Object fileobj, int fd, int events, Object data) {
            this.fileobj = fileobj;
            this.fd = fd;
            this.events = events;
            this.data = data;
        }

        /** Python's repr: {@code SelectorKey(fileobj=..., fd=5, events=1, data=None)}. */
        @Override
        public String toString() {
            return "SelectorKey(fileobj=" + builtins.repr(fileobj) + ", fd=" + fd + ", events=" + events + ", data="
                    + builtins.repr(data) + ")"; // a namedtuple shows each field's repr
        }
    }

    /**
     * One entry of {@link BaseSelector#select}: Python's {@code (key, mask)} pair.
     *
     * @param key  the registration
     * @param mask the events that are ready (a subset of {@code key.events})
     */
    public record Ready(SelectorKey key, int mask) {}

    /**
     * Python's {@code selectors.DefaultSelector()}: the best selector of the platform.
     *
     * @return an epoll selector on Linux, a kqueue selector on macOS
     * @throws OSError if the kernel object cannot be made
     */
    public static BaseSelector DefaultSelector() throws OSError {
        return Os.HOST == Os.LINUX ? new EpollSelector() : new KqueueSelector();
    }

    /** The fd of a fileobj, as CPython's {@code _fileobj_to_fd}: {@code select}'s rule, with this module's messages. */
    static int fileobjToFd(Object fileobj) {
        Integer fd = select.fdOf(fileobj);
        if (fd == null) {
            throw new IllegalArgumentException("Invalid file object: " + builtins.repr(fileobj));
        }
        if (fd < 0) {
            throw new IllegalArgumentException("Invalid file descriptor: " + fd);
        }
        return fd;
    }

    /**
     * Python's {@code selectors.BaseSelector}: the registration table shared by every selector;
     * subclasses add the kernel's calls.
     */
    public abstract static class BaseSelector implements AutoCloseable {
        /** Frees the kernel object of a selector dropped without close(). */
        static final Cleaner CLEANER = Cleaner.create();
        /** The table grows to at most this many fds; keys of higher fds live in {@link #highFds}. */
        private static final int TABLE_MAX = 1 << 16;

        /** fd to key; an array because fds are small integers and this is on every event's path. */
        private SelectorKey[] byFd = new SelectorKey[64];
        /** Keys of fds of {@link #TABLE_MAX} and above: memory never grows with an fd's number. */
        private final Map<Integer, SelectorKey> highFds = new HashMap<>();
        private final Map<Object, SelectorKey> map = new LinkedHashMap<>();
        /**
         * {@link #CLOSED}, plus {@link #ONE_USE} for each call using the kernel object or its
         * memory right now (a select in another thread): one word, so a select's enter and leave
         * are one atomic operation each, and the close and the last call out agree on who frees.
         */
        private final AtomicInteger life = new AtomicInteger();
        private static final int CLOSED = 1;
        private static final int ONE_USE = 2;
        /**
         * The kind of kernel queue this selector owns ({@link select#EPOLL}, {@link select#KQUEUE}),
         * or null for one that owns none (select, poll).
         */
        private final String kernel;

        /** @param kernel the kind of kernel queue the selector owns, or null */
        BaseSelector(String kernel) {
            this.kernel = kernel;
        }

        /** The fd of a fileobj, or, for a closed one, the fd it was registered with. */
        private int lookup(Object fileobj) {
            try {
                return fileobjToFd(fileobj);
            } catch (IllegalArgumentException e) {
                for (SelectorKey k : map.values()) {
                    if (k.fileobj == fileobj) {
                        return k.fd;
                    }
                }
                throw e;
            }
        }

        final SelectorKey keyOf(int fd) {
            if (fd < byFd.length) {
                return fd < 0 ? null : byFd[fd];
            }
            return fd < TABLE_MAX ? null : highFds.get(fd);
        }

        private void put(SelectorKey k) {
            if (k.fd >= TABLE_MAX) {
                highFds.put(k.fd, k);
            } else {
                if (k.fd >= byFd.length) {
                    byFd = Arrays.copyOf(byFd, Math.min(TABLE_MAX, Math.max(k.fd + 1, byFd.length * 2)));
                }
                byFd[k.fd] = k;
            }
            map.put(k.fileobj instanceof Integer ? Integer.valueOf(k.fd) : k.fileobj, k);
        }

        private void remove(SelectorKey k) {
            if (k.fd >= TABLE_MAX) {
                highFds.remove(k.fd);
            } else {
                byFd[k.fd] = null;
            }
            map.remove(k.fileobj instanceof Integer ? Integer.valueOf(k.fd) : k.fileobj);
        }

        /**
         * Starts a call that uses the kernel object: until the matching {@link #leave}, a
         * close() from another thread frees neither the fd nor the memory the call hands the
         * kernel (a wait may still be filling it), so no number or block is used after it
         * could have been given to someone else.
         */
        private void enter() {
            for (;;) {
                int s = life.get();
                if ((s & CLOSED) != 0 && kernel != null) {
                    // CPython's epoll and kqueue selectors reach their closed select.epoll/kqueue object;
                    // its select and poll selectors own nothing that closes and go on working
                    throw select.closedError(kernel);
                }
                if (life.compareAndSet(s, s + ONE_USE)) {
                    return;
                }
            }
        }

        /**
         * The fd of the kernel queue, as its {@code fileno()} gives it.
         *
         * @param fd the queue's fd
         * @return {@code fd}
         * @throws IllegalArgumentException CPython's ValueError once the selector is closed
         */
        final int kernelFd(int fd) {
            if (closed()) {
                throw select.closedError(kernel);
            }
            return fd;
        }

        /** @return whether the calling thread's call is the only one using the kernel object now */
        final boolean alone() {
            return (life.get() & ~CLOSED) == ONE_USE;
        }

        /** @return whether {@link #close} has been called */
        private boolean closed() {
            return (life.get() & CLOSED) != 0;
        }

        /** Ends such a call; the last one out after a close frees the kernel object. */
        private void leave() {
            if (life.addAndGet(-ONE_USE) == CLOSED) {
                try {
                    release();
                } catch (OSError ignored) {
                    // the close() that asked for it has returned long ago; there is no one to tell
                }
            }
            Reference.reachabilityFence(this); // the Cleaner must not free what the call still uses
        }

        /**
         * Python's {@code register(fileobj, events, data=None)}.
         *
         * @param fileobj an Integer fd or a FileLike
         * @param events  EVENT_READ and/or EVENT_WRITE
         * @param data    anything, returned in the key
         * @return the new key
         * @throws OSError if the kernel refuses (e.g. EBADF)
         * @throws IllegalArgumentException bad events or fileobj; or, on an epoll or kqueue selector
         *         closed before, {@code "I/O operation on closed epoll object"} (or kqueue)
         */
        public SelectorKey register(Object fileobj, int events, Object data) throws OSError {
            if (events == 0 || (events & ~(EVENT_READ | EVENT_WRITE)) != 0) {
                throw new IllegalArgumentException("Invalid events: " + events);
            }
            int fd = lookup(fileobj); // CPython's _fileobj_lookup: a closed socket still registered is found
            if (keyOf(fd) != null) {
                throw new KeyError(builtins.repr(fileobj) + " (FD " + fd + ") is already registered");
            }
            SelectorKey k = new SelectorKey(fileobj, fd, events, data);
            enter();
            try {
                added(k); // the kernel first: a number that names no open fd costs no table memory
            } finally {
                leave();
            }
            put(k);
            return k;
        }

        /**
         * Python's {@code register(fileobj, events)}.
         *
         * @param fileobj an Integer fd or a FileLike
         * @param events  EVENT_READ and/or EVENT_WRITE
         * @return the new key
         * @throws OSError if the kernel refuses
         */
        public SelectorKey register(Object fileobj, int events) throws OSError {
            return register(fileobj, events, null);
        }

        /**
         * Python's {@code unregister(fileobj)}; works after the fileobj was closed.
         *
         * @param fileobj what was registered
         * @return its key
         * @throws NoSuchElementException {@code "... is not registered"}
         */
        public SelectorKey unregister(Object fileobj) {
            SelectorKey k = keyOf(lookupOrMissing(fileobj));
            remove(k);
            enter();
            try {
                removed(k);
            } finally {
                leave();
            }
            return k;
        }

        private int lookupOrMissing(Object fileobj) {
            int fd;
            try {
                fd = lookup(fileobj);
            } catch (IllegalArgumentException e) {
                throw new KeyError(builtins.repr(fileobj) + " is not registered");
            }
            if (keyOf(fd) == null) {
                throw new KeyError(builtins.repr(fileobj) + " is not registered");
            }
            return fd;
        }

        /**
         * Python's {@code modify(fileobj, events, data)}.
         *
         * @param fileobj what was registered
         * @param events  the new events
         * @param data    the new data
         * @return the new key
         * @throws OSError if the kernel refuses
         */
        public SelectorKey modify(Object fileobj, int events, Object data) throws OSError {
            SelectorKey old = keyOf(lookupOrMissing(fileobj));
            if (events != old.events && !pollLike()) {
                // CPython's _BaseSelectorImpl.modify: unregister, then register (which checks the events)
                unregister(fileobj);
                return register(fileobj, events, data);
            }
            // _PollLikeSelector.modify: any events; the kernel gets their read and write bits
            SelectorKey k = new SelectorKey(old.fileobj, old.fd, events, data);
            put(k);
            if (events != old.events) {
                enter();
                try {
                    changed(old, k);
                } catch (OSError | RuntimeException e) {
                    remove(k);
                    throw e;
                } finally {
                    leave();
                }
            }
            return k;
        }

        /**
         * Python's {@code modify(fileobj, events)}: the data becomes None, as in CPython.
         *
         * @param fileobj what was registered
         * @param events  the new events
         * @return the new key
         * @throws OSError if the kernel refuses
         */
        public SelectorKey modify(Object fileobj, int events) throws OSError {
            return modify(fileobj, events, null);
        }

        /**
         * Python's {@code get_key(fileobj)}.
         *
         * @param fileobj what was registered
         * @return its key
         * @throws NoSuchElementException {@code "... is not registered"}
         */
        public SelectorKey get_key(Object fileobj) {
            if (closed()) {
                throw new IllegalStateException("Selector is closed"); // CPython's RuntimeError: get_map() is None
            }
            return keyOf(lookupOrMissing(fileobj));
        }

        /**
         * {@return Python's {@code get_map()}: a read-only live view from fd (or file object) to key; null (None) once closed}
         * Its {@code get} and {@code containsKey} find a registered file object even after it was
         * closed, and raise CPython's ValueError (an IllegalArgumentException, {@code "Invalid file
         * object: 'abc'"}) for an object that has no fd and is not registered, as Python's
         * {@code in} and {@code get} on the mapping do.
         */
        public Map<Object, SelectorKey> get_map() {
            if (closed()) {
                return null; // CPython: None once closed
            }
            return mapping;
        }

        /**
         * CPython's {@code _SelectorMapping}: read-only, live, iterating over the fds in the order
         * they were registered, and finding a key by fd or by file object.
         */
        private final Map<Object, SelectorKey> mapping = new java.util.AbstractMap<>() {
            @Override
            public SelectorKey get(Object fileobj) {
                // CPython's _SelectorMapping: a registered object is found even once closed; one
                // with no fd that is not registered raises ValueError (not KeyError) from the lookup
                return keyOf(lookup(fileobj));
            }

            @Override
            public boolean containsKey(Object fileobj) {
                return get(fileobj) != null;
            }

            @Override
            public int size() {
                return map.size();
            }

            @Override
            public java.util.Set<Map.Entry<Object, SelectorKey>> entrySet() {
                java.util.Set<Map.Entry<Object, SelectorKey>> entries = new java.util.LinkedHashSet<>();
                for (SelectorKey k : map.values()) {
                    entries.add(Map.entry(k.fd, k));
                }
                return Collections.unmodifiableSet(entries);
            }
        };

        /**
         * Python's {@code select(timeout)}: waits for registered fds to be ready. EINTR is
         * retried with the time that is left (PEP 475). A close() from another thread frees
         * nothing this wait uses; the wait then returns an empty list when it ends, as CPython's.
         *
         * @param timeout seconds; null waits without limit; 0 or less only polls
         * @return the ready keys with their ready events (empty on timeout)
         * @throws OSError if the kernel call fails
         * @throws IllegalArgumentException for a timeout the selector's CPython twin refuses
         *         (NaN, infinity, one too large), with its message; for an epoll or kqueue
         *         selector closed before the call, CPython's {@code "I/O operation on closed epoll object"}
         */
        public List<Ready> select(Double timeout) throws OSError {
            long ns = timeoutNs(timeout);
            long deadline = Timeout.deadline(ns);
            boolean closedBefore = closed();
            enter();
            try {
                for (int ms = Timeout.firstPollMillis(ns, deadline); ; ms = Timeout.pollMillis(deadline)) {
                    List<Ready> ready = new ArrayList<>();
                    int n = waitReady(ms, Math.max(map.size(), 1), ready);
                    if (closed() && !closedBefore) {
                        return new ArrayList<>(); // closed by another thread while waiting
                    }
                    if (n == 0 && Timeout.waitAgain(deadline, ms)) {
                        continue;
                    }
                    if (n >= 0) {
                        return ready;
                    }
                    if (LibC.errno() != LibC.EINTR) {
                        throw OSError.last();
                    }
                    Signals.check(); // Ctrl-C in the main thread
                }
            } finally {
                leave();
            }
        }

        /**
         * A kernel event word as selector events, as CPython reads it: anything but "out"
         * (in, error, hang-up) makes the fd readable, anything but "in" makes it writable, so a
         * broken connection wakes both a reader and a writer, whose call then says what happened.
         */
        static int mask(int ev, int in, int out) {
            return ((ev & ~out) != 0 ? EVENT_READ : 0) | ((ev & ~in) != 0 ? EVENT_WRITE : 0);
        }

        /** Adds a Ready for a kernel event on {@code fd}, if still registered. */
        final void ready(List<Ready> out, int fd, int mask) {
            SelectorKey k = keyOf(fd);
            if (k != null && (mask & k.events) != 0) {
                out.add(new Ready(k, mask & k.events));
            }
        }

        /**
         * {@return Python's {@code select()} with no timeout}
         * @throws OSError if the kernel call fails
         */
        public List<Ready> select() throws OSError {
            return select(null);
        }

        /**
         * Python's {@code close()}: forgets every registration and frees the kernel object, at
         * once or, while another thread is in {@link #select}, when that call returns. After it,
         * as in CPython: {@code get_map()} is null (None), {@code get_key} raises RuntimeError
         * (an IllegalStateException) {@code "Selector is closed"}, {@code unregister} and
         * {@code modify} raise KeyError; the epoll and kqueue selectors' {@code register},
         * {@code select} and {@code fileno} raise ValueError {@code "I/O operation on closed epoll
         * object"} (or kqueue), while the select and poll selectors, which own no kernel object,
         * go on registering and selecting. A second close does nothing.
         */
        @Override
        public void close() throws OSError {
            int s;
            do {
                s = life.get();
                if ((s & CLOSED) != 0) {
                    return;
                }
            } while (!life.compareAndSet(s, s | CLOSED));
            map.clear();
            Arrays.fill(byFd, null);
            highFds.clear();
            if (s == 0) {
                release(); // else the last call to leave frees it
            }
        }

        /**
         * This selector's CPython twin's rule for {@code select(timeout)}, from {@link Timeout}.
         *
         * @return nanoseconds, or {@link Timeout#NONE} for null
         */
        abstract long timeoutNs(Double timeout);

        /**
         * Whether {@code modify} is CPython's {@code _PollLikeSelector.modify} (poll, epoll: any
         * events, changed in place) rather than {@code _BaseSelectorImpl.modify} (select, kqueue:
         * unregister, then register, which checks the events).
         */
        boolean pollLike() {
            return false;
        }

        /** Tells the kernel about a new key. */
        abstract void added(SelectorKey k) throws OSError;

        /** Tells the kernel a key's events changed. */
        abstract void changed(SelectorKey old, SelectorKey now) throws OSError;

        /** Tells the kernel a key is gone; errors are ignored (the fd may be closed already). */
        abstract void removed(SelectorKey k);

        /**
         * One kernel wait of at most {@code ms} milliseconds (-1: no limit), adding what is ready.
         *
         * @return 0 or more, or -1 with errno set
         * @throws OSError InterruptedError when the waiting thread is interrupted
         */
        abstract int waitReady(int ms, int maxEvents, List<Ready> out) throws OSError;

        /** Frees the kernel object and its memory (once: the Cleaner may have run). */
        abstract void release() throws OSError;
    }

    /**
     * A kernel-backed selector's fd and native event memory, apart from the selector so that
     * the Cleaner can free them when a selector is dropped without close().
     */
    private static final class Kernel implements Runnable {
        final int fd;
        /** The arrays to free with it; a selector swaps in a larger one as it grows. */
        final AutoCloseable[] arrays;
        /** 0, or the errno of a failed close. */
        int error;

        Kernel(int fd, AutoCloseable... arrays) {
            this.fd = fd;
            this.arrays = arrays;
        }

        @Override
        public void run() {
            for (AutoCloseable a : arrays) {
                try {
                    a.close();
                } catch (Exception cannot) {
                    throw new AssertionError(cannot); // a StructArray's close throws nothing
                }
            }
            error = LibC.close(fd) == 0 ? 0 : LibC.errno();
        }
    }

    /** Frees a kernel object through its Cleanable (at most once), raising a failed close. */
    private static void free(Cleaner.Cleanable cleanable, Kernel kernel) throws OSError {
        cleanable.clean();
        if (kernel.error != 0) {
            int e = kernel.error;
            kernel.error = 0;
            throw OSError.fromErrno(e);
        }
    }

    /** Python's {@code selectors.EpollSelector} (Linux). */
    public static final class EpollSelector extends BaseSelector {
        private final int epfd;
        private epoll_event.Array events = new epoll_event.Array(64);
        private final Kernel kernel;
        private final Cleaner.Cleanable cleanable;

        /**
         * Opens an epoll instance.
         *
         * @throws OSError if epoll_create1 fails
         */
        public EpollSelector() throws OSError {
            super(select.EPOLL);
            epfd = Epoll.epoll_create1(LibC.EPOLL_CLOEXEC);
            if (epfd < 0) {
                events.close();
                throw OSError.last();
            }
            kernel = new Kernel(epfd, events);
            cleanable = CLEANER.register(this, kernel);
        }

        /**
         * {@return the epoll fd (Python's {@code fileno()})}
         * @throws IllegalArgumentException {@code "I/O operation on closed epoll object"} once closed
         */
        public int fileno() {
            return kernelFd(epfd);
        }

        @Override
        boolean pollLike() {
            return true;
        }

        @Override
        long timeoutNs(Double timeout) {
            return Timeout.epollSelector(timeout);
        }

        private static int toEpoll(int events) {
            return ((events & EVENT_READ) != 0 ? LibC.EPOLLIN : 0) | ((events & EVENT_WRITE) != 0 ? LibC.EPOLLOUT : 0);
        }

        @Override
        void added(SelectorKey k) throws OSError {
            if (Epoll.epoll_ctl(epfd, LibC.EPOLL_CTL_ADD, k.fd, new epoll_event(toEpoll(k.events), k.fd)) != 0) {
                throw OSError.last();
            }
        }

        @Override
        void changed(SelectorKey old, SelectorKey now) throws OSError {
            if (Epoll.epoll_ctl(epfd, LibC.EPOLL_CTL_MOD, now.fd, new epoll_event(toEpoll(now.events), now.fd)) != 0) {
                throw OSError.last();
            }
        }

        @Override
        void removed(SelectorKey k) {
            Epoll.epoll_ctl(epfd, LibC.EPOLL_CTL_DEL, k.fd, null); // a closed fd has left epoll already
        }

        @Override
        int waitReady(int ms, int maxEvents, List<Ready> out) throws OSError {
            if (events.capacity() < maxEvents && events.capacity() < 4096 && alone()) {
                epoll_event.Array larger = new epoll_event.Array(Math.min(4096, Math.max(maxEvents, events.capacity() * 2)));
                events.close(); // freed once no other wait uses it
                events = larger;
                kernel.arrays[0] = larger;
            }
            epoll_event.Array got = events;
            int n = Poller.kernelWait(t -> Epoll.epoll_wait(epfd, got, t), ms, new int[] {epfd}, new int[] {LibC.POLLIN});
            if (n > 0) {
                int[] evs = new int[n]; // per wait: another thread may be waiting on this selector too
                long[] data = new long[n];
                got.read(n, evs, data); // one use of the native memory for all of them
                for (int i = 0; i < n; i++) {
                    ready(out, (int) data[i], mask(evs[i], LibC.EPOLLIN, LibC.EPOLLOUT));
                }
            }
            return n;
        }

        @Override
        void release() throws OSError {
            free(cleanable, kernel);
        }
    }

    /** Python's {@code selectors.KqueueSelector} (macOS): one EVFILT_READ and one EVFILT_WRITE filter per fd. */
    public static final class KqueueSelector extends BaseSelector {
        private final int kq;
        private final kevent.Array changes = new kevent.Array(1);
        private kevent.Array events = new kevent.Array(64);
        private final Kernel kernel;
        private final Cleaner.Cleanable cleanable;

        /**
         * Opens a kqueue.
         *
         * @throws OSError if kqueue fails
         */
        public KqueueSelector() throws OSError {
            super(select.KQUEUE);
            kq = Kqueue.kqueue();
            if (kq < 0) {
                changes.close();
                events.close();
                throw OSError.last();
            }
            kernel = new Kernel(kq, changes, events);
            cleanable = CLEANER.register(this, kernel);
        }

        /**
         * {@return the kqueue fd (Python's {@code fileno()})}
         * @throws IllegalArgumentException {@code "I/O operation on closed kqueue object"} once closed
         */
        public int fileno() {
            return kernelFd(kq);
        }

        @Override
        long timeoutNs(Double timeout) {
            return Timeout.kqueueSelector(timeout);
        }

        /** One kevent(2) change of one filter: 0, or -1 with errno set. */
        interface Change {
            /**
             * Adds or deletes one filter.
             *
             * @param fd    the registered fd
             * @param event EVENT_READ (EVFILT_READ) or EVENT_WRITE (EVFILT_WRITE)
             * @param add   EV_ADD, or EV_DELETE
             * @return 0, or -1 with errno set
             */
            int apply(int fd, int event, boolean add);
        }

        /** One kevent call per filter, as CPython makes, so each filter's failure is known. */
        private int change(int fd, int event, boolean add) {
            changes.set(0, new kevent(fd, event == EVENT_READ ? LibC.EVFILT_READ : LibC.EVFILT_WRITE,
                    add ? LibC.EV_ADD : LibC.EV_DELETE));
            return Kqueue.kevent(kq, changes, 1, null, 0, 0);
        }

        /**
         * Adds the filters for the bits of {@code events}, one call each. When one fails, those
         * this call added are deleted again before it raises, so no fd is left half-registered
         * (a batched kevent call stops at the failing change and keeps the ones before it).
         *
         * @throws OSError the failing filter's error
         */
        static void addFilters(Change kernel, int fd, int events) throws OSError {
            if ((events & EVENT_READ) != 0 && kernel.apply(fd, EVENT_READ, true) < 0) {
                throw OSError.last();
            }
            if ((events & EVENT_WRITE) != 0 && kernel.apply(fd, EVENT_WRITE, true) < 0) {
                OSError e = OSError.last();
                deleteFilters(kernel, fd, events & EVENT_READ);
                throw e;
            }
        }

        /** Deletes the filters for the bits of {@code events}, one call each; errors are ignored (the fd may be closed). */
        static void deleteFilters(Change kernel, int fd, int events) {
            if ((events & EVENT_READ) != 0) {
                kernel.apply(fd, EVENT_READ, false);
            }
            if ((events & EVENT_WRITE) != 0) {
                kernel.apply(fd, EVENT_WRITE, false);
            }
        }

        /**
         * A modify: the filters no longer wanted go, the new ones come. If a new one fails,
         * every filter of the fd goes, since the selector then forgets the key.
         */
        static void changeFilters(Change kernel, int fd, int old, int now) throws OSError {
            deleteFilters(kernel, fd, old & ~now);
            try {
                addFilters(kernel, fd, now & ~old);
            } catch (OSError e) {
                deleteFilters(kernel, fd, old & now);
                throw e;
            }
        }

        @Override
        void added(SelectorKey k) throws OSError {
            addFilters(this::change, k.fd, k.events);
        }

        @Override
        void changed(SelectorKey old, SelectorKey now) throws OSError {
            changeFilters(this::change, now.fd, old.events, now.events);
        }

        @Override
        void removed(SelectorKey k) {
            deleteFilters(this::change, k.fd, k.events);
        }

        @Override
        int waitReady(int ms, int maxEvents, List<Ready> out) throws OSError {
            int want = Math.min(4096, maxEvents * 2);
            if (events.capacity() < want && alone()) {
                kevent.Array larger = new kevent.Array(want);
                events.close(); // freed once no other wait uses it
                events = larger;
                kernel.arrays[1] = larger;
            }
            kevent.Array got = events;
            int n = Poller.kernelWait(t -> Kqueue.kevent(kq, null, 0, got, got.capacity(), t), ms, new int[] {kq}, new int[] {LibC.POLLIN});
            for (int i = 0; i < n; i++) {
                kevent e = got.get(i);
                ready(out, (int) e.ident, e.filter == LibC.EVFILT_READ ? EVENT_READ : EVENT_WRITE);
            }
            return n;
        }

        @Override
        void release() throws OSError {
            free(cleanable, kernel);
        }
    }

    /** Python's {@code selectors.PollSelector}: {@code poll(2)}, on every OS. */
    public static final class PollSelector extends BaseSelector {
        private final Map<Integer, pollfd> watched = new LinkedHashMap<>();
        private pollfd[] array = new pollfd[0];

        /** A poll selector (no kernel object to make). */
        public PollSelector() {
            super(null);
        }

        @Override
        boolean pollLike() {
            return true;
        }

        @Override
        long timeoutNs(Double timeout) {
            return Timeout.pollSelector(timeout);
        }

        private static int toPoll(int events) {
            return ((events & EVENT_READ) != 0 ? LibC.POLLIN : 0) | ((events & EVENT_WRITE) != 0 ? LibC.POLLOUT : 0);
        }

        @Override
        void added(SelectorKey k) {
            watched.put(k.fd, new pollfd(k.fd, toPoll(k.events)));
            array = null;
        }

        @Override
        void changed(SelectorKey old, SelectorKey now) {
            watched.get(now.fd).events = toPoll(now.events);
        }

        @Override
        void removed(SelectorKey k) {
            watched.remove(k.fd);
            array = null;
        }

        @Override
        int waitReady(int ms, int maxEvents, List<Ready> out) throws OSError {
            if (array == null) {
                array = watched.values().toArray(new pollfd[0]);
            }
            pollfd[] watching = array;
            int[][] w = Poller.watched(watching, watching.length);
            int n = Poller.kernelWait(t -> LibC.poll(watching, watching.length, t), ms, w[0], w[1]);
            for (int i = 0; n > 0 && i < array.length; i++) {
                ready(out, array[i].fd, mask(array[i].revents, LibC.POLLIN, LibC.POLLOUT));
            }
            return n;
        }

        /** Nothing: CPython's close keeps the poll object and its fds, which a select after close still polls. */
        @Override
        void release() {}
    }

    /**
     * Python's {@code selectors.SelectSelector}: {@code select(2)} over the registered fds, which
     * must be below FD_SETSIZE (1024), as CPython's {@code select.select} requires.
     */
    public static final class SelectSelector extends BaseSelector {
        private final java.util.Set<Integer> readers = new java.util.LinkedHashSet<>();
        private final java.util.Set<Integer> writers = new java.util.LinkedHashSet<>();

        /** A select selector (no kernel object to make). */
        public SelectSelector() {
            super(null);
        }

        @Override
        long timeoutNs(Double timeout) {
            return Timeout.select(timeout == null ? null : Math.max(timeout, 0.0)); // CPython: max(timeout, 0)
        }

        @Override
        void added(SelectorKey k) {
            if ((k.events & EVENT_READ) != 0) {
                readers.add(k.fd);
            }
            if ((k.events & EVENT_WRITE) != 0) {
                writers.add(k.fd);
            }
        }

        @Override
        void changed(SelectorKey old, SelectorKey now) {
            removed(old);
            added(now);
        }

        @Override
        void removed(SelectorKey k) {
            readers.remove(k.fd);
            writers.remove(k.fd);
        }

        @Override
        int waitReady(int ms, int maxEvents, List<Ready> out) {
            fd_set r = new fd_set();
            fd_set w = new fd_set();
            int nfds = 0;
            for (int fd : readers) {
                check(fd);
                LibC.FD_SET(fd, r);
                nfds = Math.max(nfds, fd + 1);
            }
            for (int fd : writers) {
                check(fd);
                LibC.FD_SET(fd, w);
                nfds = Math.max(nfds, fd + 1);
            }
            timeval tv = ms < 0 ? null : new timeval(ms / 1000, (ms % 1000) * 1000L);
            int n = LibC.select(nfds, r, w, null, tv);
            if (n <= 0) {
                return n;
            }
            java.util.Set<Integer> fds = new java.util.LinkedHashSet<>(readers);
            fds.addAll(writers);
            for (int fd : fds) {
                int mask = (readers.contains(fd) && LibC.FD_ISSET(fd, r) ? EVENT_READ : 0)
                        | (writers.contains(fd) && LibC.FD_ISSET(fd, w) ? EVENT_WRITE : 0);
                if (mask != 0) {
                    ready(out, fd, mask);
                }
            }
            return n;
        }

        private static void check(int fd) {
            if (fd >= LibC.FD_SETSIZE) {
                throw new IllegalArgumentException("filedescriptor out of range in select()");
            }
        }

        /** Nothing: CPython's close keeps the fd sets, which a select after close still waits on (EBADF for a closed one). */
        @Override
        void release() {}
    }
}
