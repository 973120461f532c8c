package dev.jnasocket.echo;

import dev.jnasocket.Address;
import dev.jnasocket.SocketObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code threads} mode of {@link EchoServer}: a thread per client, a virtual thread where the
 * JVM has them (see {@link HandlerThreads}), with no cap but {@code maxConnections}. When the
 * server stops, the accept loop waits (at most 5 s) for every handler to log its line.
 */
final class ThreadsEcho extends BlockingEcho {
    private static final long JOIN_MILLIS = 5_000;

    private final Set<Thread> handlers = ConcurrentHashMap.newKeySet();

    ThreadsEcho(EchoServer server) {
        super(server);
    }

    @Override
    void handle(SocketObject conn, Address addr) {
        Thread t = HandlerThreads.unstarted("echo " + addr, () -> {
            try {
                echo(conn, addr);
            } finally {
                handlers.remove(Thread.currentThread());
            }
        });
        handlers.add(t);
        t.start();
    }

    /** @return the handler threads running now */
    List<Thread> handlers() {
        return new ArrayList<>(handlers);
    }

    @Override
    void stopped() {
        long end = System.nanoTime() + JOIN_MILLIS * 1_000_000;
        for (Thread t : handlers()) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
