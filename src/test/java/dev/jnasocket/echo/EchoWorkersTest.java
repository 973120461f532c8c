package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.BlockingIOError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.Os;
import dev.jnasocket.select;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The selector mode with several workers, over loopback: both ways of spreading connections
 * (Linux's SO_REUSEPORT listeners, and one acceptor handing connections round, as on macOS,
 * forced here on Linux too), byte-exact echoes, the limits as totals across the workers, the stop,
 * and the CLI's {@code --workers}.
 */
class EchoWorkersTest {
    private EchoServer server;
    private Thread serving;
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

    /**
     * @param spreadByKernel SO_REUSEPORT listeners (Linux only), or one acceptor handing off
     * @return the port
     */
    private int start(EchoServer.Config config, boolean spreadByKernel) throws OSError {
        server = new EchoServer(config.withPort(0), new PrintStream(logBytes, true), spreadByKernel);
        serving = Serving.start(server);
        return server.address().port();
    }

    private String log() {
        synchronized (logBytes) {
            return logBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            Serving.stop(server, serving);
        }
    }

    private static boolean linux() {
        return Os.HOST == Os.LINUX;
    }

    private static long total(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void twoWorkersWithTheirOwnListenersServe50ClientsByteExactAndBothGetSome() throws Exception {
        if (!linux()) {
            System.out.println("SO_REUSEPORT spreading not checked: the kernel spreads connections on Linux only");
            return;
        }
        int port = start(EchoServer.Config.defaults().withWorkers(2), true);
        assertThat(server.describe(), is("selector mode, 2 workers, SO_REUSEPORT"));
        LoadClients.Result r = LoadClients.run(port, 50, 64 * 1024, 60_000);
        assertThat("every client finished", r.finished(), is(true));
        assertThat("bytes back", r.bytesReceived(), is(50L * 64 * 1024));
        assertThat("every echo byte-exact (CRC32 each way)", r.mismatched(), is(0));
        List<Long> perWorker = server.connectionsPerWorker();
        assertThat(total(perWorker), is(50L));
        // The kernel hashes each connection's addresses and ports: all 50 on one worker has odds 2^-49.
        assertThat("both workers got connections: " + perWorker, perWorker, everyItem(greaterThan(0L)));
        assertThat(server.bytesOut.get(), is(50L * 64 * 1024));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void oneAcceptorHandsConnectionsRoundTheWorkersAndEachIsServedByteExact(int workers) throws Exception {
        int port = start(EchoServer.Config.defaults().withWorkers(workers), false);
        assertThat(server.describe(), is("selector mode, " + workers + " workers, one acceptor"));
        int clients = 50 - 50 % workers;
        LoadClients.Result r = LoadClients.run(port, clients, 64 * 1024, 60_000);
        assertThat("every client finished", r.finished(), is(true));
        assertThat("bytes back", r.bytesReceived(), is(clients * 64L * 1024));
        assertThat("every echo byte-exact (CRC32 each way)", r.mismatched(), is(0));
        Long[] even = new Long[workers];
        Arrays.fill(even, (long) (clients / workers));
        assertThat("round-robin: the same share each", server.connectionsPerWorker(), contains(even));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theStopEndsEveryWorkersConnectionsEachWithItsLine(boolean spreadByKernel) throws Exception {
        if (spreadByKernel && !linux()) {
            return;
        }
        int port = start(EchoServer.Config.defaults().withWorkers(2), spreadByKernel);
        List<SocketObject> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                SocketObject c = socket.create_connection("127.0.0.1", port, 5.0);
                clients.add(c);
                c.sendall(new byte[] {(byte) i});
                assertThat(c.recv(1)[0], is((byte) i));
            }
            if (!spreadByKernel) {
                assertThat(server.connectionsPerWorker(), contains(6L, 6L));
            }
            Serving.stop(server, serving);
            for (SocketObject c : clients) {
                String line = "closed " + c.getsockname() + ": in 1 B, out 1 B, ";
                assertThat(log(), containsString(line));
                assertThat("one line each", log().split(Pattern.quote(line), -1).length, is(2));
                assertThat("the connection is closed", c.recv(1).length, is(0));
            }
            assertThat(occurrences(log(), "(shutdown)"), is(12));
            assertThat(server.served.get(), is(12L));
            assertThat(server.activeConnections(), is(0));
        } finally {
            for (SocketObject c : clients) {
                c.close();
            }
        }
    }

    private static int occurrences(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void maxConnectionsIsATotalAcrossTheWorkers(boolean spreadByKernel) throws Exception {
        if (spreadByKernel && !linux()) {
            return;
        }
        int port = start(EchoServer.Config.defaults().withWorkers(2).withMaxConnections(4), spreadByKernel);
        List<SocketObject> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                SocketObject c = socket.create_connection("127.0.0.1", port, 5.0);
                clients.add(c);
                c.sendall(new byte[] {(byte) i});
                assertThat("served: " + i, c.recv(1)[0], is((byte) i));
            }
            if (!spreadByKernel) {
                assertThat("two on each worker", server.connectionsPerWorker(), contains(2L, 2L));
            }
            for (int i = 0; i < 3; i++) { // whichever worker the kernel picks, the cap is the server's
                try (SocketObject over = socket.create_connection("127.0.0.1", port, 5.0)) {
                    assertThat("over the cap: closed at once", over.recv(1).length, is(0));
                }
            }
            assertThat(server.refused.get(), is(3L));
            assertThat(server.activeConnections(), is(4));
            clients.remove(0).close();
            for (int i = 0; i < 200 && server.activeConnections() > 3; i++) {
                Thread.sleep(10);
            }
            SocketObject again = socket.create_connection("127.0.0.1", port, 5.0);
            clients.add(again);
            again.sendall(new byte[] {9});
            assertThat("room again after one left", again.recv(1)[0], is((byte) 9));
        } finally {
            for (SocketObject c : clients) {
                c.close();
            }
        }
    }

