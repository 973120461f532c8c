package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code socket.create_connection} and {@code socket.create_server}, after CPython's
 * {@code NetworkConnectionNoServer}, {@code NetworkConnectionAttributesTest},
 * {@code ContextManagersTest}, {@code CreateServerTest} and {@code CreateServerFunctionalTest}.
 */
class CreateConnectionServerTest {

    /** A loopback port nobody listens on: bound (so nobody else takes it) but never listening. */
    private static final class DeadPort implements AutoCloseable {
        final SocketObject holder = socket.socket();
        final int port;

        DeadPort() throws OSError {
            holder.bind("127.0.0.1", 0);
            port = holder.getsockname().port();
        }

        @Override
        public void close() throws OSError {
            holder.close();
        }
    }

    /** CPython's CreateServerFunctionalTest.echo_server: accept one client, echo one message. */
    private static CompletableFuture<Void> echoOnce(SocketObject serv) {
        return CompletableFuture.runAsync(() -> {
            try {
                serv.settimeout(5.0);
                try (SocketObject conn = serv.accept().conn()) {
                    conn.settimeout(5.0);
                    byte[] msg = conn.recv(1024);
                    if (msg.length > 0) {
                        conn.sendall(msg);
                    }
                }
            } catch (OSError e) {
                throw new RuntimeException(e);
            }
        });
    }

    /** CPython's echo_client: connect, send b'foo', expect it back. */
    private static void echoClient(Address addr, int family) throws Exception {
        try (SocketObject sock = socket.socket(family)) {
            sock.settimeout(5.0);
            sock.connect(addr);
            sock.sendall(b("foo"));
            assertThat(repr(sock.recv(1024)), is("b'foo'"));
        }
    }

    @Test
    @DisplayName("CPython: NetworkConnectionNoServer.test_connect (errno ECONNREFUSED)")
    void connectRefused() throws OSError {
        try (DeadPort dead = new DeadPort(); SocketObject cli = socket.socket()) {
            OSError e = assertThrows(OSError.class, () -> cli.connect("127.0.0.1", dead.port));
            assertThat(e, instanceOf(ConnectionRefusedError.class));
            assertThat(e.errno(), is(LibC.ECONNREFUSED));
            assertThat(cli.connect_ex("127.0.0.1", dead.port), is(LibC.ECONNREFUSED));
        }
    }

    @Test
    @DisplayName("CPython: NetworkConnectionNoServer.test_create_connection (the last error, with its errno)")
    void createConnectionRefused() throws OSError {
        try (DeadPort dead = new DeadPort()) {
            ConnectionRefusedError e = assertThrows(ConnectionRefusedError.class, () -> socket.create_connection("127.0.0.1", dead.port));
            assertThat(e.getMessage(), is("[Errno " + LibC.ECONNREFUSED + "] " + LibC.strerror(LibC.ECONNREFUSED)));
            assertThat(e.errno(), is(LibC.ECONNREFUSED));
            // 'localhost' may give several addresses: every one is tried, the last error is raised.
            e = assertThrows(ConnectionRefusedError.class, () -> socket.create_connection("localhost", dead.port));
            assertThat(e.errno(), is(LibC.ECONNREFUSED));
        }
    }

