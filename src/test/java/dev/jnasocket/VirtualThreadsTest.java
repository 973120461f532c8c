package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jnasocket.libc.LibC;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Blocking calls on virtual threads park instead of pinning the carrier, and Thread.interrupt()
 * wakes them. Runs on a JVM with virtual threads (JDK 21+; CI runs it on 25); skipped, with the
 * reason printed, on 17. The machine has 2 carriers: before the poller, two threads blocked in a
 * native recv stopped every other virtual thread.
 */
class VirtualThreadsTest {
    private static Method startVirtual;
    private static Object builder;

    @BeforeAll
    static void needVirtualThreads() throws Exception {
        boolean has = VirtualThreads.supported();
        if (!has) {
            System.out.println("VirtualThreadsTest skipped: this JVM (" + Runtime.version() + ") has no virtual threads");
        }
        assumeTrue(has, "no virtual threads on this JVM");
        builder = Thread.class.getMethod("ofVirtual").invoke(null);
        startVirtual = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
    }

    private static Thread virtual(Runnable r) {
        try {
            return (Thread) startVirtual.invoke(builder, r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    interface Call {
        Object run() throws Exception;
    }

    /** Runs {@code call} on a new virtual thread; its value or what it threw. */
    private static CompletableFuture<Object> onVirtual(Call call) {
        CompletableFuture<Object> f = new CompletableFuture<>();
        virtual(() -> {
            try {
                f.complete(call.run());
            } catch (Throwable t) {
                f.complete(t);
            }
        });
        return f;
    }

    @Test
    @Timeout(60)
    void tenThousandBlockedInRecvAreAllReleasedAndOthersKeepRunning() throws Exception {
        int pairs = 5_000; // 10,000 sockets, each with a virtual thread blocked in recv (20,000 fds is this machine's limit)
        SocketObject[][] p = new SocketObject[pairs][];
        List<Thread> readers = new ArrayList<>();
        AtomicInteger right = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch entered = new CountDownLatch(2 * pairs);
        try {
            for (int i = 0; i < pairs; i++) {
                p[i] = socket.socketpair();
            }
            for (int i = 0; i < pairs; i++) {
                for (int side = 0; side < 2; side++) {
                    SocketObject s = p[i][side];
                    byte expect = (byte) (i * 2 + side);
                    readers.add(virtual(() -> {
                        entered.countDown();
                        try {
                            byte[] got = s.recv(1);
                            if (got.length == 1 && got[0] == expect) {
                                right.incrementAndGet();
                            }
                        } catch (Throwable t) {
                            failure.compareAndSet(null, t);
                        }
                    }));
                }
            }
            assertThat(entered.await(20, TimeUnit.SECONDS), is(true));
            Thread.sleep(300); // let them all reach recv and park
            // An unrelated virtual thread still gets a carrier while all 10,000 wait.
            CompletableFuture<Object> other = onVirtual(() -> "ran");
            assertThat(other.get(5, TimeUnit.SECONDS), is("ran"));
            assertThat("none returned before data came", right.get(), is(0));
            long t0 = System.nanoTime();
            for (int i = 0; i < pairs; i++) {
                p[i][1].send(new byte[] {(byte) (i * 2)});
                p[i][0].send(new byte[] {(byte) (i * 2 + 1)});
            }
            for (Thread t : readers) {
                t.join(20_000);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("10,000 virtual threads blocked in recv released in " + ms + " ms");
            assertThat(failure.get(), nullValue());
            assertThat(right.get(), is(2 * pairs));
        } finally {
            for (SocketObject[] pair : p) {
                if (pair != null) {
                    pair[0].close();
                    pair[1].close();
                }
            }
        }
    }

    @Test
    void timeoutsAndModesAreAsOnAPlatformThread() throws Exception {
        SocketObject[] p = socket.socketpair();
        try {
            p[0].settimeout(0.2);
            long t0 = System.nanoTime();
            Object r = onVirtual(() -> p[0].recv(10)).get(5, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r, instanceOf(TimeoutError.class));
            assertThat(((TimeoutError) r).getMessage(), is("timed out"));
            assertThat(ms, allOf(greaterThanOrEqualTo(190L), lessThan(2000L)));
            // Blocking for Python, though non-blocking underneath now.
            p[0].settimeout(null);
            assertThat(p[0].gettimeout(), nullValue());
            assertThat(p[0].getblocking(), is(true));
            CompletableFuture<Object> waiting = onVirtual(() -> p[0].recv(10));
            Thread.sleep(300);
            assertThat("a blocking recv waits", waiting.isDone(), is(false));
            p[1].sendall("late".getBytes());
            assertThat(new String((byte[]) waiting.get(5, TimeUnit.SECONDS)), is("late"));
            // A platform thread on the same socket still blocks as Python's blocking socket does.
            CompletableFuture<byte[]> platform = CompletableFuture.supplyAsync(() -> {
                try {
                    return p[0].recv(10);
                } catch (OSError e) {
                    return new byte[0];
                }
            });
            Thread.sleep(300);
            assertThat(platform.isDone(), is(false));
            p[1].sendall("later".getBytes());
            assertThat(new String(platform.get(5, TimeUnit.SECONDS)), is("later"));
            // Non-blocking: EAGAIN at once, as BlockingIOError; MSG_DONTWAIT on a blocking socket too.
            p[0].setblocking(false);
            assertThat(onVirtual(() -> p[0].recv(10)).get(5, TimeUnit.SECONDS), instanceOf(BlockingIOError.class));
            p[0].setblocking(true);
            assertThat(onVirtual(() -> p[0].recv(10, LibC.MSG_DONTWAIT)).get(5, TimeUnit.SECONDS),
                    instanceOf(BlockingIOError.class));
            assertThat(onVirtual(() -> p[0].recvmsg(10, 0, LibC.MSG_DONTWAIT)).get(5, TimeUnit.SECONDS),
                    instanceOf(BlockingIOError.class));
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void interruptWakesAParkedRecvAndAcceptAndLeavesTheSocketOpen() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            for (Call call : new Call[] {() -> p[0].recv(10), server::accept}) {
                AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
                CompletableFuture<Object> f = new CompletableFuture<>();
                Thread t = virtual(() -> {
                    try {
                        f.complete(call.run());
                    } catch (Throwable e) {
                        stillInterrupted.set(Thread.currentThread().isInterrupted());
                        f.complete(e);
                    }
                });
                Thread.sleep(200);
                assertThat(f.isDone(), is(false));
                long t0 = System.nanoTime();
                t.interrupt();
                Object r = f.get(2, TimeUnit.SECONDS);
                assertThat((System.nanoTime() - t0) / 1_000_000, lessThan(1000L));
                assertThat(r, instanceOf(InterruptedError.class));
                assertThat(((OSError) r).errno(), is(LibC.EINTR));
                assertThat("the interrupt status stays set", stillInterrupted.get(), is(true));
            }
            // Both sockets still work.
            p[1].sendall("after".getBytes());
            assertThat(new String((byte[]) onVirtual(() -> p[0].recv(10)).get(5, TimeUnit.SECONDS)), is("after"));
            CompletableFuture<Object> accepted = onVirtual(server::accept);
            try (SocketObject c = socket.create_connection("127.0.0.1", server.getsockname().port())) {
                Object a = accepted.get(5, TimeUnit.SECONDS);
                assertThat(a, instanceOf(Accepted.class));
                ((Accepted) a).conn().close();
            }
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void closeWakesParkedThreadsWithEbadf() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject server = socket.create_server("127.0.0.1", 0);
        CompletableFuture<Object> recv = onVirtual(() -> p[0].recv(10));
        CompletableFuture<Object> send = onVirtual(() -> {
            p[0].sendall(new byte[8 << 20]); // fills the buffer, then parks
            return "sent";
        });
        CompletableFuture<Object> accept = onVirtual(server::accept);
        Thread.sleep(300);
        assertThat(recv.isDone() || send.isDone() || accept.isDone(), is(false));
        p[0].close();
        server.close();
        for (CompletableFuture<Object> f : List.of(recv, send, accept)) {
            Object r = f.get(2, TimeUnit.SECONDS);
            assertThat(r, instanceOf(OSError.class));
            assertThat(((OSError) r).errno(), is(LibC.EBADF));
        }
        p[1].close();
    }

    @Test
    @Timeout(60)
    void echoServerOnVirtualThreadsServesAThousandClientsByteExact() throws Exception {
        int clients = 1_000;
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            server.listen(clients);
            int port = server.getsockname().port();
            Thread acceptor = virtual(() -> {
                try {
                    for (;;) {
                        SocketObject conn = server.accept().conn();
                        virtual(() -> {
                            try (conn) {
                                for (byte[] b; (b = conn.recv(4096)).length > 0; ) {
                                    conn.sendall(b);
                                }
                            } catch (OSError e) {
                                // the client went away: nothing to echo
                            }
                        });
                    }
                } catch (OSError closed) {
                    // the server closed: stop accepting
                }
            });
            List<CompletableFuture<Object>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int seed = i;
                done.add(onVirtual(() -> {
                    byte[] msg = new byte[1 + new Random(seed).nextInt(20_000)];
                    new Random(seed).nextBytes(msg);
                    try (SocketObject c = socket.create_connection("127.0.0.1", port)) {
                        c.settimeout(30.0);
                        CompletableFuture<Object> sent = onVirtual(() -> {
                            c.sendall(msg);
                            c.shutdown(socket.SHUT_WR);
                            return null;
                        });
                        ByteArrayOutputStream all = new ByteArrayOutputStream();
                        for (byte[] b; (b = c.recv(65536)).length > 0; ) {
                            all.write(b);
                        }
                        sent.get(30, TimeUnit.SECONDS);
                        return Arrays.equals(all.toByteArray(), msg) ? "ok" : "wrong bytes";
                    }
                }));
            }
            int ok = 0;
            for (CompletableFuture<Object> f : done) {
                Object r = f.get(45, TimeUnit.SECONDS);
                if ("ok".equals(r)) {
                    ok++;
                } else {
                    System.out.println("client: " + r);
                }
            }
            assertThat(ok, is(clients));
            server.close();
            acceptor.join(5000);
        }
    }

    @Test
    @Timeout(60)
    void selectAndSelectorWaitsParkAndWakeAndTimeOut() throws Exception {
        int n = 100; // 100 in select.select, 100 in a DefaultSelector, on 2 carriers
        SocketObject[][] p = new SocketObject[2 * n][];
        List<CompletableFuture<Object>> waits = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * n; i++) {
                p[i] = socket.socketpair();
                SocketObject s = p[i][0];
                if (i < n) {
                    waits.add(onVirtual(() -> select.select(List.of(s), List.of(), List.of(), 30.0).r().size()));
                } else {
                    waits.add(onVirtual(() -> {
                        try (selectors.BaseSelector sel = selectors.DefaultSelector()) {
                            sel.register(s, selectors.EVENT_READ, null);
                            return sel.select(30.0).size();
                        }
                    }));
                }
            }
            Thread.sleep(500);
            assertThat(onVirtual(() -> "ran").get(5, TimeUnit.SECONDS), is("ran"));
            for (CompletableFuture<Object> w : waits) {
                assertThat("nothing ready yet", w.isDone(), is(false));
            }
            for (SocketObject[] pair : p) {
                pair[1].send("r".getBytes());
            }
            for (CompletableFuture<Object> w : waits) {
                assertThat(w.get(10, TimeUnit.SECONDS), is(1));
            }
            // A timeout on a virtual thread, and an interrupt.
            long t0 = System.nanoTime();
            SocketObject quiet = p[0][1];
            assertThat(onVirtual(() -> select.select(List.of(quiet), List.of(), List.of(), 0.2).r().size())
                    .get(5, TimeUnit.SECONDS), is(0));
            assertThat((System.nanoTime() - t0) / 1_000_000, allOf(greaterThanOrEqualTo(190L), lessThan(3000L)));
            CompletableFuture<Object> f = new CompletableFuture<>();
            Thread t = virtual(() -> {
                try (selectors.BaseSelector sel = selectors.DefaultSelector()) {
                    sel.register(quiet, selectors.EVENT_READ, null);
                    f.complete(sel.select(null));
                } catch (Throwable e) {
                    f.complete(e);
                }
            });
            Thread.sleep(200);
            t.interrupt();
            assertThat(f.get(2, TimeUnit.SECONDS), instanceOf(InterruptedError.class));
        } finally {
            for (SocketObject[] pair : p) {
                if (pair != null) {
                    pair[0].close();
                    pair[1].close();
                }
            }
        }
    }

    @Test
    void aDupOfASocketVirtualThreadsUseKeepsItNonBlockingUnderneath() throws Exception {
        SocketObject[] p = socket.socketpair();
        try {
            CompletableFuture<Object> parked = onVirtual(() -> p[0].recv(10));
            Thread.sleep(200);
            SocketObject copy = p[0].dup(); // shares the file: must not make it blocking again
            assertThat(copy.gettimeout(), nullValue());
            // A platform thread in blocking mode on the copy waits (the fd is O_NONBLOCK underneath).
            CompletableFuture<byte[]> platform = CompletableFuture.supplyAsync(() -> {
                try {
                    return copy.recv(10);
                } catch (OSError e) {
                    return e.toString().getBytes();
                }
            });
            Thread.sleep(200);
            assertThat(parked.isDone() || platform.isDone(), is(false));
            p[1].sendall("one".getBytes());
            Thread.sleep(100);
            p[1].sendall("two".getBytes());
            String got = new String((byte[]) parked.get(5, TimeUnit.SECONDS)) + "+" + new String(platform.get(5, TimeUnit.SECONDS));
            assertThat(got, anyOf(is("one+two"), is("two+one")));
            // The virtual thread still parks (an unrelated one runs) after the copy's settimeout(None).
            copy.settimeout(null);
            CompletableFuture<Object> again = onVirtual(() -> p[0].recv(10));
            Thread.sleep(200);
            assertThat(onVirtual(() -> "ran").get(5, TimeUnit.SECONDS), is("ran"));
            p[0].close();
            assertThat(again.get(2, TimeUnit.SECONDS), instanceOf(OSError.class));
            copy.close();
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void connectParksAndReportsRefusalAsOnAPlatformThread() throws Exception {
        int port;
        try (SocketObject probe = socket.create_server("127.0.0.1", 0)) {
            port = probe.getsockname().port(); // closed again: nobody listens there now
        }
        Object refused = onVirtual(() -> {
            try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
                return s.connect_ex("127.0.0.1", port) + " " + (s.getblocking() ? "blocking" : "non-blocking");
            }
        }).get(5, TimeUnit.SECONDS);
        assertThat(refused, is(LibC.ECONNREFUSED + " blocking"));
        Object raised = onVirtual(() -> {
            try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
                s.connect("127.0.0.1", port);
                return "connected";
            }
        }).get(5, TimeUnit.SECONDS);
        assertThat(raised, instanceOf(ConnectionRefusedError.class));
    }
}
