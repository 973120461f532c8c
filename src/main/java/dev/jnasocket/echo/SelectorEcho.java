package dev.jnasocket.echo;

import dev.jnasocket.Accepted;
import dev.jnasocket.Address;
import dev.jnasocket.BlockingIOError;
import dev.jnasocket.ConnectionAbortedError;
import dev.jnasocket.KeyboardInterrupt;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.selectors;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code selector} mode of {@link EchoServer}: one thread, every socket non-blocking, one
 * {@code selectors.DefaultSelector} (epoll on Linux), as in the Python docs' selectors example
 * but with the limits a real server needs.
 *
 * <p>Memory follows what is buffered: bytes are read into one shared direct buffer and sent back
 * at once; only what the client has not yet taken is kept, in a chain of heap chunks of at most
 * 16 KiB that grows as bytes wait and is given back as they leave. Two bounds hold: a connection
 * keeps at most {@code maxBuffered} bytes, and all connections' chunks beyond each one's first
 * take at most {@code maxBufferedTotal} bytes (so memory stays under that plus 16 KiB per
 * connection, and a client that sends a little is served however much slow ones hold). A read
 * never takes more than both bounds leave room for, so
 * while a bound is reached the connection is not read (its interest is EVENT_WRITE only, or it is
 * unregistered until memory is given back): a client that sends but never reads costs the
 * server its bound and no more, and the kernel's buffers and TCP flow control hold the rest
 * back. An idle connection holds no chunk at all. If memory runs out anyway (a bound above the
 * JVM's heap), the connection being served is closed, with a log line, and the server goes on.
 */
final class SelectorEcho {
    private static final int READ = selectors.EVENT_READ;
    private static final int WRITE = selectors.EVENT_WRITE;
    private static final Object LISTENER = new Object();
    private static final Object WAKER = new Object();
    private static final int MAX_CHUNK = 16 * 1024;

    private final EchoServer server;
    private final ByteBuffer shared = ByteBuffer.allocateDirect(64 * 1024);
    private final Set<Conn> conns = new HashSet<>();
    /** Connections not read only because all chunks together reached maxBufferedTotal. */
    private final Set<Conn> starved = new LinkedHashSet<>();
    private final int chunkSize;
    /** Bytes of the chunks beyond each connection's first (their capacity, used or not). */
    private long reserved;
    private long acceptPausedUntil;
    /** System.nanoTime() when the current batch of events came back from select. */
    private long now = System.nanoTime();
    /** Given up when memory runs out, so that closing a connection and logging it have room. */
    private byte[] ballast = new byte[BALLAST];
    private static final int BALLAST = 1 << 20;

    SelectorEcho(EchoServer server) {
        this.server = server;
        this.chunkSize = (int) Math.min(MAX_CHUNK, Math.min(server.config.maxBuffered(), server.config.maxBufferedTotal()));
    }

    /** One client's state. */
    private final class Conn {
        final SocketObject sock;
        final Address addr;
        final long started = System.nanoTime();
        long lastActive = started;
        long in;
        long out;
        /** Bytes read but not yet echoed, oldest first, each chunk in read mode. */
        final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
        int pendingBytes;
        boolean eof;
        /** What the selector watches for it; 0: not registered (waiting for memory). */
        int interest = READ;
        /** Whether it is in {@code conns}, a field so that each event costs no set lookup. */
        boolean open = true;
        /** Whether it is in {@code starved}, likewise. */
        boolean starved;

        Conn(SocketObject sock, Address addr) {
            this.sock = sock;
            this.addr = addr;
        }

        /** @return free room at the end of the last chunk */
        int tailRoom() {
            ByteBuffer tail = pending.peekLast();
            return tail == null ? 0 : tail.capacity() - tail.limit();
        }
    }

    void run() throws OSError {
        try (selectors.BaseSelector sel = selectors.DefaultSelector()) {
            serve(sel);
        }
    }

    private void serve(selectors.BaseSelector sel) throws OSError {
        try {
            server.listener.setblocking(false);
            sel.register(server.listener, READ, LISTENER);
            sel.register(server.wakeUpReader(), READ, WAKER);
            double idle = server.config.idleTimeout();
            long lastSweep = System.nanoTime();
            while (!server.stopping()) {
                resumeAcceptingIfDue(sel);
                double wait = Math.min(idle > 0 ? Math.min(1.0, idle) : 1.0,
                        acceptPausedUntil != 0 ? EchoServer.ACCEPT_PAUSE_SECONDS : 1.0);
                List<selectors.Ready> ready;
                try {
                    ready = sel.select(wait);
                } catch (OutOfMemoryError e) {
                    outOfMemory(sel, null, e);
                    continue;
                }
                now = System.nanoTime(); // one clock read for the batch's events, not one per read
                for (selectors.Ready r : ready) {
                    Object d = r.key().data;
                    if (d == LISTENER) {
                        acceptAll(sel);
                    } else if (d == WAKER) {
                        server.drainWakeUp();
                    } else {
                        Conn c = (Conn) d;
                        try {
                            if ((r.mask() & WRITE) != 0 && c.open) {
                                flush(sel, c);
                            }
                            if ((r.mask() & READ) != 0 && c.open) {
                                read(sel, c);
                            }
                        } catch (OutOfMemoryError e) {
                            outOfMemory(sel, c, e);
                        }
                    }
                }
                if (idle > 0 && now - lastSweep > 200_000_000L) {
                    lastSweep = now;
                    closeIdle(sel, now, (long) (idle * 1e9));
                }
            }
        } catch (KeyboardInterrupt e) {
            server.interrupted(); // Ctrl-C in the main thread: stop, then let it go on up
            throw e;
        } finally {
            for (Conn c : new ArrayList<>(conns)) {
                close(sel, c, "shutdown");
            }
        }
    }

    /**
     * Memory ran out: the connection being served (or, if none was, the one holding the most) is
     * closed, which gives its chunks back, and the server goes on.
     */
    private void outOfMemory(selectors.BaseSelector sel, Conn c, OutOfMemoryError e) throws OSError {
        ballast = null;
        Conn victim = c;
        if (victim == null || !victim.open) {
            victim = conns.stream().max((a, b) -> Integer.compare(a.pendingBytes, b.pendingBytes)).orElse(null);
        }
        if (victim == null) {
            throw e; // nothing to give back: not ours to survive
        }
        close(sel, victim, "out of memory"); // a constant: building a message now could fail again
        try {
            ballast = new byte[BALLAST];
        } catch (OutOfMemoryError stillShort) {
            // taken again at the next failure's close
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

    /**
     * @return how many bytes a read may take now: what the connection's bound and the total bound
     *         leave room for, counting the worst case that none of it can be sent at once
     */
    private int readRoom(Conn c) {
        long own = server.config.maxBuffered() - (long) c.pendingBytes;
        long freeChunks = (server.config.maxBufferedTotal() - reserved) / chunkSize;
        long total = c.tailRoom() + (c.pending.isEmpty() ? chunkSize : 0) + freeChunks * chunkSize;
        return (int) Math.max(0, Math.min(shared.capacity(), Math.min(own, total)));
    }

    private void read(selectors.BaseSelector sel, Conn c) throws OSError {
        int room = readRoom(c);
        if (room <= 0) {
            interest(sel, c, nextInterest(c));
            return;
        }
        shared.clear().limit(room);
        int n;
        try {
            n = c.sock.recv_into(shared);
        } catch (BlockingIOError notYet) {
            return;
        } catch (OSError e) {
            close(sel, c, e.getMessage());
            return;
        }
        c.lastActive = now;
        if (n == 0) {
            c.eof = true; // half-close: echo what is left, then close
            if (c.pendingBytes == 0) {
                close(sel, c, "eof");
            } else {
                interest(sel, c, WRITE);
            }
            return;
        }
        c.in += n;
        server.bytesIn.addAndGet(n);
        shared.flip();
        if (c.pendingBytes == 0 && !send(sel, c, shared)) {
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

    /** Appends the unsent rest to the connection's chunks: the last one's free room, then new ones. */
    private void keep(Conn c, ByteBuffer rest) {
        ByteBuffer tail = c.pending.peekLast();
        if (tail != null && c.tailRoom() > 0) {
            int readFrom = tail.position();
            int take = Math.min(c.tailRoom(), rest.remaining());
            tail.position(tail.limit()).limit(tail.limit() + take);
            tail.put(rest.slice().limit(take));
            rest.position(rest.position() + take);
            tail.position(readFrom);
            c.pendingBytes += take;
        }
        while (rest.hasRemaining()) {
            ByteBuffer chunk = ByteBuffer.allocate(chunkSize); // may throw OutOfMemoryError: run() closes c
            if (!c.pending.isEmpty()) {
                reserved += chunkSize; // the first is outside the total bound
            }
            int take = Math.min(chunkSize, rest.remaining());
            chunk.put(rest.slice().limit(take)).flip();
            rest.position(rest.position() + take);
            c.pending.addLast(chunk);
            c.pendingBytes += take;
        }
    }

    private void flush(selectors.BaseSelector sel, Conn c) throws OSError {
        while (!c.pending.isEmpty()) {
            ByteBuffer head = c.pending.peekFirst();
            int before = head.remaining();
            if (!send(sel, c, head)) {
                return;
            }
            c.pendingBytes -= before - head.remaining();
            if (head.hasRemaining()) {
                break; // the kernel's buffer is full
            }
            c.pending.removeFirst();
            if (!c.pending.isEmpty()) {
                release(sel, 1);
            }
        }
        c.lastActive = now;
        if (c.pendingBytes == 0 && c.eof) {
            close(sel, c, "eof");
            return;
        }
        interest(sel, c, nextInterest(c));
    }

    /** Gives chunks back, and lets the connections that waited for memory be read again. */
    private void release(selectors.BaseSelector sel, int chunks) throws OSError {
        reserved -= (long) chunks * chunkSize;
        if (chunks > 0 && !starved.isEmpty()) {
            for (Conn s : new ArrayList<>(starved)) {
                interest(sel, s, nextInterest(s));
            }
        }
    }

    private int nextInterest(Conn c) {
        boolean readable = !c.eof && readRoom(c) > 0;
        boolean ownBoundFull = c.pendingBytes >= server.config.maxBuffered();
        boolean starve = !readable && !c.eof && !ownBoundFull;
        if (starve != c.starved) {
            c.starved = starve;
            if (starve) {
                starved.add(c);
            } else {
                starved.remove(c);
            }
        }
        return (readable ? READ : 0) | (c.pendingBytes > 0 ? WRITE : 0);
    }

    /** Sets what the selector watches; none at all means unregistered until memory comes back. */
    private void interest(selectors.BaseSelector sel, Conn c, int events) throws OSError {
        if (events == c.interest) {
            return;
        }
        if (events == 0) {
            sel.unregister(c.sock);
        } else if (c.interest == 0) {
            sel.register(c.sock, events, c);
        } else {
            sel.modify(c.sock, events, c);
        }
        c.interest = events;
    }

    private void closeIdle(selectors.BaseSelector sel, long now, long idleNanos) throws OSError {
        List<Conn> idle = new ArrayList<>();
        for (Conn c : conns) {
            if (now - c.lastActive > idleNanos && !c.starved) {
                idle.add(c);
            }
        }
        for (Conn c : idle) {
            close(sel, c, "idle");
        }
    }

    private void close(selectors.BaseSelector sel, Conn c, String why) throws OSError {
        if (!c.open) {
            return;
        }
        c.open = false;
        conns.remove(c);
        if (c.starved) {
            c.starved = false;
            starved.remove(c);
        }
        if (c.interest != 0) {
            sel.unregister(c.sock);
        }
        c.sock.close();
        int chunks = Math.max(0, c.pending.size() - 1);
        c.pending.clear();
        c.pendingBytes = 0;
        release(sel, chunks);
        server.finished(c.addr, c.in, c.out, c.started, why);
    }
}
