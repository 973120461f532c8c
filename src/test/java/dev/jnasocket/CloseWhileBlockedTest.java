package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.LibC;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing a socket while another thread is blocked in it: the blocked thread wakes with an
 * OSError, and the fd number is not handed to a new socket until it has left, so no new socket
 * can receive the reader's data (on Linux a plain close would leave the reader asleep and let the
 * number be reused at once).
 */
class CloseWhileBlockedTest {

    @Test
    void closeWakesABlockedRecvAndNoNewSocketGetsItsData() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            int port = server.getsockname().port();
            SocketObject client = socket.create_connection("127.0.0.1", port);
            Accepted a = server.accept();
            SocketObject reader = a.conn();
            int readerFd = reader.fileno();
            CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.recv(1024);
                } catch (OSError e) {
                    return e;
                }
            });
            Thread.sleep(200); // let it block in recv
            assertThat("still blocked", blocked.isDone(), is(false));
            long t0 = System.nanoTime();
            reader.close();
            // Meanwhile open new sockets: none may take the reader's number while it is inside recv.
            List<SocketObject> fresh = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                fresh.add(socket.socket());
            }
            Object outcome = blocked.get(1, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(outcome, instanceOf(OSError.class));
            assertThat(((OSError) outcome).errno(), is(dev.jnasocket.libc.LibC.EBADF));
            assertThat(ms, lessThan(1000L));
            // Data the client sends now must not surface on any new socket.
            try {
                client.sendall("for the reader only".getBytes());
            } catch (OSError peerGone) {
                // the connection was shut down: fine, the data went nowhere
            }
            for (SocketObject s : fresh) {
                s.setblocking(false);
                try {
                    byte[] got = s.recv(64);
                    assertThat("a new socket received the reader's data", got.length, is(0));
                } catch (OSError expected) {
                    // not connected / would block: it has none of the data
                }
                s.close();
            }
            assertThat(reader.fileno(), is(-1));
            assertThat(readerFd, greaterThan(0));
            client.close();
        }
    }

    @Test
    void closeWakesABlockedAccept() throws Exception {
        SocketObject server = socket.create_server("127.0.0.1", 0);
        CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return server.accept();
            } catch (OSError e) {
                return e;
            }
        });
        Thread.sleep(200);
        assertThat(blocked.isDone(), is(false));
        server.close();
        Object outcome = blocked.get(1, TimeUnit.SECONDS);
        assertThat(outcome, instanceOf(OSError.class));
        assertThat(outcome.toString(), containsString(Errnos.text(LibC.EBADF)));
    }

    @Test
    void closeWakesARecvWaitingOutATimeout() throws Exception {
        SocketObject[] p = socket.socketpair();
        p[0].settimeout(30.0);
        CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return p[0].recv(10);
            } catch (OSError e) {
                return e;
            }
        });
        Thread.sleep(200);
        p[0].close();
        assertThat(blocked.get(1, TimeUnit.SECONDS), instanceOf(OSError.class));
        p[1].close();
    }

    /** A thread's call records which socket it is in: a close wakes every thread in that socket and no other. */
    @Test
    void closeWakesEveryThreadInItsSocketAndTheOthersCarryOn() throws Exception {
        SocketObject[] a = socket.socketpair();
        SocketObject[] b = socket.socketpair();
        try {
            CompletableFuture<Object> first = OwnThread.supply("recv a 1", () -> outcome(() -> a[0].recv(10)));
            CompletableFuture<Object> second = OwnThread.supply("recv a 2", () -> outcome(() -> a[0].recv(10)));
            CompletableFuture<Object> other = OwnThread.supply("recv b", () -> outcome(() -> b[0].recv(10)));
            Thread.sleep(300); // let all three block in recv
            assertThat(first.isDone() || second.isDone() || other.isDone(), is(false));
            a[0].close();
            assertEbadf(first);
            assertEbadf(second);
            Thread.sleep(200);
            assertThat("a close of another socket ended this call", other.isDone(), is(false));
            b[1].sendall("still here".getBytes());
            assertThat(new String((byte[]) other.get(2, TimeUnit.SECONDS)), is("still here"));
        } finally {
            a[1].close();
            b[0].close();
            b[1].close();
        }
    }

    private static Object outcome(Call call) {
        try {
            return call.run();
        } catch (OSError e) {
            return e;
        }
    }

    /** Runs {@code call} on another thread; its value or the OSError it raised. */
    private static CompletableFuture<Object> blockIn(Call call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.run();
            } catch (OSError e) {
                return e;
            }
        });
    }

    interface Call {
        Object run() throws OSError;
    }

    private static void assertEbadf(CompletableFuture<Object> blocked) throws Exception {
        Object outcome = blocked.get(2, TimeUnit.SECONDS);
        assertThat(outcome, instanceOf(OSError.class));
        assertThat(((OSError) outcome).errno(), is(LibC.EBADF));
    }

    @Test
    void closeWhileBlockedLeavesTheConnectionToADup() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0);
                SocketObject client = socket.create_connection("127.0.0.1", server.getsockname().port())) {
            SocketObject reader = server.accept().conn();
            SocketObject copy = reader.dup();
            CompletableFuture<Object> blocked = blockIn(() -> reader.recv(1024));
            Thread.sleep(200);
            assertThat("still blocked", blocked.isDone(), is(false));
            reader.close();
            assertEbadf(blocked);
            // The copy still has the connection, both ways, and the peer saw no EOF.
            copy.settimeout(2.0);
            client.settimeout(2.0);
            client.sendall("to the copy".getBytes());
            assertThat(new String(copy.recv(64)), is("to the copy"));
            copy.sendall("from the copy".getBytes());
            assertThat(new String(client.recv(64)), is("from the copy"));
            copy.close();
            assertThat("EOF once the last copy closes", client.recv(64).length, is(0));
        }
    }

    @Test
    void closeWhileBlockedInAcceptLeavesTheListenerToADup() throws Exception {
        SocketObject server = socket.create_server("127.0.0.1", 0);
        int port = server.getsockname().port();
        SocketObject copy = server.dup();
        CompletableFuture<Object> blocked = blockIn(server::accept);
        Thread.sleep(200);
        assertThat(blocked.isDone(), is(false));
        server.close();
        assertEbadf(blocked);
        copy.settimeout(2.0);
        try (SocketObject client = socket.create_connection("127.0.0.1", port)) {
            Accepted a = copy.accept();
            a.conn().sendall("still listening".getBytes());
            client.settimeout(2.0);
            assertThat(new String(client.recv(64)), is("still listening"));
            a.conn().close();
        } finally {
            copy.close();
        }
    }

    @Test
    void closeWhileBlockedWithoutCopiesEndsTheConnection() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0);
                SocketObject client = socket.create_connection("127.0.0.1", server.getsockname().port())) {
            SocketObject reader = server.accept().conn();
            CompletableFuture<Object> blocked = blockIn(() -> reader.recv(1024));
            Thread.sleep(200);
            reader.close();
            assertEbadf(blocked);
            client.settimeout(2.0);
            assertThat("the peer sees EOF", client.recv(64).length, is(0));
        }
    }

    @Test
    void recvfromWokenByCloseRaisesEbadf() throws Exception {
        SocketObject udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        udp.bind("127.0.0.1", 0);
        CompletableFuture<Object> blocked = blockIn(() -> udp.recvfrom(100));
        Thread.sleep(200);
        assertThat(blocked.isDone(), is(false));
        udp.close();
        assertEbadf(blocked);
    }

    @Test
    void closeWakesASendBlockedOnAFullBuffer() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject copy = p[0].dup();
        CompletableFuture<Object> blocked = blockIn(() -> {
            p[0].sendall(new byte[8 << 20]);
            return "sent";
        });
        Thread.sleep(200);
        assertThat(blocked.isDone(), is(false));
        p[0].close();
        assertEbadf(blocked);
        // The copy can still send: the connection was not shut down (make room first).
        p[1].settimeout(2.0);
        copy.settimeout(2.0);
        p[1].recv(1 << 20);
        copy.sendall("x".getBytes());
        copy.close();
        p[1].close();
    }
}
