package dev.jnasocket.bench;

import com.sun.management.ThreadMXBean;
import dev.jnasocket.BlockingIOError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes allocated per call with direct buffers, counted on the threads that make the calls and on
 * nothing else: JMH's {@code -prof gc} divides what every thread of the JVM allocated during an
 * iteration (its own harness threads included) by the calls made, which on a short iteration of a
 * slow call (a 30 µs ping-pong makes some 15,000 calls in 500 ms) shows a few kilobytes of the
 * harness as 1 or 2 B/op. This counts {@code getThreadAllocatedBytes} of the calling thread (and,
 * for the ping-pong, of its echo thread) over {@value #CALLS} calls after {@value #WARM} unmeasured
 * ones, and prints {@code alloc_BENCH<TAB>PEER<TAB>B/op<TAB>B/op} for each row of the table.
 */
public final class AllocCheck {
    private AllocCheck() {}

    private static final int WARM = 20_000;
    private static final int CALLS = 100_000;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One call of a row; returns something so the call is kept. */
    interface Call {
        long once() throws Exception;
    }

    /**
     * @param args none
     * @throws Exception if a socket fails
     */
    public static void main(String[] args) throws Exception {
        ByteBuffer buf = ByteBuffer.allocateDirect(1);
        PairBench.Raw raw = new PairBench.Raw();
        raw.open();
        print("pair", "raw", perCall(() -> {
            buf.clear();
            LibC.send(raw.a, buf, 1, 0);
            return LibC.recv(raw.b, buf, 1, 0);
        }));
        Links.Link<SocketObject> pair = Links.unixPair();
        print("pair", "pystyle", perCall(() -> {
            buf.clear();
            pair.near().send(buf);
            buf.clear();
            return pair.far().recv_into(buf);
        }));
        EagainBench.Raw empty = new EagainBench.Raw();
        empty.open();
        print("eagain", "raw", perCall(() -> {
            buf.clear();
            return LibC.recv(empty.b, buf, 1, 0) + LibC.errno();
        }));
        Links.Link<SocketObject> nb = Links.unixPair();
        nb.far().setblocking(false);
        print("eagain", "pystyle", perCall(() -> {
            buf.clear();
            try {
                return nb.far().recv_into(buf);
            } catch (BlockingIOError e) {
                return e.errno();
            }
        }));
        print("pingpong", "raw", pingPong(true));
        print("pingpong", "pystyle", pingPong(false));
    }

    /** A 1-byte round trip over loopback TCP, echoed by a thread of the same layer, both threads counted. */
    private static double pingPong(boolean rawLayer) throws Exception {
        Links.Link<SocketObject> tcp = Links.tcp();
        AtomicLong echoBytes = new AtomicLong();
        int far = tcp.far().fileno();
        SocketObject farSocket = tcp.far();
        Thread echo = new Thread(() -> {
            ByteBuffer b = ByteBuffer.allocateDirect(1);
            try {
                for (long i = 0; i < WARM + CALLS; i++) {
                    if (i == WARM) {
                        echoBytes.set(-THREADS.getCurrentThreadAllocatedBytes());
                    }
                    b.clear();
                    if (rawLayer) {
                        if (LibC.recv(far, b, 1, 0) != 1 || LibC.send(far, b, 1, 0) != 1) {
                            return;
                        }
                    } else {
                        if (farSocket.recv_into(b) == 0) {
                            return;
                        }
                        b.flip();
                        farSocket.send(b);
                    }
                }
                echoBytes.addAndGet(THREADS.getCurrentThreadAllocatedBytes());
            } catch (OSError closed) {
                // the near end went away
            }
        }, "alloc echo");
        echo.setDaemon(true);
        echo.start();
        ByteBuffer buf = ByteBuffer.allocateDirect(1);
        int fd = tcp.near().fileno();
        SocketObject near = tcp.near();
        double mine = perCall(() -> {
            buf.clear();
            if (rawLayer) {
                LibC.send(fd, buf, 1, 0);
                return LibC.recv(fd, buf, 1, 0);
            }
            near.send(buf);
            buf.clear();
            return near.recv_into(buf);
        });
        echo.join(10_000);
        Links.close(tcp);
        return mine + (double) echoBytes.get() / CALLS;
    }

    private static long sink;

    private static double perCall(Call call) throws Exception {
        for (int i = 0; i < WARM; i++) {
            sink += call.once();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            sink += call.once();
        }
        return (double) (THREADS.getCurrentThreadAllocatedBytes() - before) / CALLS;
    }

    private static void print(String bench, String peer, double bytesPerCall) {
        System.out.printf(Locale.ROOT, "alloc_%s\t%s\t%.3f\tB/op%n", bench, peer, bytesPerCall);
    }
}
