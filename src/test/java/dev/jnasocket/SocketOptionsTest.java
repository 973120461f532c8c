package dev.jnasocket;

import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * getsockopt/setsockopt in both of CPython's forms (int, and raw bytes with a buflen), their
 * errors, and the close-on-exec ("inheritable") flag of CPython's {@code InheritanceTest}.
 */
class SocketOptionsTest {

    /** Python's {@code struct.pack('ii', a, b)} on these hosts. */
    private static byte[] packInts(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.nativeOrder());
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testGetSockOpt / testSetSockOpt (SO_REUSEADDR)")
    void reuseaddr() throws OSError {
        try (SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            assertThat("initial mode is not reuse", sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), is(0));
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
            assertThat(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), not(0));
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0);
            assertThat(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), is(0));
        }
    }

    @Test
    @DisplayName("CPython: SO_TYPE and SO_ACCEPTCONN read back the socket's kind (getsockopt int form)")
    void soTypeAndAcceptconn() throws OSError {
        try (SocketObject tcp = socket.socket(); SocketObject udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
                SocketObject serv = socket.create_server("127.0.0.1", 0)) {
            assertThat(tcp.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), is(socket.SOCK_STREAM));
            assertThat(udp.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), is(socket.SOCK_DGRAM));
            assertThat(serv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), is(1));
            assertThat(tcp.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), is(0));
            assertThat(tcp.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), is(0));
        }
    }

    @Test
    @DisplayName("CPython: TCP_NODELAY off by default, on after setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)")
    void tcpNodelay() throws OSError {
        try (TcpPair p = TcpPair.open()) {
            assertThat(p.client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), is(0));
            p.client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1);
            assertThat(p.client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), is(1));
        }
    }

    @Test
    @DisplayName("CPython: setsockopt(SOL_SOCKET, SO_LINGER, struct.pack('ii', 1, 5)) and getsockopt(..., 8) bytes")
    void lingerAsBytes() throws OSError {
        try (SocketObject s = socket.socket()) {
            assertThat(repr(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)),
                    is("b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"));
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, packInts(1, 5));
            byte[] got = s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8);
            if (dev.jnasocket.libc.Os.HOST == dev.jnasocket.libc.Os.LINUX) {
                // What CPython prints on this machine for the same calls.
                assertThat(repr(got), is("b'\\x01\\x00\\x00\\x00\\x05\\x00\\x00\\x00'"));
            }
            ByteBuffer b = ByteBuffer.wrap(got).order(ByteOrder.nativeOrder());
            assertThat(b.getInt(0), is(1));
            assertThat("a short buffer gets the first bytes", s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 4).length, is(4));
            assertThat(ByteBuffer.wrap(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 4)).order(ByteOrder.nativeOrder()).getInt(),
                    is(1));
        }
    }

    @Test
    @DisplayName("CPython: an int option read as bytes (buflen 4) and set from bytes (struct.pack('i', 1))")
    void intOptionAsBytes() throws OSError {
        try (SocketObject s = socket.socket()) {
            int rcvbuf = s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF);
            byte[] raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4);
            assertThat(ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder()).getInt(), is(rcvbuf));
            s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, packInts(1));
            assertThat(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE), is(1));
        }
    }

    @Test
    @DisplayName("CPython: sock_getsockopt's 'getsockopt buflen out of range' and the kernel's ENOPROTOOPT")
    void optionErrors() throws OSError {
        try (SocketObject s = socket.socket()) {
            for (int buflen : new int[] {-1, 1025}) {
                OSError e = assertThrows(OSError.class, () -> s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, buflen));
                assertThat(e.getMessage(), is("getsockopt buflen out of range"));
                assertThat(e.errno(), is(nullValue()));
            }
            OSError e = assertThrows(OSError.class, () -> s.getsockopt(socket.SOL_SOCKET, 9999));
            assertThat(e.errno(), is(LibC.ENOPROTOOPT));
            assertThat(e.getMessage(), is("[Errno " + LibC.ENOPROTOOPT + "] Protocol not available"));
            e = assertThrows(OSError.class, () -> s.setsockopt(socket.SOL_SOCKET, 9999, 1));
            assertThat(e.errno(), is(LibC.ENOPROTOOPT));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (byte[]) null))
                    .getMessage(), is("a bytes-like object is required, not 'NoneType'"));
        }
    }

    @Test
    @DisplayName("CPython: InheritanceTest.test_default_inheritable / test_set_inheritable / test_set_inheritable_cloexec")
    void inheritable() throws OSError {
        try (SocketObject sock = socket.socket()) {
            assertThat(sock.get_inheritable(), is(false));
            assertThat(LibC.fcntl(sock.fileno(), LibC.F_GETFD) & LibC.FD_CLOEXEC, is(LibC.FD_CLOEXEC));
            sock.set_inheritable(true);
            assertThat(sock.get_inheritable(), is(true));
            assertThat(LibC.fcntl(sock.fileno(), LibC.F_GETFD) & LibC.FD_CLOEXEC, is(0));
            sock.set_inheritable(false);
            assertThat(sock.get_inheritable(), is(false));
        }
    }

    @Test
    @DisplayName("CPython: InheritanceTest.test_get_inheritable_cloexec (the flag is read from the fd, not remembered)")
    void inheritableReadsTheFd() throws OSError {
        try (SocketObject sock = socket.socket()) {
            int fd = sock.fileno();
            int flags = LibC.fcntl(fd, LibC.F_GETFD);
            assertThat(LibC.fcntl(fd, LibC.F_SETFD, flags & ~LibC.FD_CLOEXEC), is(0));
            assertThat(sock.get_inheritable(), is(true));
        }
    }

    @Test
    @DisplayName("CPython: InheritanceTest.test_SOCK_CLOEXEC and accepted sockets are close-on-exec too")
    @EnabledOnOs(OS.LINUX) // SOCK_CLOEXEC is a Linux socket() flag
    void cloexecEverywhere() throws OSError {
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)) {
            assertThat(s.type, is(socket.SOCK_STREAM));
            assertThat(s.get_inheritable(), is(false));
        }
        try (TcpPair p = TcpPair.open(); SocketObject f = socket.fromfd(p.conn.fileno(), socket.AF_INET, socket.SOCK_STREAM)) {
            assertThat(p.conn.get_inheritable(), is(false));
            assertThat(p.client.get_inheritable(), is(false));
            assertThat(f.get_inheritable(), is(false));
        }
    }
}
