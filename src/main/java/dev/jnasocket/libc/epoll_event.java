package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Linux's {@code struct epoll_event}: {@code uint32_t events} and a 64-bit {@code data}. Its size
 * differs by architecture: on x86-64 the struct is packed (12 bytes, data at offset 4), on
 * aarch64 it is naturally aligned (16 bytes, data at offset 8). {@link #encode} writes either.
 * Python: the {@code (fd, event)} pairs of {@code select.epoll().poll()}.
 */
public final class epoll_event {
    /** EPOLLIN, EPOLLOUT, ... */
    public int events;
    /** The user data (this library stores the fd there). */
    public long data;

    /** An empty event. */
    public epoll_event() {}

    /**
     * An event to register.
     *
     * @param events EPOLL* bits
     * @param data   the user data
     */
    public epoll_event(int events, long data) {
        this.events = events;
        this.data = data;
    }

    /**
     * The struct's size in one of the two layouts.
     *
     * @param x86 whether the layout is x86-64's
     * @return {@code sizeof(struct epoll_event)} there
     */
    public static int size(boolean x86) {
        return x86 ? 12 : 16;
    }

    /**
     * Where {@code data} sits in one of the two layouts.
     *
     * @param x86 whether the layout is x86-64's
     * @return the offset of {@code data} there
     */
    public static int dataOffset(boolean x86) {
        return x86 ? 4 : 8;
    }

    /**
     * Writes this event at {@code at} in the given architecture's layout.
     *
     * @param b   the buffer
     * @param at  byte offset of the struct
     * @param x86 x86-64's packed layout, else aarch64's
     */
    public void encode(ByteBuffer b, int at, boolean x86) {
        ByteBuffer n = Args.room(b, at, size(x86), "encode").order(ByteOrder.nativeOrder());
        n.putInt(at, events);
        if (!x86) {
            n.putInt(at + 4, 0); // padding
        }
        n.putLong(at + dataOffset(x86), data);
    }

    /**
     * Reads an event from {@code at} in the given layout.
     *
     * @param b   the buffer
     * @param at  byte offset of the struct
     * @param x86 x86-64's packed layout, else aarch64's
     * @return the event
     */
    public static epoll_event decode(ByteBuffer b, int at, boolean x86) {
        ByteBuffer n = Args.room(b, at, size(x86), "decode").order(ByteOrder.nativeOrder());
        return new epoll_event(n.getInt(at), n.getLong(at + dataOffset(x86)));
    }

    @Override
    public String toString() {
        return "{events=" + Names.epollEvents(events) + ", data=" + data + "}";
    }

    /**
     * A native array of {@code epoll_event}s that {@code epoll_wait} fills, reused from call
     * to call so a selector's wait allocates nothing; read with bounds-checked accessors.
     * After {@link #close()} every accessor, and {@link Epoll#epoll_wait}, throws
     * {@link IllegalStateException}; memory a wait is filling is freed only when it returns.
     */
    public static final class Array extends StructArray {
        private static final int DATA = dataOffset(Os.X86_64);
        private static final int SIZE = size(Os.X86_64);

        /**
         * An array for {@code epoll_wait}.
         *
         * @param capacity how many events one wait may return (1 or more)
         */
        public Array(int capacity) {
            super(capacity, size(Os.X86_64));
        }

        /**
         * The bits of one returned event.
         *
         * @param i an index below the count epoll_wait returned
         * @return that event's bits
         * @throws IllegalStateException once closed
         */
        public int events(int i) {
            int at = offset(i);
            acquire();
            try {
                return view.getInt(at);
            } finally {
                release();
            }
        }

        /**
         * The data of one returned event.
         *
         * @param i an index below the count epoll_wait returned
         * @return that event's data
         * @throws IllegalStateException once closed
         */
        public long data(int i) {
            int at = offset(i) + DATA;
            acquire();
            try {
                return view.getLong(at);
            } finally {
                release();
            }
        }

        /**
         * Copies the first {@code n} events' bits and data out at once, under one use of the
         * memory instead of one per field: the loop of a selector over what a wait returned.
         *
         * @param n      how many, at most the count epoll_wait returned
         * @param events receives event {@code i}'s bits at {@code i}
         * @param data   receives event {@code i}'s data at {@code i}
         * @throws IllegalArgumentException if either array is null
         * @throws IndexOutOfBoundsException if {@code n} is negative or exceeds the capacity or either array
         * @throws IllegalStateException once closed
         */
        public void read(int n, int[] events, long[] data) {
            if (events == null || data == null) {
                throw new IllegalArgumentException("read(): " + (events == null ? "events" : "data") + " is null");
            }
            if (n < 0 || n > capacity() || n > events.length || n > data.length) {
                throw new IndexOutOfBoundsException("n " + n + " outside 0.." + Math.min(capacity(), Math.min(events.length, data.length)));
            }
            acquire();
            try {
                for (int i = 0, at = 0; i < n; i++, at += SIZE) {
                    events[i] = view.getInt(at);
                    data[i] = view.getLong(at + DATA);
                }
            } finally {
                release();
            }
        }
    }
}
