package dev.jnasocket.echo;

import dev.jnasocket.Accepted;
import dev.jnasocket.Address;
import dev.jnasocket.BlockingIOError;
import dev.jnasocket.ConnectionAbortedError;
import dev.jnasocket.KeyboardInterrupt;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.TimeoutError;
import dev.jnasocket.select;
import java.util.Arrays;
import java.util.List;

/**
 * What the {@code single} and {@code threads} modes share: the accept loop and the Python docs'
 * per-connection loop ({@code recv}, {@code sendall}, until EOF) on a blocking socket. The accept
 * loop waits in {@code select} on the listener and the server's wake-up pair, so a stop wakes it
 * on every OS without touching the listener; it then accepts without blocking.
 */
abstract class BlockingEcho {
    final EchoServer server;

    BlockingEcho(EchoServer server) {
        this.server = server;
    }

    /** Serves one accepted (and admitted) client: at once ({@code single}) or in its own thread. */
    abstract void handle(SocketObject conn, Address addr);

    /** Called once the accept loop has ended because the server is stopping. */
    void stopped() {}

    /**
     * Accepts until the server stops.
     *
     * @throws OSError if accept fails for a reason other than the stop or running out of fds
     */
    final void run() throws OSError {
        SocketObject listener = server.listener;
        listener.setblocking(false);
        List<SocketObject> waitFor = List.of(listener, server.wakeUpReader());
        try {
            while (!server.stopping()) {
                select.select(waitFor, List.of(), List.of(), null);
                server.drainWakeUp();
                while (!server.stopping()) {
                    Accepted a;
                    try {
                        a = listener.accept();
                    } catch (BlockingIOError none) {
                        break;
                    } catch (ConnectionAbortedError gone) {
                        continue;
                    } catch (OSError e) {
                        server.acceptFailed(e); // out of fds: pause (a stop still wakes it), then try again
                        select.select(List.of(server.wakeUpReader()), List.of(), List.of(), EchoServer.ACCEPT_PAUSE_SECONDS);
                        continue;
                    }
                    server.acceptSucceeded();
                    if (server.admit(a.conn(), a.addr())) {
                        a.conn().setblocking(true);
                        handle(a.conn(), a.addr());
                    }
                }
            }
        } catch (KeyboardInterrupt e) {
            server.interrupted(); // Ctrl-C in the main thread: stop, then let it go on up
            throw e;
        } finally {
            stopped();
        }
    }

    /** The seed's loop: recv, sendall, until EOF; idle timeout through the socket's timeout. */
    final void echo(SocketObject conn, Address addr) {
        long in = 0;
        long out = 0;
        String why = "eof";
        long t0 = System.nanoTime();
        try (conn) {
            if (!server.opened(conn)) {
                why = "shutdown";
                return;
            }
            if (server.config.idleTimeout() > 0) {
                conn.settimeout(server.config.idleTimeout());
            }
            ReceiveBuffer rb = new ReceiveBuffer(Math.min(65536, server.config.maxBuffered()));
            for (;;) {
                byte[] buf = rb.array();
                int n = conn.recv_into(buf);
                if (n == 0) {
                    if (server.stopping()) {
                        why = "shutdown";
                    }
                    break;
                }
                in += n;
                server.bytesIn.addAndGet(n);
                conn.sendall(n == buf.length ? buf : Arrays.copyOf(buf, n));
                out += n;
                server.bytesOut.addAndGet(n);
                rb.filled(n);
            }
        } catch (TimeoutError e) {
            why = "idle";
        } catch (OSError e) {
            why = server.stopping() ? "shutdown" : e.getMessage();
        } catch (KeyboardInterrupt e) {
            why = "shutdown"; // Ctrl-C while the main thread serves this client (single mode)
            server.interrupted();
            throw e;
        } catch (OutOfMemoryError e) {
            why = "out of memory"; // costs this connection (its buffer is let go), not the server
        } finally {
            server.closed(conn);
            server.finished(addr, in, out, t0, why);
        }
    }
}
