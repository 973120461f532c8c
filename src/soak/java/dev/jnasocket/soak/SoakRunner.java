package dev.jnasocket.soak;

import dev.jnasocket.echo.EchoServer;
import dev.jnasocket.reliability.RunningServer;
import dev.jnasocket.reliability.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load and soak run of {@code mvn -Psoak verify [-Dsoak.minutes=10]}, against the selector
 * echo server in this JVM:
 * <ol>
 *   <li>1,000 concurrent clients x 1 MiB (random write sizes, CRC32 each way);</li>
 *   <li>100,000 sequential connections, open fds the same before and after;</li>
 *   <li>the soak: rounds of 50 concurrent x 256 KiB and 500 sequential clients for the given
 *       minutes, with heap and fd count sampled every 5 s, which must be flat at the end.</li>
 * </ol>
 * Prints connections served, bytes echoed, bytes lost (must be 0), fds leaked (must be 0), peak
 * heap; exits 1 if any check fails.
 */
public final class SoakRunner {
    /** Heap after GC may grow this much over the soak and still count as flat (JIT, class data). */
    private static final long HEAP_SLACK = 16L << 20;

    private long served;
    private long echoed;
    private long lost;
    private long peakHeap;
    private final List<String> failures = new ArrayList<>();

    private SoakRunner() {}

    /** @param args the soak's minutes (default 10) */
    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        SoakRunner run = new SoakRunner();
        run.warmUp();
        List<String> fdsAtStart = Workloads.openFds();
        run.concurrent(1000, 1 << 20);
        run.sequential(100_000);
        run.soak(minutes);
        List<String> fdsAtEnd = Workloads.openFds();
        int leaked = Math.max(0, fdsAtEnd.size() - fdsAtStart.size());
        if (!fdsAtEnd.equals(fdsAtStart)) {
            run.failures.add("open fds differ: before " + fdsAtStart.size() + ", after " + fdsAtEnd.size());
        }
        System.out.printf(Locale.ROOT, "connections served: %d%nbytes echoed: %d%nbytes lost: %d%nfds leaked: %d%n"
                + "peak heap: %.1f MiB%n", run.served, run.echoed, run.lost, leaked, run.peakHeap / 1048576.0);
        if (run.lost != 0) {
            run.failures.add(run.lost + " bytes lost");
        }
        run.failures.forEach(f -> System.out.println("FAILED: " + f));
        System.exit(run.failures.isEmpty() ? 0 : 1);
    }

    private void warmUp() throws Exception {
        try (RunningServer s = RunningServer.start(EchoServer.Mode.SELECTOR)) {
            Workloads.concurrent(s.port, 2, 1024, 10_000);
            Workloads.sequential(s.port, 10, 0);
        }
    }

    /** One phase on a fresh server: its counters are added to the totals when it stops. */
    private interface Phase {
        void run(RunningServer s) throws Exception;
    }

    private void onServer(String name, Phase phase) throws Exception {
        long t0 = System.nanoTime();
        try (RunningServer s = RunningServer.start(EchoServer.Mode.SELECTOR)) {
            phase.run(s);
            s.awaitIdle(10_000);
            served += s.server.served.get();
            echoed += s.server.bytesOut.get();
            if (s.server.bytesIn.get() != s.server.bytesOut.get()) {
                failures.add(name + ": server read " + s.server.bytesIn.get() + " B but echoed " + s.server.bytesOut.get());
            }
        }
        sample();
        if (!name.startsWith("soak round")) {
            System.out.printf(Locale.ROOT, "%s: %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
        }
    }

    private void concurrent(int clients, int size) throws Exception {
        onServer(clients + " concurrent x " + size + " B", s -> runConcurrent(s, clients, size));
    }

    private void runConcurrent(RunningServer s, int clients, int size) throws Exception {
        Workloads.Concurrent c = Workloads.concurrent(s.port, clients, size, 600_000);
        lost += c.bytesLost();
        if (!c.finished() || c.mismatched() != 0 || c.bytesReceived() != (long) clients * size) {
            failures.add(c.toString());
        }
    }

    /** Counted around the whole phase: the server's last connections close a moment after the clients'. */
    private void sequential(int count) throws Exception {
        List<String> before = Workloads.openFds();
        onServer(count + " sequential", s -> lost += Workloads.sequential(s.port, count, 1));
        List<String> after = Workloads.openFds();
        if (!after.equals(before)) {
            failures.add("sequential: open fds before " + before.size() + ", after " + after.size());
        }
    }

    /** Rounds until the time is up; heap (after GC) and fd count sampled every 5 s. */
    private void soak(double minutes) throws Exception {
        long end = System.nanoTime() + (long) (minutes * 60e9);
        long startHeap = heapAfterGc();
        int startFds = Workloads.openFds().size();
        List<String> samples = new ArrayList<>();
        long nextSample = 0;
        int round = 0;
        while (System.nanoTime() < end) {
            onServer("soak round " + ++round, s -> {
                runConcurrent(s, 50, 256 * 1024);
                lost += Workloads.sequential(s.port, 500, 2);
            });
            if (System.nanoTime() >= nextSample) {
                nextSample = System.nanoTime() + 5_000_000_000L;
                samples.add(String.format(Locale.ROOT, "heap %.1f MiB, fds %d", Workloads.heapUsed() / 1048576.0,
                        Workloads.openFds().size()));
            }
        }
        long endHeap = heapAfterGc();
        int endFds = Workloads.openFds().size();
        System.out.println("soak samples (every 5 s): " + samples);
        System.out.printf(Locale.ROOT, "soak: %d rounds; heap after GC %.1f -> %.1f MiB; fds %d -> %d%n", round,
                startHeap / 1048576.0, endHeap / 1048576.0, startFds, endFds);
        if (endHeap > startHeap + HEAP_SLACK) {
            failures.add("heap grew over the soak: " + startHeap + " -> " + endHeap);
        }
        if (endFds != startFds) {
            failures.add("fd count changed over the soak: " + startFds + " -> " + endFds);
        }
    }

    private void sample() {
        peakHeap = Math.max(peakHeap, Workloads.heapUsed());
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return Workloads.heapUsed();
    }
}
