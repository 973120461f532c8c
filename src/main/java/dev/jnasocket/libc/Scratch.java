package dev.jnasocket.libc;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Per-thread native memory that the bindings reuse, so a hot call allocates nothing: one block
 * for a sockaddr, its length and an option value, and a data buffer that grows to the largest
 * {@code byte[]} transfer (up to {@link #KEEP}; larger ones borrow a block just for the call).
 * Each thread owns its own, so no call can see another's bytes.
 */
final class Scratch {
    /** Offsets inside {@link #block}. */
    static final int ADDR = 0;        // sockaddr_storage: 128 bytes
    static final int ADDRLEN = 128;   // socklen_t
    static final int OPTLEN = 132;    // socklen_t
    static final int OPT = 136;       // option value, up to OPT_MAX bytes
    static final int OPT_MAX = 1024;
    static final int SIZE = OPT + OPT_MAX;
    /** Largest data buffer a thread keeps between calls. */
    static final int KEEP = 1 << 20;

    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    static Scratch get() {
        return LOCAL.get();
    }

    final Memory block = new Memory(SIZE);
    final long base = Pointer.nativeValue(block);
    /** The block as a buffer in the host's byte order, for struct encoding without reflection. */
    final ByteBuffer view = block.getByteBuffer(0, SIZE).order(ByteOrder.nativeOrder());

    private Memory data;

    /** A native buffer of at least {@code n} bytes, valid until this thread's next call. */
    Memory data(long n) {
        if (data != null && data.size() >= n) {
            return data;
        }
        Memory m = new Memory(Math.max(n, 1));
        if (n <= KEEP) {
            if (data != null) {
                data.close();
            }
            data = m;
        }
        return m;
    }

    /** Frees a block returned by {@link #data} if it was borrowed for one call only. */
    void release(Memory m) {
        if (m != data) {
            m.close();
        }
    }

    /** Clears the sockaddr area so a decode never reads a previous call's bytes. */
    void clearAddr() {
        block.setMemory(ADDR, ADDRLEN, (byte) 0);
    }

    /** How many direct buffers' addresses a thread remembers (a send and a recv buffer, and a few more). */
    private static final int REMEMBERED = 8;
    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
    private final WeakReference<ByteBuffer>[] buffers = new WeakReference[REMEMBERED];
    private final long[] addresses = new long[REMEMBERED];
    private int next;

    /**
     * The base address of a direct buffer. JNA's lookup allocates a Pointer, so the answers for
     * the last few buffers are kept (weakly): a loop over the same buffers allocates nothing.
     */
    long address(ByteBuffer b) {
        for (int i = 0; i < REMEMBERED; i++) {
            WeakReference<ByteBuffer> r = buffers[i];
            if (r != null && r.get() == b) {
                return addresses[i];
            }
        }
        long a = Pointer.nativeValue(Native.getDirectBufferPointer(b));
        buffers[next] = new WeakReference<>(b);
        addresses[next] = a;
        next = (next + 1) % REMEMBERED;
        return a;
    }
}
