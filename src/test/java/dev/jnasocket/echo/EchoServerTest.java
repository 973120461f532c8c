package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The echo server in each mode, over loopback: many clients, byte-exact, limits enforced. */
class EchoServerTest {
    private EchoServer server;
    private Thread serving;
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

    private int start(EchoServer.Config config) throws OSError {
        server = new EchoServer(config.withPort(0), new PrintStream(logBytes, true));
        serving = Serving.start(server);
        return server.address().port();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            Serving.stop(server, serving);
        }
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    /** One client: sends {@code total} bytes in random-sized writes while reading the echo back. */
    static long[] client(int port, int total, long seed) throws Exception {
        byte[] data = new byte[total];
        new Random(seed).nextBytes(data);
        try (SocketObject s = socket.create_connection("127.0.0.1", port, 30.0)) {
            Thread writer = new Thread(() -> {
                Random r = new Random(seed + 1);
                int off = 0;
                try {
                    while (off < total) {
                        int n = Math.min(total - off, 1 + r.nextInt(32 * 1024));
                        s.sendall(java.util.Arrays.copyOfRange(data, off, off + n));
                        off += n;
                    }
                    s.shutdown(socket.SHUT_WR);
                } catch (OSError e) {
                    throw new RuntimeException(e);
                }
            });
            writer.start();
            ByteArrayOutputStream got = new ByteArrayOutputStream(total);
            for (byte[] b = s.recv(65536); b.length > 0; b = s.recv(65536)) {
                got.write(b, 0, b.length);
            }
            writer.join(30_000);
            return new long[] {crc(data), crc(got.toByteArray()), got.size()};
        }
    }

    @ParameterizedTest
    @EnumSource(value = EchoServer.Mode.class, names = {"SELECTOR", "THREADS", "SINGLE"})
    void echoesManyClientsByteExact(EchoServer.Mode mode) throws Exception {
        int port = start(EchoServer.Config.defaults().withMode(mode));
        int clients = mode == EchoServer.Mode.SINGLE ? 5 : 40;
        ExecutorService pool = Executors.newFixedThreadPool(mode == EchoServer.Mode.SINGLE ? 1 : 20);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                long seed = i;
                results.add(pool.submit(() -> client(port, 256 * 1024, seed)));
            }
            for (Future<long[]> f : results) {
                long[] r = f.get(60, TimeUnit.SECONDS);
                assertThat("bytes back", r[2], is(256L * 1024));
                assertThat("checksum", r[1], is(r[0]));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.bytesIn.get(), is((long) clients * 256 * 1024));
        assertThat(server.bytesOut.get(), is(server.bytesIn.get()));
    }

    @ParameterizedTest
    @EnumSource(value = EchoServer.Mode.class, names = {"SELECTOR", "THREADS"})
    void clientsOverTheCapAreClosedAndTheServerGoesOn(EchoServer.Mode mode) throws Exception {
        int port = start(EchoServer.Config.defaults().withMode(mode).withMaxConnections(2));
        SocketObject a = socket.create_connection("127.0.0.1", port, 5.0);
        SocketObject b = socket.create_connection("127.0.0.1", port, 5.0);
        a.sendall(new byte[] {1});
        b.sendall(new byte[] {2});
        assertThat(a.recv(1)[0], is((byte) 1));
        assertThat(b.recv(1)[0], is((byte) 2));
        try (SocketObject c = socket.create_connection("127.0.0.1", port, 5.0)) {
            assertThat("the third is closed at once", c.recv(1).length, is(0));
        }
        a.close();
        b.close();
        assertThat(server.refused.get(), is(1L));
        assertThat(logBytes.toString(), containsString("refused"));
    }

    @ParameterizedTest
    @EnumSource(value = EchoServer.Mode.class, names = {"SELECTOR", "THREADS", "SINGLE"})
    void idleConnectionsAreClosed(EchoServer.Mode mode) throws Exception {
        int port = start(EchoServer.Config.defaults().withMode(mode).withIdleTimeout(0.3));
        try (SocketObject s = socket.create_connection("127.0.0.1", port, 5.0)) {
            long t0 = System.nanoTime();
            assertThat(s.recv(1).length, is(0));
            double secs = (System.nanoTime() - t0) / 1e9;
            assertThat(secs, allOf(greaterThan(0.25), lessThan(3.0)));
        }
        Thread.sleep(100);
        assertThat(logBytes.toString(), containsString("(idle)"));
    }

    /**
     * The threads mode gives each client a virtual thread where the JVM has them (Java 21+), a
     * daemon platform thread on 17. Two clients only: until blocking calls park, a virtual thread
     * blocked in native recv pins its carrier, and this machine may have two.
     */
    @org.junit.jupiter.api.Test
    void threadsModeServesEachClientOnAVirtualThreadWhereTheJvmHasThem() throws Exception {
        boolean jvmHasVirtualThreads = Runtime.version().feature() >= 21;
        int port = start(EchoServer.Config.defaults().withMode(EchoServer.Mode.THREADS));
        assertThat(server.describe(), is("threads mode, " + (jvmHasVirtualThreads ? "virtual" : "platform") + " threads"));
        try (SocketObject a = socket.create_connection("127.0.0.1", port, 5.0);
                SocketObject b = socket.create_connection("127.0.0.1", port, 5.0)) {
            a.sendall(new byte[] {1});
            b.sendall(new byte[] {2});
            assertThat(a.recv(1)[0], is((byte) 1));
            assertThat(b.recv(1)[0], is((byte) 2));
            List<Thread> handlers = server.handlerThreads();
            assertThat("one handler per client", handlers.size(), is(2));
            for (Thread t : handlers) {
                assertThat(t.getName(), startsWith("echo ('127.0.0.1', "));
                assertThat(t + " is virtual", isVirtual(t), is(jvmHasVirtualThreads));
                assertThat("never keeps the JVM alive", t.isDaemon(), is(true));
            }
        }
        if (!jvmHasVirtualThreads) {
            System.out.println("virtual-thread check not run: Java " + Runtime.version().feature()
                    + " has no virtual threads (checked instead: the handlers are daemon platform threads)");
        }
    }

    private static boolean isVirtual(Thread t) throws ReflectiveOperationException {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(t);
        } catch (NoSuchMethodException beforeJava21) {
            return false;
        }
    }

    @org.junit.jupiter.api.Test
    void selectorServerEchoes500ClientsOfOneMebibyteEachWithNoFdLeft() throws Exception {
        LoadClients.run(start(EchoServer.Config.defaults()), 1, 1, 10_000); // warm-up: lazily opened JVM files
        stop();
        java.util.List<String> before = LoadClients.openFds();
        int port = start(EchoServer.Config.defaults());
        LoadClients.Result r = LoadClients.run(port, 500, 1 << 20, 120_000);
        assertThat("every client finished", r.finished(), is(true));
        assertThat("bytes back", r.bytesReceived(), is(500L << 20));
        assertThat("every echo byte-exact (CRC32 each way)", r.mismatched(), is(0));
        for (int i = 0; i < 50 && server.activeConnections() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(server.served.get(), is(500L));
        Serving.stop(server, serving);
        server = null;
        assertThat("no fd left open", LoadClients.openFds(), is(before));
    }
}
