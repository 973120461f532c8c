package dev.jnasocket.bench;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * The floor under any JNA binding: libc's {@code send}, {@code recv} and {@code labs} direct-mapped
 * here with nothing of ours around them (no bounds checks, no scratch memory, no trace branch),
 * and buffer addresses looked up once, before the benchmark loop. The {@code jna} column of the
 * table: how far the raw layer is from C that JNA itself puts there, and how far is ours.
 */
final class BareJna {
    static {
        Native.register(BareJna.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private BareJna() {}

    static native long send(int fd, long buf, long len, int flags);

    static native long recv(int fd, long buf, long len, int flags);

    /** A libc call that makes no syscall: the JNA call's own cost. */
    static native long labs(long x);

    /** @param b a direct buffer @return its base address */
    static long address(ByteBuffer b) {
        return Pointer.nativeValue(Native.getDirectBufferPointer(b));
    }
}
