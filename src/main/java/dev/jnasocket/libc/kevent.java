package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * macOS's {@code struct kevent} (32 bytes on LP64): {@code ident} u64 at 0, {@code filter} i16
 * at 8, {@code flags} u16 at 10, {@code fflags} u32 at 12, {@code data} i64 at 16, {@code udata}
 * pointer at 24 (from xnu's {@code bsd/sys/event.h}). kqueue cannot run on Linux, so only the
 * encoding is tested here. Python: {@code select.kevent}.
 */
public final class kevent {
    /** {@code sizeof(struct kevent)}. */
    public static final int SIZE = 32;

    /** The identifier: the fd for EVFILT_READ/EVFILT_WRITE. */
    public long ident;
    /** EVFILT_READ, EVFILT_WRITE, ... */
    public int filter;
    /** EV_ADD, EV_DELETE, EV_EOF, EV_ERROR, ... */
    public int flags;
    /** Filter-specific flags. */
    public int fflags;
    /** Filter-specific data (bytes readable, or the errno with EV_ERROR). */
    public long data;
    /** User data, opaque to the kernel. */
    public long udata;

    /** An empty event. */
    public kevent() {}

    /**
     * The change that C writes with {@code EV_SET(&kev, ident, filter, flags, 0, 0, 0)}.
     *
     * @param ident  the fd
     * @param filter EVFILT_READ or EVFILT_WRITE
     * @param flags  EV_ADD, EV_DELETE...
     */
    public kevent(long ident, int filter, int flags) {
        this.ident = ident;
        this.filter = filter;
        this.flags = flags;
    }

    /**
     * Writes this event at {@code at}.
     *
     * @param b  the buffer
     * @param at byte offset of the struct
     */
    public void encode(ByteBuffer b, int at) {
        ByteBuffer n = Args.room(b, at, SIZE, "encode").order(ByteOrder.nativeOrder());
        n.putLong(at, ident);
        n.putShort(at + 8, (short) filter);
        n.putShort(at + 10, (short) flags);
        n.putInt(at + 12, fflags);
        n.putLong(at + 16, data);
        n.putLong(at + 24, udata);
    }

    /**
     * Reads an event from {@code at}.
     *
     * @param b  the buffer
     * @param at byte offset of the struct
     * @return the event
     */
    public static kevent decode(ByteBuffer b, int at) {
        ByteBuffer n = Args.room(b, at, SIZE, "decode").order(ByteOrder.nativeOrder());
        kevent k = new kevent(n.getLong(at), n.getShort(at + 8), n.getShort(at + 10) & 0xffff);
        k.fflags = n.getInt(at + 12);
        k.data = n.getLong(at + 16);
        k.udata = n.getLong(at + 24);
        return k;
    }

    @Override
    public String toString() {
        return "{ident=" + ident + ", filter=" + filter + ", flags=0x" + Integer.toHexString(flags) + "}";
    }

    /**
     * A reusable native array of kevents, for changes and results, with bounds-checked access.
     * After {@link #close()} every accessor, and {@link Kqueue#kevent}, throws
     * {@link IllegalStateException}; memory a wait is filling is freed only when it returns.
     */
    public static final class Array extends StructArray {
        /**
         * An array for {@code kevent}.
         *
         * @param capacity how many events it holds (1 or more)
         */
        public Array(int capacity) {
            super(capacity, SIZE);
        }

        /**
         * Stores one event.
         *
         * @param i index
         * @param e the event to store there
         * @throws IllegalStateException once closed
         */
        public void set(int i, kevent e) {
            Args.present(e, "set", "e");
            int at = offset(i);
            acquire();
            try {
                e.encode(view, at);
            } finally {
                release();
            }
        }

        /**
         * Reads one event.
         *
         * @param i index
         * @return the event stored there
         * @throws IllegalStateException once closed
         */
        public kevent get(int i) {
            int at = offset(i);
            acquire();
            try {
                return decode(view, at);
            } finally {
                release();
            }
        }
    }
}
