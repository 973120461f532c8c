package dev.jnasocket.echo;

import java.util.Locale;

/**
 * Every option of the CLI, with its default and its help line: the one table that the parser
 * ({@link CommandLine.Spec}), the {@code --help} text and the server's defaults
 * ({@link EchoServer.Config#defaults()}) all read, so none of them can disagree with another.
 */
enum Option {
    /** Where to listen or connect. */
    HOST("--host", "H", "127.0.0.1",
            "address or host name to listen on or connect to (echo-server: 0.0.0.0 or :: for every interface)"),
    /** The TCP port (the Python documentation's echo example uses 50007). */
    PORT("--port", "P", "50007", "TCP port (echo-server --port 0: any free port)"),
    /** How the server serves clients. */
    MODE("--mode", "single|threads|selector", "selector",
            "echo-server: single: one client at a time; threads: a thread per client (virtual threads where"
                    + " the JVM has them); selector: one thread, epoll/kqueue"),
    /** Clients served at once. */
    MAX_CONNECTIONS("--max-connections", "N", "1024",
            "echo-server: clients served at once; more are accepted and closed at once"),
    /** Seconds of silence before a connection is closed. */
    IDLE_TIMEOUT("--idle-timeout", "S", "300", "echo-server: close a connection silent for S seconds, 0: never"),
    /** Bytes one connection may have waiting to be echoed. */
    MAX_BUFFERED("--max-buffered", "B", "64KiB",
            "echo-server: bytes one connection may have waiting to be echoed; while full it is not read"),
    /** Bytes all connections together may have waiting (selector mode). */
    MAX_BUFFERED_TOTAL("--max-buffered-total", "B", "64MiB",
            "echo-server (selector): bytes all connections together may have waiting beyond 16KiB each;"
                    + " while full, no connection is read into more memory"),
    /** Selector loops, each on its own thread. */
    WORKERS("--workers", "N", "1",
            "echo-server (selector): N selector loops, each on its own thread; on Linux each has its own"
                    + " listening socket (SO_REUSEPORT), elsewhere one accepts and hands connections round"),
    /** Round trips to measure. */
    COUNT("--count", "N", "0",
            "echo-client: N round trips of --size bytes, print latency and throughput (progress on a terminal)"),
    /** Bytes per measured round trip. */
    SIZE("--size", "B", "64", "echo-client: bytes per round trip with --count (up to 64MiB)"),
    /** The client's timeout. */
    TIMEOUT("--timeout", "S", "30", "echo-client: seconds to wait for connect and for the echo, 0: forever"),
    /** The C-shaped programs instead of the Python-style ones. */
    RAW("--raw", null, null, "the C-shaped pair on dev.jnasocket.libc (RawEchoServer, RawEchoClient)"),
    /** The strace-style trace. */
    TRACE("--trace", null, null,
            "print each libc call on standard error, strace-style (also -Djnasocket.trace=true or JNASOCKET_TRACE=1)");

    private final String flag;
    private final String metavar;
    private final String defaultValue;
    private final String help;

    Option(String flag, String metavar, String defaultValue, String help) {
        this.flag = flag;
        this.metavar = metavar;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    /** @return the option as typed, e.g. {@code --port} */
    String flag() {
        return flag;
    }

    /** @return its value's name in the synopsis, e.g. {@code P}; null for an option without a value */
    String metavar() {
        return metavar;
    }

    /** @return the value when the option is absent; null for an option without a value */
    String defaultValue() {
        return defaultValue;
    }

    /** @return whether it takes no value (e.g. {@code --trace}) */
    boolean isFlag() {
        return metavar == null;
    }

    /** @return its line in the {@code --help} text, with its default */
    String helpLine() {
        String head = "  " + flag + (isFlag() ? "" : " " + (metavar.contains("|") ? "M" : metavar));
        String text = help + (defaultValue == null ? "" : " (default " + defaultValue + ")");
        return String.format(Locale.ROOT, "%-25s %s\n", head, text);
    }
}
