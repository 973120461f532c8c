package dev.jnasocket.echo;

import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.TimeoutError;
import dev.jnasocket.select;
import dev.jnasocket.socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

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
     * Sends one message and waits for its echo. A message longer than {@value #INLINE} bytes is
     * sent and received at once (the socket waited on in {@code select} for both), since the
     * server echoes while it reads: sending it all before reading would fill both ways' buffers
     * and stall until the timeout.
     *
     * @param message the bytes
     * @return what came back (the same bytes from a correct server)
     * @throws OSError on a connection error, a timeout, or an EOF before the whole echo
     */
    public byte[] echo(byte[] message) throws OSError {
        if (message.length <= INLINE) {
            sock.sendall(message);
            return readExactly(message.length);
        }
        byte[] back = new byte[message.length];
        ByteBuffer out = ByteBuffer.wrap(message);
        ByteBuffer in = ByteBuffer.wrap(back);
        List<SocketObject> me = List.of(sock);
        while (in.hasRemaining()) {
            select.Selected ready = select.select(me, out.hasRemaining() ? me : List.of(), List.of(), sock.gettimeout());
            if (ready.r().isEmpty() && ready.w().isEmpty()) {
                throw TimeoutError.timedOut();
            }
            if (!ready.w().isEmpty()) {
                out.position(out.position() + sock.send(out.slice().limit(Math.min(out.remaining(), PIECE))));
            }
            if (!ready.r().isEmpty()) {
                receive(in);
            }
        }
        return back;
    }

    /** Messages up to this size are sent whole, then read: the kernel's buffers hold them both ways. */
    static final int INLINE = 64 * 1024;
    /** The most one send or recv is given: the layer copies a heap buffer's bytes per call. */
    private static final int PIECE = 256 * 1024;

    private byte[] readExactly(int n) throws OSError {
        byte[] back = new byte[n];
        ByteBuffer in = ByteBuffer.wrap(back);
        while (in.hasRemaining()) {
            receive(in);
        }
        return back;
    }

    private void receive(ByteBuffer in) throws OSError {
        if (sock.recv_into(in, Math.min(in.remaining(), PIECE)) == 0) {
            throw new OSError("connection closed after " + in.position() + " of " + in.capacity() + " bytes");
        }
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
        return measure(count, size, done -> { });
    }

    /**
     * {@link #measure(int, int)}, telling {@code afterEach} how many round trips are done after
     * each one (outside the timed part).
     *
     * @param count     how many round trips
     * @param size      bytes per message
     * @param afterEach called with the number of round trips made so far
     * @return the statistics
     * @throws OSError on a connection error
     */
    public Stats measure(int count, int size, IntConsumer afterEach) throws OSError {
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
            afterEach.accept(i + 1);
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
