package dev.jnasocket;

import static dev.jnasocket.SocketTimeoutTest.assertMode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Non-blocking mode as CPython has it: a call that would wait raises {@link BlockingIOError}
 * (EAGAIN from accept/recv/send, EINPROGRESS from connect) at once, and works once
 * {@code poll} says the socket is ready.
 */
class SocketNonBlockingTest {
    private static final byte[] MSG = SocketBasicsTest.MSG;

    /** Waits (at most 5 s) until poll reports the socket ready (or in error) for {@code events}. */
    private static void waitFor(SocketObject s, int events) {
        int revents = LibC.poll1(s.fileno(), events, 5000);
        assertThat("poll said ready", revents, greaterThan(0));
    }

    @Test
    @DisplayName("CPython: NonBlockingTCPTests.testAccept")
    void nonBlockingAccept() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0); SocketObject cli = socket.socket()) {
            serv.setblocking(false);
            long t0 = System.nanoTime();
            BlockingIOError e = assertThrows(BlockingIOError.class, serv::accept);
            assertThat((System.nanoTime() - t0) / 1e9, lessThan(1.0));
            assertThat(e.errno(), is(LibC.EAGAIN));
            assertThat(e.getMessage(), is("[Errno " + LibC.EAGAIN + "] Resource temporarily unavailable"));
            cli.connect(serv.getsockname());
            waitFor(serv, LibC.POLLIN);
            Accepted a = serv.accept();
            try (SocketObject conn = a.conn()) {
                assertThat("the accepted socket does not inherit non-blocking mode", conn.gettimeout(), is(nullValue()));
                assertMode(conn, null, true, false);
                assertThat(a.addr(), is(cli.getsockname()));
            }
        }
    }

    @Test
    @DisplayName("CPython: NonBlockingTCPTests.testRecv")
    void nonBlockingRecv() throws OSError {
        try (TcpPair p = TcpPair.open()) {
            p.conn.setblocking(false);
            BlockingIOError e = assertThrows(BlockingIOError.class, () -> p.conn.recv(MSG.length));
            assertThat(e.errno(), is(LibC.EAGAIN));
            assertThrows(BlockingIOError.class, () -> p.conn.recv_into(new byte[8]));
            assertThrows(BlockingIOError.class, () -> p.conn.recvfrom(8));
            p.client.sendall(MSG);
            waitFor(p.conn, LibC.POLLIN);
            assertArrayEquals(MSG, p.conn.recv(MSG.length));
        }
    }

    @Test
    @DisplayName("CPython: NonBlockingTCPTests.testInitNonBlocking and NonblockConstantTest.test_SOCK_NONBLOCK")
    @EnabledOnOs(OS.LINUX) // SOCK_NONBLOCK is a Linux socket() flag
    void sockNonblockFlag() throws OSError {
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)) {
            assertThat(s.type, is(socket.SOCK_STREAM));
            assertMode(s, 0.0, false, true);
            s.setblocking(true);
            assertMode(s, null, true, false);
            s.setblocking(false);
            assertMode(s, 0.0, false, true);
            s.settimeout(null);
            assertMode(s, null, true, false);
            s.settimeout(2.0);
            assertMode(s, 2.0, true, true);
            s.setblocking(true);
            assertMode(s, null, true, false);
        }
    }

    @Test
    @DisplayName("CPython: internal_connect in non-blocking mode: BlockingIOError EINPROGRESS, then SO_ERROR 0")
    void nonBlockingConnect() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0); SocketObject cli = socket.socket()) {
            cli.setblocking(false);
            try {
                cli.connect(serv.getsockname());
                // Loopback may finish at once; then the connection simply exists.
            } catch (BlockingIOError e) {
                assertThat(e.errno(), is(LibC.EINPROGRESS));
                assertThat(e.getMessage(), is("[Errno " + LibC.EINPROGRESS + "] Operation now in progress"));
                waitFor(cli, LibC.POLLOUT);
            }
            assertThat(cli.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), is(0));
            assertThat(cli.getpeername(), is(serv.getsockname()));
        }
    }

    @Test
    @DisplayName("CPython: connect_ex in non-blocking mode returns EINPROGRESS; a refused connect shows in SO_ERROR")
    void nonBlockingConnectExToAClosedPort() throws OSError {
        int port;
        try (SocketObject probe = socket.socket()) {
            probe.bind("127.0.0.1", 0);
            port = probe.getsockname().port(); // bound, never listening: connects are refused
            try (SocketObject cli = socket.socket()) {
                cli.setblocking(false);
                int rc = cli.connect_ex("127.0.0.1", port);
                assertThat(rc, anyOf(is(LibC.EINPROGRESS), is(LibC.ECONNREFUSED)));
                if (rc == LibC.EINPROGRESS) {
                    waitFor(cli, LibC.POLLOUT);
                    assertThat(cli.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), is(LibC.ECONNREFUSED));
                }
            }
        }
    }

    @Test
    @DisplayName("CPython: UnbufferedFileObjectClassTestCase._testWriteNonBlocking (send on a full buffer: BlockingIOError)")
    void nonBlockingSendFillsUp() throws OSError {
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            a.setblocking(false);
            byte[] big = new byte[1 << 20];
            long sent = 0;
            BlockingIOError full = null;
            for (int i = 0; i < 100 && full == null; i++) {
                try {
                    int n = a.send(big);
                    assertThat(n, greaterThan(0));
                    sent += n;
                } catch (BlockingIOError e) {
                    full = e;
                }
            }
            assertThat("the buffer filled up", full, is(notNullValue()));
            assertThat(full.errno(), is(LibC.EAGAIN));
            assertThat(sent, greaterThan(0L));
            BlockingIOError e = assertThrows(BlockingIOError.class, () -> a.sendall(big));
            assertThat(e.errno(), is(LibC.EAGAIN));
        }
    }

    @Test
    @DisplayName("CPython: recv flags MSG_DONTWAIT and MSG_PEEK on a blocking socket (RecvmsgGenericTests.testRecvmsgPeek, with recv)")
    void recvFlags() throws OSError {
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            BlockingIOError e = assertThrows(BlockingIOError.class, () -> b.recv(10, socket.MSG_DONTWAIT));
            assertThat(e.errno(), is(LibC.EAGAIN));
            assertMode(b, null, true, false);
            a.sendall(MSG);
            assertArrayEquals(java.util.Arrays.copyOf(MSG, 5), b.recv(5, socket.MSG_PEEK));
            assertArrayEquals(MSG, b.recv(1024), "peeked bytes are still there");
        }
    }
}
