package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.SocketBasicsTest.ThrowingCall;
import dev.jnasocket.libc.LibC;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CPython's timeout semantics: {@code settimeout(t)} makes accept, recv, connect and sendall
 * raise {@code TimeoutError("timed out")} after t seconds (one deadline per call, sendall
 * included); 0.0 is non-blocking; None blocks; the default timeout applies to new and accepted
 * sockets. All on loopback; the connect timeout comes from a listener whose backlog is full
 * (Linux then drops the SYN, so the connect hangs until our deadline).
 */
class SocketTimeoutTest {
    /** Short enough to keep the suite fast, long enough to measure on a loaded 2-core machine. */
    private static final double T = 0.2;

    @AfterEach
    void resetDefaultTimeout() {
        socket.setdefaulttimeout(null);
    }

    /** CPython test_timeout's {@code _sock_operation}: TimeoutError('timed out'), no errno, after about {@code timeout}. */
    static void assertTimesOut(double timeout, ThrowingCall call) {
        long t0 = System.nanoTime();
        TimeoutError e = assertThrows(TimeoutError.class, call::run);
        double took = (System.nanoTime() - t0) / 1e9;
        assertThat(e.getMessage(), is("timed out"));
        assertThat(e.errno(), is(nullValue()));
        assertThat("returned before the deadline", took, greaterThanOrEqualTo(timeout - 0.01));
        assertThat("took far longer than the timeout", took, lessThan(timeout + 1.5));
    }

