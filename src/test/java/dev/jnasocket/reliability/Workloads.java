package dev.jnasocket.reliability;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The load shapes of the reliability suite and of the soak runner ({@code src/soak/java}), in one
 * place so that the short version in the unit tests and the long one measure the same thing.
 *
 * <p>Concurrent clients are {@code dev.jnasocket.echo.LoadClients} (one thread, a selector,
 * random write sizes, CRC32 each way), reached by reflection because that class is
 * package-private in another test package; making it public would remove {@link #loadClients}.
 */
public final class Workloads {
    private Workloads() {}

    /** What {@link #concurrent} saw. */
    public record Concurrent(int clients, long bytesSent, long bytesReceived, int mismatched, boolean finished) {
        /** @return bytes sent that did not come back (0 when every echo was complete) */
        public long bytesLost() {
            return bytesSent - bytesReceived;
        }
    }

    /**
     * {@code clients} connections at once, each echoing {@code size} random bytes.
     *
     * @param port          the echo server's port on 127.0.0.1
     * @param clients       how many at once
     * @param size          bytes per client
     * @param timeoutMillis the deadline of the whole run
     * @return what came back
     * @throws Exception if a client could not connect or the run failed
     */
    public static Concurrent concurrent(int port, int clients, int size, long timeoutMillis) throws Exception {
        Object r = loadClients("run", int.class, int.class, int.class, long.class)
                .invoke(null, port, clients, size, timeoutMillis);
        return new Concurrent((int) component(r, "clients"), (long) component(r, "bytesSent"),
                (long) component(r, "bytesReceived"), (int) component(r, "mismatched"), (boolean) component(r, "finished"));
    }

    private static Object component(Object record, String name) throws ReflectiveOperationException {
        Method m = record.getClass().getDeclaredMethod(name);
        m.setAccessible(true);
        return m.invoke(record);
    }

    /**
     * @return this process's open fds and what they point at (Linux {@code /proc/self/fd}; the numbers in macOS {@code /dev/fd}), sorted
     * @throws Exception if LoadClients cannot be reached
     */
    @SuppressWarnings("unchecked")
    public static List<String> openFds() throws Exception {
        return (List<String>) loadClients("openFds").invoke(null);
    }

    private static Method loadClients(String name, Class<?>... params) throws ReflectiveOperationException {
        Method m = Class.forName("dev.jnasocket.echo.LoadClients").getDeclaredMethod(name, params);
        m.setAccessible(true);
        return m;
    }

    /**
     * {@code count} connections one after another, each echoing a few random bytes and closed
     * before the next opens.
     *
     * @param port  the echo server's port on 127.0.0.1
     * @param count how many connections
     * @param seed  the random seed of the messages
     * @return the bytes that did not come back identical (0 when all did)
     * @throws OSError if a connection fails
     */
    public static long sequential(int port, int count, long seed) throws OSError {
        Random random = new Random(seed);
        long lost = 0;
        for (int i = 0; i < count; i++) {
            byte[] msg = new byte[1 + random.nextInt(64)];
            random.nextBytes(msg);
            try (SocketObject s = socket.create_connection("127.0.0.1", port, 10.0)) {
                s.sendall(msg);
                byte[] back = recvExactly(s, msg.length);
                lost += Arrays.equals(back, msg) ? 0 : msg.length;
            }
        }
        return lost;
    }

    /**
     * Reads until {@code n} bytes came or the peer ended the stream.
     *
     * @param s the socket
     * @param n how many bytes to wait for
     * @return the bytes read (fewer than n only at EOF)
     * @throws OSError if recv fails (e.g. timeout)
     */
    public static byte[] recvExactly(SocketObject s, int n) throws OSError {
        byte[] buf = new byte[n];
        int got = 0;
        while (got < n) {
            int k = s.recv_into(java.nio.ByteBuffer.wrap(buf, got, n - got));
            if (k == 0) {
                return Arrays.copyOf(buf, got);
            }
            got += k;
        }
        return buf;
    }

    /** @return heap in use now, in bytes */
    public static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
