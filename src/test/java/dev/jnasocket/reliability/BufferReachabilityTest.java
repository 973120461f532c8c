package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.Accepted;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A direct buffer that nothing else refers to, handed to a blocking send: the bindings pass its
 * address to libc, so they must keep the buffer itself reachable until the call returns, or a
 * GC frees its memory while the kernel still reads it and the peer receives whatever was
 * allocated there next. The test makes that as likely as it can (compiled code, buffers above
 * malloc's mmap threshold, a GC and fresh allocations while every send blocks) and checks the
 * peer receives exactly the bytes sent.
 */
class BufferReachabilityTest {
    private static final int SIZE = 256 * 1024;

    /** A fresh direct buffer of {@code SIZE} bytes of {@code b}, referred to by nothing once passed on. */
    private static ByteBuffer fresh(byte b) {
        ByteBuffer d = ByteBuffer.allocateDirect(SIZE);
        for (int i = 0; i < SIZE; i += 8) {
            d.putLong(i, 0x0101010101010101L * (b & 0xff));
        }
        return d;
    }

    /** Enough calls for the JIT to compile the send path, whose compiled frame is where a dead argument can go. */
    private static void warmUp() throws Exception {
        try (SocketObject sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
                SocketObject src = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            sink.bind("127.0.0.1", 0);
            src.connect(sink.getsockname());
            ByteBuffer small = ByteBuffer.allocateDirect(16);
            for (int i = 0; i < 30_000; i++) {
                LibC.send(src.fileno(), small, 16, LibC.MSG_DONTWAIT);
            }
        }
    }

    @Test
    void aTemporaryDirectBufferInABlockingSendIsNotFreedUnderIt() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            SocketObject c = socket.socket();
            c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536);
            c.connect("127.0.0.1", server.getsockname().port());
            Accepted a = server.accept();
            try (c; SocketObject conn = a.conn()) {
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536);
                conn.settimeout(20.0);
                int fd = c.fileno();
                warmUp();
                AtomicBoolean done = new AtomicBoolean();
                // Own threads: the common pool may run one task at a time (2 cores), and the churn never ends by itself.
                ExecutorService pool = Executors.newFixedThreadPool(2);
                // Churn: GCs and new direct buffers of the same size, filled with another byte.
                CompletableFuture<Void> churn = CompletableFuture.runAsync(() -> {
                    List<ByteBuffer> keep = new ArrayList<>();
                    while (!done.get()) {
                        System.gc();
                        keep.add(fresh((byte) 0xEE));
                        if (keep.size() > 4) {
                            keep.remove(0);
                        }
                        LockSupport.parkNanos(5_000_000);
                    }
                }, pool);
                int rounds = 12;
                CompletableFuture<long[]> sender = CompletableFuture.supplyAsync(() -> {
                    long[] sent = new long[rounds];
                    for (int i = 0; i < rounds; i++) {
                        // No local holds the buffer: only the call's argument does.
                        sent[i] = LibC.send(fd, fresh((byte) (i + 1)), SIZE, LibC.MSG_NOSIGNAL);
                    }
                    return sent;
                }, pool);
                long wrong = 0;
                byte[] buf = new byte[SIZE];
                try {
                    for (int i = 0; i < rounds; i++) {
                        Thread.sleep(i < 4 ? 30 : 5); // let the send block while the churn runs
                        int got = 0;
                        while (got < SIZE) {
                            int n = conn.recv_into(buf, Math.min(SIZE - got, 16 * 1024));
                            assertThat("EOF after " + got + " bytes of round " + i, n, greaterThan(0));
                            for (int k = 0; k < n; k++) {
                                wrong += buf[k] == (byte) (i + 1) ? 0 : 1;
                            }
                            got += n;
                        }
                    }
                } finally {
                    done.set(true);
                }
                churn.get(10, TimeUnit.SECONDS);
                long[] sent = sender.get(20, TimeUnit.SECONDS);
                pool.shutdown();
                for (long s : sent) {
                    assertThat("each send sent the whole buffer", s, is((long) SIZE));
                }
                assertThat("bytes the peer received that were not the ones sent", wrong, is(0L));
            }
        }
    }
}
