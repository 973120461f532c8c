package dev.jnasocket.echo;

import static dev.jnasocket.builtins.repr;
import static dev.jnasocket.libc.LibC.close;

import dev.jnasocket.OSError;
import dev.jnasocket.libc.Trace;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code demo}, a first lesson in two forms.
 *
 * <p>{@code demo}: the multi-client echo server (selector mode) on a free loopback port. The
 * trace is on from the start, so the server's own socket, bind and listen are shown; then one
 * client, with blocking calls, talks to it with every libc call of both sides traced strace-style
 * on standard error; then three clients talk to it at once. The conversation goes to standard
 * output, each client's lines (the server's {@code closed ...} included) under its own heading.
 *
 * <p>{@code demo --raw}: the C-shaped pair ({@link RawEchoServer}, {@link RawEchoClient}), traced
 * by default: a thread named {@code server} makes its socket, bind and listen, then waits in
 * accept; only then does a thread named {@code client} start, so the trace reads as the classic
 * call sequence: the server's {@code accept(3,  <unfinished ...>}, the client's socket and
 * connect, {@code <... accept resumed>}, then the conversation, each call where it happens.
 */
final class Demo {
    private Demo() {}

    private static final int CLIENTS = 3;
    /** How long the demo waits for a step that takes milliseconds, before it gives up. */
    private static final long STEP_SECONDS = 10;

    /** Switches the trace on for a demo, into {@code err} unless {@code -Djnasocket.trace.file} names a file. */
    private static void traceTo(PrintStream err) {
        if (!Trace.toFile()) {
            Trace.output(err);
        }
        Trace.resetThreads();
        Trace.enable(true);
    }

