package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.SocketObject;
import dev.jnasocket.echo.EchoServer;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CLI server stopped by a signal, again and again: every run, whatever the mode and the
 * signal, prints one {@code closed} line per connection it was serving, then the summary, then
 * exits 0. (A stop by signal used to race the JVM's exit: the summary came in 3 runs of 24, and
 * in {@code threads} mode no connection's line at all.)
 */
class EchoServerStopTest {
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;
    private static final int RUNS = 12;

    @Test
    void everyStopPrintsEveryConnectionsLineAndTheSummary() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3); // three children at a time
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                EchoServer.Mode mode = EchoServer.Mode.values()[i % 3];
                int signal = i % 2 == 0 ? SIGTERM : SIGINT;
                runs.add(pool.submit(() -> stopOnce(mode, signal, 1)));
            }
            for (Future<String> f : runs) {
                System.out.println("stop: " + f.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same with several selector loops: each ends its own connections, and there is one summary. */
    @Test
    void everyWorkerPrintsItsConnectionsLinesAndThereIsOneSummary() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int signal : new int[] {SIGTERM, SIGINT}) {
                runs.add(pool.submit(() -> stopOnce(EchoServer.Mode.SELECTOR, signal, 3)));
            }
            for (Future<String> f : runs) {
                System.out.println("stop: " + f.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One child server: clients echo once and stay connected, then the signal; checks what it printed. */
    private static String stopOnce(EchoServer.Mode mode, int signal, int workers) throws Exception {
        String modeName = mode.name().toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>(List.of("dev.jnasocket.echo.Main", "echo-server", "--port", "0", "--mode", modeName));
        if (workers > 1) {
            args.addAll(List.of("--workers", String.valueOf(workers)));
            modeName += " (" + workers + " workers)";
        }
        try (ChildJvm server = new ChildJvm(List.of(), ChildJvm.mainClasspath(), List.of(), args.toArray(new String[0]))) {
            String first = server.nextLine(30_000);
            Matcher m = Pattern.compile("listening on \\('127\\.0\\.0\\.1', (\\d+)\\)").matcher(String.valueOf(first));
            assertThat(first, m.find(), is(true));
            int port = Integer.parseInt(m.group(1));
            int clients = mode == EchoServer.Mode.SINGLE ? 1 : 3 * workers; // single serves one at a time
            List<SocketObject> open = new ArrayList<>();
            try {
                for (int i = 0; i < clients; i++) {
                    SocketObject c = socket.create_connection("127.0.0.1", port, 10.0);
                    open.add(c);
                    c.sendall(new byte[] {(byte) i});
                    assertThat("echoed before the stop", Workloads.recvExactly(c, 1)[0], is((byte) i));
                }
                assertThat(LibC.kill((int) server.pid(), signal), is(0));
                String stderr = server.awaitExit(30_000);
                List<String> lines = new ArrayList<>();
                for (String l = server.nextLine(2_000); l != null; l = server.nextLine(200)) {
                    lines.add(l);
                }
                String what = modeName + " mode, signal " + signal + ": " + lines + " stderr: " + stderr;
                for (SocketObject c : open) {
                    String closed = "closed " + c.getsockname() + ": in 1 B, out 1 B, ";
                    assertThat(what, lines.stream().filter(l -> l.startsWith(closed) && l.endsWith("(shutdown)")).count(),
                            is(1L));
                }
                assertThat(what, lines.isEmpty() ? "" : lines.get(lines.size() - 1),
                        is("echo server stopped: " + clients + " connections served, " + clients + " bytes echoed"));
                assertThat(what, server.exitValue(), is(0));
                return modeName + "/" + signal + " printed " + lines.size() + " lines, exit 0";
            } finally {
                for (SocketObject c : open) {
                    c.close();
                }
            }
        }
    }
}
