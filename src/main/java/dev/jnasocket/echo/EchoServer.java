package dev.jnasocket.echo;

import dev.jnasocket.Accepted;
import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The echo server, on the Python-style layer, in three modes:
 * <ul>
 *   <li>{@code single}: the Python docs' server: one client at a time, echo until EOF;</li>
 *   <li>{@code threads}: a thread per client, at most {@code maxConnections} at once;</li>
 *   <li>{@code selector}: one thread, non-blocking sockets and {@code selectors.DefaultSelector}
 *       (epoll on Linux), see {@link SelectorEcho}.</li>
 * </ul>
 * The limits a server put on a real host needs are on by default: loopback only unless told
 * otherwise, a connection cap (clients over it are accepted and closed at once), an idle
 * timeout, and a bound on what one connection may have buffered (a client that sends but never
 * reads is not read from until it drains). {@link #shutdown()} stops it cleanly from any thread
 * (the CLI calls it on Ctrl-C / SIGTERM). Each connection logs one line when it closes.
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
     * @param host           the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} or {@code ""} for every interface)
     * @param port           the port (0 for any free one)
     * @param mode           how clients are served
     * @param maxConnections clients served at once; more are accepted and closed
     * @param idleTimeout    seconds a connection may stay silent before it is closed (0: never)
     * @param maxBuffered    bytes one connection may have waiting to be echoed before the server stops reading it
     */
    public record Config(String host, int port, Mode mode, int maxConnections, double idleTimeout, int maxBuffered) {
        /** {@return the defaults: 127.0.0.1:50007, selector mode, 1024 connections, 300 s idle, 64 KiB buffered} */
        public static Config defaults() {
            return new Config("127.0.0.1", 50007, Mode.SELECTOR, 1024, 300, 64 * 1024);
        }

        /**
         * A copy with another host.
         *
         * @param h the host
         * @return a copy with it
         */
        public Config withHost(String h) {
            return new Config(h, port, mode, maxConnections, idleTimeout, maxBuffered);
        }

        /**
         * A copy with another port.
         *
         * @param p the port
         * @return a copy with it
         */
        public Config withPort(int p) {
            return new Config(host, p, mode, maxConnections, idleTimeout, maxBuffered);
        }

        /**
         * A copy with another mode.
         *
         * @param m the mode
         * @return a copy with it
         */
        public Config withMode(Mode m) {
            return new Config(host, port, m, maxConnections, idleTimeout, maxBuffered);
        }

        /**
         * A copy with another connection cap.
         *
         * @param n the cap
         * @return a copy with it
         */
        public Config withMaxConnections(int n) {
            return new Config(host, port, mode, n, idleTimeout, maxBuffered);
        }

        /**
         * A copy with another idle timeout.
         *
         * @param seconds the idle timeout
         * @return a copy with it
         */
        public Config withIdleTimeout(double seconds) {
            return new Config(host, port, mode, maxConnections, seconds, maxBuffered);
        }

        /**
         * A copy with another per-connection buffer bound.
         *
         * @param bytes the per-connection bound
         * @return a copy with it
         */
        public Config withMaxBuffered(int bytes) {
            return new Config(host, port, mode, maxConnections, idleTimeout, bytes);
        }
    }

    final Config config;
    final SocketObject listener;
    private final PrintStream log;
    private volatile boolean stopping;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Runnable wakeUp = () -> { };
    private final Set<SocketObject> open = ConcurrentHashMap.newKeySet();

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
     * Binds and listens ({@code socket.create_server}); serving starts with {@link #serve()}.
     *
     * @param config what to listen on and how to serve
     * @param log    where the one-line connection log goes (null for none)
     * @throws OSError if the address cannot be bound
     */
    public EchoServer(Config config, PrintStream log) throws OSError {
        if (config.maxConnections() < 1 || config.maxBuffered() < 1 || config.idleTimeout() < 0) {
            throw new IllegalArgumentException("maxConnections and maxBuffered must be positive, idleTimeout not negative");
        }
        this.config = config;
        this.log = log;
        this.listener = socket.create_server(Address.of(config.host(), config.port()), familyOf(config.host()),
                Math.min(LibC.SOMAXCONN, 4096), false, false);
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
     * Serves until {@link #shutdown()}: in the calling thread for {@code single} and
     * {@code selector}, with a thread per client for {@code threads}.
     *
     * @throws OSError if the listening socket fails for a reason other than shutdown
     */
    public void serve() throws OSError {
        try {
            switch (config.mode()) {
                case SELECTOR -> new SelectorEcho(this).run();
                case SINGLE, THREADS -> acceptLoop(config.mode() == Mode.THREADS);
            }
        } finally {
            for (SocketObject s : open) {
                s.close();
            }
            listener.close();
            stopped.countDown();
        }
    }

    /** Called by the selector loop: how {@link #shutdown()} wakes it. */
    void onShutdown(Runnable wake) {
        this.wakeUp = wake;
        if (stopping) {
            wake.run();
        }
    }

    boolean stopping() {
        return stopping;
    }

    /**
     * Stops serving: closes the listening socket (which wakes a blocked accept), wakes the
     * selector, and closes every open connection. Safe from any thread, e.g. a shutdown hook;
     * waits up to 5 s for {@link #serve()} to return.
     */
    public void shutdown() {
        stopping = true;
        wakeUp.run();
        try {
            if (config.mode() != Mode.SELECTOR) {
                listener.close();
                for (SocketObject s : open) {
                    s.close();
                }
            }
            stopped.await(5, TimeUnit.SECONDS);
        } catch (OSError | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown();
        try {
            listener.close();
        } catch (OSError ignored) {
            // already closed by serve()
        }
    }

    private void acceptLoop(boolean threads) throws OSError {
        while (!stopping) {
            Accepted a;
            try {
                a = listener.accept();
            } catch (OSError e) {
                if (stopping) {
                    return;
                }
                if (outOfFds(e)) {
                    pauseAccepting(e);
                    continue;
                }
                if (e instanceof dev.jnasocket.ConnectionAbortedError) {
                    continue;
                }
                throw e;
            }
            if (!admit(a.conn(), a.addr())) {
                continue;
            }
            if (threads) {
                Thread t = new Thread(() -> echoBlocking(a.conn(), a.addr()), "echo " + a.addr());
                t.setDaemon(true);
                t.start();
            } else {
                echoBlocking(a.conn(), a.addr());
            }
        }
    }

    static boolean outOfFds(OSError e) {
        Integer n = e.errno();
        return n != null && (n == LibC.EMFILE || n == LibC.ENFILE || n == LibC.ENOBUFS || n == LibC.ENOMEM);
    }

    /** Out of fds: say so once per episode and give the process a moment to free some. */
    void pauseAccepting(OSError e) {
        log("accept failed: " + e.getMessage() + "; pausing 100 ms");
        try {
            Thread.sleep(100);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

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

    /** The seed's loop: recv, sendall, until EOF; idle timeout through the socket's timeout. */
    private void echoBlocking(SocketObject conn, Address addr) {
        open.add(conn);
        long in = 0;
        long out = 0;
        String why = "eof";
        long t0 = System.nanoTime();
        try (conn) {
            if (config.idleTimeout() > 0) {
                conn.settimeout(config.idleTimeout());
            }
            byte[] buf = new byte[Math.min(65536, config.maxBuffered())];
            for (;;) {
                int n = conn.recv_into(buf);
                if (n == 0) {
                    break;
                }
                in += n;
                bytesIn.addAndGet(n);
                conn.sendall(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n));
                out += n;
                bytesOut.addAndGet(n);
            }
        } catch (dev.jnasocket.TimeoutError e) {
            why = "idle";
        } catch (OSError e) {
            why = stopping ? "shutdown" : e.getMessage();
        } finally {
            open.remove(conn);
            finished(addr, in, out, t0, why);
        }
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
