package dev.jnasocket.bench;

import dev.jnasocket.echo.EchoServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;

/**
 * Benchmark 5's Java server: our {@link EchoServer} in selector mode on a free loopback port, in
 * its own JVM, steered by {@code bench/run} through standard input so the heap it reports is the
 * server's alone.
 *
 * <p>It prints {@code port N}, then answers one line per command:
 * <ul>
 *   <li>{@code wait N}: waits (at most 120 s) until N connections are being served, then
 *       {@code active N};</li>
 *   <li>{@code heap}: collects garbage until the figure settles and prints
 *       {@code heap BYTES active N}, the used heap after GC;</li>
 *   <li>end of input: shuts the server down and exits.</li>
 * </ul>
 */
public final class EchoServerProbe {
    private EchoServerProbe() {}

    /**
     * @param args none
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        EchoServer server = new EchoServer(EchoServer.Config.defaults().withPort(0).withMaxConnections(20000), null);
        Thread serving = new Thread(() -> {
            try {
                server.serve();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "echo server");
        serving.start();
        System.out.println("port " + server.address().port());
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
                case "heap" -> System.out.println("heap " + usedAfterGc() + " active " + server.activeConnections());
                default -> System.out.println("unknown command " + cmd[0]);
            }
        }
        server.shutdown();
        serving.join(10_000);
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
