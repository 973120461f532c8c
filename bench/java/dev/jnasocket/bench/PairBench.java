package dev.jnasocket.bench;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * Benchmark 1, the binding overhead: send one byte on one end of a connected AF_UNIX pair and
 * recv it on the other, in one thread (the C peer: {@code bench/micro.c pair}). java.net.Socket
 * has no AF_UNIX, so it runs over a loopback TCP connection and says so in the table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PairBench {

    /** The raw layer on a socketpair(2), with a one-byte direct buffer and a one-byte array. */
    @State(Scope.Thread)
    public static class Raw {
        int a;
        int b;
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);
        final long address = BareJna.address(buf);
        final byte[] bytes = {'x'};

        /** @throws OSError if the kernel refuses a socketpair */
        @Setup
        public void open() throws OSError {
            int[] sv = new int[2];
            if (LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, sv) != 0) {
                throw OSError.last();
            }
            a = sv[0];
            b = sv[1];
        }

        /** Closes both fds. */
        @TearDown
        public void close() {
            LibC.close(a);
            LibC.close(b);
        }
    }

    /** The Python-style layer on {@code socket.socketpair()}. */
    @State(Scope.Thread)
    public static class PyStyle extends LinkState<SocketObject> {
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);
        final byte[] bytes = {'x'};

        /** @throws OSError if the kernel refuses a socketpair */
        @Setup
        public void open() throws OSError {
            link = Links.unixPair();
        }
    }

    /** NIO over an AF_UNIX connection (UnixDomainSocketAddress), blocking, direct buffer. */
    @State(Scope.Thread)
    public static class Nio extends LinkState<SocketChannel> {
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);

        /** @throws IOException if the connection cannot be made */
        @Setup
        public void open() throws IOException {
            link = Links.nioUnixPair();
        }
    }

    /** java.net.Socket streams over loopback TCP. */
    @State(Scope.Thread)
    public static class JavaNet extends LinkState<java.net.Socket> {
        OutputStream out;
        InputStream in;

        /** @throws IOException if the connection cannot be made */
        @Setup
        public void open() throws IOException {
            link = Links.javaNetTcp();
            out = link.near().getOutputStream();
            in = link.far().getInputStream();
        }
    }

    /** @param s the pair @return what recv returned, so the JIT keeps the call */
    @Benchmark
    public long raw(Raw s) {
        s.buf.clear();
        LibC.send(s.a, s.buf, 1, 0);
        return LibC.recv(s.b, s.buf, 1, 0);
    }

    /** The floor: the same two calls through bare JNA. @param s the pair @return what recv returned */
    @Benchmark
    public long jna(Raw s) {
        BareJna.send(s.a, s.address, 1, 0);
        return BareJna.recv(s.b, s.address, 1, 0);
    }

    /** @param s the pair @return what recv returned */
    @Benchmark
    public long rawBytes(Raw s) {
        LibC.send(s.a, s.bytes, 1, 0);
        return LibC.recv(s.b, s.bytes, 1, 0);
    }

    /** @param s the pair @return what recv_into returned @throws OSError never on a healthy pair */
    @Benchmark
    public int pystyle(PyStyle s) throws OSError {
        s.buf.clear();
        s.link.near().send(s.buf);
        s.buf.clear();
        return s.link.far().recv_into(s.buf);
    }

    /** Python's own idiom: {@code a.send(b'x'); b.recv(1)}. @param s the pair @return the bytes @throws OSError never */
    @Benchmark
    public byte[] pystyleBytes(PyStyle s) throws OSError {
        s.link.near().send(s.bytes);
        return s.link.far().recv(1);
    }

    /** @param s the pair @return what read returned @throws IOException never on a healthy pair */
    @Benchmark
    public int nio(Nio s) throws IOException {
        s.buf.clear();
        s.link.near().write(s.buf);
        s.buf.clear();
        return s.link.far().read(s.buf);
    }

    /** @param s the pair @return the byte read @throws IOException never on a healthy pair */
    @Benchmark
    public int javanet(JavaNet s) throws IOException {
        s.out.write('x');
        return s.in.read();
    }
}
