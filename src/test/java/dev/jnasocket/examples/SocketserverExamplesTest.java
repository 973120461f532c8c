package dev.jnasocket.examples;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jnasocket.ctrlc.Children;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The socketserver documentation's examples and the struct-framed protocol, each Java port
 * against its Python original in {@code examples/}, both ways: a server of either language with
 * a client of either, and what the server and the client print, and the server's exit status
 * after Ctrl-C, must be what the all-CPython run gives.
 */
class SocketserverExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { // a JDK socket, only to pick a free port number
            return s.getLocalPort();
        }
    }

    /** Whether something of {@code proto} ("tcp" listening, "udp" bound) holds the port: Linux's /proc/net. */
    private static boolean bound(String proto, int port) throws IOException {
        String hex = String.format(":%04X ", port);
        for (String table : new String[] {proto, proto + "6"}) {
            Path p = Path.of("/proc/net", table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && (f[1] + " ").endsWith(hex) && (proto.equals("udp") || f[3].equals("0A"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> command(String lang, String example, String... args) {
        if (lang.equals("python")) {
            return Children.python(prepend(EXAMPLES.resolve(example + ".py").toString(), args));
        }
        try {
            return Children.java(Class.forName("dev.jnasocket.examples." + example), args);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String read(Process p) throws Exception {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("did not finish in 20 s");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** {server stdout, client stdout, server exit status}: the server is started, then the client, then Ctrl-C. */
    private static List<String> run(String serverLang, String server, String clientLang, String client, String proto,
            boolean ctrlC, String... clientArgs) throws Exception {
        int port = freePort();
        String p = Integer.toString(port);
        Process s = Children.start(command(serverLang, server, p));
        try {
            for (int i = 0; i < 200 && !bound(proto, port); i++) { // bounded: 10 s
                if (!s.isAlive()) {
                    throw new AssertionError("server ended: " + new String(s.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                Thread.sleep(50);
            }
            Process c = Children.start(command(clientLang, client, prepend(p, clientArgs)));
            String clientOut;
            try {
                clientOut = read(c);
                assertThat("client stderr: " + new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), c.exitValue(), is(0));
            } finally {
                c.destroyForcibly();
            }
            if (ctrlC) {
                Thread.sleep(200);
                assertThat(LibC.kill((int) s.pid(), 2), is(0));
            }
            String serverOut = read(s);
            List<String> out = new ArrayList<>();
            out.add(serverOut);
            out.add(clientOut);
            out.add(Integer.toString(s.exitValue()));
            return out;
        } finally {
            s.destroyForcibly();
        }
    }

    private static final Map<String, List<String>> CPYTHON = new ConcurrentHashMap<>();

    private static void bothWays(String server, String client, String proto, boolean ctrlC, List<String> expected,
            String serverLang, String clientLang, String... clientArgs) throws Exception {
        assumeTrue(Os.HOST == Os.LINUX, "the readiness probe reads /proc/net (Linux only)");
        List<String> cpython = CPYTHON.get(server);
        if (cpython == null) { // once per example: the all-CPython run is the oracle of every pairing
            cpython = run("python", server, "python", client, proto, ctrlC, clientArgs);
            CPYTHON.put(server, cpython);
        }
        assertThat("the all-CPython run", cpython, is(expected));
        if (!serverLang.equals("python") || !clientLang.equals("python")) {
            assertThat(serverLang + " server, " + clientLang + " client", run(serverLang, server, clientLang, client, proto, ctrlC, clientArgs),
                    is(cpython));
        }
    }

    @ParameterizedTest(name = "{0} server + {1} client")
    @CsvSource({"java, python", "python, java", "java, java"})
    void tcpServerExample(String serverLang, String clientLang) throws Exception {
        bothWays("socketserver_tcp_server", "socketserver_tcp_client", "tcp", true,
                List.of("127.0.0.1 wrote:\nb'hello world'\n", "Sent:     hello world\nReceived: HELLO WORLD\n", "130"),
                serverLang, clientLang, "hello", "world");
    }

    @ParameterizedTest(name = "{0} server + {1} client")
    @CsvSource({"java, python", "python, java"})
    void udpServerExample(String serverLang, String clientLang) throws Exception {
        bothWays("socketserver_udp_server", "socketserver_udp_client", "udp", true,
                List.of("127.0.0.1 wrote:\nb'hello udp'\n", "Sent:     hello udp\nReceived: HELLO UDP\n", "130"),
                serverLang, clientLang, "hello", "udp");
    }

    @ParameterizedTest(name = "{0} server + {1} client")
    @CsvSource({"java, python", "python, java"})
    void structFramedProtocol(String serverLang, String clientLang) throws Exception {
        bothWays("struct_framed_server", "struct_framed_client", "tcp", false,
                List.of("request 1 kind 1 length 5 b'hello'\nrequest 2 kind 1 length 13 b'caf\\xc3\\xa9 au lait'\nrequest 3 kind 1 length 0 b''\ndone\n",
                        "response 1 kind 2 version 1 b'HELLO' HELLO\nresponse 2 kind 2 version 1 b'CAF\\xc3\\xa9 AU LAIT' CAF\u00e9 AU LAIT\n"
                                + "response 3 kind 2 version 1 b'' \n",
                        "0"),
                serverLang, clientLang);
    }

    @Test
    void threadingMixInExample() throws Exception {
        Children.Run python = Children.run(command("python", "socketserver_threaded"));
        Children.Run java = Children.run(command("java", "socketserver_threaded"));
        assertThat(python.out(), contains("Server loop running in thread: Thread-1 (serve_forever)",
                "Received: Thread-2 (process_request_thread): Hello World 1",
                "Received: Thread-3 (process_request_thread): Hello World 2",
                "Received: Thread-4 (process_request_thread): Hello World 3"));
        assertThat("what CPython printed; stderr " + java.err(), java.out(), is(python.out()));
        assertThat(java.status(), is(python.status()));
    }
}
