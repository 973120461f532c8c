package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Our echo server with CPython's echo client, and our echo client with CPython's echo server
 * (both small {@code python3} programs, loopback only, bounded in time).
 */
class CpythonInteropTest {
    /** CPython's side of the conversation: several messages over one connection, each echo read fully. */
    private static final String PY_CLIENT = String.join("\n",
            "import socket, sys",
            "with socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=10) as s:",
            "    for msg in (b'Hello, world', b'x' * 100000, b'bye'):",
            "        s.sendall(msg)",
            "        got = b''",
            "        while len(got) < len(msg):",
            "            chunk = s.recv(65536)",
            "            if not chunk: raise SystemExit('EOF early')",
            "            got += chunk",
            "        print(len(got), got == msg)",
            "");

    /** CPython's threaded echo server on a free port; prints the port, serves until killed. */
    private static final String PY_SERVER = String.join("\n",
            "import socketserver",
            "class Echo(socketserver.BaseRequestHandler):",
            "    def handle(self):",
            "        while True:",
            "            data = self.request.recv(65536)",
            "            if not data: break",
            "            self.request.sendall(data)",
            "with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as srv:",
            "    print(srv.server_address[1], flush=True)",
            "    srv.serve_forever()",
            "");

    @ParameterizedTest
    @EnumSource(EchoServer.Mode.class)
    void cpythonClientAgainstOurServer(EchoServer.Mode mode) throws Exception {
        EchoServer server = new EchoServer(EchoServer.Config.defaults().withMode(mode).withPort(0), null);
        Thread serving = Serving.start(server);
        try {
            Process p = new ProcessBuilder("python3", "-c", PY_CLIENT, Integer.toString(server.address().port()))
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS), is(true));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(out, p.exitValue(), is(0));
            assertThat(out, is("12 True\n100000 True\n3 True\n"));
        } finally {
            server.shutdown();
            serving.join(5000);
        }
    }

    @Test
    void ourClientAgainstCpythonServer() throws Exception {
        Process py = new ProcessBuilder("python3", "-u", "-c", PY_SERVER).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(py.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            int port = Integer.parseInt(first.strip());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"echo-client", "--port", Integer.toString(port), "Hello, world", "again"},
                    new PrintStream(out, true), new PrintStream(err, true));
            assertThat(err.toString(), code, is(0));
            assertThat(out.toString(), is("Received b'Hello, world'\nReceived b'again'\n"));
            List<byte[]> back = EchoClient.echoAll("127.0.0.1", port, List.of(new byte[300_000], "end".getBytes()));
            assertThat(back.get(0).length, is(300_000));
            assertThat(new String(back.get(1), StandardCharsets.US_ASCII), is("end"));
            out.reset();
            code = Main.run(new String[] {"echo-client", "--port", Integer.toString(port), "--count", "200", "--size", "512"},
                    new PrintStream(out, true), new PrintStream(err, true));
            assertThat(code, is(0));
            assertThat(out.toString(), startsWith("200 round trips of 512 B in "));
            assertThat(out.toString(), not(containsString("MISMATCH")));
        } finally {
            py.destroyForcibly();
            py.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
