package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Python docs' echo pair and its Java port, in all four pairings (Python or Java server,
 * Python or Java client), each side a real process: every pairing must talk, and each side
 * must print exactly what the CPython original prints, apart from the client's port number.
 */
class PythonDocsEchoInteropTest {
    /** What the two programs print, with the client's ephemeral port as P. */
    private static final String SERVER_SAYS = "Connected by ('127.0.0.1', P)\n";
    private static final String CLIENT_SAYS = "Received b'Hello, world'\n";

    /** One side of a pairing: how to start it on a port. */
    private interface Side {
        Child start(int port) throws Exception;
    }

    private static final Side PY_SERVER = port -> Child.python("docs_echo_server.py", Integer.toString(port));
    private static final Side JAVA_SERVER = port -> Child.java(DocsEchoServer.class, Integer.toString(port));
    private static final Side PY_CLIENT = port -> Child.python("docs_echo_client.py", Integer.toString(port));
    private static final Side JAVA_CLIENT = port -> Child.java(DocsEchoClient.class, Integer.toString(port));

    @Test
    @DisplayName("CPython docs 'Example' echo pair: Py server + Py client")
    void pythonServerPythonClient() throws Exception {
        runPair(PY_SERVER, PY_CLIENT);
    }

    @Test
    @DisplayName("CPython docs 'Example' echo pair: Java server + Py client")
    void javaServerPythonClient() throws Exception {
        runPair(JAVA_SERVER, PY_CLIENT);
    }

    @Test
    @DisplayName("CPython docs 'Example' echo pair: Py server + Java client")
    void pythonServerJavaClient() throws Exception {
        runPair(PY_SERVER, JAVA_CLIENT);
    }

    @Test
    @DisplayName("CPython docs 'Example' echo pair: Java server + Java client")
    void javaServerJavaClient() throws Exception {
        runPair(JAVA_SERVER, JAVA_CLIENT);
    }

    /** A loopback port free right now (bound then released; nothing was connected, so no TIME_WAIT). */
    private static int freePort() throws OSError {
        try (Socket s = socket.socket()) {
            s.bind("127.0.0.1", 0);
            return s.getsockname().port();
        }
    }

    /** Port digits differ from run to run; nothing else may. */
    private static String normalise(String out) {
        return out.replaceAll("\\('127\\.0\\.0\\.1', \\d+\\)", "('127.0.0.1', P)");
    }

    private static void runPair(Side serverSide, Side clientSide) throws Exception {
        int port = freePort();
        List<Child> children = new ArrayList<>();
        try {
            Child server = serverSide.start(port);
            children.add(server);
            // The docs' client does not retry, and the server says nothing until a client has
            // come, so run the client again while the server is still starting (refused).
            Child client;
            long deadline = System.nanoTime() + 15_000_000_000L;
            for (;;) {
                client = clientSide.start(port);
                children.add(client);
                int rc = client.await(15);
                if (rc == 0 || !client.stderr().contains("ConnectionRefusedError") || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(50);
            }
            client.requireSuccess();
            server.await(15);
            server.requireSuccess();
            assertThat(client.stdout(), is(CLIENT_SAYS));
            assertThat(server.stdout(), matchesPattern("Connected by \\('127\\.0\\.0\\.1', \\d{1,5}\\)\n"));
            assertThat(normalise(server.stdout()), is(SERVER_SAYS));
        } finally {
            for (Child c : children) {
                c.close();
            }
        }
    }
}
