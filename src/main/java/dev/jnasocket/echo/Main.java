package dev.jnasocket.echo;

import static dev.jnasocket.builtins.repr;
import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.KeyboardInterrupt;
import dev.jnasocket.OSError;
import dev.jnasocket.libc.Trace;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command line of {@code target/jna-socket.jar}: {@code demo}, {@code echo-server},
 * {@code echo-client}, {@code --help}, {@code --version}. The commands run the Python-style
 * {@link EchoServer} / {@link EchoClient}; with {@code --raw}, the C-shaped pair
 * {@link RawEchoServer} / {@link RawEchoClient}.
 *
 * <p>Exit status: 0 on success, 1 when a socket call failed (its {@code perror} line is on
 * standard error), 2 for a bad command line (one line on standard error).
 */
public final class Main {
    private Main() {}

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String DEFAULT_HOST = Option.HOST.defaultValue();
    /** How long a stop by signal waits for the server's report before the JVM exits anyway. */
    private static final long REPORT_MILLIS = 15_000;
    /** The most selector loops {@code echo-server --workers} starts (each holds a thread, a selector and, on Linux, a listening socket). */
    private static final int MAX_WORKERS = 256;
    /** The most {@code echo-client -} reads from standard input: as much as one message may be. */
    private static final long MAX_INPUT = 64 << 20;
    /** What the demo says, and what {@code echo-client} sends when given no message. */
    static final List<String> DEMO_MESSAGES = List.of("Hello, world", "Goodbye, world");

    /** A command's body: runs with its parsed arguments and returns the exit status. */
    private interface Action {
        int run(CommandLine line, PrintStream out, PrintStream err) throws CommandLine.UsageError;
    }

    /** One command: its name, its one-line description for --help, what it accepts, what it does. */
    private record Command(String name, String summary, CommandLine.Spec spec, Action action) {}

