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
import java.util.concurrent.atomic.AtomicLong;

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
 *
 * <p>A server with several workers runs one of these loops per worker, each on its own thread
 * with its own selector and connections. A loop accepts on a listening socket of its own (Linux:
 * SO_REUSEPORT, the kernel spreads the connections), or one loop accepts for all and
 * {@link Handoff hands} connections to the others in turn. The connection cap is the server's
 * (one counter), and so is the bound on all chunks together ({@link ChunkBudget}): a loop that
 * gives chunks back wakes the others that have connections waiting for memory.
 */
final class SelectorEcho {
    private static final int READ = selectors.EVENT_READ;
    private static final int WRITE = selectors.EVENT_WRITE;
    private static final Object LISTENER = new Object();
    private static final Object WAKER = new Object();
    /** The most one read takes. */
    static final int READ_BUFFER = 64 * 1024;

    private final EchoServer server;
    /** Where this loop accepts, or null for a loop that only gets connections handed over. */
    private final SocketObject listener;
    /** Wakes this loop: a stop, a connection handed over, memory given back by another loop. */
    final Waker waker;
    /** Where connections handed to this loop arrive, or null when it gets none. */
    private final Handoff<Accepted> inbox;
    /** The accepting loop's: every loop's inbox (null for its own), to hand connections round; else null. */
    private List<Handoff<Accepted>> peers;
    private int nextPeer;
    private final ChunkBudget budget;
    /** Whether a connection here waits for memory, so another loop's giving back should wake this one. */
    volatile boolean waitingForMemory;
    /** Connections this loop has served or serves. */
    final AtomicLong connections = new AtomicLong();
    private final ByteBuffer shared = ByteBuffer.allocateDirect(READ_BUFFER);
    private final Set<Conn> conns = new HashSet<>();
    /** Connections not read only because all chunks together reached maxBufferedTotal. */
    private final Set<Conn> starved = new LinkedHashSet<>();
    private final int chunkSize;
    private long acceptPausedUntil;
    /** System.nanoTime() when the current batch of events came back from select. */
    private long now = System.nanoTime();
    /** Given up when memory runs out, so that closing a connection and logging it have room. */
    private byte[] ballast = new byte[BALLAST];
    private static final int BALLAST = 1 << 20;

    /**
     * @param server   the server whose config, counters and log it uses
     * @param listener where it accepts, or null if it only gets connections handed over
     * @param waker    wakes it
     * @param inbox    where connections handed to it arrive, or null
     * @param budget   the server's bound on all connections' chunks
     */
    SelectorEcho(EchoServer server, SocketObject listener, Waker waker, Handoff<Accepted> inbox, ChunkBudget budget) {
        this.server = server;
        this.listener = listener;
        this.waker = waker;
        this.inbox = inbox;
        this.budget = budget;
        this.chunkSize = budget.chunkSize;
    }

    /**
     * Makes this the accepting loop of several: what it accepts goes round the loops in turn.
     *
     * @param inboxes every loop's inbox, this one's null
     */
    void handOffTo(List<Handoff<Accepted>> inboxes) {
        this.peers = inboxes;
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
            if (listener != null) {
                listener.setblocking(false);
                sel.register(listener, READ, LISTENER);
            }
            sel.register(waker.reader(), READ, WAKER);
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
                        waker.drain();
                        adoptHandedOver(sel);
                        if (!starved.isEmpty()) {
                            retryStarved(sel); // another loop gave memory back
                        }
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
            if (inbox != null) {
                for (Accepted a : inbox.close()) { // handed over, never served: ended at once, with its line
                    endUnserved(a);
                }
            }
            for (Conn c : new ArrayList<>(conns)) {
                close(sel, c, "shutdown");
            }
        }
    }

    /** Serves what the accepting loop handed over since the last wake-up. */
    private void adoptHandedOver(selectors.BaseSelector sel) throws OSError {
        if (inbox != null) {
            for (Accepted a : inbox.takeAll()) {
                adopt(sel, a);
            }
        }
    }

    private void endUnserved(Accepted a) {
        try {
            a.conn().close();
        } catch (OSError ignored) {
            // closing at the stop: nothing more to report
        }
        server.finished(a.addr(), 0, 0, System.nanoTime(), "shutdown");
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
                a = listener.accept();
            } catch (BlockingIOError none) {
                return;
            } catch (ConnectionAbortedError gone) {
                continue;
            } catch (OSError e) {
                server.acceptFailed(e);
                sel.unregister(listener);
                acceptPausedUntil = System.nanoTime() + (long) (EchoServer.ACCEPT_PAUSE_SECONDS * 1e9);
                return;
            }
            server.acceptSucceeded();
            if (!server.admit(a.conn(), a.addr())) {
                continue;
            }
            if (peers != null) {
                Handoff<Accepted> to = peers.get(nextPeer);
                nextPeer = (nextPeer + 1) % peers.size();
                if (to != null && to.offer(a)) {
                    continue; // a refused one (that loop has stopped) is served here, and so ended with the rest
                }
            }
            adopt(sel, a);
        }
    }

    /** Serves an accepted (and admitted) client from this loop. */
    private void adopt(selectors.BaseSelector sel, Accepted a) throws OSError {
        a.conn().setblocking(false);
        Conn c = new Conn(a.conn(), a.addr());
        conns.add(c);
        connections.incrementAndGet();
        sel.register(c.sock, READ, c);
    }

    private void resumeAcceptingIfDue(selectors.BaseSelector sel) throws OSError {
        if (acceptPausedUntil != 0 && System.nanoTime() - acceptPausedUntil >= 0) {
            acceptPausedUntil = 0;
            sel.register(listener, READ, LISTENER);
        }
    }

    /**
     * @return how many bytes a read may take now: what the connection's bound and the total bound
     *         leave room for, counting the worst case that none of it can be sent at once
     */
    private int readRoom(Conn c) {
        long own = server.config.maxBuffered() - (long) c.pendingBytes;
        long freeChunks = Math.max(0, budget.free());
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
                budget.take(1); // the first is outside the total bound; readRoom() left room for the others
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
        if (chunks > 0) {
            budget.release(chunks);
            if (!starved.isEmpty()) {
                retryStarved(sel);
            }
            server.memoryFreed(this);
        }
    }

    /** Lets the connections that waited for memory be read again, as far as it goes. */
    private void retryStarved(selectors.BaseSelector sel) throws OSError {
        for (Conn s : new ArrayList<>(starved)) {
            interest(sel, s, nextInterest(s));
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
        noteStarved();
        return (readable ? READ : 0) | (c.pendingBytes > 0 ? WRITE : 0);
    }

    private void noteStarved() {
        boolean waiting = !starved.isEmpty();
        if (waitingForMemory != waiting) {
            waitingForMemory = waiting;
        }
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
        noteStarved();
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
