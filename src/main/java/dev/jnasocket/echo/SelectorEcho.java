package dev.jnasocket.echo;

import dev.jnasocket.Accepted;
import dev.jnasocket.Address;
import dev.jnasocket.BlockingIOError;
import dev.jnasocket.ConnectionAbortedError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.selectors;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code selector} mode of {@link EchoServer}: one thread, every socket non-blocking, one
 * {@code selectors.DefaultSelector} (epoll on Linux), as in the Python docs' selectors example
 * but with the limits a real server needs.
 *
 * <p>Memory per connection is bounded: bytes are read into one shared direct buffer and sent
 * back at once; only what the client has not yet taken is kept, in a per-connection buffer of
 * at most {@code maxBuffered} bytes. While that is full the connection is not read (its
 * interest is EVENT_WRITE only), so a client that sends but never reads costs the server that
 * bound and no more: the kernel's buffers and TCP flow control hold the rest back.
 * An idle connection holds no buffer at all.
 */
final class SelectorEcho {
    private static final int READ = selectors.EVENT_READ;
    private static final int WRITE = selectors.EVENT_WRITE;
    private static final Object LISTENER = new Object();
    private static final Object WAKER = new Object();

    private final EchoServer server;
    private final ByteBuffer shared = ByteBuffer.allocateDirect(64 * 1024);
    private final Set<Conn> conns = new HashSet<>();
    private long acceptPausedUntil;

    SelectorEcho(EchoServer server) {
        this.server = server;
    }

    /** One client's state. */
    private final class Conn {
        final SocketObject sock;
        final Address addr;
        final long started = System.nanoTime();
        long lastActive = started;
        long in;
        long out;
        ByteBuffer pending; // bytes read but not yet echoed, in read mode; null while none
        boolean eof;
        int interest = READ;

        Conn(SocketObject sock, Address addr) {
            this.sock = sock;
            this.addr = addr;
        }

        int pendingBytes() {
            return pending == null ? 0 : pending.remaining();
        }
    }

    void run() throws OSError {
        try (selectors.BaseSelector sel = selectors.DefaultSelector()) {
            server.listener.setblocking(false);
            sel.register(server.listener, READ, LISTENER);
            sel.register(server.wakeUpReader(), READ, WAKER);
            double idle = server.config.idleTimeout();
            long lastSweep = System.nanoTime();
            while (!server.stopping()) {
                resumeAcceptingIfDue(sel);
                double wait = Math.min(idle > 0 ? Math.min(1.0, idle) : 1.0,
                        acceptPausedUntil != 0 ? EchoServer.ACCEPT_PAUSE_SECONDS : 1.0);
                for (selectors.Ready r : sel.select(wait)) {
                    Object d = r.key().data;
                    if (d == LISTENER) {
                        acceptAll(sel);
                    } else if (d == WAKER) {
                        server.drainWakeUp();
                    } else {
                        Conn c = (Conn) d;
                        if ((r.mask() & WRITE) != 0) {
                            flush(sel, c);
                        }
                        if ((r.mask() & READ) != 0 && conns.contains(c)) {
                            read(sel, c);
                        }
                    }
                }
                long now = System.nanoTime();
                if (idle > 0 && now - lastSweep > 200_000_000L) {
                    lastSweep = now;
                    closeIdle(sel, now, (long) (idle * 1e9));
                }
            }
            for (Conn c : new ArrayList<>(conns)) {
                close(sel, c, "shutdown");
            }
        }
    }

    private void acceptAll(selectors.BaseSelector sel) throws OSError {
        for (int i = 0; i < 64; i++) { // take a batch, then let the clients' events run
            Accepted a;
            try {
                a = server.listener.accept();
            } catch (BlockingIOError none) {
                return;
            } catch (ConnectionAbortedError gone) {
                continue;
            } catch (OSError e) {
                server.acceptFailed(e);
                sel.unregister(server.listener);
                acceptPausedUntil = System.nanoTime() + (long) (EchoServer.ACCEPT_PAUSE_SECONDS * 1e9);
                return;
            }
            server.acceptSucceeded();
            if (!server.admit(a.conn(), a.addr())) {
                continue;
            }
            a.conn().setblocking(false);
            Conn c = new Conn(a.conn(), a.addr());
            conns.add(c);
            sel.register(c.sock, READ, c);
        }
    }

