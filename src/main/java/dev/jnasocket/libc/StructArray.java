package dev.jnasocket.libc;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A reusable native array of fixed-size C structs that the kernel fills ({@code epoll_event},
 * {@code kevent}): one allocation, then every access is bounds-checked through a buffer view,
 * so a wait allocates nothing and no index can reach past the array.
 */
abstract class StructArray implements AutoCloseable {
    private final Memory memory;
    private final int capacity;
    private final int size;
    /** The array's native address, for the call that fills it. */
    final long address;
    /** The array's bytes, in the host's order. */
    final ByteBuffer view;

    StructArray(int capacity, int size) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
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

    /** The byte offset of struct {@code i}, after checking {@code i} is inside the array. */
    final int offset(int i) {
        return Objects.checkIndex(i, capacity) * size;
    }

    /** Frees the native memory. */
    @Override
    public final void close() {
        memory.close();
    }
}
