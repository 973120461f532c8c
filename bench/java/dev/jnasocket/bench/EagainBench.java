package dev.jnasocket.bench;

import dev.jnasocket.BlockingIOError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 2: recv on an empty non-blocking AF_UNIX socket, the EAGAIN path with the cost of
 * reporting it: -1 and errno for the raw layer, a caught {@code BlockingIOError} for the
 * Python-style layer (as CPython raises it), 0 from {@code read} for NIO. java.net.Socket has
 * no non-blocking mode, so it has no row here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EagainBench {

    /** A socketpair whose reading end is O_NONBLOCK, through the raw layer. */
    @State(Scope.Thread)
    public static class Raw {
        int a;
        int b;
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);
        final long address = BareJna.address(buf);
        final byte[] bytes = new byte[1];

        /** @throws OSError if the kernel refuses */
        @Setup
        public void open() throws OSError {
            int[] sv = new int[2];
            if (LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, sv) != 0) {
                throw OSError.last();
            }
            a = sv[0];
            b = sv[1];
            if (LibC.fcntl(b, LibC.F_SETFL, LibC.fcntl(b, LibC.F_GETFL) | LibC.O_NONBLOCK) != 0) {
                throw OSError.last();
            }
        }

        /** Closes both fds. */
        @TearDown
        public void close() {
            LibC.close(a);
            LibC.close(b);
        }
    }

    /** {@code socket.socketpair()} with {@code setblocking(False)} on the reading end. */
    @State(Scope.Thread)
    public static class PyStyle extends LinkState<SocketObject> {
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);

        /** @throws OSError if the kernel refuses */
        @Setup
        public void open() throws OSError {
            link = Links.unixPair();
            link.far().setblocking(false);
        }
    }

    /** An AF_UNIX NIO channel in non-blocking mode. */
    @State(Scope.Thread)
    public static class Nio extends LinkState<SocketChannel> {
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);

        /** @throws IOException if the connection cannot be made */
        @Setup
        public void open() throws IOException {
            link = Links.nioUnixPair();
            link.far().configureBlocking(false);
        }
    }

    /** @param s the pair @return -1 (EAGAIN) */
    @Benchmark
    public long raw(Raw s) {
        s.buf.clear();
        long r = LibC.recv(s.b, s.buf, 1, 0);
        return r + LibC.errno();
    }

    /** The floor: the same call through bare JNA. @param s the pair @return recv's -1 plus errno */
    @Benchmark
    public long jna(Raw s) {
        long r = BareJna.recv(s.b, s.address, 1, 0);
        return r + com.sun.jna.Native.getLastError();
    }

    /** @param s the pair @return -1 (EAGAIN) */
    @Benchmark
    public long rawBytes(Raw s) {
        long r = LibC.recv(s.b, s.bytes, 1, 0);
        return r + LibC.errno();
    }

    /**
     * {@code try: b.recv_into(buf) except BlockingIOError: ...}
     *
     * @param s the pair
     * @return the errno of the caught error
     * @throws OSError any error other than EAGAIN
     */
    @Benchmark
    public int pystyle(PyStyle s) throws OSError {
        s.buf.clear();
        try {
            return s.link.far().recv_into(s.buf);
        } catch (BlockingIOError e) {
            return e.errno();
        }
    }

    /**
     * {@code try: b.recv(1) except BlockingIOError: ...}
     *
     * @param s the pair
     * @return the errno of the caught error
     * @throws OSError any error other than EAGAIN
     */
    @Benchmark
    public int pystyleBytes(PyStyle s) throws OSError {
        try {
            return s.link.far().recv(1).length;
        } catch (BlockingIOError e) {
            return e.errno();
        }
    }

    /** @param s the pair @return 0, NIO's "nothing there" @throws IOException never on a healthy pair */
    @Benchmark
    public int nio(Nio s) throws IOException {
        s.buf.clear();
        return s.link.far().read(s.buf);
    }
}