    @Test
    @DisplayName("CPython: TCPTimeoutTest.testTCPTimeout / test_timeout.testAcceptTimeout")
    void acceptTimesOut() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0)) {
            serv.settimeout(T);
            assertTimesOut(T, serv::accept);
        }
    }

    @Test
    @DisplayName("CPython: TCPTimeoutTest.testTimeoutZero (non-blocking accept: OSError, not TimeoutError)")
    void acceptWithTimeoutZero() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0)) {
            serv.settimeout(0.0);
            OSError e = assertThrows(OSError.class, serv::accept);
            assertThat(e, not(instanceOf(TimeoutError.class)));
            assertThat(e, instanceOf(BlockingIOError.class));
            assertThat(e.errno(), is(LibC.EAGAIN));
        }
    }

    @Test
    @DisplayName("CPython: NetworkConnectionBehaviourTest.testOutsideTimeout (create_connection(timeout=...) then recv)")
    void recvTimesOut() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0);
                SocketObject sock = socket.create_connection(serv.getsockname(), T);
                SocketObject conn = serv.accept().conn()) {
            assertThat(sock.gettimeout(), is(T));
            assertTimesOut(T, () -> sock.recv(5));
            assertTimesOut(T, () -> sock.recv_into(new byte[5]));
            conn.sendall(b("done!"));
            assertArrayEquals(b("done!"), sock.recv(5), "a timeout does not spoil the socket");
        }
    }

    @Test
    @DisplayName("CPython: NetworkConnectionBehaviourTest.testInsideTimeout (data within the timeout arrives)")
    void recvWithinTheTimeout() throws Exception {
        try (TcpPair p = TcpPair.open()) {
            p.client.settimeout(2.0);
            CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(100);
                    p.conn.send(b("done!"));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertArrayEquals(b("done!"), p.client.recv(5));
            later.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("CPython: UDPTimeoutTest.testUDPTimeout and test_timeout.testRecvfromTimeout")
    void udpRecvTimesOut() throws OSError {
        try (SocketObject serv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            serv.bind("127.0.0.1", 0);
            serv.settimeout(T);
            assertTimesOut(T, () -> serv.recv(1024));
            assertTimesOut(T, () -> serv.recvfrom(1024));
        }
    }

    @Test
    @DisplayName("CPython: UDPTimeoutTest.testTimeoutZero")
    void udpRecvWithTimeoutZero() throws OSError {
        try (SocketObject serv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            serv.bind("127.0.0.1", 0);
            serv.settimeout(0.0);
            OSError e = assertThrows(OSError.class, () -> serv.recv(1024));
            assertThat(e, instanceOf(BlockingIOError.class));
            assertThat(e.getMessage(), is("[Errno " + LibC.EAGAIN + "] Resource temporarily unavailable"));
        }
    }

    @Test
    @DisplayName("CPython: test_timeout.testConnectTimeout, on loopback: a listener whose backlog is full")
    void connectTimesOut() throws OSError {
        List<SocketObject> open = new ArrayList<>();
        try (SocketObject serv = socket.socket()) {
            serv.bind("127.0.0.1", 0);
            serv.listen(0);
            Address addr = serv.getsockname();
            // Fill the accept queue (Linux queues backlog + 1) so the next SYN is dropped.
            for (int i = 0; i < 4; i++) {
                SocketObject filler = socket.socket();
                open.add(filler);
                filler.settimeout(T);
                try {
                    filler.connect(addr);
                } catch (TimeoutError full) {
                    break;
                }
            }
            assertThat("the queue filled up", open.size(), lessThan(4));
            SocketObject late = socket.socket();
            open.add(late);
            late.settimeout(T);
            assertTimesOut(T, () -> late.connect(addr));
            // connect_ex reports the same expiry as EWOULDBLOCK, as CPython's does.
            SocketObject again = socket.socket();
            open.add(again);
            again.settimeout(T);
            assertThat(again.connect_ex(addr), is(LibC.EWOULDBLOCK));
            // Once the queue drains, connect with a timeout succeeds.
            serv.accept().conn().close();
            SocketObject ok = socket.socket();
            open.add(ok);
            ok.settimeout(2.0);
            long t0 = System.nanoTime();
            boolean connected = false;
            while (!connected && System.nanoTime() - t0 < 3_000_000_000L) {
                try {
                    ok.connect(addr);
                    connected = true;
                } catch (TimeoutError stillFull) {
                    serv.settimeout(0.0);
                    try {
                        serv.accept().conn().close();
                    } catch (BlockingIOError nothingQueued) {
                        // the kernel has not finished a retried handshake yet
                    }
                }
            }
            assertThat(connected, is(true));
            assertThat(ok.getpeername(), is(addr));
        } finally {
            for (SocketObject s : open) {
                s.close();
            }
        }
    }

    @Test
    @DisplayName("CPython: test_timeout.testSendall and 3.5's 'the timeout is the maximum total duration to send all data'")
    void sendallHasOneDeadline() throws Exception {
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            // A slow reader takes 64 KiB every 20 ms, so no single wait reaches the timeout; only
            // one deadline for the whole call can expire (16 MiB would take seconds).
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                try {
                    b.settimeout(0.05);
                    while (!stop.get()) {
                        try {
                            b.recv(1 << 16);
                        } catch (TimeoutError idle) {
                            // nothing sent just now
                        }
                        Thread.sleep(20);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            a.settimeout(0.5);
            try {
                assertTimesOut(0.5, () -> a.sendall(new byte[16 << 20]));
            } finally {
                stop.set(true);
                reader.get(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("CPython: test_timeout.testSend (send with a timeout on a full buffer)")
    void sendTimesOutOnAFullBuffer() throws OSError {
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            a.settimeout(T);
            byte[] chunk = new byte[200_000];
            long t0 = System.nanoTime();
            TimeoutError e = null;
            for (int i = 0; i < 200 && e == null; i++) {
                try {
                    a.send(chunk);
                } catch (TimeoutError full) {
                    e = full;
                }
            }
            assertThat("send eventually times out", e, is(notNullValue()));
            assertThat(e.getMessage(), is("timed out"));
            assertThat((System.nanoTime() - t0) / 1e9, lessThan(T + 1.5));
        }
    }

    @Test
    @DisplayName("CPython: test_timeout.testRangeCheck / testTypeCheck (ValueError texts)")
    void timeoutRange() throws OSError {
        try (SocketObject s = socket.socket()) {
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.settimeout(-1.0)).getMessage(),
                    is("Timeout value out of range"));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.settimeout(Double.NaN)).getMessage(),
                    is("Invalid value NaN (not a number)"));
            assertThat(assertThrows(IllegalArgumentException.class, () -> socket.setdefaulttimeout(-1.0)).getMessage(),
                    is("Timeout value out of range"));
            assertThat(s.gettimeout(), is(nullValue()));
        }
    }

    @Test
    @DisplayName("CPython: test_timeout.testTimeoutThenBlocking / testBlockingThenTimeout / NonBlockingTCPTests.testSetBlocking")
    void timeoutModes() throws OSError {
        try (SocketObject s = socket.socket()) {
            s.settimeout(10.0);
            assertMode(s, 10.0, true, true);
            s.setblocking(true);
            assertMode(s, null, true, false);
            s.setblocking(false);
            assertMode(s, 0.0, false, true);
            s.settimeout(null);
            assertMode(s, null, true, false);
            s.settimeout(0.0);
            assertMode(s, 0.0, false, true);
        }
    }

    /** NonBlockingTCPTests.assert_sock_timeout: gettimeout, getblocking and the fd's O_NONBLOCK agree. */
    static void assertMode(SocketObject s, Double timeout, boolean blocking, boolean fdNonBlocking) {
        assertThat(s.gettimeout(), is(timeout));
        assertThat(s.getblocking(), is(blocking));
        int fl = LibC.fcntl(s.fileno(), LibC.F_GETFL);
        assertThat(fl, greaterThanOrEqualTo(0));
        assertThat("O_NONBLOCK on the fd", (fl & LibC.O_NONBLOCK) != 0, is(fdNonBlocking));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testDefaultTimeout and NonblockConstantTest.test_SOCK_NONBLOCK (defaulttimeout part)")
    void defaultTimeoutAppliesToNewSockets() throws OSError {
        assertThat(socket.getdefaulttimeout(), is(nullValue()));
        try (SocketObject s = socket.socket()) {
            assertMode(s, null, true, false);
        }
        socket.setdefaulttimeout(10.0);
        assertThat(socket.getdefaulttimeout(), is(10.0));
        try (SocketObject s = socket.socket(); SocketObject u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            assertMode(s, 10.0, true, true);
            assertMode(u, 10.0, true, true);
        }
        socket.setdefaulttimeout(0.0);
        try (SocketObject s = socket.socket()) {
            assertMode(s, 0.0, false, true);
        }
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            assertMode(a, 0.0, false, true);
            assertMode(b, 0.0, false, true);
        }
        socket.setdefaulttimeout(null);
        try (SocketObject s = socket.socket()) {
            assertMode(s, null, true, false);
        }
    }

    @Test
    @DisplayName("CPython: NonBlockingTCPTests.testInheritFlagsBlocking (listener with a timeout, default None: accepted socket blocks)")
    void acceptedSocketIsBlockingWithoutADefault() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0); SocketObject cli = socket.socket()) {
            serv.settimeout(10.0);
            cli.connect(serv.getsockname());
            try (SocketObject conn = serv.accept().conn()) {
                assertMode(conn, null, true, false);
            }
        }
    }

    @Test
    @DisplayName("CPython: NonBlockingTCPTests.testInheritFlagsTimeout (accepted socket takes the default timeout)")
    void acceptedSocketTakesTheDefaultTimeout() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0); SocketObject cli = socket.socket()) {
            serv.settimeout(10.0);
            cli.connect(serv.getsockname());
            socket.setdefaulttimeout(20.0);
            try (SocketObject conn = serv.accept().conn()) {
                assertMode(conn, 20.0, true, true);
            }
        }
    }

    @Test
    @DisplayName("CPython: NetworkConnectionAttributesTest.testTimeoutDefault / testTimeoutNone / testTimeoutValueNamed")
    void createConnectionTimeouts() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0)) {
            Address addr = serv.getsockname();
            socket.setdefaulttimeout(42.0);
            try (SocketObject cli = socket.create_connection(addr)) {
                assertThat("no timeout given: the default", cli.gettimeout(), is(42.0));
            }
            try (SocketObject cli = socket.create_connection(addr, null)) {
                assertThat("timeout=None: blocking", cli.gettimeout(), is(nullValue()));
            }
            socket.setdefaulttimeout(null);
            try (SocketObject cli = socket.create_connection(addr, 30.0)) {
                assertThat(cli.gettimeout(), is(30.0));
                assertThat(cli.family, is(socket.AF_INET));
            }
        }
    }
}
