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
 * Each thread owns its own, so no call can see another's bytes. Beside it, shared by every
 * thread, the base addresses of recently used direct buffers ({@link #address}).
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

    /** Slots of {@link #ADDRESSES}: a power of two. */
    private static final int SLOTS = 1024;
    /**
     * Direct buffers' base addresses, shared by every thread (a hot call makes no thread-local
     * lookup for them), two slots per buffer's identity hash. An entry is immutable and names its
     * buffer weakly; a racing reader sees a whole entry or an older one, and at worst looks the
     * address up again.
     */
    private static final Remembered[] ADDRESSES = new Remembered[SLOTS];

    private static final class Remembered extends WeakReference<ByteBuffer> {
        final long address;

        Remembered(ByteBuffer b, long address) {
            super(b);
            this.address = address;
        }
    }

    /**
     * The base address of a direct buffer. JNA's lookup allocates a Pointer, so the answers for
     * recently used buffers are kept: a loop over the same buffers allocates nothing.
     */
    static long address(ByteBuffer b) {
        int i = System.identityHashCode(b) & (SLOTS - 2);
        Remembered r = ADDRESSES[i];
        if (r != null && r.refersTo(b)) {
            return r.address;
        }
        r = ADDRESSES[i + 1];
        if (r != null && r.refersTo(b)) {
            return r.address;
        }
        return remember(b, i);
    }

    private static long remember(ByteBuffer b, int i) {
        long a = Pointer.nativeValue(Native.getDirectBufferPointer(b));
        Remembered old = ADDRESSES[i];
        if (old != null && !old.refersTo(null)) {
            ADDRESSES[i + 1] = old; // two buffers that share a slot pair both stay
        }
        ADDRESSES[i] = new Remembered(b, a);
        return a;
    }
}