    @Test
    @DisplayName("CPython: ContextManagersTest.testCreateConnectionBase / testCreateConnectionClose and NetworkConnectionAttributesTest.testFamily")
    void createConnectionEchoes() throws Exception {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0)) {
            CompletableFuture<Void> server = echoOnce(serv);
            SocketObject sock;
            try (SocketObject s = socket.create_connection(serv.getsockname())) {
                sock = s;
                assertThat(s.family, is(socket.AF_INET));
                assertThat(s.type, is(socket.SOCK_STREAM));
                s.sendall(b("foo"));
                assertThat(repr(s.recv(1024)), is("b'foo'"));
            }
            assertThat(sock.fileno(), is(-1));
            assertThat(assertThrows(OSError.class, () -> sock.sendall(b("foo"))).errno(), is(LibC.EBADF));
            server.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("CPython: NetworkConnectionAttributesTest.testSourceAddress (bound before connecting)")
    void createConnectionSourceAddress() throws OSError {
        try (SocketObject serv = socket.create_server("127.0.0.1", 0); DeadPort free = new DeadPort()) {
            int sourcePort = free.port;
            free.close(); // the port is free again, for the client to bind
            try (SocketObject cli = socket.create_connection(serv.getsockname(), 5.0, Address.of("", sourcePort));
                    SocketObject conn = serv.accept().conn()) {
                assertThat(cli.getsockname().port(), is(sourcePort));
                assertThat(conn.getpeername(), is(Address.of("127.0.0.1", sourcePort)));
            }
        }
    }

    @Test
    @DisplayName("CPython: CreateServerTest.test_address / test_family_and_type (AF_INET and AF_INET6)")
    void createServerAddress() throws OSError {
        int port;
        try (DeadPort free = new DeadPort()) {
            port = free.port;
        }
        try (SocketObject sock = socket.create_server("127.0.0.1", port)) {
            assertThat(sock.getsockname(), is(Address.of("127.0.0.1", port)));
            assertThat(sock.family, is(socket.AF_INET));
            assertThat(sock.type, is(socket.SOCK_STREAM));
            assertThat("listening", sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), is(1));
            assertThat("SO_REUSEADDR is set", sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), not(0));
        }
        try (SocketObject sock = socket.create_server(Address.of("::1", port), socket.AF_INET6, null, false, false)) {
            assertThat(sock.getsockname().host(), is("::1"));
            assertThat(sock.getsockname().port(), is(port));
            assertThat(sock.family, is(socket.AF_INET6));
            assertThat(sock.toString(), is("<socket.socket fd=" + sock.fileno() + ", family=" + socket.AF_INET6
                    + ", type=1, proto=0, laddr=('::1', " + port + ", 0, 0)>"));
        }
    }

    @Test
    @DisplayName("CPython: create_server's '... (while attempting to bind on address ('127.0.0.1', P))'")
    void createServerBindError() throws OSError {
        try (SocketObject taken = socket.create_server("127.0.0.1", 0)) {
            Address addr = taken.getsockname();
            OSError e = assertThrows(OSError.class, () -> socket.create_server(addr));
            assertThat(e.errno(), is(LibC.EADDRINUSE));
            assertThat(e.getMessage(), is("[Errno " + LibC.EADDRINUSE + "] " + LibC.strerror(LibC.EADDRINUSE)
                    + " (while attempting to bind on address ('127.0.0.1', " + addr.port() + "))"));
            assertThat(e.strerror(), endsWith("(while attempting to bind on address " + addr + ")"));
        }
    }

    @Test
    @DisplayName("CPython: CreateServerTest.test_reuse_port")
    void createServerReusePort() throws OSError {
        try (SocketObject sock = socket.create_server("localhost", 0)) {
            assertThat(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT), is(0));
        }
        try (SocketObject sock = socket.create_server(Address.of("localhost", 0), socket.AF_INET, null, true, false)) {
            assertThat(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT), not(0));
        }
    }

    @Test
    @DisplayName("CPython: CreateServerTest.test_ipv6_only_default / test_dualstack_ipv6_family, and the ValueError for AF_INET")
    void createServerIpv6Options() throws OSError {
        try (SocketObject sock = socket.create_server(Address.of("::1", 0), socket.AF_INET6, null, false, false)) {
            assertThat(sock.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY), not(0));
        }
        try (SocketObject sock = socket.create_server(Address.of("", 0), socket.AF_INET6, 5, false, true)) {
            assertThat(sock.family, is(socket.AF_INET6));
            assertThat("dual stack: IPv4 accepted too", sock.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY), is(0));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> socket.create_server(Address.of("127.0.0.1", 0), socket.AF_INET, null, false, true));
        assertThat(e.getMessage(), is("dualstack_ipv6 requires AF_INET6 family"));
    }

    @Test
    @DisplayName("CPython: CreateServerFunctionalTest.test_tcp4 / test_tcp6")
    void createServerEchoes() throws Exception {
        for (int family : new int[] {socket.AF_INET, socket.AF_INET6}) {
            String host = family == socket.AF_INET ? "127.0.0.1" : "::1";
            try (SocketObject sock = socket.create_server(Address.of(host, 0), family, null, false, false)) {
                CompletableFuture<Void> server = echoOnce(sock);
                echoClient(Address.of(host, sock.getsockname().port()), family);
                server.get(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("CPython: CreateServerFunctionalTest.test_dual_stack_client_v4 / test_dual_stack_client_v6")
    void dualStackServerTakesBothFamilies() throws Exception {
        try (SocketObject sock = socket.create_server(Address.of("", 0), socket.AF_INET6, null, false, true)) {
            int port = sock.getsockname().port();
            CompletableFuture<Void> server = echoOnce(sock);
            echoClient(Address.of("127.0.0.1", port), socket.AF_INET);
            server.get(5, TimeUnit.SECONDS);
            server = echoOnce(sock);
            echoClient(Address.of("::1", port), socket.AF_INET6);
            server.get(5, TimeUnit.SECONDS);
        }
    }
}
