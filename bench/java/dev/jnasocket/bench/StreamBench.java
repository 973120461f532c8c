package dev.jnasocket.bench;

import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 4: a one-way stream over a loopback TCP connection in 64 KiB writes, for each Java
 * peer, read on the far end by a thread of the same peer ({@code bench/micro.c stream} is the C
 * peer). The clock runs from the first write until the reader has seen end of stream.
 *
 * <pre>java dev.jnasocket.bench.StreamBench BYTES RUNS</pre>
 * prints {@code stream<TAB>peer<TAB>MB/s<TAB>MB/s} per run, after one unprinted warm-up run of
 * a quarter of BYTES per peer; the peers take turns, one run each per round.
 */
public final class StreamBench {
    static final int CHUNK = 64 * 1024;

    private StreamBench() {}

    /** One peer's way to connect, write a chunk, end the stream and read it all. */
    abstract static class Peer<T extends AutoCloseable> {
        final String name;

        Peer(String name) {
            this.name = name;
        }

        abstract Links.Link<T> connect() throws Exception;

        /** Writes up to one chunk; returns how many bytes went. */
        abstract long write(T near) throws Exception;

        abstract void endOfStream(T near) throws Exception;

        /** Reads until end of stream; returns the byte count. */
        abstract long readAll(T far) throws Exception;
    }

    /** One run: MB/s (10^6 bytes a second) from the first write until the reader saw all. */
    static <T extends AutoCloseable> double measure(Peer<T> peer, long bytes) throws Exception {
        Links.Link<T> link = peer.connect();
        try {
            AtomicLong got = new AtomicLong(-1);
            Thread reader = new Thread(() -> {
                try {
                    got.set(peer.readAll(link.far()));
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, peer.name + " reader");
            reader.start();
            long t0 = System.nanoTime();
            for (long sent = 0; sent < bytes;) {
                sent += peer.write(link.near());
            }
            peer.endOfStream(link.near());
            reader.join(600_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (got.get() < bytes) {
                throw new IllegalStateException(peer.name + ": reader got " + got.get() + " of " + bytes + " bytes");
            }
            return got.get() / seconds / 1e6;
        } finally {
            Links.close(link);
        }
    }

    /** The raw layer, direct buffers. */
    static final Peer<SocketObject> RAW = new Peer<>("raw") {
        final ByteBuffer out = filled(ByteBuffer.allocateDirect(CHUNK));

        Links.Link<SocketObject> connect() throws Exception {
            return Links.tcp(false);
        }

        long write(SocketObject near) {
            long n = LibC.send(near.fileno(), out, CHUNK, 0);
            if (n < 0) {
                throw new IllegalStateException("send: errno " + LibC.errno());
            }
            return n;
        }

        void endOfStream(SocketObject near) {
            LibC.shutdown(near.fileno(), LibC.SHUT_WR);
        }

        long readAll(SocketObject far) {
            ByteBuffer in = ByteBuffer.allocateDirect(CHUNK);
            long total = 0;
            for (long n; (n = LibC.recv(far.fileno(), in, CHUNK, 0)) > 0;) {
                total += n;
            }
            return total;
        }
    };

    /** The Python-style layer: {@code send(ByteBuffer)} and {@code recv_into(ByteBuffer)}, direct. */
    static final Peer<SocketObject> PYSTYLE = new Peer<>("pystyle") {
        final ByteBuffer out = filled(ByteBuffer.allocateDirect(CHUNK));

        Links.Link<SocketObject> connect() throws Exception {
            return Links.tcp(false);
        }

        long write(SocketObject near) throws Exception {
            out.clear();
            return near.send(out);
        }

        void endOfStream(SocketObject near) throws Exception {
            near.shutdown(LibC.SHUT_WR);
        }

        long readAll(SocketObject far) throws Exception {
            ByteBuffer in = ByteBuffer.allocateDirect(CHUNK);
            long total = 0;
            for (int n; ; total += n) {
                in.clear();
                if ((n = far.recv_into(in)) == 0) {
                    return total;
                }
            }
        }
    };

    /** Blocking NIO channels, direct buffers. */
    static final Peer<SocketChannel> NIO = new Peer<>("nio") {
        final ByteBuffer out = filled(ByteBuffer.allocateDirect(CHUNK));

        Links.Link<SocketChannel> connect() throws Exception {
            return Links.nioTcp(false);
        }

        long write(SocketChannel near) throws Exception {
            out.clear();
            return near.write(out);
        }

        void endOfStream(SocketChannel near) throws Exception {
            near.shutdownOutput();
        }

        long readAll(SocketChannel far) throws Exception {
            ByteBuffer in = ByteBuffer.allocateDirect(CHUNK);
            long total = 0;
            for (int n; ; total += n) {
                in.clear();
                if ((n = far.read(in)) < 0) {
                    return total;
                }
            }
        }
    };

    /** java.net.Socket streams, byte arrays. */
    static final Peer<java.net.Socket> JAVANET = new Peer<>("javanet") {
        final byte[] out = new byte[CHUNK];

        Links.Link<java.net.Socket> connect() throws Exception {
            return Links.javaNetTcp(false);
        }

        long write(java.net.Socket near) throws Exception {
            near.getOutputStream().write(out);
            return CHUNK;
        }

        void endOfStream(java.net.Socket near) throws Exception {
            near.shutdownOutput();
        }

        long readAll(java.net.Socket far) throws Exception {
            InputStream in = far.getInputStream();
            byte[] b = new byte[CHUNK];
            long total = 0;
            for (int n; (n = in.read(b)) >= 0;) {
                total += n;
            }
            return total;
        }
    };

    static ByteBuffer filled(ByteBuffer b) {
        while (b.hasRemaining()) {
            b.put((byte) 'x');
        }
        return b.clear();
    }

    /**
     * @param args BYTES RUNS
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        long bytes = Long.parseLong(args[0]);
        int runs = Integer.parseInt(args[1]);
        Peer<?>[] peers = {RAW, PYSTYLE, NIO, JAVANET};
        for (Peer<?> peer : peers) {
            measure(peer, bytes / 4);
        }
        // Round by round rather than peer by peer: on 2 cores a run's result swings with where the
        // scheduler puts writer and reader (1.4 to 2.8 GB/s here), and such swings come in spells;
        // interleaved, a spell hits every peer alike instead of one.
        for (int r = 0; r < runs; r++) {
            for (Peer<?> peer : peers) {
                System.out.printf(Locale.ROOT, "stream\t%s\t%.2f\tMB/s%n", peer.name, measure(peer, bytes));
            }
        }
    }
}
