package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.Accepted;
import dev.jnasocket.BlockingIOError;
import dev.jnasocket.ConnectionResetError;
import dev.jnasocket.Errnos;
import dev.jnasocket.OSError;
import dev.jnasocket.OwnThread;
import dev.jnasocket.SocketObject;
import dev.jnasocket.TimeoutError;
import dev.jnasocket.echo.EchoServer;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the network and the OS do to a server that a happy-path test never shows: a peer that
 * resets mid-stream, a half-close, signals landing on blocked calls, running out of fds, a client
 * that never reads, and a socket closed while another thread is blocked in it.
 */
class FaultTest {
    /** {@code struct linger {1, 0}}: close() sends RST instead of FIN. */
    private static final byte[] LINGER_RESET = {1, 0, 0, 0, 0, 0, 0, 0};
    /** SIGHUP: 1 on Linux and macOS (Constants has no signal numbers). */
    private static final int SIGHUP = 1;

    private static void reset(SocketObject s) throws OSError {
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_RESET);
        s.close();
    }

    @Test
    void aPeerResetMidStreamIsConnectionResetError() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            SocketObject client = socket.create_connection("127.0.0.1", server.getsockname().port(), 5.0);
            Accepted a = server.accept();
            try (SocketObject conn = a.conn()) {
                conn.settimeout(5.0);
                conn.sendall(new byte[100_000]); // the client has data waiting that it will never read
                client.sendall(new byte[] {1, 2, 3});
                assertThat(conn.recv(3), is(new byte[] {1, 2, 3}));
                reset(client);
                OSError e = org.junit.jupiter.api.Assertions.assertThrows(OSError.class, () -> conn.recv(10));
                assertThat(e, instanceOf(ConnectionResetError.class));
                assertThat(e.getMessage(), is(Errnos.text(LibC.ECONNRESET)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EchoServer.Mode.class)
    void theEchoServerGoesOnAfterAClientResetsMidStream(EchoServer.Mode mode) throws Exception {
        try (RunningServer srv = RunningServer.start(mode)) {
            SocketObject rude = socket.create_connection("127.0.0.1", srv.port, 5.0);
            rude.sendall(new byte[200_000]); // echoed into a socket that never reads
            Thread.sleep(50);
            reset(rude);
            byte[] msg = new byte[50_000];
            new Random(1).nextBytes(msg);
            try (SocketObject next = socket.create_connection("127.0.0.1", srv.port, 5.0)) {
                next.sendall(msg);
                assertThat(Arrays.equals(Workloads.recvExactly(next, msg.length), msg), is(true));
            }
            assertThat(srv.alive(), is(true));
        }
    }

    @ParameterizedTest
    @EnumSource(EchoServer.Mode.class)
    void afterShutdownWrTheRestOfTheEchoComesBack(EchoServer.Mode mode) throws Exception {
        try (RunningServer srv = RunningServer.start(mode);
                SocketObject s = socket.create_connection("127.0.0.1", srv.port, 5.0)) {
            byte[] msg = new byte[60_000];
            new Random(2).nextBytes(msg);
            s.sendall(msg);
            s.shutdown(socket.SHUT_WR);
            byte[] back = Workloads.recvExactly(s, msg.length + 1); // +1: must end at EOF, not before
            assertThat(back.length, is(msg.length));
            assertThat(Arrays.equals(back, msg), is(true));
        }
    }

    /**
     * Signals on blocked calls lose and duplicate nothing. A child JVM (so the signals hit only
     * it) echoes 4 MiB while this test sends it SIGHUP every millisecond; SIGURG would be
     * ignored and never interrupt, and the JVM's own signals (SIGQUIT, SIGUSR2) would be
     * eaten by the JVM. With JNASOCKET_TRACE=1 the child's trace shows the EINTRs it retried.
     */
    @ParameterizedTest
    @ValueSource(strings = {"blocking", "timeout"})
    void signalsOnBlockedCallsLoseNoBytes(String mode) throws Exception {
        try (ChildJvm child = new ChildJvm(List.of(), ChildJvm.testClasspath(), List.of("JNASOCKET_TRACE=1"),
                SignalledEchoChild.class.getName(), mode)) {
            String first = child.nextLine(20_000);
            assertThat(first, startsWith("port "));
            int port = Integer.parseInt(first.substring(5));
            // The signaller, the writer and this reader must run at once: own threads, since the
            // common pool may run one task at a time (it does on JDK 25 with 2 CPUs).
            CompletableFuture<Integer> signals = OwnThread.supply("signaller", () -> {
                int sent = 0;
                while (child.alive() && sent < 20_000) {
                    if (LibC.kill((int) child.pid(), SIGHUP) == 0) {
                        sent++;
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
                return sent;
            });
            Thread.sleep(300); // let it sit in accept while signalled
            byte[] data = new byte[4 << 20];
            new Random(3).nextBytes(data);
            long got;
            CRC32 back = new CRC32();
            try (SocketObject s = socket.create_connection("127.0.0.1", port, 30.0)) {
                CompletableFuture<Void> writer = OwnThread.run("writer", () -> {
                    Random sizes = new Random(4);
                    try {
                        for (int off = 0; off < data.length; ) {
                            int n = Math.min(data.length - off, 1 + sizes.nextInt(20_000));
                            s.sendall(Arrays.copyOfRange(data, off, off + n));
                            off += n;
                        }
                        s.shutdown(socket.SHUT_WR);
                    } catch (OSError e) {
                        throw new RuntimeException(e);
                    }
                });
                byte[] all = Workloads.recvExactly(s, data.length + 1);
                got = all.length;
                back.update(all);
                writer.get(30, TimeUnit.SECONDS);
            }
            String handled = child.nextLine(20_000);
            String trace = child.awaitExit(20_000);
            CRC32 sent = new CRC32();
            sent.update(data);
            assertThat("bytes back", got, is((long) data.length));
            assertThat("CRC32 of the echo", back.getValue(), is(sent.getValue()));
            assertThat(handled, startsWith("handled "));
            assertThat("the child was signalled", Long.parseLong(handled.substring(8)), greaterThan(10L));
            assertThat(signals.get(5, TimeUnit.SECONDS), greaterThan(10));
            long eintr = trace.lines().filter(l -> l.contains("EINTR")).count();
            System.out.println("signals " + mode + ": " + handled + ", EINTR seen in the trace: " + eintr);
        }
    }

    /** Runs a command with 64 fds, by the shell's ulimit (prlimit is Linux-only; this runs on macOS too). */
    private static final List<String> FDS_64 = List.of("sh", "-c", "ulimit -n 64 && exec \"$0\" \"$@\"");

    /**
     * A server with 64 fds: clients beyond what it can hold are left unserved (accept fails with
     * EMFILE and the server pauses accepting), it keeps serving the ones it has, and once they
     * close, a new client is served again. An episode is logged once when it starts and once
     * when it ends, not on every retry (every 100 ms).
     */
    @ParameterizedTest
    @EnumSource(value = EchoServer.Mode.class, names = {"SELECTOR", "THREADS"})
    void runningOutOfFdsIsSurvived(EchoServer.Mode mode) throws Exception {
        try (ChildJvm server = new ChildJvm(FDS_64, ChildJvm.mainClasspath(), List.of(),
                "dev.jnasocket.echo.Main", "echo-server", "--port", "0", "--mode", mode.name().toLowerCase(Locale.ROOT))) {
            String first = server.nextLine(20_000);
            Matcher m = Pattern.compile("listening on \\('127\\.0\\.0\\.1', (\\d+)\\)").matcher(String.valueOf(first));
            assertThat(first, m.find(), is(true));
            int port = Integer.parseInt(m.group(1));
            List<SocketObject> clients = new ArrayList<>();
            try {
                boolean refused = false;
                for (int i = 0; i < 120 && !refused; i++) {
                    SocketObject c = socket.create_connection("127.0.0.1", port, 5.0);
                    clients.add(c);
                    refused = !echoes(c, (byte) i, 1.0);
                }
                assertThat("some client was not served with 64 fds", refused, is(true));
                assertThat(clients.size(), lessThan(64));
                assertThat("the server is alive", server.alive(), is(true));
                assertThat("a served client is still served", echoes(clients.get(0), (byte) 7, 2.0), is(true));
                Thread.sleep(600); // six retries or more while out of fds
            } finally {
                for (SocketObject c : clients) {
                    c.close();
                }
            }
            try (SocketObject again = socket.create_connection("127.0.0.1", port, 5.0)) {
                assertThat("a new client is served again", echoes(again, (byte) 9, 5.0), is(true));
            }
            assertThat(server.alive(), is(true));
            List<String> log = new ArrayList<>();
            for (String l = server.nextLine(500); l != null; l = server.nextLine(200)) {
                log.add(l);
            }
            // Each episode: one line when it starts, one when it ends (fds freed one by one may end
            // one and start a short other); the first lasted 600 ms of 100 ms retries, in one pair.
            List<String> failed = log.stream().filter(l -> l.startsWith("accept failed: [Errno " + LibC.EMFILE + "]")).toList();
            List<String> again = log.stream().filter(l -> l.startsWith("accepting again after ")).toList();
            assertThat(String.valueOf(log), again.size(), greaterThanOrEqualTo(1));
            assertThat(String.valueOf(log), failed.size(), allOf(greaterThanOrEqualTo(again.size()), lessThanOrEqualTo(again.size() + 1)));
            assertThat("a few episodes, not a line per retry: " + log, failed.size(), lessThanOrEqualTo(3));
            Matcher retries = Pattern.compile("accepting again after (\\d+) failed accepts").matcher(again.get(0));
            assertThat(again.get(0), retries.matches(), is(true));
            assertThat("retries of the first episode, logged once", Integer.parseInt(retries.group(1)), greaterThanOrEqualTo(5));
        }
    }

    private static boolean echoes(SocketObject c, byte b, double timeout) throws OSError {
        c.settimeout(timeout);
        try {
            c.sendall(new byte[] {b});
            byte[] back = c.recv(1);
            return back.length == 1 && back[0] == b;
        } catch (TimeoutError | ConnectionResetError notServed) {
            return false;
        }
    }

    /**
     * A client that sends and never reads: the server stops reading it once maxBuffered bytes
     * wait to be echoed, so what the client can push plateaus, the server holds at most
     * maxBuffered for it, and another client is still served at once.
     */
    @ParameterizedTest
    @EnumSource(value = EchoServer.Mode.class, names = {"SELECTOR", "THREADS"})
    void aClientThatNeverReadsIsBounded(EchoServer.Mode mode) throws Exception {
        int maxBuffered = 32 * 1024;
        try (RunningServer srv = new RunningServer(EchoServer.Config.defaults().withMode(mode).withMaxBuffered(maxBuffered));
                SocketObject hog = socket.create_connection("127.0.0.1", srv.port, 5.0)) {
            hog.setblocking(false);
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            long lastProgress = System.nanoTime();
            long end = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() - lastProgress < 500_000_000L && System.nanoTime() < end) {
                try {
                    sent += hog.send(chunk);
                    lastProgress = System.nanoTime();
                } catch (BlockingIOError full) {
                    Thread.sleep(5);
                }
            }
            assertThat("the client's sending plateaued", System.nanoTime() < end, is(true));
            long held = srv.server.bytesIn.get() - srv.server.bytesOut.get();
            assertThat("bytes the server holds for it", held, lessThanOrEqualTo((long) maxBuffered));
            assertThat("it stopped at kernel buffers, not unbounded", sent, lessThan(64L << 20));
            long t0 = System.nanoTime();
            try (SocketObject other = socket.create_connection("127.0.0.1", srv.port, 5.0)) {
                assertThat(echoes(other, (byte) 5, 2.0), is(true));
            }
            assertThat("served promptly", (System.nanoTime() - t0) / 1_000_000, lessThan(1000L));
        }
    }

    /**
     * Memory follows what is buffered, under two bounds. A selector server in a 64 MiB heap
     * allows each connection 48 MiB: four clients that send and never read once killed it (the
     * first byte waiting reserved the whole 48 MiB). With a total bound of 16 MiB they plateau
     * and the server serves on; with a total bound far above the heap, running out of memory
     * costs the connection that was being read (one log line), not the server.
     */
    @ParameterizedTest
    @ValueSource(strings = {"16MiB", "1GiB"})
    void clientsThatNeverReadCannotExhaustASmallHeap(String total) throws Exception {
        try (ChildJvm server = new ChildJvm(List.of("-Xmx64m"), List.of(), ChildJvm.mainClasspath(), List.of(),
                "dev.jnasocket.echo.Main", "echo-server", "--port", "0", "--max-buffered", "48MiB",
                "--max-buffered-total", total)) {
            String first = server.nextLine(20_000);
            Matcher m = Pattern.compile("listening on \\('127\\.0\\.0\\.1', (\\d+)\\)").matcher(String.valueOf(first));
            assertThat(first, m.find(), is(true));
            int port = Integer.parseInt(m.group(1));
            List<SocketObject> hogs = new ArrayList<>();
            long pushed = 0;
            try {
                for (int i = 0; i < 4; i++) {
                    SocketObject hog = socket.create_connection("127.0.0.1", port, 5.0);
                    hogs.add(hog);
                    pushed += pushUntilPlateau(hog);
                }
                assertThat("the server is alive", server.alive(), is(true));
                byte[] msg = new byte[100_000];
                new Random(5).nextBytes(msg);
                try (SocketObject next = socket.create_connection("127.0.0.1", port, 10.0)) {
                    next.sendall(msg);
                    assertThat("a new client is served byte-exact",
                            Arrays.equals(Workloads.recvExactly(next, msg.length), msg), is(true));
                }
            } finally {
                for (SocketObject h : hogs) {
                    h.close();
                }
            }
            List<String> log = new ArrayList<>();
            for (String l = server.nextLine(1_000); l != null; l = server.nextLine(200)) {
                log.add(l);
            }
            long oom = log.stream().filter(l -> l.endsWith("(out of memory)")).count();
            System.out.println("total " + total + ": clients pushed " + (pushed >> 20) + " MiB; out-of-memory closes: " + oom);
            if (total.equals("16MiB")) {
                assertThat("within the total bound memory never runs out: " + log, oom, is(0L));
                assertThat("the clients plateaued", pushed, lessThan(4L * (48 << 20)));
            } else {
                assertThat("running out of memory closed a connection, logged: " + log, oom, greaterThanOrEqualTo(1L));
                assertThat(oom, lessThan(4L));
            }
            assertThat("the server is alive", server.alive(), is(true));
        }
    }

    /** Sends without reading until the peer takes no more for 500 ms (or the connection ends); returns bytes sent. */
    private static long pushUntilPlateau(SocketObject s) throws Exception {
        s.setblocking(false);
        byte[] chunk = new byte[64 * 1024];
        long sent = 0;
        long lastProgress = System.nanoTime();
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() - lastProgress < 500_000_000L && System.nanoTime() < end) {
            try {
                sent += s.send(chunk);
                lastProgress = System.nanoTime();
            } catch (BlockingIOError full) {
                Thread.sleep(5);
            } catch (OSError closed) {
                break; // closed by the server (out of memory)
            }
        }
        assertThat("the client's sending stopped", System.nanoTime() < end, is(true));
        return sent;
    }

    /**
     * The send side of CloseWhileBlockedTest: a thread blocked in sendall (its peer not reading)
     * when another thread closes the socket wakes with EBADF, and none of its bytes reach a
     * connection made right after, which may be given the same fd number.
     */
    @Test
    void closeWhileBlockedInSendDeliversNothingElsewhere() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            int port = server.getsockname().port();
            SocketObject writer = socket.create_connection("127.0.0.1", port, 5.0);
            writer.settimeout(null);
            Accepted silent = server.accept();
            byte[] marked = new byte[8 << 20];
            Arrays.fill(marked, (byte) 'W');
            CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> {
                try {
                    writer.sendall(marked);
                    return "returned";
                } catch (OSError e) {
                    return e;
                }
            });
            Thread.sleep(300);
            assertThat("blocked in sendall", blocked.isDone(), is(false));
            writer.close();
            SocketObject fresh = socket.create_connection("127.0.0.1", port, 5.0);
            Accepted freshPeer = server.accept();
            Object outcome = blocked.get(2, TimeUnit.SECONDS);
            assertThat(outcome, instanceOf(OSError.class));
            assertThat(((OSError) outcome).errno(), is(LibC.EBADF));
            freshPeer.conn().settimeout(0.3);
            org.junit.jupiter.api.Assertions.assertThrows(TimeoutError.class, () -> freshPeer.conn().recv(1),
                    "the new connection received the closed socket's bytes");
            fresh.close();
            freshPeer.conn().close();
            silent.conn().close();
        }
    }

    /**
     * The accept side: a thread blocked in accept on a listener that is closed wakes with EBADF,
     * and a new listener made right after (maybe on the same fd number) gets its own client.
     */
    @Test
    void closeWhileBlockedInAcceptLeavesTheNextListenersClientsAlone() throws Exception {
        SocketObject old = socket.create_server("127.0.0.1", 0);
        CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return old.accept();
            } catch (OSError e) {
                return e;
            }
        });
        Thread.sleep(200);
        old.close();
        try (SocketObject next = socket.create_server("127.0.0.1", 0)) {
            next.settimeout(5.0);
            try (SocketObject client = socket.create_connection("127.0.0.1", next.getsockname().port(), 5.0)) {
                Object outcome = blocked.get(2, TimeUnit.SECONDS);
                assertThat(outcome, instanceOf(OSError.class));
                assertThat(((OSError) outcome).errno(), is(LibC.EBADF));
                Accepted a = next.accept();
                try (SocketObject conn = a.conn()) {
                    assertThat(a.addr(), is(client.getsockname()));
                }
            }
        }
    }
}
