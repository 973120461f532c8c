package dev.jnasocket.echo;

import static dev.jnasocket.libc.LibC.close;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.Trace;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The CLI through {@link Main#run}: exit statuses, what goes to standard output and error. */
class MainTest {

    /** One run of the CLI: its exit status and both streams. */
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A bad command line: status 2, nothing on standard output, exactly one line on standard error. */
    private static String usageError(String... args) {
        Run r = run(args);
        assertThat(r.status(), is(2));
        assertThat(r.out(), is(""));
        assertThat(r.err(), matchesPattern("jna-socket[^\n]*\\(try --help\\)\n"));
        return r.err();
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Run r = run("--help");
        assertThat(r.status(), is(0));
        assertThat(r.err(), is(""));
        assertThat(r.out(), startsWith("usage: java -jar jna-socket.jar COMMAND"));
        assertThat(r.out(), stringContainsInOrder("  demo [--raw] [--trace]\n",
                "  echo-server [--host H] [--port P] [--mode single|threads|selector] [--max-connections N]"
                        + " [--idle-timeout S] [--max-buffered B] [--max-buffered-total B] [--workers N] [--raw] [--trace]\n",
                "  echo-client [--host H] [--port P] [--count N] [--size B] [--timeout S] [--raw] [--trace] [MESSAGE...]\n",
                "--help", "--version"));
        assertThat("a command's --help is the same text", run("echo-client", "--help").out(), is(r.out()));
    }

    /** The README's option table says what the one table in Option says: each option, its value's name, its default. */
    @Test
    void theReadmeListsEveryOptionWithItsDefault() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `--")).toList();
        for (Option o : Option.values()) {
            String head = "| `" + o.flag() + (o.isFlag() ? "" : " " + (o.metavar().contains("|") ? "M" : o.metavar())) + "` |";
            List<String> row = rows.stream().filter(l -> l.startsWith(head)).toList();
            assertThat(o + " has one row in the README", row.size(), is(1));
            if (o.defaultValue() != null) {
                assertThat(row.get(0), endsWith("| `" + o.defaultValue() + "`" + (o == Option.COUNT ? " (echo the messages) |" : " |")));
            }
            assertThat("and a line in --help", Main.usage(), containsString(o.helpLine()));
        }
    }

    @Test
    void versionPrintsTheNameAndAVersionAndExitsZero() {
        Run r = run("--version");
        assertThat(r.status(), is(0));
        assertThat(r.err(), is(""));
        assertThat(r.out(), is("jna-socket " + Main.version() + "\n"));
    }

    @Test
    void badCommandLinesExitTwoWithOneLine() {
        assertThat(usageError(), containsString("missing command"));
        assertThat(usageError("frobnicate"), containsString("unknown command 'frobnicate'"));
        assertThat(usageError("--version", "now"), containsString("--version takes no argument"));
        assertThat(usageError("demo", "--bogus"), containsString("demo: unknown option '--bogus'"));
        assertThat(usageError("demo", "extra"), containsString("demo: unexpected argument 'extra'"));
        assertThat(usageError("demo", "--trace=yes"), containsString("unknown option '--trace=yes'"));
        assertThat(usageError("echo-client", "--port"), containsString("echo-client: --port needs a value"));
        assertThat(usageError("echo-client", "--port", "0"), containsString("--port must be an integer from 1 to 65535, not '0'"));
        assertThat(usageError("echo-server", "--port=70000"), containsString("--port must be an integer from 0 to 65535, not '70000'"));
        assertThat(usageError("echo-server", "--port", "http"), containsString("not 'http'"));
        assertThat(usageError("echo-server", "hello"), containsString("echo-server: unexpected argument 'hello'"));
    }

    @Test
    void demoEchoesItsMessagesAndExitsZero() {
        Run r = run("demo");
        assertThat(r.out() + r.err(), r.status(), is(0));
        assertThat(r.out(), stringContainsInOrder("echo server (selector mode) listening on ('127.0.0.1', ",
                "client 1 sent b'Hello, world', received b'Hello, world'\n",
                "client 1 sent b'client 1 says goodbye', received b'client 1 says goodbye'\n",
                "-- 3 clients at once --\n", "served 4 clients, 132 bytes echoed\n"));
        for (int client = 2; client <= 4; client++) {
            assertThat(r.out(), containsString("client " + client + " sent b'Hello, world', received b'Hello, world'\n"));
        }
        assertThat("without --trace only the first client is traced", occurrences(r.err(), "connect("), is(1));
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void demoRawRunsTheCShapedPair() {
        Run r = run("demo", "--raw");
        assertThat(r.err(), r.status(), is(0));
        assertThat(r.out(), containsString("client received b'Goodbye, world'\n"));
    }

    @Test
    void demoTraceShowsTheCallsOnStandardErrorAndSwitchesTheTraceBackOff() {
        boolean before = Trace.enabled();
        Run r = run("demo", "--trace");
        assertThat(r.err(), r.status(), is(0));
        assertThat(r.err(), stringContainsInOrder("getaddrinfo(\"127.0.0.1\"", "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = ",
                "connect(", "send(", "\"Hello, world\"", "recv(", "close("));
        assertThat(r.err(), containsString("accept4("));
        assertThat(r.err(), containsString("epoll_wait("));
        assertThat("with --trace every client is traced", occurrences(r.err(), "connect("), is(4));
        assertThat("the conversation stays on standard output", r.out(), containsString("client 1 sent b'Hello, world'"));
        assertThat(r.out(), not(containsString("socket(")));
        assertThat(Trace.enabled(), is(before));
    }

    @Test
    void echoClientEchoesEachMessageThroughAServer() throws Exception {
        int[] l = RawEchoTest.listener();
        int listenfd = l[0];
        int port = l[1];
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        CompletableFuture<Long> served = CompletableFuture.supplyAsync(() -> RawEchoServer.serveOne(listenfd, quiet));
        try {
            Run r = run("echo-client", "--host", "127.0.0.1", "--port=" + port, "one", "two", "--", "--three");
            assertThat(r.err(), r.status(), is(0));
            assertThat(r.out(), is("Received b'one'\nReceived b'two'\nReceived b'--three'\n"));
            assertThat(served.get(10, TimeUnit.SECONDS), is(3L + 3 + 7));
        } finally {
            assertThat(close(listenfd), is(0));
        }
    }

    /**
     * Round trips far larger than the kernel's buffers and the server's per-connection bound:
     * the client sends and reads at once, so a 32 MiB echo does not stall until the timeout.
     */
    @Test
    void echoClientRoundTripsOf32MiBComeBackWhole() throws Exception {
        EchoServer server = new EchoServer(EchoServer.Config.defaults().withPort(0), null);
        Thread serving = Serving.start(server);
        try {
            long t0 = System.nanoTime();
            Run r = run("echo-client", "--port", Integer.toString(server.address().port()), "--count", "2",
                    "--size", "32MiB", "--timeout", "10");
            assertThat(r.err(), r.status(), is(0));
            assertThat(r.out(), startsWith("2 round trips of 33554432 B in "));
            assertThat(r.out(), not(containsString("MISMATCH")));
            System.out.println("echo-client --count 2 --size 32MiB: " + r.out().trim() + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
        } finally {
            server.shutdown();
            serving.join(10_000);
        }
    }

    @Test
    void echoClientWithNoServerExitsOne() {
        int[] l = RawEchoTest.listener();
        assertThat(close(l[0]), is(0)); // the port is now free: connect is refused
        Run r = run("echo-client", "--port", Integer.toString(l[1]));
        assertThat(r.status(), is(1));
        assertThat(r.out(), not(containsString("client received")));
    }

    @Test
    void echoServerOnATakenPortExitsOne() {
        int[] l = RawEchoTest.listener();
        try {
            Run r = run("echo-server", "--port", Integer.toString(l[1]));
            assertThat(r.status(), is(1));
            assertThat(r.out(), not(containsString("listening")));
        } finally {
            assertThat(close(l[0]), is(0));
        }
    }
}
