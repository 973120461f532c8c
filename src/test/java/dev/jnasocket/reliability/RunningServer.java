package dev.jnasocket.reliability;

import dev.jnasocket.OSError;
import dev.jnasocket.echo.EchoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link EchoServer} on a free loopback port, serving in its own thread until closed. Closing
 * it shuts the server down and fails if {@code serve()} did not return or ended with an error,
 * so a test that used it also checks the server survived what the test did to it.
 */
public final class RunningServer implements AutoCloseable {
    /** The server, for its counters. */
    public final EchoServer server;
    /** Its port on 127.0.0.1. */
    public final int port;
    private final Thread serving;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    /**
     * Starts a server.
     *
     * @param config its configuration; the port is replaced by 0 (any free port)
     * @throws OSError if it cannot listen
     */
    public RunningServer(EchoServer.Config config) throws OSError {
        server = new EchoServer(config.withPort(0), new PrintStream(log, true));
        port = server.address().port();
        serving = new Thread(() -> {
            try {
                server.serve();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "echo-server " + config.mode());
        serving.setDaemon(true);
        serving.start();
    }

    /**
     * @param mode how clients are served
     * @return a server in that mode with the default limits
     * @throws OSError if it cannot listen
     */
    public static RunningServer start(EchoServer.Mode mode) throws OSError {
        return new RunningServer(EchoServer.Config.defaults().withMode(mode));
    }

    /** @return whether serve() is still running (it stops only on shutdown or an error) */
    public boolean alive() {
        return serving.isAlive() && failure.get() == null;
    }

    /** @return the connection log so far */
    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /**
     * Waits until no connection is being served (the server counts a connection as finished a
     * moment after the client saw its end).
     *
     * @param millis the most to wait
     * @return whether it happened in time
     * @throws InterruptedException if interrupted
     */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (server.activeConnections() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return server.activeConnections() == 0;
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdown();
        serving.join(5000);
        if (serving.isAlive()) {
            throw new AssertionError("serve() did not return after shutdown");
        }
        if (failure.get() != null) {
            throw new AssertionError("serve() failed", failure.get());
        }
    }
}
