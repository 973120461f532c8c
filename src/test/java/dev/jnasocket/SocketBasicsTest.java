package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stream basics of CPython's {@code test_socket.py}, over a loopback TCP connection:
 * receiving (recv, recv_into, recvfrom, EOF, bad sizes), sending (send, sendall up to 16 MiB),
 * shutdown, and the life cycle of the object (close, detach, dup, fromfd, fileno).
 */
class SocketBasicsTest {
    /** CPython's {@code MSG}: non-ASCII and a CRLF, so encodings and line ends show. */
    static final byte[] MSG = b("Michael Gilfix was here\u1234\r\n");

    private TcpPair p;

    @BeforeEach
    void connect() throws OSError {
        p = TcpPair.open();
    }

    @AfterEach
    void closeAll() throws OSError {
        p.close();
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testRecv")
    void recv() throws OSError {
        p.client.send(MSG);
        assertArrayEquals(MSG, p.conn.recv(1024));
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testOverFlowRecv")
    void recvInChunks() throws OSError {
        p.client.sendall(MSG);
        byte[] seg1 = p.conn.recv(MSG.length - 3);
        byte[] seg2 = p.conn.recv(1024);
        assertThat(seg1.length, is(MSG.length - 3));
        assertArrayEquals(MSG, concat(seg1, seg2));
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testRecvFrom (a connected TCP socket names no sender: None)")
    void recvfromOnTcp() throws OSError {
        p.client.send(MSG);
        Received r = p.conn.recvfrom(1024);
        assertArrayEquals(MSG, r.data());
        assertThat(r.addr(), is(nullValue()));
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testOverFlowRecvFrom")
    void recvfromInChunks() throws OSError {
        p.client.sendall(MSG);
        byte[] seg1 = p.conn.recvfrom(MSG.length - 3).data();
        byte[] seg2 = p.conn.recvfrom(1024).data();
        assertArrayEquals(MSG, concat(seg1, seg2));
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testSendAll (2048 bytes, read until EOF)")
    void sendallThenEof() throws OSError {
        byte[] big = new byte[2048];
        Arrays.fill(big, (byte) 'f');
        p.client.sendall(big);
        p.client.close();
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        for (byte[] read = p.conn.recv(1024); read.length > 0; read = p.conn.recv(1024)) {
            msg.writeBytes(read);
        }
        assertArrayEquals(big, msg.toByteArray());
        assertThat("EOF stays EOF", p.conn.recv(1024).length, is(0));
    }

    @Test
    @DisplayName("CPython: TCPCloserTest.testClose (peer close reads b''; close() many times is safe)")
    void peerCloseIsEofAndCloseIsIdempotent() throws OSError {
        p.conn.close();
        p.conn.close();
        p.conn.close();
        assertThat(p.client.recv(1).length, is(0));
        assertThat(p.conn.fileno(), is(-1));
    }

    @Test
    @DisplayName("CPython: BasicUDPTest.testRecvFromNegative, and sock_recv's 'negative buffersize in recv'")
    void negativeSizesAreValueErrors() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> p.conn.recv(-1)).getMessage(),
                is("negative buffersize in recv"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> p.conn.recvfrom(-1)).getMessage(),
                is("negative buffersize in recvfrom"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> p.conn.recv_into(new byte[10], -1)).getMessage(),
                is("negative buffersize in recv_into"));
    }

    @Test
    @DisplayName("CPython: BufferIOTest.testRecvFromIntoSmallBuffer ('buffer too small for requested bytes')")
    void recvIntoMoreThanTheBufferHolds() throws OSError {
        p.client.send(MSG);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.conn.recv_into(new byte[8], 1024));
        assertThat(e.getMessage(), is("buffer too small for requested bytes"));
        ByteBuffer direct = ByteBuffer.allocateDirect(8);
        e = assertThrows(IllegalArgumentException.class, () -> p.conn.recv_into(direct, 9, 0));
        assertThat(e.getMessage(), is("buffer too small for requested bytes"));
        assertArrayEquals(MSG, p.conn.recv(1024), "the data is still there");
    }

    @Test
    @DisplayName("CPython: BufferIOTest.testRecvIntoBytearray (nbytes 0 = whole buffer, rest untouched)")
    void recvIntoByteArray() throws OSError {
        p.client.send(MSG);
        byte[] buf = new byte[1024];
        Arrays.fill(buf, (byte) 7);
        int n = p.conn.recv_into(buf);
        assertThat(n, is(MSG.length));
        assertArrayEquals(MSG, Arrays.copyOf(buf, n));
        assertThat(buf[n], is((byte) 7));
    }

    @Test
    @DisplayName("CPython: BufferIOTest.testRecvIntoMemoryview (a direct ByteBuffer, position moves)")
    void recvIntoDirectBuffer() throws OSError {
        p.client.send(MSG);
        ByteBuffer buf = ByteBuffer.allocateDirect(1024);
        buf.position(10);
        int n = p.conn.recv_into(buf, 5, 0);
        assertThat(n, is(5));
        assertThat(buf.position(), is(15));
        byte[] got = new byte[5];
        buf.get(10, got);
        assertArrayEquals(Arrays.copyOf(MSG, 5), got);
        assertArrayEquals(Arrays.copyOfRange(MSG, 5, MSG.length), p.conn.recv(1024));
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testRecv with a huge bufsize (allocation is capped, data is not lost)")
    void oversizedBufsizeIsHarmless() throws OSError {
        p.client.send(MSG);
        assertArrayEquals(MSG, p.conn.recv(Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.check_sendall_interrupted's sendall(b'x' * SOCK_MAX_SIZE): 16 MiB through a socketpair, byte-exact")
    void sendall16MiBThroughASocketpair() throws Exception {
        byte[] data = new byte[16 << 20];
        new Random(42).nextBytes(data);
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
                try {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    long total = 0;
                    for (byte[] chunk = b.recv(1 << 16); chunk.length > 0; chunk = b.recv(1 << 16)) {
                        md.update(chunk);
                        total += chunk.length;
                    }
                    assertThat(total, is((long) data.length));
                    return md.digest();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            a.sendall(data);
            a.shutdown(socket.SHUT_WR);
            byte[] digest = reader.get(20, TimeUnit.SECONDS);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), digest);
        }
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testShutdown (SHUT_WR: the peer reads the data, then EOF; we can still read)")
    void shutdownWrite() throws OSError {
        p.client.send(MSG);
        p.client.shutdown(socket.SHUT_WR);
        assertArrayEquals(MSG, p.conn.recv(1024));
        assertThat(p.conn.recv(1024).length, is(0));
        p.conn.sendall(MSG);
        assertArrayEquals(MSG, p.client.recv(1024), "the half still open works");
        OSError e = assertThrows(OSError.class, () -> p.client.shutdown(5));
        assertThat(e.getMessage(), is("[Errno " + LibC.EINVAL + "] Invalid argument"));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testSockName / getpeername on an unconnected socket (ENOTCONN)")
    void unconnectedNames() throws OSError {
        try (SocketObject s = socket.socket()) {
            assertThat(s.getsockname().toString(), is("('0.0.0.0', 0)"));
            OSError e = assertThrows(OSError.class, s::getpeername);
            assertThat(e.errno(), is(LibC.ENOTCONN));
            assertThat(e.getMessage(), is("[Errno " + LibC.ENOTCONN + "] Transport endpoint is not connected"));
            e = assertThrows(OSError.class, () -> s.shutdown(socket.SHUT_RDWR));
            assertThat(e.errno(), is(LibC.ENOTCONN));
        }
        assertThat(p.client.getpeername(), is(p.listener.getsockname()));
        assertThat(p.conn.getpeername(), is(p.client.getsockname()));
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testDetach (fd stays open, object is closed, fileno=f adopts it)")
    void detach() throws OSError {
        int fileno = p.conn.fileno();
        int f = p.conn.detach();
        assertThat(f, is(fileno));
        assertThat(p.conn.fileno(), is(-1));
        OSError e = assertThrows(OSError.class, () -> p.conn.recv(1024));
        assertThat(e.errno(), is(LibC.EBADF));
        p.conn.close(); // does nothing: the fd belongs to the caller now
        assertThat(p.conn.detach(), is(-1));
        try (SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, f)) {
            p.client.send(MSG);
            assertArrayEquals(MSG, sock.recv(1024));
            assertThat(sock.fileno(), is(f));
        }
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testDup and InheritanceTest.test_dup (new fd, same connection, close-on-exec)")
    void dup() throws OSError {
        try (SocketObject sock = p.conn.dup()) {
            assertThat(sock.fileno(), not(p.conn.fileno()));
            assertThat(sock.fileno(), greaterThan(2));
            assertThat(sock.family, is(p.conn.family));
            assertThat(sock.get_inheritable(), is(false));
            p.conn.close();
            p.client.send(MSG);
            assertArrayEquals(MSG, sock.recv(1024), "the dup outlives the original");
        }
    }

    @Test
    @DisplayName("CPython: BasicTCPTest.testFromFd (a duplicate; the original fd stays the caller's)")
    void fromfd() throws OSError {
        int fd = p.conn.fileno();
        try (SocketObject sock = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)) {
            assertThat(sock.fileno(), not(fd));
            p.client.send(MSG);
            assertArrayEquals(MSG, sock.recv(1024));
        }
        p.client.send(MSG);
        assertArrayEquals(MSG, p.conn.recv(1024), "closing the fromfd socket left the original open");
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_socket_fileno (family, type and proto read from the fd)")
    void socketFromFilenoLearnsItsKind() throws OSError {
        try (SocketObject udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            udp.bind("127.0.0.1", 0);
            Address name = udp.getsockname();
            int fd = udp.detach();
            try (SocketObject s2 = socket.socket(-1, -1, -1, fd)) {
                assertThat(s2.family, is(socket.AF_INET));
                assertThat(s2.type, is(socket.SOCK_DGRAM));
                assertThat(s2.proto, is(LibC.IPPROTO_UDP));
                assertThat(s2.fileno(), is(fd));
                assertThat(s2.getsockname(), is(name));
            }
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_socket_fileno_rejects_negative / _requires_socket_fd / _requires_valid_fd")
    void socketFromABadFileno() throws Exception {
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
                () -> socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, -1));
        assertThat(neg.getMessage(), is("negative file descriptor"));
        Path tmp = Files.createTempFile("jnasocket", ".txt");
        int fileFd = PlainFile.C.open(tmp.toString(), 0);
        assertThat(fileFd, greaterThan(2));
        try {
            // A file is not a socket: ENOTSOCK, and the fd is left alone (fromfd closes its duplicate).
            OSError e = assertThrows(OSError.class, () -> socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, fileFd));
            assertThat(e.errno(), is(LibC.ENOTSOCK));
            int lowestFree = lowestFreeFd();
            e = assertThrows(OSError.class, () -> socket.fromfd(fileFd, socket.AF_INET, socket.SOCK_STREAM));
            assertThat(e.errno(), is(LibC.ENOTSOCK));
            assertThat("fromfd's duplicate was closed", lowestFreeFd(), is(lowestFree));
        } finally {
            PlainFile.C.close(fileFd);
            Files.delete(tmp);
        }
        // A number far above any open fd (CPython's make_bad_fd, without the reuse race).
        OSError e = assertThrows(OSError.class, () -> socket.socket(-1, -1, -1, 1 << 20));
        assertThat(e.errno(), is(LibC.EBADF));
    }

    /** libc's open/close, straight through JNA, to get an fd that is not a socket. */
    interface PlainFile extends com.sun.jna.Library {
        PlainFile C = com.sun.jna.Native.load("c", PlainFile.class);

        int open(String path, int flags);

        int close(int fd);
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testCloseException (the fd was closed under us: close() raises EBADF)")
    void closeOfAnFdClosedElsewhere() throws OSError {
        SocketObject sock = socket.socket();
        sock.bind("127.0.0.1", 0);
        socket.socket(-1, -1, -1, sock.fileno()).close();
        OSError e = assertThrows(OSError.class, sock::close);
        assertThat(e.errno(), is(LibC.EBADF));
        assertThat(e.getMessage(), is("[Errno " + LibC.EBADF + "] Bad file descriptor"));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testSendAfterClose and ContextManagersTest.testCreateConnectionClose")
    void closedSocketRaisesEbadf() throws OSError {
        SocketObject sock = socket.socket();
        sock.settimeout(1.0);
        sock.close();
        assertThat(sock.fileno(), is(-1));
        for (ThrowingCall call : new ThrowingCall[] {() -> sock.send(b("spam")), () -> sock.sendall(b("spam")),
                () -> sock.recv(1), sock::getsockname, () -> sock.setblocking(false), () -> sock.listen(1)}) {
            OSError e = assertThrows(OSError.class, call::run);
            assertThat(e.errno(), is(LibC.EBADF));
            assertThat(e.getMessage(), is("[Errno " + LibC.EBADF + "] Bad file descriptor"));
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testNewAttributes and test_socket_consistent_sock_type")
    void familyTypeProto() throws OSError {
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC)) {
            assertThat(s.family, is(socket.AF_INET));
            assertThat(s.type, is(socket.SOCK_STREAM));
            assertThat(s.proto, is(0));
            s.settimeout(1.0);
            s.setblocking(true);
            assertThat(s.type, is(socket.SOCK_STREAM));
        }
        try (SocketObject s = socket.socket()) {
            assertThat(s.family, is(socket.AF_INET));
            assertThat(s.type, is(socket.SOCK_STREAM));
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_getsockaddrarg (port out of range is OverflowError with the call's name)")
    void portRange() throws OSError {
        try (SocketObject s = socket.socket(); SocketObject u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.bind("127.0.0.1", 65536)).getMessage(),
                    is("bind(): port must be 0-65535."));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.bind("127.0.0.1", -1)).getMessage(),
                    is("bind(): port must be 0-65535."));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.connect("127.0.0.1", 70000)).getMessage(),
                    is("connect(): port must be 0-65535."));
            assertThat(assertThrows(IllegalArgumentException.class, () -> u.sendto(MSG, "127.0.0.1", 70000)).getMessage(),
                    is("sendto(): port must be 0-65535."));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.bind(Address.of6("::1", 0, 0, 0))).getMessage(),
                    is("AF_INET address must be a pair (host, port)"));
            s.bind("127.0.0.1", 0);
            assertThat(s.getsockname().port(), greaterThan(0));
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_listen_backlog (0, -1 and the default all work)")
    void listenBacklog() throws OSError {
        for (int backlog : new int[] {0, -1}) {
            try (SocketObject srv = socket.socket()) {
                srv.bind("127.0.0.1", 0);
                srv.listen(backlog);
                assertThat(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), is(1));
            }
        }
        try (SocketObject srv = socket.socket()) {
            srv.bind("127.0.0.1", 0);
            srv.listen();
            assertThat(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), is(1));
        }
    }

    @Test
    @DisplayName("CPython: TestExceptions.testExceptionTree (and the PEP 3151 subclasses chosen from errno)")
    void exceptionTree() {
        assertThat(new herror("x"), instanceOf(OSError.class));
        assertThat(new gaierror(-2, "x"), instanceOf(OSError.class));
        assertThat(TimeoutError.timedOut(), instanceOf(OSError.class));
        assertThat(TimeoutError.timedOut().getMessage(), is("timed out"));
        assertThat(TimeoutError.timedOut().errno(), is(nullValue()));
        assertThat(OSError.fromErrno(LibC.ECONNREFUSED), instanceOf(ConnectionRefusedError.class));
        assertThat(OSError.fromErrno(LibC.ECONNRESET), instanceOf(ConnectionResetError.class));
        assertThat(OSError.fromErrno(LibC.ECONNRESET), instanceOf(ConnectionError.class));
        assertThat(OSError.fromErrno(LibC.EPIPE), instanceOf(BrokenPipeError.class));
        assertThat(OSError.fromErrno(LibC.EAGAIN), instanceOf(BlockingIOError.class));
        assertThat(OSError.fromErrno(LibC.EINPROGRESS), instanceOf(BlockingIOError.class));
        assertThat(OSError.fromErrno(LibC.ETIMEDOUT), instanceOf(TimeoutError.class));
        assertThat(OSError.fromErrno(LibC.ECONNREFUSED).getMessage(), is("[Errno " + LibC.ECONNREFUSED + "] Connection refused"));
        assertThat(OSError.fromErrno(LibC.EBADF).getClass(), is(OSError.class));
    }

    @Test
    @DisplayName("CPython: TestExceptions.test_setblocking_invalidfd")
    void setblockingOnAnFdClosedElsewhere() throws OSError {
        // CPython closes the fd behind the object's back. Another test thread could open a file
        // between that close and setblocking and take the number (fds are handed out lowest
        // first), so the socket is moved to a number far above any this process opens.
        int high = 1000; // under the usual soft limit of 1024
        assertThat("fd " + high + " is free", LibC.fcntl(high, LibC.F_GETFD), is(-1));
        try (SocketObject sock0 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0)) {
            assertThat(LibC.dup2(sock0.fileno(), high), is(high));
        }
        SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, high);
        LibC.close(high);
        try {
            OSError e = assertThrows(OSError.class, () -> sock.setblocking(false));
            assertThat(e.errno(), is(LibC.EBADF));
        } finally {
            sock.detach();
        }
    }

    /** A call that may throw, for tables of calls. */
    interface ThrowingCall {
        void run() throws Exception;
    }

    /** The number the next new fd gets (the lowest free one). */
    private static int lowestFreeFd() throws OSError {
        try (SocketObject probe = socket.socket()) {
            return probe.fileno();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
