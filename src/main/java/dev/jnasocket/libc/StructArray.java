package dev.jnasocket.libc;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable native array of fixed-size C structs that the kernel fills ({@code epoll_event},
 * {@code kevent}): one allocation, then every access is bounds-checked through a buffer view,
 * so a wait allocates nothing and no index can reach past the array.
 *
 * <p>Every use of the memory (an accessor, or a native call it is passed to) holds it for its
 * duration: after {@link #close} a new use is refused with an {@link IllegalStateException}
 * and no native call is made, and the memory is freed only when the last use in flight (say, a
 * wait another thread is blocked in) has left. So neither Java nor the kernel ever touches it
 * once freed.
 */
abstract class StructArray implements AutoCloseable {
    private static final int CLOSED = 1;
    private static final int ONE_USE = 2;

    private final Memory memory;
    private final int capacity;
    private final int size;
    /** The closed bit, plus {@link #ONE_USE} for each use in flight. */
    private final AtomicInteger state = new AtomicInteger();
    /** The array's native address, for the call that fills it; valid only between acquire and release. */
    final long address;
    /** The array's bytes, in the host's order; read only between acquire and release. */
    final ByteBuffer view;

    StructArray(int capacity, int size) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        if (capacity > Integer.MAX_VALUE / size) {
            throw new IllegalArgumentException("capacity " + capacity + " too large");
        }
        this.capacity = capacity;
        this.size = size;
        this.memory = new Memory((long) capacity * size);
        this.address = Pointer.nativeValue(memory);
        this.view = memory.getByteBuffer(0, (long) capacity * size).order(ByteOrder.nativeOrder());
    }

    /** {@return how many structs it holds} */
    public final int capacity() {
        return capacity;
    }

    /** {@return whether {@link #close} has been called} */
    public final boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /**
     * Starts a use of the memory: it stays allocated until the matching {@link #release}.
     *
     * @return the native address
     * @throws IllegalStateException once closed
     */
    final long acquire() {
        for (;;) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                throw new IllegalStateException(getClass().getEnclosingClass().getSimpleName() + ".Array is closed");
            }
            if (s > Integer.MAX_VALUE - ONE_USE) {
                throw new IllegalStateException("too many uses in flight");
            }
            if (state.compareAndSet(s, s + ONE_USE)) {
                return address;
            }
        }
    }

    /** Ends a use; the last one out after a close frees the memory. */
    final void release() {
        if (state.addAndGet(-ONE_USE) == CLOSED) {
            memory.close();
        }
    }

    /** The byte offset of struct {@code i}, after checking {@code i} is inside the array. */
    final int offset(int i) {
        if (i < 0 || i >= capacity) {
            throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (capacity - 1));
        }
        return i * size;
    }

    /**
     * Frees the native memory: at once, or, while a call still uses it (a wait in another
     * thread), when that call returns. Later uses are refused. Calling it again does nothing.
     */
    @Override
    public final void close() {
        for (;;) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return;
            }
            if (state.compareAndSet(s, s | CLOSED)) {
                if (s == 0) {
                    memory.close();
                }
                return;
            }
        }
    }
}