    /**
     * Runs the Python-style demo.
     *
     * @param out      where the conversation goes
     * @param err      where the trace goes
     * @param traceAll trace the concurrent part too, not only the first client
     * @return 0 when every client got its messages back, else 1
     * @throws OSError if the server cannot start
     */
    static int run(PrintStream out, PrintStream err, boolean traceAll) throws OSError {
        boolean wasTracing = Trace.enabled();
        traceTo(err);
        ClosedLines log = new ClosedLines(out);
        EchoServer server;
        try {
            server = new EchoServer(EchoServer.Config.defaults().withPort(0), log);
        } catch (OSError e) {
            Trace.enable(wasTracing);
            throw e;
        }
        Thread serving = new Thread(() -> {
            try {
                server.serve();
            } catch (OSError e) {
                out.println("server failed: " + e.getMessage());
            }
        }, "echo-server");
        serving.start();
        int port = server.address().port();
        out.println("echo server (selector mode) listening on " + server.address());
        boolean ok;
        try {
            out.println("-- one client, its calls and the server's traced on standard error --");
            boolean[] first = new boolean[1];
            // Blocking calls, as the seed's client makes them: each recv waits in the kernel.
            Thread one = new Thread(() -> first[0] = client(out, port, 1, null), "client-1");
            one.start();
            one.join(TimeUnit.SECONDS.toMillis(30));
            ok = first[0] && log.await(1);
            Trace.enable(traceAll);
            out.println("-- " + CLIENTS + " clients at once --");
            List<Thread> clients = new ArrayList<>();
            boolean[] each = new boolean[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                int n = i;
                Thread t = new Thread(() -> each[n] = client(out, port, n + 2, 10.0), "client-" + (n + 2));
                clients.add(t);
                t.start();
            }
            for (Thread t : clients) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
            for (boolean b : each) {
                ok &= b;
            }
            ok &= log.await(1 + CLIENTS); // every closed line before the summary
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        } finally {
            Trace.enable(wasTracing);
            server.shutdown();
            try {
                serving.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.println("served " + server.served.get() + " clients, " + server.bytesOut.get() + " bytes echoed");
        return ok ? 0 : 1;
    }

    private static boolean client(PrintStream out, int port, int id, Double timeout) {
        String[] messages = {"Hello, world", "client " + id + " says goodbye"};
        try (EchoClient c = new EchoClient("127.0.0.1", port, timeout)) {
            boolean ok = true;
            for (String m : messages) {
                byte[] sent = m.getBytes(StandardCharsets.UTF_8);
                byte[] back = c.echo(sent);
                synchronized (out) {
                    out.println("client " + id + " sent " + repr(sent) + ", received " + repr(back));
                }
                ok &= Arrays.equals(sent, back);
            }
            return ok;
        } catch (OSError e) {
            out.println("client " + id + " failed: " + e.getMessage());
            return false;
        }
    }

    /**
     * The server's log, passed on to the conversation, counting its {@code closed ...} lines so
     * that a heading is printed only after the line of the client before it.
     */
    private static final class ClosedLines extends PrintStream {
        private final PrintStream out;
        private final AtomicLong closed = new AtomicLong();

        ClosedLines(PrintStream out) {
            super(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            this.out = out;
        }

        @Override
        public void println(String line) {
            out.println(line);
            if (line.startsWith("closed ")) {
                synchronized (this) {
                    closed.incrementAndGet();
                    notifyAll();
                }
            }
        }

        /** Waits (a bounded time) until {@code n} connections have logged their end. */
        synchronized boolean await(long n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
            while (closed.get() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }

    /**
     * Runs {@code demo --raw}: the C-shaped server in a thread named {@code server}, the C-shaped
     * client in a thread named {@code client}, every call traced.
     *
     * @param out where the conversation goes
     * @param err where the trace goes
     * @return 0 when the echoes came back, else 1
     */
    static int runRaw(PrintStream out, PrintStream err) {
        boolean wasTracing = Trace.enabled();
        traceTo(err);
        try {
            return raw(out, err);
        } finally {
            Trace.enable(wasTracing);
        }
    }

    private static int raw(PrintStream out, PrintStream err) {
        out.println("-- the C-shaped echo server and client, every libc call traced on standard error --");
        CompletableFuture<int[]> listening = new CompletableFuture<>();
        AtomicLong served = new AtomicLong(-1);
        Thread server = new Thread(() -> {
            int[] l = Main.startListening(Main.DEFAULT_HOST, 0, 1, out); // socket, setsockopt, bind, listen
            listening.complete(l);
            if (l != null) {
                served.set(RawEchoServer.serveOne(l[0], out)); // accept, recv and send until EOF, close
            }
        }, "server");
        server.setDaemon(true); // never keeps the JVM alive, even if accept could not be woken
        server.start();
        int[] l;
        try {
            l = listening.get(STEP_SECONDS, TimeUnit.SECONDS);
            if (l == null) {
                return Main.FAILED;
            }
            awaitBlocked(server); // the client starts once the server waits in accept, as in the classic picture
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.FAILED;
        } catch (ExecutionException | TimeoutException e) {
            err.println("jna-socket demo: the server did not start: " + e);
            return Main.FAILED;
        }
        int listenfd = l[0];
        int port = l[1];
        List<byte[]> messages = Main.DEMO_MESSAGES.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        List<List<byte[]>> replies = new ArrayList<>(List.of(List.of()));
        CountDownLatch done = new CountDownLatch(1);
        Thread client = new Thread(() -> {
            replies.set(0, RawEchoClient.echo(Main.DEFAULT_HOST, port, messages, out));
            done.countDown();
        }, "client");
        client.start();
        try {
            done.await(30, TimeUnit.SECONDS);
            if (replies.get(0) == null) {
                // The server may still wait in accept: a connection of our own wakes it on every OS
                // (shutdown of a listener does not on macOS), and it ends at once with our close.
                int wake = RawEchoClient.connectTo(Main.DEFAULT_HOST, port, new PrintStream(OutputStream.nullOutputStream()));
                if (wake >= 0) {
                    close(wake);
                }
            }
            server.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close(listenfd);
        if (replies.get(0) == null || served.get() < 0) {
            return Main.FAILED;
        }
        return Main.checkEchoes(messages, replies.get(0), err);
    }

    /** Waits (a bounded time) until {@code t} is inside a traced call that blocks. */
    private static void awaitBlocked(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
        while (!Trace.inCall(t) && t.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }
}
