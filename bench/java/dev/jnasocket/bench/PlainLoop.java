package dev.jnasocket.bench;

import dev.jnasocket.BlockingIOError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Locale;

/**
 * The plain timing loop beside JMH: the 1-byte send+recv pair and the EAGAIN recv of
 * {@link PairBench} and {@link EagainBench}, timed with {@code System.nanoTime()} around a
 * {@code for} loop in {@code main}'s own JVM, the way a quick hand-written benchmark does. It
 * exists to see where such a loop and JMH part ways (see the README's benchmark section).
 *
 * <pre>PlainLoop [--shared] ITERATIONS RUNS PEER...</pre>
 *
 * <p>PEER is {@code pair-pystyle}, {@code pair-nio}, {@code pair-raw}, {@code eagain-pystyle},
 * {@code eagain-raw} or {@code eagain-nio}; the peers run one after another in this one JVM, each
 * RUNS times. Every run prints {@code peer run wall-ns/op cpu-ns/op} (the CPU time is this thread's
 * alone, so a neighbour's load shows in the wall figure only). By default each peer has a loop of
 * its own; {@code --shared} times them all through one loop that calls an interface, as a harness
 * with a lambda per case does.
 */
public final class PlainLoop {
    private PlainLoop() {}

    /** One operation of a peer; returns something the loop keeps. */
    interface Op {
        long once() throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    /**
     * @param args see the class comment
     * @throws Exception if a socket fails
     */
    public static void main(String[] args) throws Exception {
        int first = 0;
        boolean shared = args.length > 0 && args[0].equals("--shared");
        if (shared) {
            first = 1;
        }
        long n = Long.parseLong(args[first]);
        int runs = Integer.parseInt(args[first + 1]);
        Links.Link<SocketObject> py = Links.unixPair();
        Links.Link<SocketObject> pyNb = Links.unixPair();
        pyNb.far().setblocking(false);
        Links.Link<SocketChannel> nio = Links.nioUnixPair();
        Links.Link<SocketChannel> nioNb = Links.nioUnixPair();
        nioNb.far().configureBlocking(false);
        PairBench.Raw raw = new PairBench.Raw();
        raw.open();
        EagainBench.Raw rawNb = new EagainBench.Raw();
        rawNb.open();
        ByteBuffer buf = ByteBuffer.allocateDirect(1);
        for (int p = first + 2; p < args.length; p++) {
            String peer = args[p];
            Op op = switch (peer) {
                case "pair-pystyle" -> () -> pairPy(py, buf);
                case "pair-nio" -> () -> pairNio(nio, buf);
                case "pair-raw" -> () -> pairRaw(raw);
                case "eagain-pystyle" -> () -> eagainPy(pyNb, buf);
                case "eagain-raw" -> () -> eagainRaw(rawNb);
                case "eagain-nio" -> () -> eagainNio(nioNb, buf);
                default -> throw new IllegalArgumentException("unknown peer " + peer);
            };
            for (int r = 1; r <= runs; r++) {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                if (shared) {
                    timeShared(op, n);
                } else {
                    switch (peer) {
                        case "pair-pystyle" -> { for (long i = 0; i < n; i++) sink += pairPy(py, buf); }
                        case "pair-nio" -> { for (long i = 0; i < n; i++) sink += pairNio(nio, buf); }
                        case "pair-raw" -> { for (long i = 0; i < n; i++) sink += pairRaw(raw); }
                        case "eagain-pystyle" -> { for (long i = 0; i < n; i++) sink += eagainPy(pyNb, buf); }
                        case "eagain-raw" -> { for (long i = 0; i < n; i++) sink += eagainRaw(rawNb); }
                        default -> { for (long i = 0; i < n; i++) sink += eagainNio(nioNb, buf); }
                    }
                }
                long wall = System.nanoTime() - t0;
                long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
                System.out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%.1f%n", peer, r, (double) wall / n, (double) cpu / n);
            }
        }
        if (sink == 42) {
            System.out.println(); // keeps sink alive
        }
    }

    /** One loop for every peer, through {@link Op}: its call site sees each peer's lambda in turn. */
    private static void timeShared(Op op, long n) throws Exception {
        for (long i = 0; i < n; i++) {
            sink += op.once();
        }
    }

    private static long pairPy(Links.Link<SocketObject> l, ByteBuffer buf) throws Exception {
        buf.clear();
        l.near().send(buf);
        buf.clear();
        return l.far().recv_into(buf);
    }

    private static long pairNio(Links.Link<SocketChannel> l, ByteBuffer buf) throws Exception {
        buf.clear();
        l.near().write(buf);
        buf.clear();
        return l.far().read(buf);
    }

    private static long pairRaw(PairBench.Raw s) {
        s.buf.clear();
        LibC.send(s.a, s.buf, 1, 0);
        return LibC.recv(s.b, s.buf, 1, 0);
    }

    private static long eagainPy(Links.Link<SocketObject> l, ByteBuffer buf) throws Exception {
        buf.clear();
        try {
            return l.far().recv_into(buf);
        } catch (BlockingIOError e) {
            return e.errno();
        }
    }

    private static long eagainRaw(EagainBench.Raw s) {
        s.buf.clear();
        long r = LibC.recv(s.b, s.buf, 1, 0);
        return r + LibC.errno();
    }

    private static long eagainNio(Links.Link<SocketChannel> l, ByteBuffer buf) throws Exception {
        buf.clear();
        return l.far().read(buf);
    }
}