    private static final List<Command> COMMANDS = List.of(
            new Command("demo",
                    "start the multi-client echo server on a free loopback port, talk to it, print the conversation"
                            + " and the traced calls of one client",
                    new CommandLine.Spec().options(Option.RAW, Option.TRACE),
                    Main::demo),
            new Command("echo-server",
                    "serve echo clients until Ctrl-C / SIGTERM (port 0: any free port)",
                    new CommandLine.Spec().options(Option.HOST, Option.PORT, Option.MODE, Option.MAX_CONNECTIONS,
                            Option.IDLE_TIMEOUT, Option.MAX_BUFFERED, Option.MAX_BUFFERED_TOTAL, Option.WORKERS, Option.RAW, Option.TRACE),
                    Main::echoServer),
            new Command("echo-client",
                    "send each MESSAGE (default: " + DEMO_MESSAGES.get(0) + "; '-': the lines of standard input)"
                            + " to an echo server and print what came back; with --count, measure round trips",
                    new CommandLine.Spec().options(Option.HOST, Option.PORT, Option.COUNT, Option.SIZE, Option.TIMEOUT,
                            Option.RAW, Option.TRACE).operands("MESSAGE"),
                    Main::echoClient));

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command line, for {@link #main} and for tests.
     *
     * @param args the command and its arguments
     * @param out  where results go
     * @param err  where errors and, with {@code --trace}, the traced libc calls go
     * @return the exit status: 0 success, 1 a socket call failed, 2 a bad command line
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("jna-socket: missing command (try --help)");
            return USAGE;
        }
        if (args[0].equals("--help") || args[0].equals("--version")) {
            if (args.length > 1) {
                err.println("jna-socket: " + args[0] + " takes no argument, not '" + args[1] + "' (try --help)");
                return USAGE;
            }
            if (args[0].equals("--help")) {
                out.print(usage());
            } else {
                out.println("jna-socket " + version());
            }
            return out.checkError() ? outputFailed(args[0], err) : OK;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("jna-socket: unknown command '" + args[0] + "' (try --help)");
            return USAGE;
        }
        boolean traceWasOn = Trace.enabled();
        try {
            CommandLine line = CommandLine.parse(command.name(), command.spec(),
                    Arrays.asList(args).subList(1, args.length));
            if (line.help()) {
                out.print(usage());
                return OK;
            }
            if (line.flag(Option.TRACE)) {
                if (!Trace.toFile()) { // -Djnasocket.trace.file keeps the trace in its file
                    Trace.output(err);
                }
                Trace.enable(true);
            }
            int status = command.action().run(line, out, err);
            return status == OK && out.checkError() ? outputFailed(command.name(), err) : status;
        } catch (CommandLine.UsageError e) {
            err.println("jna-socket " + e.getMessage() + " (try --help)");
            return USAGE;
        } finally {
            Trace.enable(traceWasOn);
            Trace.output(null);
        }
    }

    /** @return the text of {@code --help}, made from {@link #COMMANDS} */
    static String usage() {
        StringBuilder b = new StringBuilder()
                .append("usage: java -jar jna-socket.jar COMMAND [OPTIONS]\n\n")
                .append("Berkeley sockets for Java, bound to libc through JNA: an echo server and client.\n\n")
                .append("commands:\n");
        for (Command c : COMMANDS) {
            b.append("  ").append(c.name()).append(' ').append(c.spec().synopsis()).append('\n')
                    .append("      ").append(c.summary()).append('\n');
        }
        b.append("  --help\n      show this help\n")
                .append("  --version\n      show the version\n\n")
                .append("options (B: bytes, or with KiB, MiB, GiB; S: seconds):\n");
        for (Option o : Option.values()) {
            b.append(o.helpLine());
        }
        return b.append("\nexit status: 0 success (echo-server: also after Ctrl-C / SIGTERM), 1 a socket call or")
                .append(" standard input or output failed, 2 bad command line\n")
                .toString();
    }

    /** @return the jar manifest's Implementation-Version, or a note when not run from the jar */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "(version unknown: not run from the jar)";
    }

    /**
     * {@code demo}: the Python-style multi-client demo; with {@code --raw}, the C-shaped pair,
     * traced by default (both in {@link Demo}).
     */
    private static int demo(CommandLine line, PrintStream out, PrintStream err) {
        if (line.flag(Option.RAW)) {
            return Demo.runRaw(out, err);
        }
        try {
            return Demo.run(out, err, line.flag(Option.TRACE));
        } catch (OSError e) {
            err.println("jna-socket demo: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * {@code echo-server}: the Python-style server in the chosen mode until Ctrl-C or SIGTERM
     * (a shutdown hook stops it cleanly); with {@code --raw}, the C-shaped server, one client
     * after another, until accept fails.
     */
    private static int echoServer(CommandLine line, PrintStream out, PrintStream err) throws CommandLine.UsageError {
        String host = line.value(Option.HOST);
        int port = line.port(Option.PORT, 0);
        if (line.flag(Option.RAW)) {
            if (line.given(Option.WORKERS)) {
                throw line.error("--workers is for --mode selector only, not --raw");
            }
            int[] listening = startListening(host, port, SOMAXCONN, out);
            if (listening == null) {
                return FAILED;
            }
            RawEchoServer.serveForever(listening[0], out);
            close(listening[0]);
            return FAILED;
        }
        EchoServer.Mode mode;
        try {
            mode = EchoServer.Mode.parse(line.value(Option.MODE));
        } catch (IllegalArgumentException e) {
            throw line.error("--mode must be single, threads or selector, not '" + line.value(Option.MODE) + "'");
        }
        int workers = line.integer(Option.WORKERS, 1, MAX_WORKERS);
        if (line.given(Option.WORKERS) && mode != EchoServer.Mode.SELECTOR) {
            throw line.error("--workers is for --mode selector only, not --mode " + line.value(Option.MODE));
        }
        EchoServer.Config config = new EchoServer.Config(host, port, mode,
                line.integer(Option.MAX_CONNECTIONS, 1, 1_000_000), line.seconds(Option.IDLE_TIMEOUT),
                (int) line.bytes(Option.MAX_BUFFERED, 1, 1 << 30), line.bytes(Option.MAX_BUFFERED_TOTAL, 1, 1L << 40),
                workers);
        EchoServer server;
        try {
            server = new EchoServer(config, out);
            out.println("echo server (" + server.describe() + ") listening on " + server.address());
            out.flush();
        } catch (OSError e) {
            err.println("jna-socket echo-server: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return FAILED;
        }
        // On SIGTERM (and on Ctrl-C before the first socket arms KeyboardInterrupt) the JVM runs this
        // hook while serve() is still running in this thread:
        // the hook stops the server, then waits until this thread has printed every connection's line
        // and the summary, and ends the process with that status (the JVM would otherwise halt as soon
        // as the hook returns, mid-report).
        CountDownLatch reported = new CountDownLatch(1);
        AtomicInteger status = new AtomicInteger(FAILED);
        Thread stopper = new Thread(() -> {
            server.shutdown();
            try {
                if (reported.await(REPORT_MILLIS, TimeUnit.MILLISECONDS)) {
                    Runtime.getRuntime().halt(status.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "echo-server-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            try {
                server.serve();
            } catch (KeyboardInterrupt ctrlC) {
                // Ctrl-C raised in this (main) thread, as in Python: serve() has stopped cleanly
            }
            out.println("echo server stopped: " + server.served.get() + " connections served, "
                    + server.bytesOut.get() + " bytes echoed");
            status.set(OK);
        } catch (OSError e) {
            err.println("jna-socket echo-server: " + e.getMessage());
        } finally {
            out.flush();
            err.flush();
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook is running and ends the process with the status
            }
        }
        return status.get();
    }

    /**
     * Listens and announces the port ({@code server listening on ('127.0.0.1', 50007)}), flushed
     * so that a script waiting for it sees it before the first client comes.
     *
     * @return {listening descriptor, port}, or null (the reason is printed on standard error)
     */
    static int[] startListening(String host, int port, int backlog, PrintStream out) {
        int listenfd = RawEchoServer.listenOn(host, port, backlog);
        if (listenfd < 0) {
            return null;
        }
        int bound = RawEchoServer.localPort(listenfd);
        if (bound < 0) {
            close(listenfd);
            return null;
        }
        out.println("server listening on ('" + host + "', " + bound + ")");
        out.flush();
        return new int[] {listenfd, bound};
    }

    /**
     * {@code echo-client}: echoes each operand (or the lines of standard input for {@code -}, or
     * the demo's first message) through one connection, printing {@code Received b'...'} as the
     * Python docs' client does; with {@code --count}, measures round trips instead.
     */
    private static int echoClient(CommandLine line, PrintStream out, PrintStream err) throws CommandLine.UsageError {
        String host = line.value(Option.HOST);
        int port = line.port(Option.PORT, 1);
        int count = line.integer(Option.COUNT, 0, Integer.MAX_VALUE);
        int size = (int) line.bytes(Option.SIZE, 1, 64 << 20);
        double timeout = line.seconds(Option.TIMEOUT);
        List<byte[]> messages;
        if (line.operands().equals(List.of("-"))) {
            try {
                messages = StandardInput.lines(System.in, MAX_INPUT);
            } catch (StandardInput.Unreadable e) {
                err.println("jna-socket echo-client: " + e.getMessage());
                return FAILED;
            }
        } else {
            List<String> texts = line.operands().isEmpty() ? DEMO_MESSAGES.subList(0, 1) : line.operands();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).indexOf('\uFFFD') >= 0) { // what the JVM made of bytes it could not decode
                    throw line.error("MESSAGE " + (i + 1) + " holds bytes that are not valid "
                            + System.getProperty("sun.jnu.encoding", "in the platform encoding")
                            + " (the JVM read them as U+FFFD): it cannot be sent as given; use '-' to send bytes");
                }
            }
            messages = encode(texts);
        }
        if (count > 0) {
            long need = 8L * count + 2L * size; // the round-trip times, the message and its echo
            if (need > Runtime.getRuntime().maxMemory()) {
                err.println("jna-socket echo-client: --count " + count + " --size " + size + " needs " + need
                        + " bytes, more than this JVM may use (" + Runtime.getRuntime().maxMemory() + "; see -Xmx)");
                return FAILED;
            }
        }
        if (line.flag(Option.RAW)) {
            List<byte[]> replies = RawEchoClient.echo(host, port, messages, out);
            return replies == null ? FAILED : checkEchoes(messages, replies, err);
        }
        try (EchoClient client = new EchoClient(host, port, timeout > 0 ? timeout : null)) {
            if (count > 0) {
                Progress progress = Progress.onTerminal(count);
                EchoClient.Stats stats;
                if (progress == null) {
                    stats = client.measure(count, size);
                } else {
                    try {
                        stats = client.measure(count, size, progress::update);
                    } finally {
                        progress.end();
                    }
                }
                out.println(stats);
                return stats.ok() ? OK : FAILED;
            }
            List<byte[]> replies = new ArrayList<>();
            for (byte[] m : messages) {
                byte[] back = client.echo(m);
                out.println("Received " + repr(back));
                if (out.checkError()) {
                    return outputFailed("echo-client", err);
                }
                replies.add(back);
            }
            return checkEchoes(messages, replies, err);
        } catch (OutOfMemoryError e) {
            err.println("jna-socket echo-client: out of memory for --count " + count + " --size " + size + " (see -Xmx)");
            return FAILED;
        } catch (OSError e) {
            err.println("jna-socket echo-client: " + host + ":" + port + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Standard output is full ({@code /dev/full}) or closed: what was printed is lost, which is a failure. */
    private static int outputFailed(String command, PrintStream err) {
        err.println("jna-socket " + command + ": cannot write to standard output (full or closed)");
        return FAILED;
    }

    private static List<byte[]> encode(List<String> texts) {
        return texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** An echo server that answers with other bytes is a failure, even though no call failed. */
    static int checkEchoes(List<byte[]> messages, List<byte[]> replies, PrintStream err) {
        for (int i = 0; i < messages.size(); i++) {
            if (!Arrays.equals(messages.get(i), replies.get(i))) {
                err.println("jna-socket: the echo of message " + (i + 1) + " differs from what was sent");
                return FAILED;
            }
        }
        return OK;
    }
}
