package dev.jnasocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** makefile on non-blocking sockets and dropped files: no byte lost, no fd kept. */
class MakefileFidelityTest {
    static byte[] b(String s) {
        return builtins.b(s);
    }

    /** A non-blocking read keeps what it took: read(n) returns it, read() with nothing is null (Python's None). */
    @Test
    void nonBlockingReadsReturnWhatTheyHaveAndLoseNothing() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.setblocking(false);
            SocketFile f = b.makefile("rb");
            assertNull(f.read());
            assertNull(f.read(5));
            assertArrayEquals(new byte[0], f.readline());
            a.sendall(b("abc"));
            assertArrayEquals(b("abc"), f.read(5), "read(n) returns the bytes it already took");
            a.sendall(b("def\ngh"));
            assertArrayEquals(b("def\n"), f.readline());
            assertArrayEquals(b("gh"), f.readline(), "readline returns the partial line");
            a.sendall(b("xyz"));
            assertArrayEquals(b("xyz"), f.read(), "read() returns what came before EAGAIN");
            assertNull(f.readinto(new byte[4]));
            a.sendall(b("ij"));
            a.close();
            b.setblocking(true);
            assertArrayEquals(b("ij"), f.read());
            f.close();
        }
    }

    /** The raw SocketIO (buffering=0) returns None on EAGAIN as CPython's SocketIO.readinto does. */
    @Test
    void rawNonBlockingReadIsNone() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]; SocketFile f = b.makefile("rb", 0)) {
            b.setblocking(false);
            assertNull(f.read(3));
            a.sendall(b("hello"));
            assertArrayEquals(b("hel"), f.read(3));
            assertEquals(2, f.readinto(new byte[8]));
        }
    }

    /** A makefile() dropped without close() must not keep the fd open after socket.close(). */
    @Test
    void droppedFileLetsTheFdGo() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.makefile("rb");
            a.makefile("wb");
            a.close();
            b.settimeout(0.05);
            boolean eof = false;
            long end = System.nanoTime() + 5_000_000_000L;
            while (!eof && System.nanoTime() < end) {
                System.gc();
                try {
                    eof = b.recv(1).length == 0;
                } catch (TimeoutError stillOpen) {
                    // the files are not collected yet
                }
            }
            assertTrue(eof, "the peer saw EOF: the fd was closed once the files were unreachable");
        }
    }
}
