package dev.jnasocket.libc;

/**
 * {@code struct pollfd} (8 bytes on both OSes: fd i32 at 0, events i16 at 4, revents i16 at 6).
 * One entry is a Java object; an array of entries that behaves like C's, where an assignment
 * copies the values, is {@link Array}.
 * Python: the {@code (fd, event)} pairs that {@code select.poll().poll()} returns.
 */
public final class pollfd {
    /** {@code sizeof(struct pollfd)}. */
    public static final int SIZE = 8;

    /** The descriptor to watch; a negative one is ignored by the kernel. */
    public int fd;
    /** The POLL* events asked for. */
    public int events;
    /** The POLL* events that happened, filled in by {@code poll}. */
    public int revents;

    /** An entry with fd 0 and no events. */
    public pollfd() {}

    /**
     * One descriptor to poll.
     *
     * @param fd     the descriptor
     * @param events POLLIN, POLLOUT, ...
     */
    public pollfd(int fd, int events) {
        this.fd = fd;
        this.events = events;
    }

    @Override
    public String toString() {
        return "{fd=" + fd + ", events=" + Names.pollEvents(events) + ", revents=" + Names.pollEvents(revents) + "}";
    }

    /**
     * C's {@code struct pollfd pfds[n]}: a native array of entries with value semantics. In C
     * {@code pfds[i] = pfds[n-1]} copies a struct; with Java objects the same line would make
     * two slots share one entry (and a later change to one silently change the other), so here
     * an entry is read with {@link #get} (a copy) and written with {@link #set} (copies values):
     * <pre>
     * pollfd.Array pfds = new pollfd.Array(5);      // malloc(sizeof *pfds * 5), zeroed
     * pfds.fd(0, listener); pfds.events(0, POLLIN);  // pfds[0].fd = listener; pfds[0].events = POLLIN;
     * int poll_count = poll(pfds, fd_count, -1);
     * if ((pfds.revents(i) &amp; POLLIN) != 0) { ... }
     * pfds.set(i, pfds.get(fd_count - 1));           // pfds[i] = pfds[fd_count-1];
     * pfds = pfds.realloc(fd_size * 2);              // pfds = realloc(pfds, sizeof *pfds * fd_size * 2);
     * </pre>
     * Every index is checked against the capacity. {@link LibC#poll(Array, long, int)} passes
     * the array to the kernel in place, with no copy.
     */
    public static final class Array extends StructArray {
        /**
         * An array for {@code poll}.
         *
         * @param capacity how many entries (1 or more), all zero
         */
        public Array(int capacity) {
            super(capacity, SIZE);
            for (int i = 0; i < capacity; i++) {
                view.putLong(offset(i), 0); // native memory starts as garbage; C's calloc clears it
            }
        }

        /** Reads a field of entry {@code i} at {@code field} (0 fd, 4 events, 6 revents), holding the memory. */
        private int get(int i, int field) {
            acquire();
            try {
                return held(i, field);
            } finally {
                release();
            }
        }

        /** Reads a field while the caller already holds the memory (poll's trace, after a close began). */
        private int held(int i, int field) {
            int at = offset(i) + field;
            return field == 0 ? view.getInt(at) : view.getShort(at) & 0xffff;
        }

        /** Writes a field of entry {@code i}, holding the memory. */
        private void put(int i, int field, int value) {
            int at = offset(i) + field;
            acquire();
            try {
                if (field == 0) {
                    view.putInt(at, value);
                } else {
                    view.putShort(at, (short) value);
                }
            } finally {
                release();
            }
        }

        /**
         * The fd of one entry.
         *
         * @param i an index below the capacity
         * @return {@code pfds[i].fd}
         * @throws IllegalStateException once closed
         */
        public int fd(int i) {
            return get(i, 0);
        }

        /**
         * {@code pfds[i].fd = fd}.
         *
         * @param i  an index below the capacity
         * @param fd the descriptor (negative: ignored by poll)
         */
        public void fd(int i, int fd) {
            put(i, 0, fd);
        }

        /**
         * The events one entry asks for.
         *
         * @param i an index below the capacity
         * @return {@code pfds[i].events}
         */
        public int events(int i) {
            return get(i, 4);
        }

        /**
         * {@code pfds[i].events = events}.
         *
         * @param i      an index below the capacity
         * @param events POLL* bits
         */
        public void events(int i, int events) {
            put(i, 4, events);
        }

        /**
         * The events one entry returned.
         *
         * @param i an index below the capacity
         * @return {@code pfds[i].revents}, as the last poll left it
         */
        public int revents(int i) {
            return get(i, 6);
        }

        /**
         * {@code pfds[i].revents = revents} (poll overwrites it; C programs sometimes clear it).
         *
         * @param i       an index below the capacity
         * @param revents POLL* bits
         */
        public void revents(int i, int revents) {
            put(i, 6, revents);
        }

        /**
         * One entry.
         *
         * @param i an index below the capacity
         * @return a copy of {@code pfds[i]}
         */
        public pollfd get(int i) {
            pollfd p = new pollfd(fd(i), events(i));
            p.revents = revents(i);
            return p;
        }

        /**
         * {@code pfds[i] = value}: copies the three fields into slot {@code i}.
         *
         * @param i     an index below the capacity
         * @param value the entry to copy
         */
        public void set(int i, pollfd value) {
            fd(i, value.fd);
            events(i, value.events);
            revents(i, value.revents);
        }

        /**
         * C's {@code realloc}: a new array of {@code capacity} entries holding this one's first
         * entries (the new ones zero); this one is closed, so a stale reference to it fails
         * with an {@link IllegalStateException} instead of touching freed memory.
         *
         * @param capacity the new capacity (1 or more)
         * @return the new array
         */
        public Array realloc(int capacity) {
            Array a = new Array(capacity);
            for (int i = 0; i < Math.min(capacity, capacity()); i++) {
                a.set(i, get(i));
            }
            close();
            return a;
        }

        /** strace's request list of the first {@code n}: {@code [{fd=5, events=POLLIN}, ...]}; the caller holds the memory. */
        String requests(int n) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                b.append(i > 0 ? ", " : "").append("{fd=").append(held(i, 0)).append(", events=")
                        .append(Names.pollEvents(held(i, 4))).append('}');
            }
            return b.append(']').toString();
        }

        /** strace's answer list: the entries with revents, {@code [{fd=5, revents=POLLIN|POLLHUP}]}; the caller holds the memory. */
        String answers(int n) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                if (held(i, 6) != 0) {
                    b.append(b.length() > 1 ? ", " : "").append("{fd=").append(held(i, 0)).append(", revents=")
                            .append(Names.pollEvents(held(i, 6))).append('}');
                }
            }
            return b.append(']').toString();
        }
    }
}