    private void resumeAcceptingIfDue(selectors.BaseSelector sel) throws OSError {
        if (acceptPausedUntil != 0 && System.nanoTime() - acceptPausedUntil >= 0) {
            acceptPausedUntil = 0;
            sel.register(server.listener, READ, LISTENER);
        }
    }

    private void read(selectors.BaseSelector sel, Conn c) throws OSError {
        int room = server.config.maxBuffered() - c.pendingBytes();
        if (room <= 0) {
            return;
        }
        shared.clear().limit(Math.min(shared.capacity(), room));
        int n;
        try {
            n = c.sock.recv_into(shared);
        } catch (BlockingIOError notYet) {
            return;
        } catch (OSError e) {
            close(sel, c, e.getMessage());
            return;
        }
        c.lastActive = System.nanoTime();
        if (n == 0) {
            c.eof = true; // half-close: echo what is left, then close
            if (c.pendingBytes() == 0) {
                close(sel, c, "eof");
            } else {
                interest(sel, c, WRITE);
            }
            return;
        }
        c.in += n;
        server.bytesIn.addAndGet(n);
        shared.flip();
        if (c.pendingBytes() == 0 && !send(sel, c, shared)) {
            return;
        }
        if (shared.hasRemaining()) {
            keep(c, shared);
        }
        interest(sel, c, nextInterest(c));
    }

    /** Sends what {@code b} holds; false if the connection was closed on an error. */
    private boolean send(selectors.BaseSelector sel, Conn c, ByteBuffer b) {
        try {
            int n = c.sock.send(b);
            c.out += n;
            server.bytesOut.addAndGet(n);
            return true;
        } catch (BlockingIOError full) {
            return true;
        } catch (OSError e) {
            try {
                close(sel, c, e.getMessage());
            } catch (OSError ignored) {
                // closing after a failed send: nothing more to report
            }
            return false;
        }
    }

    /** Appends the unsent rest to the connection's pending buffer (never beyond maxBuffered). */
    private void keep(Conn c, ByteBuffer rest) {
        if (c.pending == null) {
            c.pending = ByteBuffer.allocateDirect(server.config.maxBuffered()).flip();
        }
        c.pending.compact();
        c.pending.put(rest);
        c.pending.flip();
    }

    private void flush(selectors.BaseSelector sel, Conn c) throws OSError {
        if (c.pendingBytes() > 0 && !send(sel, c, c.pending)) {
            return;
        }
        c.lastActive = System.nanoTime();
        if (c.pendingBytes() == 0) {
            c.pending = null; // idle connections hold no buffer
            if (c.eof) {
                close(sel, c, "eof");
                return;
            }
        }
        interest(sel, c, nextInterest(c));
    }

    private int nextInterest(Conn c) {
        int p = c.pendingBytes();
        if (p == 0) {
            return READ;
        }
        return c.eof || p >= server.config.maxBuffered() ? WRITE : READ | WRITE;
    }

    private void interest(selectors.BaseSelector sel, Conn c, int events) throws OSError {
        if (events != c.interest) {
            c.interest = events;
            sel.modify(c.sock, events, c);
        }
    }

    private void closeIdle(selectors.BaseSelector sel, long now, long idleNanos) throws OSError {
        List<Conn> idle = new ArrayList<>();
        for (Conn c : conns) {
            if (now - c.lastActive > idleNanos) {
                idle.add(c);
            }
        }
        for (Conn c : idle) {
            close(sel, c, "idle");
        }
    }

    private void close(selectors.BaseSelector sel, Conn c, String why) throws OSError {
        if (!conns.remove(c)) {
            return;
        }
        sel.unregister(c.sock);
        c.sock.close();
        server.finished(c.addr, c.in, c.out, c.started, why);
    }
}
