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

/**
 * Benchmark 3: a one-byte round trip over a loopback TCP connection (TCP_NODELAY), echoed by a
 * thread of the same peer, as {@code bench/micro.c pingpong} does with a pthread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PingPongBench {

    /** What the echo thread runs: echo one byte at a time until EOF or an error. */
    @FunctionalInterface
    interface EchoLoop {
        void run() throws Exception;
    }

    /** Starts the far side's echo thread; it ends when the near end closes. */
    static Thread echo(String name, EchoLoop loop) {
        Thread t = new Thread(() -> {
            try {
                loop.run();
            } catch (Exception endOfBenchmark) {
                // the near end closed: the echo is over
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The raw layer on a TCP connection's fds, direct buffers on both sides. */
    @State(Scope.Thread)
    public static class Raw extends LinkState<SocketObject> {
        int fd;
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);

        /** @throws OSError if the connection cannot be made */
        @Setup
        public void open() throws OSError {
            link = Links.tcp();
            fd = link.near().fileno();
            int far = link.far().fileno();
            echo("raw echo", () -> {
                ByteBuffer b = ByteBuffer.allocateDirect(1);
                while (LibC.recv(far, b, 1, 0) == 1 && LibC.send(far, b, 1, 0) == 1) {
                    // one byte back for one byte in
                }
            });
        }
    }

    /** The floor: bare JNA on both sides (see {@link BareJna}). */
    @State(Scope.Thread)
    public static class Jna extends LinkState<SocketObject> {
        int fd;
        final ByteBuffer buf = ByteBuffer.allocateDirect(1); // a field: its memory must outlive the address
        final long address = BareJna.address(buf);

        /** @throws OSError if the connection cannot be made */
        @Setup
        public void open() throws OSError {
            link = Links.tcp();
            fd = link.near().fileno();
            int far = link.far().fileno();
            echo("jna echo", () -> {
                ByteBuffer mine = ByteBuffer.allocateDirect(1);
                long b = BareJna.address(mine);
                while (BareJna.recv(far, b, 1, 0) == 1 && BareJna.send(far, b, 1, 0) == 1) {
                    // one byte back for one byte in
                }
                java.lang.ref.Reference.reachabilityFence(mine); // keeps its memory alive until here
            });
        }
    }

    /** The Python-style layer: {@code send}/{@code recv_into} with direct buffers. */
    @State(Scope.Thread)
    public static class PyStyle extends LinkState<SocketObject> {
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);

        /** @throws OSError if the connection cannot be made */
        @Setup
        public void open() throws OSError {
            link = Links.tcp();
            SocketObject far = link.far();
            echo("pystyle echo", () -> {
                ByteBuffer b = ByteBuffer.allocateDirect(1);
                for (;;) {
                    b.clear();
                    if (far.recv_into(b) == 0) {
                        return;
                    }
                    b.flip();
                    far.send(b);
                }
            });
        }
    }

    /** Blocking NIO channels with direct buffers. */
    @State(Scope.Thread)
    public static class Nio extends LinkState<SocketChannel> {
        final ByteBuffer buf = ByteBuffer.allocateDirect(1);

        /** @throws IOException if the connection cannot be made */
        @Setup
        public void open() throws IOException {
            link = Links.nioTcp();
            SocketChannel far = link.far();
            echo("nio echo", () -> {
                ByteBuffer b = ByteBuffer.allocateDirect(1);
                for (;;) {
                    b.clear();
                    if (far.read(b) < 0) {
                        return;
                    }
                    b.flip();
                    far.write(b);
                }
            });
        }
    }

    /** java.net.Socket streams. */
    @State(Scope.Thread)
    public static class JavaNet extends LinkState<java.net.Socket> {
        OutputStream out;
        InputStream in;

        /** @throws IOException if the connection cannot be made */
        @Setup
        public void open() throws IOException {
            link = Links.javaNetTcp();
            out = link.near().getOutputStream();
            in = link.near().getInputStream();
            InputStream farIn = link.far().getInputStream();
            OutputStream farOut = link.far().getOutputStream();
            echo("java.net echo", () -> {
                int c;
                while ((c = farIn.read()) >= 0) {
                    farOut.write(c);
                }
            });
        }
    }

    /** @param s the connection @return what recv returned */
    @Benchmark
    public long raw(Raw s) {
        s.buf.clear();
        LibC.send(s.fd, s.buf, 1, 0);
        return LibC.recv(s.fd, s.buf, 1, 0);
    }

    /** @param s the connection @return what recv returned */
    @Benchmark
    public long jna(Jna s) {
        BareJna.send(s.fd, s.address, 1, 0);
        return BareJna.recv(s.fd, s.address, 1, 0);
    }

    /** @param s the connection @return what recv_into returned @throws OSError never on a healthy connection */
    @Benchmark
    public int pystyle(PyStyle s) throws OSError {
        s.buf.clear();
        s.link.near().send(s.buf);
        s.buf.clear();
        return s.link.near().recv_into(s.buf);
    }

    /** @param s the connection @return what read returned @throws IOException never on a healthy connection */
    @Benchmark
    public int nio(Nio s) throws IOException {
        s.buf.clear();
        s.link.near().write(s.buf);
        s.buf.clear();
        return s.link.near().read(s.buf);
    }

    /** @param s the connection @return the byte echoed @throws IOException never on a healthy connection */
    @Benchmark
    public int javanet(JavaNet s) throws IOException {
        s.out.write('x');
        return s.in.read();
    }
}
