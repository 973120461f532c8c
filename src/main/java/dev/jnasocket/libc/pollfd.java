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

        /**
         * The fd of one entry.
         *
         * @param i an index below the capacity
         * @return {@code pfds[i].fd}
         */
        public int fd(int i) {
            return view.getInt(offset(i));
        }

        /**
         * {@code pfds[i].fd = fd}.
         *
         * @param i  an index below the capacity
         * @param fd the descriptor (negative: ignored by poll)
         */
        public void fd(int i, int fd) {
            view.putInt(offset(i), fd);
        }

        /**
         * The events one entry asks for.
         *
         * @param i an index below the capacity
         * @return {@code pfds[i].events}
         */
        public int events(int i) {
            return view.getShort(offset(i) + 4) & 0xffff;
        }

        /**
         * {@code pfds[i].events = events}.
         *
         * @param i      an index below the capacity
         * @param events POLL* bits
         */
        public void events(int i, int events) {
            view.putShort(offset(i) + 4, (short) events);
        }

        /**
         * The events one entry returned.
         *
         * @param i an index below the capacity
         * @return {@code pfds[i].revents}, as the last poll left it
         */
        public int revents(int i) {
            return view.getShort(offset(i) + 6) & 0xffff;
        }

        /**
         * {@code pfds[i].revents = revents} (poll overwrites it; C programs sometimes clear it).
         *
         * @param i       an index below the capacity
         * @param revents POLL* bits
         */
        public void revents(int i, int revents) {
            view.putShort(offset(i) + 6, (short) revents);
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
         * entries (the new ones zero). Unlike C, this array stays valid (its memory is freed
         * when it is closed or unreachable), so a stale reference cannot touch freed memory.
         *
         * @param capacity the new capacity (1 or more)
         * @return the new array
         */
        public Array realloc(int capacity) {
            Array a = new Array(capacity);
            for (int i = 0; i < Math.min(capacity, capacity()); i++) {
                a.set(i, get(i));
            }
            return a;
        }

        /** strace's request list of the first {@code n}: {@code [{fd=5, events=POLLIN}, ...]}. */
        String requests(int n) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                b.append(i > 0 ? ", " : "").append("{fd=").append(fd(i)).append(", events=")
                        .append(Names.pollEvents(events(i))).append('}');
            }
            return b.append(']').toString();
        }

        /** strace's answer list: the entries with revents, {@code [{fd=5, revents=POLLIN|POLLHUP}]}. */
        String answers(int n) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                if (revents(i) != 0) {
                    b.append(b.length() > 1 ? ", " : "").append("{fd=").append(fd(i)).append(", revents=")
                            .append(Names.pollEvents(revents(i))).append('}');
                }
            }
            return b.append(']').toString();
        }
    }
}
