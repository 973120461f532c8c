package dev.jnasocket.echo;

import dev.jnasocket.Accepted;
import dev.jnasocket.Address;
import dev.jnasocket.KeyboardInterrupt;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.socket;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The echo server, on the Python-style layer, in three modes:
 * <ul>
 *   <li>{@code single}: the Python docs' server: one client at a time, echo until EOF, see {@link SingleEcho};</li>
 *   <li>{@code threads}: a thread per client (a virtual thread where the JVM has them), at most
 *       {@code maxConnections} at once, see {@link ThreadsEcho};</li>
 *   <li>{@code selector}: one thread, non-blocking sockets and {@code selectors.DefaultSelector}
 *       (epoll on Linux), see {@link SelectorEcho}; or {@code workers} such loops, each on a
 *       platform thread of its own: on Linux each with its own listening socket bound with
 *       SO_REUSEPORT to the same address (the kernel spreads the connections), elsewhere one of
 *       them accepts and hands the connections to the others in turn.</li>
 * </ul>
 * The limits a server put on a real host needs are on by default: loopback only unless told
 * otherwise, a connection cap (clients over it are accepted and closed at once), an idle
 * timeout, and bounds on what one connection, and all of them together, may have buffered (a
 * client that sends but never reads is not read from until it drains). {@link #shutdown()}
 * stops it cleanly from any thread (the CLI calls it on Ctrl-C / SIGTERM): every serving thread is
 * woken through a socket pair (never by {@code shutdown} of the listener, which macOS refuses),
 * every open connection ends and logs its one line, and {@link #serve()} returns after them.
 * The limits hold for the whole server, however many workers share it.
 */
public final class EchoServer implements AutoCloseable {
    /** How clients are served. */
    public enum Mode {
        /** One client at a time (the seed's server). */
        SINGLE,
        /** A thread per client. */
        THREADS,
        /** One thread, non-blocking, selector-driven. */
        SELECTOR;

        /**
         * The mode named on the command line.
         *
         * @param s {@code single}, {@code threads} or {@code selector}
         * @return the mode
         */
        public static Mode parse(String s) {
            return Mode.valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * What the server is told.
     *
     * @param host             the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} or {@code ""} for every interface)
     * @param port             the port (0 for any free one)
     * @param mode             how clients are served
     * @param maxConnections   clients served at once; more are accepted and closed
     * @param idleTimeout      seconds a connection may stay silent before it is closed (0: never)
     * @param maxBuffered      bytes one connection may have waiting to be echoed before the server stops reading it
     * @param maxBufferedTotal bytes all connections together may have waiting (selector mode; the
     *                         other modes hold at most one 64 KiB buffer per connection)
     * @param workers          selector loops, each on its own thread (selector mode only; 1 in the others)
     */
    public record Config(String host, int port, Mode mode, int maxConnections, double idleTimeout, int maxBuffered,
            long maxBufferedTotal, int workers) {
        /** {@return the defaults of the CLI's option table: 127.0.0.1:50007, selector mode, 1024 connections, 300 s idle, 64 KiB buffered, 64 MiB in all, 1 worker} */
        public static Config defaults() {
            return new Config(Option.HOST.defaultValue(), Integer.parseInt(Option.PORT.defaultValue()),
                    Mode.parse(Option.MODE.defaultValue()), Integer.parseInt(Option.MAX_CONNECTIONS.defaultValue()),
                    Double.parseDouble(Option.IDLE_TIMEOUT.defaultValue()),
                    (int) CommandLine.parseBytes(Option.MAX_BUFFERED.defaultValue()),
                    CommandLine.parseBytes(Option.MAX_BUFFERED_TOTAL.defaultValue()),
                    Integer.parseInt(Option.WORKERS.defaultValue()));
        }

        /**
         * A copy with another number of selector loops.
         *
         * @param n the number of workers (more than 1 in selector mode only)
         * @return a copy with it
         */
        public Config withWorkers(int n) {
            return new Config(host, port, mode, maxConnections, idleTimeout, maxBuffered, maxBufferedTotal, n);
        }

        /**
         * A copy with another host.
         *
         * @param h the host
         * @return a copy with it
         */
        public Config withHost(String h) {
            return new Config(h, port, mode, maxConnections, idleTimeout, maxBuffered, maxBufferedTotal, workers);
        }

        /**
         * A copy with another port.
         *
         * @param p the port
         * @return a copy with it
         */
        public Config withPort(int p) {
            return new Config(host, p, mode, maxConnections, idleTimeout, maxBuffered, maxBufferedTotal, workers);
        }

        /**
         * A copy with another mode.
         *
         * @param m the mode
         * @return a copy with it
         */
        public Config withMode(Mode m) {
            return new Config(host, port, m, maxConnections, idleTimeout, maxBuffered, maxBufferedTotal, workers);
        }

        /**
         * A copy with another connection cap.
         *
         * @param n the cap
         * @return a copy with it
         */
        public Config withMaxConnections(int n) {
            return new Config(host, port, mode, n, idleTimeout, maxBuffered, maxBufferedTotal, workers);
        }

        /**
         * A copy with another idle timeout.
         *
         * @param seconds the idle timeout
         * @return a copy with it
         */
        public Config withIdleTimeout(double seconds) {
            return new Config(host, port, mode, maxConnections, seconds, maxBuffered, maxBufferedTotal, workers);
        }

        /**
         * A copy with another per-connection buffer bound.
         *
         * @param bytes the per-connection bound
         * @return a copy with it
         */
        public Config withMaxBuffered(int bytes) {
            return new Config(host, port, mode, maxConnections, idleTimeout, bytes, maxBufferedTotal, workers);
        }

        /**
         * A copy with another bound for all connections together.
         *
         * @param bytes the bound for all connections together
         * @return a copy with it
         */
        public Config withMaxBufferedTotal(long bytes) {
            return new Config(host, port, mode, maxConnections, idleTimeout, maxBuffered, bytes, workers);
        }
    }

    /** How long {@link #shutdown()} waits for {@link #serve()} to return (connections included). */
    private static final long STOP_MILLIS = 10_000;

    final Config config;
    final SocketObject listener;
    /** The other workers' listening sockets (SO_REUSEPORT, same address as {@link #listener}); empty with one. */
    private final List<SocketObject> moreListeners = new ArrayList<>();
    /** Whether the kernel spreads connections over the workers' own listeners (else one hands them off). */
    private final boolean spreadByKernel;
    private final PrintStream log;
    private volatile boolean stopping;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Wakes the serving thread (the first worker's, with several): the loop waits on its reader. */
    private final Waker waker;
    /** Every serving loop's waker, for a stop to wake them all. */
    private final List<Waker> wakers = new CopyOnWriteArrayList<>();
    /** The blocking modes' connections, for {@link #shutdown()} to end. */
    private final Set<SocketObject> open = ConcurrentHashMap.newKeySet();
    private volatile ThreadsEcho threads;
    /** The selector mode's loops, one per worker, once serving. */
    private volatile List<SelectorEcho> workers = List.of();
    /** Failed accepts in the current out-of-fds episode. */
    private final AtomicLong acceptFailures = new AtomicLong();

    final AtomicInteger active = new AtomicInteger();
    /** Connections served to their end. */
    public final AtomicLong served = new AtomicLong();
    /** Connections closed at once because the cap was reached. */
    public final AtomicLong refused = new AtomicLong();
    /** Bytes received from clients. */
    public final AtomicLong bytesIn = new AtomicLong();
    /** Bytes echoed back. */
    public final AtomicLong bytesOut = new AtomicLong();

    /**
     * Binds and listens ({@code socket.create_server}; with several workers on Linux, one listening
     * socket per worker, each with SO_REUSEPORT); serving starts with {@link #serve()}.
     *
     * @param config what to listen on and how to serve
     * @param log    where the one-line connection log goes (null for none)
     * @throws OSError if the address cannot be bound
     */
    public EchoServer(Config config, PrintStream log) throws OSError {
        this(config, log, Os.HOST == Os.LINUX);
    }

    /**
     * @param spreadByKernel with several workers: a SO_REUSEPORT listener each (Linux's kernel
     *                       spreads connections over them; false, as on macOS: one worker accepts
     *                       and hands connections to the others, which tests use on Linux too)
     */
    EchoServer(Config config, PrintStream log, boolean spreadByKernel) throws OSError {
        if (config.maxConnections() < 1 || config.maxBuffered() < 1 || config.maxBufferedTotal() < 1
                || config.idleTimeout() < 0 || config.workers() < 1) {
            throw new IllegalArgumentException("maxConnections, maxBuffered, maxBufferedTotal and workers must be"
                    + " positive, idleTimeout not negative");
        }
        if (config.workers() > 1 && config.mode() != Mode.SELECTOR) {
            throw new IllegalArgumentException("workers: more than 1 in selector mode only");
        }
        this.config = config;
        this.log = log;
        this.spreadByKernel = spreadByKernel && config.workers() > 1;
        int backlog = Math.min(LibC.SOMAXCONN, 4096);
        this.listener = socket.create_server(Address.of(config.host(), config.port()), familyOf(config.host()),
                backlog, this.spreadByKernel, false);
        try {
            if (this.spreadByKernel) {
                Address bound = Address.of(config.host(), listener.getsockname().port()); // port 0: the one it got
                for (int i = 1; i < config.workers(); i++) {
                    moreListeners.add(socket.create_server(bound, familyOf(config.host()), backlog, true, false));
                }
            }
            waker = new Waker();
            wakers.add(waker);
        } catch (OSError | RuntimeException e) {
            closeListeners();
            throw e;
        }
    }

    private void closeListeners() throws OSError {
        listener.close();
        for (SocketObject l : moreListeners) {
            l.close();
        }
    }

    private static int familyOf(String host) {
        return host.contains(":") ? LibC.AF_INET6 : LibC.AF_INET;
    }

    /**
     * {@return the address it listens on, with the real port}
     * @throws OSError if the listening socket is closed
     */
    public Address address() throws OSError {
        return listener.getsockname();
    }

    /** {@return how many clients are being served now} */
    public int activeConnections() {
        return active.get();
    }

    /**
     * {@return how it serves, e.g. {@code selector mode}, {@code selector mode, 2 workers, SO_REUSEPORT}
     * or {@code threads mode, virtual threads}: for the CLI's first line}
     */
    public String describe() {
        String mode = config.mode().name().toLowerCase(Locale.ROOT) + " mode";
        if (config.workers() > 1) {
            return mode + ", " + config.workers() + " workers, " + (spreadByKernel ? "SO_REUSEPORT" : "one acceptor");
        }
        return config.mode() == Mode.THREADS ? mode + ", " + HandlerThreads.kind() + " threads" : mode;
    }

    /** @return how many connections each selector worker has served so far, in worker order (empty before serving) */
    List<Long> connectionsPerWorker() {
        return workers.stream().map(w -> w.connections.get()).toList();
    }

    /**
     * Serves until {@link #shutdown()}, in the calling thread ({@code threads} mode starts a thread
     * per client and waits for them before it returns). In the main thread, Ctrl-C stops it the
     * same way, then raises {@link KeyboardInterrupt} from here, as Python's {@code serve_forever()} does.
     *
     * @throws OSError if the listening socket fails for a reason other than shutdown
     */
    public void serve() throws OSError {
        try {
            switch (config.mode()) {
                case SELECTOR -> serveSelectors();
                case SINGLE -> new SingleEcho(this).run();
                case THREADS -> {
                    threads = new ThreadsEcho(this);
                    threads.run();
                }
            }
        } finally {
            closeListeners();
            closeWaker();
            stopped.countDown();
        }
    }

    /**
     * The selector mode: the first loop in the calling thread (so Ctrl-C reaches it as in the other
     * modes), the other workers' each on a platform thread of its own. A loop that fails stops the
     * server; serve() returns once every loop has ended its connections, and throws the first failure.
     */
    private void serveSelectors() throws OSError {
        int n = config.workers();
        ChunkBudget budget = new ChunkBudget(config.maxBuffered(), config.maxBufferedTotal(), SelectorEcho.READ_BUFFER, n);
        List<SelectorEcho> loops = new ArrayList<>();
        List<Handoff<Accepted>> inboxes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < n; i++) {
                Waker w = i == 0 ? waker : new Waker();
                if (i > 0) {
                    wakers.add(w);
                }
                Handoff<Accepted> inbox = i > 0 && !spreadByKernel ? new Handoff<>(w) : null;
                SocketObject l = i == 0 ? listener : spreadByKernel ? moreListeners.get(i - 1) : null;
                loops.add(new SelectorEcho(this, l, w, inbox, budget));
                inboxes.add(inbox);
            }
            if (n > 1 && !spreadByKernel) {
                loops.get(0).handOffTo(inboxes);
            }
            workers = List.copyOf(loops);
            for (int i = 1; i < n; i++) {
                SelectorEcho loop = loops.get(i);
                Thread t = new Thread(() -> {
                    try {
                        loop.run();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        stopping = true;
                        wakeUp();
                    }
                }, "echo worker " + i);
                t.setDaemon(true); // never keeps the JVM alive
                threads.add(t);
                t.start();
            }
            loops.get(0).run();
        } finally {
            stopping = true;
            wakeUp();
            long end = System.nanoTime() + STOP_MILLIS * 1_000_000;
            for (Thread t : threads) {
                try {
                    t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            for (Waker w : wakers) {
                if (w != waker) {
                    w.close();
                }
            }
        }
        Throwable f = failure.get();
        if (f instanceof OSError e) {
            throw e;
        } else if (f instanceof RuntimeException e) {
            throw e;
        } else if (f instanceof Error e) {
            throw e;
        }
    }

    /**
     * A selector loop gave chunks back: the other loops with connections waiting for memory are
     * woken to try again (a loop's own waiting connections it retries itself).
     */
    void memoryFreed(SelectorEcho from) {
        List<SelectorEcho> all = workers;
        if (all.size() > 1) {
            for (SelectorEcho w : all) {
                if (w != from && w.waitingForMemory) {
                    w.waker.wake();
                }
            }
        }
    }

    boolean stopping() {
        return stopping;
    }

    /** @return the end of the wake-up pair the serving loop waits on (with the listener) */
    SocketObject wakeUpReader() {
        return waker.reader();
    }

    /** Takes the wake-up bytes, so the next wait blocks again. */
    void drainWakeUp() {
        waker.drain();
    }

    /** Wakes every serving loop. */
    private void wakeUp() {
        for (Waker w : wakers) {
            w.wake();
        }
    }

    private void closeWaker() throws OSError {
        waker.close();
    }

    /** @return the threads mode's live handler threads (empty in the other modes) */
    List<Thread> handlerThreads() {
        ThreadsEcho t = threads;
        return t == null ? List.of() : t.handlers();
    }

    /**
     * Stops serving: wakes the serving thread through the wake-up pair, ends every open
     * connection (each logs its line), and waits up to 10 s for {@link #serve()} to return.
     * Safe from any thread, e.g. a shutdown hook, and more than once.
     */
    public void shutdown() {
        stopping = true;
        wakeUp();
        endOpenConnections();
        try {
            stopped.await(STOP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ctrl-C raised {@link KeyboardInterrupt} in the serving (main) thread: the serving loop stops
     * as {@link #shutdown()} would have it (every connection ends and logs its line) before the
     * interrupt goes on up, as it does out of Python's {@code serve_forever()}.
     */
    void interrupted() {
        stopping = true;
        wakeUp(); // the other workers' loops, if any
        endOpenConnections();
    }

    /**
     * Ends the blocking modes' connections: {@code shutdown(SHUT_RDWR)} wakes a thread blocked in
     * {@code recv} or {@code sendall} on it, which then closes the socket it owns and logs.
     */
    void endOpenConnections() {
        for (SocketObject s : open) {
            try {
                s.shutdown(socket.SHUT_RDWR);
            } catch (OSError gone) {
                // already closed by its thread, or the peer is gone
            }
        }
    }

    @Override
    public void close() {
        shutdown();
        try {
            closeListeners();
            closeWaker();
        } catch (OSError ignored) {
            // already closed by serve()
        }
    }

    /**
     * A blocking-mode connection starts: tracked so that {@link #shutdown()} can end it.
     *
     * @return false if the server is already stopping (the connection is to end at once)
     */
    boolean opened(SocketObject conn) {
        open.add(conn);
        return !stopping;
    }

    void closed(SocketObject conn) {
        open.remove(conn);
    }

    static boolean outOfFds(OSError e) {
        Integer n = e.errno();
        return n != null && (n == LibC.EMFILE || n == LibC.ENFILE || n == LibC.ENOBUFS || n == LibC.ENOMEM);
    }

    /**
     * An accept failed. Out of fds: the caller pauses accepting for {@link #ACCEPT_PAUSE_SECONDS}
     * and tries again; the episode is logged once, when it starts. Anything else is thrown.
     *
     * @param e what accept raised
     * @throws OSError {@code e}, unless it says the process is out of fds
     */
    void acceptFailed(OSError e) throws OSError {
        if (!outOfFds(e)) {
            throw e;
        }
        if (acceptFailures.getAndIncrement() == 0) {
            log("accept failed: " + e.getMessage() + "; pausing accepts (" + (int) (ACCEPT_PAUSE_SECONDS * 1000)
                    + " ms at a time) until fds are free");
        }
    }

    /** An accept succeeded: ends an out-of-fds episode, with one line. */
    void acceptSucceeded() {
        if (acceptFailures.get() > 0) {
            long failed = acceptFailures.getAndSet(0);
            if (failed > 0) {
                log("accepting again after " + failed + " failed accepts");
            }
        }
    }

    /** How long accepting pauses when the process is out of fds. */
    static final double ACCEPT_PAUSE_SECONDS = 0.1;

    /** Counts a new client in, or closes it at once when the cap is reached. */
    boolean admit(SocketObject conn, Address addr) throws OSError {
        if (active.incrementAndGet() > config.maxConnections()) {
            active.decrementAndGet();
            refused.incrementAndGet();
            log("refused " + addr + ": " + config.maxConnections() + " connections already");
            conn.close();
            return false;
        }
        return true;
    }

    /** Bookkeeping and the one log line of a connection that ended. */
    void finished(Address addr, long in, long out, long startNanos, String why) {
        active.decrementAndGet();
        served.incrementAndGet();
        log(String.format(Locale.ROOT, "closed %s: in %d B, out %d B, %.3f s (%s)", addr, in, out,
                (System.nanoTime() - startNanos) / 1e9, why));
    }

    void log(String line) {
        if (log != null) {
            log.println(line);
        }
    }
}
