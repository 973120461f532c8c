package dev.jnasocket.bench;

import dev.jnasocket.echo.EchoServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;

/**
 * Benchmark 5's Java servers, each in its own JVM (so the heap it reports is the server's
 * alone), on a free loopback port, steered by {@code bench/run} through standard input:
 * {@code EchoServerProbe KIND} with KIND one of
 * <ul>
 *   <li>{@code selector} (the default): our {@link EchoServer} in selector mode;</li>
 *   <li>{@code selector-2w}: the same with {@code --workers 2} (two selector loops, SO_REUSEPORT on Linux);</li>
 *   <li>{@code threads}: our {@link EchoServer} in threads mode (virtual threads on Java 21+);</li>
 *   <li>{@code netty-epoll}, {@code netty-nio}: netty's echo server on its native epoll or its
 *       NIO transport ({@link NettyEcho});</li>
 *   <li>{@code nio-vt}: blocking NIO channels on virtual threads ({@link NioVirtualEcho}, Java 21+).</li>
 * </ul>
 *
 * <p>It prints {@code port N pid P} (P: this JVM's process, whose CPU time the load generator
 * reads), then answers one line per command:
 * <ul>
 *   <li>{@code wait N}: waits (at most 120 s) until N connections are being served, then
 *       {@code active N};</li>
 *   <li>{@code heap}: collects garbage until the figure settles and prints
 *       {@code heap BYTES active N direct BYTES}: the used heap after GC, and the bytes of the
 *       direct buffers the JVM holds (off the heap: NIO's per-connection buffers are there);</li>
 *   <li>end of input: shuts the server down and exits.</li>
 * </ul>
 */
public final class EchoServerProbe {
    private EchoServerProbe() {}

    /** What the probe needs of a server: where it listens, how many it serves, how to stop it. */
    interface Server {
        /** @return the loopback port it listens on @throws Exception if it cannot tell */
        int port() throws Exception;

        /** @return how many connections it serves now */
        int activeConnections();

        /** Stops it. @throws Exception if it does not stop cleanly */
        void shutdown() throws Exception;
    }

    /** Our {@link EchoServer}, served from a platform thread of its own. */
    private static Server ours(EchoServer.Mode mode, int workers) throws Exception {
        EchoServer server = new EchoServer(EchoServer.Config.defaults().withPort(0).withMode(mode)
                .withMaxConnections(20000).withWorkers(workers), null);
        Thread serving = new Thread(() -> {
            try {
                server.serve();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "echo server");
        serving.start();
        return new Server() {
            @Override
            public int port() throws Exception {
                return server.address().port();
            }

            @Override
            public int activeConnections() {
                return server.activeConnections();
            }

            @Override
            public void shutdown() throws InterruptedException {
                server.shutdown();
                serving.join(10_000);
            }
        };
    }

    /**
     * @param args the kind of server (see the class comment), {@code selector} when none
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "selector";
        Server server = switch (kind) {
            case "selector" -> ours(EchoServer.Mode.SELECTOR, 1);
            case "selector-2w" -> ours(EchoServer.Mode.SELECTOR, 2);
            case "threads" -> ours(EchoServer.Mode.THREADS, 1);
            case "netty-epoll" -> new NettyEcho(true);
            case "netty-nio" -> new NettyEcho(false);
            case "nio-vt" -> new NioVirtualEcho();
            default -> throw new IllegalArgumentException("unknown server kind " + kind);
        };
        System.out.println("port " + server.port() + " pid " + ProcessHandle.current().pid());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            String[] cmd = line.trim().split("\\s+");
            switch (cmd[0]) {
                case "wait" -> {
                    int want = Integer.parseInt(cmd[1]);
                    long until = System.nanoTime() + 120_000_000_000L;
                    while (server.activeConnections() < want && System.nanoTime() < until) {
                        Thread.sleep(50);
                    }
                    System.out.println("active " + server.activeConnections());
                }
                case "heap" -> System.out.println("heap " + usedAfterGc() + " active " + server.activeConnections()
                        + " direct " + directBytes());
                default -> System.out.println("unknown command " + cmd[0]);
            }
        }
        server.shutdown();
    }

    /** @return the bytes of the direct buffers the JVM holds now (the "direct" pool) */
    static long directBytes() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(p -> p.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    /** Used heap after full collections, repeated until two in a row agree within 1%. */
    static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - last) < used / 100) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
