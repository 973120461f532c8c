package dev.jnasocket.examples;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.JavaCommand;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each Java port in {@code dev.jnasocket.examples} against its Python original in
 * {@code examples/}: servers and clients of both languages against each other, under CPython
 * ({@code python3}) and this JVM, and what each prints must be the same apart from ports and fd
 * numbers. Every process is bounded in time and killed afterwards.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { // a JDK socket, only to pick a free port number
            return s.getLocalPort();
        }
    }

    private static List<String> python(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", "-u", EXAMPLES.resolve(script).toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static List<String> java(Class<?> main, String... args) {
        List<String> cmd = JavaCommand.command();
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String output(Process p) throws Exception {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("process did not finish in 30 s: " + p.info().commandLine().orElse("?"));
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
    }

    /** Runs a server, waits for its port, runs a client; returns {server output, client output}. */
    private static String[] pair(List<String> server, List<String> client, int port) throws Exception {
        Process s = new ProcessBuilder(server).redirectErrorStream(true).start();
        try {
            Process c = null;
            for (int i = 0; i < 100; i++) { // the server needs a moment to listen (bounded: 10 s)
                Thread.sleep(100);
                try (java.net.Socket probe = new java.net.Socket()) {
                    probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                    break;
                } catch (IOException notYet) {
                    // keep waiting
                }
            }
            c = new ProcessBuilder(client).redirectErrorStream(true).start();
            return new String[] {output(s), output(c)};
        } finally {
            s.destroyForcibly();
        }
    }

    /** Ports, fd numbers and the probe's connection (the servers that keep serving see it too) differ between runs. */
    private static String normalize(String out) {
        return out.replaceAll("fd=\\d+", "fd=N").replaceAll("\\b\\d{4,5}\\b", "PORT").strip();
    }

    @ParameterizedTest(name = "{0} server + {1} client, {2}")
    @CsvSource({
        "python, python, echo", "java, python, echo", "python, java, echo", "java, java, echo",
        "python, python, echo_any", "java, python, echo_any", "python, java, echo_any", "java, java, echo_any"})
    void echoPairsPrintTheSame(String serverLang, String clientLang, String pair) throws Exception {
        int port = freePort();
        String p = Integer.toString(port);
        boolean any = pair.equals("echo_any");
        List<String> server = serverLang.equals("python") ? python(any ? "echo_server_any.py" : "echo_server.py", p)
                : java(any ? echo_server_any.class : echo_server.class, p);
        List<String> client = clientLang.equals("python") ? python(any ? "echo_client_any.py" : "echo_client.py", p)
                : java(any ? echo_client_any.class : echo_client.class, p);
        // These servers serve one connection, so no readiness probe: the client retries while
        // the server is not listening yet (bounded: 50 tries, 200 ms apart).
        Process s = new ProcessBuilder(server).redirectErrorStream(true).start();
        try {
            String clientOut = "";
            for (int i = 0; i < 50; i++) {
                Process c = new ProcessBuilder(client).redirectErrorStream(true).start();
                clientOut = output(c);
                boolean notListeningYet = clientOut.contains("Connection refused") || clientOut.contains("could not open socket");
                if (c.exitValue() == 0 || !notListeningYet) {
                    break;
                }
                Thread.sleep(200);
            }
            String serverOut = output(s);
            assertThat(normalize(serverOut), is("Connected by ('127.0.0.1', PORT)"));
            assertThat(clientOut.strip(), is("Received b'Hello, world'"));
        } finally {
            s.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "{0} selectors server")
    @CsvSource({"python", "java"})
    void selectorsExamplePrintsWhatCPythonPrints(String serverLang) throws Exception {
        int port = freePort();
        String p = Integer.toString(port);
        List<String> server = serverLang.equals("python") ? python("selectors_echo.py", p, "3")
                : java(selectors_echo.class, p, "3");
        String client = "import socket, sys\n"
                + "for msg in (b'hello', b'world'):\n"
                + "    with socket.create_connection(('localhost', int(sys.argv[1]))) as s:\n"
                + "        s.sendall(msg)\n"
                + "        print(s.recv(1000))\n";
        String[] out = pair(server, List.of("python3", "-c", client, p), port);
        String expected = String.join("\n",
                "accepted <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)> from ('127.0.0.1', PORT)",
                "closing <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)>",
                "accepted <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)> from ('127.0.0.1', PORT)",
                "echoing b'hello' to <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)>",
                "closing <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)>",
                "accepted <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)> from ('127.0.0.1', PORT)",
                "echoing b'world' to <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)>",
                "closing <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)>");
        assertThat(normalize(out[0]), is(expected));
        assertThat(out[1].strip(), is("b'hello'\nb'world'"));
    }
}