    @Test
    void everyWorkerClosesIdleConnections() throws Exception {
        int port = start(EchoServer.Config.defaults().withWorkers(2).withIdleTimeout(0.3), false);
        try (SocketObject a = socket.create_connection("127.0.0.1", port, 5.0);
                SocketObject b = socket.create_connection("127.0.0.1", port, 5.0)) {
            long t0 = System.nanoTime();
            assertThat(a.recv(1).length, is(0));
            assertThat(b.recv(1).length, is(0));
            double secs = (System.nanoTime() - t0) / 1e9;
            assertThat(secs, allOf(greaterThan(0.25), lessThan(3.0)));
            assertThat("one on each worker", server.connectionsPerWorker(), contains(1L, 1L));
        }
        for (int i = 0; i < 100 && occurrences(log(), "(idle)") < 2; i++) {
            Thread.sleep(10);
        }
        assertThat(occurrences(log(), "(idle)"), is(2));
    }

    /**
     * Clients that send but never read, two on each worker: what the server holds for them all
     * stays within the one total bound plus the first chunk of each (with a bound of its own per
     * worker it would hold nearly twice the total), and every byte still comes back once they read.
     */
    @Test
    void maxBufferedTotalIsATotalAcrossTheWorkers() throws Exception {
        long totalBound = 256 * 1024;
        int port = start(EchoServer.Config.defaults().withWorkers(2).withMaxBuffered(256 * 1024)
                .withMaxBufferedTotal(totalBound), false);
        // Small kernel buffers on the server's side too (accepted sockets inherit the listener's), so
        // that the bytes in flight are mostly the server's own.
        server.listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096);
        server.listener.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096);
        int clients = 4;
        int size = 8 << 20; // more than the kernel's buffers of a connection take
        byte[] data = new byte[size];
        new java.util.Random(7).nextBytes(data);
        List<SocketObject> socks = new ArrayList<>();
        int[] sent = new int[clients];
        try {
            for (int i = 0; i < clients; i++) {
                SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096); // before connect: a small window
                s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536);
                s.connect("127.0.0.1", port);
                s.setblocking(false);
                socks.add(s);
            }
            // Send until no client can send more for 300 ms (the server holds its bound, the kernels the rest).
            long deadline = System.nanoTime() + 10_000_000_000L;
            for (;;) {
                List<SocketObject> unfinished = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    if (sent[i] < size) {
                        unfinished.add(socks.get(i));
                    }
                }
                List<Object> writable = select.select(List.of(), unfinished, List.of(), 0.3).w();
                if (writable.isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                for (Object w : writable) {
                    int i = socks.indexOf(w);
                    try {
                        sent[i] += socks.get(i).send(Arrays.copyOfRange(data, sent[i], Math.min(size, sent[i] + 65536)));
                    } catch (BlockingIOError full) {
                        // the kernel's buffers filled meanwhile
                    }
                }
            }
            assertThat("the clients were held back", Arrays.stream(sent).allMatch(n -> n < size), is(true));
            assertThat("two on each worker", server.connectionsPerWorker(), contains(2L, 2L));
            long held = server.bytesIn.get() - server.bytesOut.get();
            long chunk = 16 * 1024;
            assertThat("held by the server in all", held, lessThanOrEqualTo(totalBound + clients * chunk));
            // Reads stop short of the bound by one read's worth (64 KiB) per other worker.
            assertThat("the bound was reached", held, greaterThan(totalBound - 64 * 1024));
            // Now they read (and send no more): every byte sent comes back, in order.
            for (int i = 0; i < clients; i++) {
                SocketObject s = socks.get(i);
                s.setblocking(true);
                s.settimeout(30.0);
                s.shutdown(socket.SHUT_WR);
                ByteArrayOutputStream got = new ByteArrayOutputStream(sent[i]);
                for (byte[] b = s.recv(65536); b.length > 0; b = s.recv(65536)) {
                    got.write(b, 0, b.length);
                }
                assertThat("client " + i + ": every byte back, in order", Arrays.equals(got.toByteArray(),
                        Arrays.copyOf(data, sent[i])), is(true));
            }
        } finally {
            for (SocketObject s : socks) {
                s.close();
            }
        }
    }


    @Test
    void badWorkerCountsAndModesAreUsageErrors() {
        String range = "--workers must be an integer from 1 to 256, not ";
        for (String[] args : List.of(
                new String[] {"echo-server", "--workers", "0"},
                new String[] {"echo-server", "--workers=-1"},
                new String[] {"echo-server", "--workers", "two"},
                new String[] {"echo-server", "--workers", "257"},
                new String[] {"echo-server", "--workers", ""},
                new String[] {"echo-server", "--workers"},
                new String[] {"echo-server", "--mode", "threads", "--workers", "2"},
                new String[] {"echo-server", "--mode", "single", "--workers", "1"},
                new String[] {"echo-server", "--raw", "--workers", "2"})) {
            MainTest.Run r = MainTest.run(args);
            String what = String.join(" ", args);
            assertThat(what, r.status(), is(2));
            assertThat(what, r.out(), is(""));
            assertThat(what, r.err(), matchesPattern("jna-socket echo-server: [^\n]*\\(try --help\\)\n"));
        }
        assertThat(MainTest.run("echo-server", "--workers", "0").err(), containsString(range + "'0'"));
        assertThat(MainTest.run("echo-server", "--workers", "two").err(), containsString(range + "'two'"));
        assertThat(MainTest.run("echo-server", "--workers").err(), containsString("--workers needs a value"));
        assertThat(MainTest.run("echo-server", "--mode", "threads", "--workers", "2").err(),
                containsString("--workers is for --mode selector only, not --mode threads"));
        assertThat(MainTest.run("echo-server", "--raw", "--workers", "2").err(),
                containsString("--workers is for --mode selector only, not --raw"));
    }

    @Test
    void theConfigRefusesWorkersOutsideTheSelectorMode() {
        EchoServer.Config threads = EchoServer.Config.defaults().withPort(0).withMode(EchoServer.Mode.THREADS).withWorkers(2);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EchoServer(threads, null));
        assertThat(e.getMessage(), is("workers: more than 1 in selector mode only"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EchoServer(EchoServer.Config.defaults().withPort(0).withWorkers(0), null));
    }

    /**
     * The handoff itself: items come out in order and wake the receiver's waker; once the receiver
     * has closed it, what was not taken comes back to it and every later offer is refused (the
     * acceptor keeps that connection), so none is lost between the receiver's last look and the stop.
     */
    @Test
    void theHandoffWakesTheReceiverAndRefusesOffersOnceClosed() throws Exception {
        try (Waker waker = new Waker()) {
            Handoff<String> h = new Handoff<>(waker);
            assertThat(h.takeAll(), is(empty()));
            assertThat(h.offer("a"), is(true));
            assertThat(h.offer("b"), is(true));
            assertThat("the receiver's waker is readable",
                    select.select(List.of(waker.reader()), List.of(), List.of(), 0.0).r(), contains(waker.reader()));
            waker.drain();
            assertThat(select.select(List.of(waker.reader()), List.of(), List.of(), 0.0).r(), is(empty()));
            assertThat(h.takeAll(), contains("a", "b"));
            assertThat(h.takeAll(), is(empty()));
            assertThat(h.offer("c"), is(true));
            assertThat("what was not taken comes back at the close", h.close(), contains("c"));
            assertThat("refused once closed", h.offer("d"), is(false));
            assertThat(h.takeAll(), is(empty()));
        }
    }

    @Test
    void oneWorkerIsTodaysServer() throws Exception {
        int port = start(EchoServer.Config.defaults(), true);
        assertThat("one worker: the same first line as before workers", server.describe(), is("selector mode"));
        try (SocketObject c = socket.create_connection("127.0.0.1", port, 5.0)) {
            c.sendall(new byte[] {42});
            assertThat(c.recv(1)[0], is((byte) 42));
            assertThat("no SO_REUSEPORT on the one listener", server.listener.getsockopt(socket.SOL_SOCKET,
                    socket.SO_REUSEPORT), is(0));
        }
        assertThat(server.connectionsPerWorker(), contains(1L));
    }
}
