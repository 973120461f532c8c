package dev.jnasocket.echo;

import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The echo client, on the Python-style layer: sends each message and reads back exactly as many
 * bytes, or measures round trips and throughput with {@link #measure}.
 */
public final class EchoClient implements AutoCloseable {
    private final SocketObject sock;

    /**
     * Connects ({@code socket.create_connection}).
     *
     * @param host    the server's host
     * @param port    its port
     * @param timeout seconds for connect and each reply (null: wait forever)
     * @throws OSError e.g. ConnectionRefusedError when no server is there
     */
    public EchoClient(String host, int port, Double timeout) throws OSError {
        this.sock = socket.create_connection(Address.of(host, port), timeout);
    }

    /** {@return the connected socket} */
    public SocketObject socket() {
        return sock;
    }

    /**
     * Sends one message and waits for its echo.
     *
     * @param message the bytes
     * @return what came back (the same bytes from a correct server)
     * @throws OSError on a connection error, or an EOF before the whole echo
     */
    public byte[] echo(byte[] message) throws OSError {
        sock.sendall(message);
        return readExactly(message.length);
    }

    private byte[] readExactly(int n) throws OSError {
        ByteArrayOutputStream got = new ByteArrayOutputStream(n);
        while (got.size() < n) {
            byte[] part = sock.recv(Math.min(65536, n - got.size()));
            if (part.length == 0) {
                throw new OSError("connection closed after " + got.size() + " of " + n + " bytes");
            }
            got.write(part, 0, part.length);
        }
        return got.toByteArray();
    }

    /**
     * Round-trip statistics of {@link #measure}.
     *
     * @param count   round trips made
     * @param size    bytes per message
     * @param p50Us   median round trip, microseconds
     * @param p99Us   99th percentile round trip, microseconds
     * @param seconds total time
     * @param ok      whether every echo matched what was sent
     */
    public record Stats(int count, int size, double p50Us, double p99Us, double seconds, boolean ok) {
        /** {@return bytes each way per second} */
        public double bytesPerSecond() {
            return seconds > 0 ? (double) count * size / seconds : 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d round trips of %d B in %.3f s: p50 %.1f us, p99 %.1f us, %.2f MB/s each way%s",
                    count, size, seconds, p50Us, p99Us, bytesPerSecond() / 1e6, ok ? "" : " (MISMATCH)");
        }
    }

    /**
     * {@code count} round trips of {@code size} bytes: latency percentiles and throughput.
     *
     * @param count how many round trips
     * @param size  bytes per message
     * @return the statistics
     * @throws OSError on a connection error
     */
    public Stats measure(int count, int size) throws OSError {
        if (count < 1 || size < 1) {
            throw new IllegalArgumentException("count and size must be positive");
        }
        byte[] msg = new byte[size];
        for (int i = 0; i < size; i++) {
            msg[i] = (byte) ('a' + i % 26);
        }
        long[] rtt = new long[count];
        boolean ok = true;
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long s = System.nanoTime();
            ok &= Arrays.equals(echo(msg), msg);
            rtt[i] = System.nanoTime() - s;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(rtt);
        return new Stats(count, size, rtt[count / 2] / 1e3, rtt[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e3, secs, ok);
    }

    /**
     * Sends each message on one connection and returns the echoes.
     *
     * @param host     the server's host
     * @param port     its port
     * @param messages what to send
     * @return what came back, one entry per message
     * @throws OSError on a connection error
     */
    public static List<byte[]> echoAll(String host, int port, List<byte[]> messages) throws OSError {
        try (EchoClient c = new EchoClient(host, port, 30.0)) {
            List<byte[]> back = new ArrayList<>();
            for (byte[] m : messages) {
                back.add(c.echo(m));
            }
            return back;
        }
    }

    @Override
    public void close() throws OSError {
        sock.close();
    }
}
