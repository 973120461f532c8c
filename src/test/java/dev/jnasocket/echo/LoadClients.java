package dev.jnasocket.echo;

import dev.jnasocket.BlockingIOError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.Os;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Many echo clients in one thread: each connects, sends {@code size} pseudo-random bytes in
 * random-sized writes (1 byte to 64 KiB) while reading its echo back, and checks the echo byte
 * for byte with a CRC32 of each direction. Bounded by a deadline; loopback only.
 */
public final class LoadClients {
    /** What a run saw. */
    public record Result(int clients, long bytesSent, long bytesReceived, int mismatched, boolean finished) {}

    private static final class Client {
        final SocketObject sock;
        final byte[] data;
        final Random sizes;
        final CRC32 sent = new CRC32();
        final CRC32 got = new CRC32();
        int off;
        long received;

        Client(SocketObject sock, byte[] data, long seed) {
            this.sock = sock;
            this.data = data;
            this.sizes = new Random(seed);
        }
    }

    public static Result run(int port, int clients, int size, long timeoutMillis) throws OSError {
        Random seeds = new Random(42);
        byte[] payload = new byte[size];
        seeds.nextBytes(payload);
        List<Client> all = new ArrayList<>();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        try (selectors.BaseSelector sel = selectors.DefaultSelector()) {
            for (int i = 0; i < clients; i++) {
                SocketObject s = socket.create_connection("127.0.0.1", port, 30.0);
                s.setblocking(false);
                Client c = new Client(s, payload, seeds.nextLong());
                all.add(c);
                sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE, c);
            }
            int open = clients;
            while (open > 0 && System.nanoTime() < deadline) {
                for (selectors.Ready r : sel.select(1.0)) {
                    Client c = (Client) r.key().data;
                    if ((r.mask() & selectors.EVENT_WRITE) != 0 && c.off < size) {
                        int n = Math.min(size - c.off, 1 + c.sizes.nextInt(64 * 1024));
                        try {
                            int w = c.sock.send(java.util.Arrays.copyOfRange(c.data, c.off, c.off + n));
                            c.sent.update(c.data, c.off, w);
                            c.off += w;
                        } catch (BlockingIOError full) {
                            // try again when writable
                        }
                        if (c.off == size) {
                            sel.modify(c.sock, selectors.EVENT_READ, c);
                            c.sock.shutdown(socket.SHUT_WR);
                        }
                    }
                    if ((r.mask() & selectors.EVENT_READ) != 0) {
                        try {
                            byte[] b = c.sock.recv(64 * 1024);
                            if (b.length == 0) {
                                sel.unregister(c.sock);
                                open--;
                            } else {
                                c.got.update(b);
                                c.received += b.length;
                            }
                        } catch (BlockingIOError notYet) {
                            // spurious wake-up
                        }
                    }
                }
            }
            long sentBytes = 0;
            long receivedBytes = 0;
            int bad = 0;
            for (Client c : all) {
                sentBytes += c.off;
                receivedBytes += c.received;
                if (c.received != size || c.sent.getValue() != c.got.getValue()) {
                    bad++;
                }
            }
            return new Result(clients, sentBytes, receivedBytes, bad, open == 0);
        } finally {
            for (Client c : all) {
                c.sock.close();
            }
        }
    }

    /**
     * @return what this process's fds point at now, sorted: Linux's /proc/self/fd links; on macOS,
     *         which has no /proc, the numbers /dev/fd lists
     */
    public static List<String> openFds() {
        List<String> out = new ArrayList<>();
        boolean linux = Os.HOST == Os.LINUX;
        java.io.File[] fds = new java.io.File(linux ? "/proc/self/fd" : "/dev/fd").listFiles();
        for (java.io.File f : fds == null ? new java.io.File[0] : fds) {
            if (!linux) {
                out.add(f.getName());
                continue;
            }
            try {
                String target = java.nio.file.Files.readSymbolicLink(f.toPath()).toString();
                // The JVM itself opens cgroup and /proc files for a moment (container memory and
                // CPU limits): not a socket the server could leak, and open or not by chance.
                if (!target.startsWith("/sys/") && !target.startsWith("/proc/")) {
                    out.add(f.getName() + " -> " + target);
                }
            } catch (java.io.IOException gone) {
                // the fd used to list the folder itself
            }
        }
        out.sort(null);
        return out;
    }

    private LoadClients() {}
}
