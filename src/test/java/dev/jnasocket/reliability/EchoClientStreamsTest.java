package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.echo.EchoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code echo-client} in a child process whose standard streams are not what a terminal gives:
 * each case that cannot be done as asked prints one clear line on standard error and exits
 * non-zero (they used to send a file the JVM had opened, send U+FFFD, crash with a stack trace,
 * or exit 0 having printed nothing).
 */
class EchoClientStreamsTest {
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(EchoServer.Mode.SELECTOR);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** One run: the shell redirection applied to java, its status, its stdout lines and its stderr. */
    private record Run(int status, List<String> out, String err) {}

    private static Run client(String redirect, List<String> env, String... args) throws Exception {
        // sh runs java with the redirection: "$0" is the java command, "$@" the rest
        return run(List.of("sh", "-c", "exec \"$0\" \"$@\" " + redirect), env, args);
    }

    private static Run run(List<String> prefix, List<String> env, String... args) throws Exception {
        List<String> mainAndArgs = new ArrayList<>(List.of("dev.jnasocket.echo.Main", "echo-client", "--port",
                Integer.toString(server.port)));
        mainAndArgs.addAll(List.of(args));
        try (ChildJvm child = new ChildJvm(prefix, ChildJvm.mainClasspath(), env, mainAndArgs.toArray(String[]::new))) {
            String err = child.awaitExit(30_000);
            List<String> out = new ArrayList<>();
            for (String l = child.nextLine(500); l != null; l = child.nextLine(100)) {
                out.add(l);
            }
            return new Run(child.exitValue(), out, err);
        }
    }

    private static void oneLineAndFails(Run r, int status, String says) {
        assertThat(r.toString(), r.err(), matchesPattern("jna-socket echo-client: [^\n]*"));
        assertThat(r.toString(), r.err(), containsString(says));
        assertThat(r.toString(), r.status(), is(status));
    }

    @Test
    void linesOfStandardInputAreSentAsBytes() throws Exception {
        Path in = Files.createTempFile("stdin", ".txt");
        try {
            Files.write(in, new byte[] {'o', 'n', 'e', '\r', '\n', (byte) 0xff, 't', 'w', 'o', '\n', 'x'});
            Run r = client("< '" + in + "'", List.of(), "-");
            assertThat(r.toString(), r.status(), is(0));
            assertThat(r.out(), is(List.of("Received b'one'", "Received b'\\xfftwo'", "Received b'x'")));
        } finally {
            Files.delete(in);
        }
    }

    /** Piped, {@code --count} prints its one result line and nothing else, on either stream. */
    @Test
    void countPipedShowsNoProgress() throws Exception {
        Run r = client("", List.of(), "--count", "20000", "--size", "16");
        assertThat(r.toString(), r.status(), is(0));
        assertThat(r.toString(), r.err(), is(""));
        assertThat(r.out().size(), is(1));
        assertThat(r.out().get(0), startsWith("20000 round trips of 16 B in "));
    }

    /** On a terminal (a pseudo-terminal made by util-linux {@code script}), a long run shows its progress. */
    @Test
    void countOnATerminalShowsProgress() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/script"))) {
            System.out.println("countOnATerminalShowsProgress not run: no /usr/bin/script (util-linux) to make a terminal");
            return;
        }
        // script runs the java command line ("$0 $*": java and its arguments) on a new pseudo-terminal
        Run r = run(List.of("sh", "-c", "exec script -qec \"$0 $*\" /dev/null"), List.of(), "--count", "40000", "--size", "16");
        assertThat(r.toString(), r.status(), is(0));
        String shown = String.join("\n", r.out());
        assertThat(shown, containsString("/40000 round trips ("));
        assertThat(shown, containsString("40000 round trips of 16 B in "));
    }

    @Test
    void aDirectoryAsStandardInput() throws Exception {
        Path dir = Files.createTempDirectory("stdin");
        try {
            Run r = client("< '" + dir + "'", List.of(), "-");
            oneLineAndFails(r, 1, "standard input is a directory");
            assertThat(r.out(), is(List.of()));
        } finally {
            Files.delete(dir);
        }
    }

    @Test
    void aClosedStandardInputIsNotAFileOfTheJvms() throws Exception {
        Run r = client("<&-", List.of(), "-");
        oneLineAndFails(r, 1, "standard input is closed");
        assertThat(r.out(), is(List.of()));
    }

    @Test
    void aCountItCannotHoldIsRefusedBeforeConnecting() throws Exception {
        Run r = client("", List.of(), "--count", "2000000000");
        oneLineAndFails(r, 1, "more than this JVM may use");
        assertThat(r.out(), is(List.of()));
    }

    @Test
    void anOperandTheJvmCouldNotDecodeIsRefused() throws Exception {
        // printf puts the byte 0xff, invalid in UTF-8, in the last argument
        Run r = client("\"$(printf 'caf\\377')\"", List.of("LC_ALL=C.UTF-8"));
        oneLineAndFails(r, 2, "MESSAGE 1 holds bytes that are not valid");
        assertThat(r.out(), is(List.of()));
    }

    @Test
    void aFullStandardOutput() throws Exception {
        Run r = client("> /dev/full", List.of(), "hello");
        oneLineAndFails(r, 1, "cannot write to standard output");
    }

    @Test
    void aClosedStandardOutput() throws Exception {
        Run r = client(">&-", List.of(), "hello");
        oneLineAndFails(r, 1, "cannot write to standard output");
    }
}
