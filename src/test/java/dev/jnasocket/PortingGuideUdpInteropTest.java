package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.LibC;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The porting guide's second program (a UDP upper-case server and a client with a timeout and
 * retries), in Python and in its Java port: Python server with Java client, and Java server
 * with Python client, each side a real process printing what the other language's version
 * prints (ports normalised).
 */
class PortingGuideUdpInteropTest {
    private static final String SERVER_SAYS = String.join("\n",
            "From ('127.0.0.1', P) got b'hello'",
            "From ('127.0.0.1', P) got b'caf\\xc3\\xa9'",
            "From ('127.0.0.1', P) got b\"it's\"", "");
    private static final String CLIENT_SAYS = String.join("\n",
            "Sent b'hello' got b'HELLO' from ('127.0.0.1', P)",
            "Sent b'caf\\xc3\\xa9' got b'CAF\\xc3\\xa9' from ('127.0.0.1', P)",
            "Sent b\"it's\" got b\"IT'S\" from ('127.0.0.1', P)", "");

    @Test
    @DisplayName("Porting guide UDP pair: Py server + Java client")
    void pythonServerJavaClient() throws Exception {
        runPair(true, false);
    }

    @Test
    @DisplayName("Porting guide UDP pair: Java server + Py client")
    void javaServerPythonClient() throws Exception {
        runPair(false, true);
    }

    private static String normalise(String out) {
        return out.replaceAll("\\('127\\.0\\.0\\.1', \\d+\\)", "('127.0.0.1', P)");
    }

    /** Waits until a process has bound UDP {@code port}: from then on datagrams queue for it. */
    private static void awaitBound(int port, Child server) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (SocketObject probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
                probe.bind("127.0.0.1", port);
            } catch (OSError e) {
                assertThat(e.errno(), is(LibC.EADDRINUSE));
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server never bound port " + port + "; stderr: " + server.stderr());
    }

    private static void runPair(boolean pythonServer, boolean pythonClient) throws Exception {
        int port;
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            s.bind("127.0.0.1", 0);
            port = s.getsockname().port();
        }
        String p = Integer.toString(port);
        List<Child> children = new ArrayList<>();
        try {
            Child server = pythonServer ? Child.python("udp_upper_server.py", p) : Child.java(UdpUpperServer.class, p);
            children.add(server);
            awaitBound(port, server);
            Child client = pythonClient ? Child.python("udp_upper_client.py", p) : Child.java(UdpUpperClient.class, p);
            children.add(client);
            client.await(15);
            client.requireSuccess();
            server.await(15);
            server.requireSuccess();
            assertThat(normalise(client.stdout()), is(CLIENT_SAYS));
            assertThat(normalise(server.stdout()), is(SERVER_SAYS));
        } finally {
            for (Child c : children) {
                c.close();
            }
        }
    }
}
