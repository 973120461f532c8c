package dev.jnasocket.libc;

import com.sun.jna.Native;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strace-style log of every libc call made through either layer, one line a call, in
 * strace's own forms:
 * <pre>
 * socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 5
 * bind(5, {sa_family=AF_INET, sin_port=htons(50007), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
 * [server] accept(5,  &lt;unfinished ...&gt;
 * [client] connect(6, {sa_family=AF_INET, sin_port=htons(50007), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
 * [server] &lt;... accept resumed&gt;{sa_family=AF_INET, sin_port=htons(50330), sin_addr=inet_addr("127.0.0.1")}, [16]) = 7
 * getaddrinfo("nosuch.invalid", "80", {ai_flags=0, ...}, [...]) = EAI_NONAME (Name or service not known)
 * </pre>
 * A call that may block (accept, connect, send, recv, poll, select, read, write...) is shown as
 * {@code <unfinished ...>} as soon as another thread traces a line while it waits, or once it
 * has waited {@value #UNFINISHED_AFTER_MS} ms, and its end as {@code <... name resumed>}; one
 * that returns before either prints as one line. Once a second thread has traced, every line
 * starts with the thread's name in brackets (strace's {@code [pid N]}).
 *
 * <p>On with {@code -Djnasocket.trace=true}, {@code JNASOCKET_TRACE=1}, the CLI's {@code --trace}
 * or {@link #enable}. {@code -Djnasocket.trace.time=true} starts each line with the time of day
 * to the microsecond (strace {@code -tt}); {@code -Djnasocket.trace.file=PATH} writes the lines
 * to that file (strace {@code -o}) instead of standard error, so they do not mix with the
 * program's own output. Off, a call pays one read of a static field and a branch: every argument
 * is formatted only after it.
 */
public final class Trace {
    /** Plain (not volatile): a call must pay nothing for it; a switch is seen by other threads soon enough. */
    static boolean on = initial();
    /** How long a blocking call may wait before its {@code <unfinished ...>} line is printed anyway. */
    static final int UNFINISHED_AFTER_MS = 200;

    private static final boolean TIME = Boolean.getBoolean("jnasocket.trace.time");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final PrintStream FILE = openFile(System.getProperty("jnasocket.trace.file"));
    private static volatile PrintStream out = defaultOutput();

    /** Calls begun and not yet ended, of every thread. */
    private static final Set<Call> PENDING = ConcurrentHashMap.newKeySet();
    /** The first thread that traced; a line from any other switches the thread tags on. */
    private static Thread first;
    private static boolean tagged;
    private static Thread watcher;

    private static boolean initial() {
        String env = System.getenv("JNASOCKET_TRACE");
        return Boolean.getBoolean("jnasocket.trace")
                || (env != null && !env.isEmpty() && !env.equals("0") && !env.equalsIgnoreCase("false"));
    }

    private static PrintStream openFile(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return new PrintStream(new FileOutputStream(path), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("jnasocket.trace.file: cannot open " + path + " (" + e.getMessage() + "); tracing to standard error");
            return null;
        }
    }

    private static PrintStream defaultOutput() {
        return FILE != null ? FILE : System.err;
    }

    /** {@return whether calls are being traced} */
    public static boolean enabled() {
        return on;
    }

    /**
     * Switches the trace on or off.
     *
     * @param enable switch the trace on or off for every thread
     */
    public static void enable(boolean enable) {
        on = enable;
    }

    /**
     * Sends the trace elsewhere.
     *
     * @param stream where trace lines go; null for the default: the file named by
     *               {@code jnasocket.trace.file}, else standard error
     */
    public static void output(PrintStream stream) {
        out = stream == null ? defaultOutput() : stream;
    }

    /** {@return whether {@code -Djnasocket.trace.file} sends the trace to a file by default} */
    public static boolean toFile() {
        return FILE != null;
    }

    /**
     * Forgets which threads have traced, so the thread tags start again only once a second
     * thread traces (a program that starts a new scene, such as the demo, calls it).
     */
    public static void resetThreads() {
        synchronized (Trace.class) {
            first = null;
            tagged = false;
        }
    }

    /**
     * Whether a thread is inside a traced call that may block: a demo waits for its server to
     * wait in accept before it starts the client, so the trace shows the classic sequence.
     *
     * @param t the thread
     * @return true while {@code t} is in accept, recv, poll... with the trace on
     */
    public static boolean inCall(Thread t) {
        return PENDING.stream().anyMatch(c -> c.thread == t);
    }

    /**
     * Prints one call that does not block. errno is saved before anything is formatted
     * (formatting may itself call libc, such as {@code inet_ntop} or {@code strerror}) and put
     * back afterwards, so the caller's {@code errno()} still describes its own call.
     *
     * @param result what the call returned
     * @param name   the C function
     * @param args   its arguments: numbers, {@link sockaddr}s, or already symbolic strings
     */
    static void call(long result, String name, Object... args) {
        int errno = Native.getLastError();
        emit(name + "(" + join(args) + ") = " + result(result, errno));
        Native.setLastError(errno);
    }

    /**
     * Prints a getaddrinfo-family call, whose result is an EAI code and not -1 with errno:
     * {@code = 0}, or {@code = EAI_NONAME (Name or service not known)}.
     *
     * @param result the EAI code
     * @param name   the C function
     * @param args   its arguments
     */
    static void gai(int result, String name, Object... args) {
        int errno = Native.getLastError();
        String r = "0";
        if (result != 0) {
            r = Names.eai(result) + " (" + LibC.gai_strerror(result) + ")";
            if (result == Constants.EAI_SYSTEM) {
                r += " " + Names.errno(errno) + " (" + LibC.strerror(errno) + ")";
            }
        }
        emit(name + "(" + join(args) + ") = " + r);
        Native.setLastError(errno);
    }

    /**
     * Prints a call whose result is not a number (gethostbyname's struct, or NULL and h_errno).
     *
     * @param name   the C function
     * @param result the result as it should read after {@code " = "}
     * @param args   its arguments
     */
    static void answer(String name, String result, Object... args) {
        int errno = Native.getLastError();
        emit(name + "(" + join(args) + ") = " + result);
        Native.setLastError(errno);
    }

    /**
     * Marks the start of a call that may block, with the arguments known before it runs (the
     * ones strace prints before {@code <unfinished ...>}).
     *
     * @param name the C function
     * @param more whether arguments filled in by the call follow these (accept's address,
     *             recv's data): strace then ends the unfinished line with {@code ", "}
     * @param in   the leading arguments
     * @return the call, to {@link Call#end} once it returns
     */
    static Call begin(String name, boolean more, Object... in) {
        int errno = Native.getLastError();
        Call c = new Call(Thread.currentThread(), name, more, join(in));
        PENDING.add(c);
        startWatcher();
        Native.setLastError(errno);
        return c;
    }

    /** A call begun by {@link #begin}: printed whole when it ends, or as unfinished then resumed. */
    static final class Call {
        final Thread thread;
        final String name;
        final boolean more;
        final String in;
        final long started = System.nanoTime();
        /** Whether its {@code <unfinished ...>} line is out; guarded by the Trace class lock. */
        boolean announced;

        Call(Thread thread, String name, boolean more, String in) {
            this.thread = thread;
            this.name = name;
            this.more = more;
            this.in = in;
        }

        /**
         * Prints the call's end.
         *
         * @param result what it returned
         * @param out    the arguments that follow {@link #begin}'s, known only now
         */
        void end(long result, Object... out) {
            endWith(result, null, out);
        }

        /**
         * Prints the call's end with strace's decoding of a positive result, e.g. poll's
         * {@code = 1 ([{fd=5, revents=POLLIN}])}.
         *
         * @param result what it returned
         * @param detail shown in parentheses after a positive result (null for none)
         * @param out    the arguments that follow {@link #begin}'s
         */
        void endWith(long result, String detail, Object... out) {
            int errno = Native.getLastError();
            String rest = join(out);
            String tail = ") = " + result(result, errno) + (detail != null && result > 0 ? " (" + detail + ")" : "");
            synchronized (Trace.class) {
                PENDING.remove(this);
                if (announced) {
                    print("<... " + name + " resumed>" + rest + tail);
                } else {
                    print(name + "(" + in + (in.isEmpty() || rest.isEmpty() ? "" : ", ") + rest + tail);
                }
            }
            Native.setLastError(errno);
        }

        /** strace's unfinished line: {@code accept(3,  <unfinished ...>}, {@code connect(3, {...}, 16 <unfinished ...>}. */
        String unfinished() {
            return name + "(" + in + (more && !in.isEmpty() ? ", " : "") + " <unfinished ...>";
        }
    }

    /** Every line goes through here: the unfinished calls of other threads first, then the line. */
    private static void emit(String line) {
        synchronized (Trace.class) {
            print(line);
        }
    }

    /** Prints a line, first announcing the waiting calls of other threads; holds the class lock. */
    private static void print(String line) {
        Thread me = Thread.currentThread();
        for (Call c : PENDING) {
            if (c.thread != me) {
                tagged = true; // another thread is in a call: every line from now on says whose it is
                if (!c.announced) {
                    announce(c);
                }
            }
        }
        write(me, line);
    }

    private static void announce(Call c) {
        c.announced = true;
        write(c.thread, c.unfinished());
    }

    private static void write(Thread t, String line) {
        if (first == null) {
            first = t;
        } else if (first != t) {
            tagged = true;
        }
        StringBuilder b = new StringBuilder(line.length() + 32);
        if (tagged) {
            b.append('[').append(t.getName()).append("] ");
        }
        if (TIME) {
            b.append(LocalTime.now().format(CLOCK)).append(' ');
        }
        out.println(b.append(line));
    }

    /** Starts, once, the daemon thread that announces calls blocked longer than {@link #UNFINISHED_AFTER_MS}. */
    private static void startWatcher() {
        if (watcher != null) {
            return;
        }
        synchronized (Trace.class) {
            if (watcher != null) {
                return;
            }
            watcher = new Thread(Trace::watch, "jnasocket-trace-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private static void watch() {
        for (;;) {
            try {
                Thread.sleep(UNFINISHED_AFTER_MS / 4);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            synchronized (Trace.class) {
                for (Call c : PENDING) {
                    if (!c.announced && now - c.started >= UNFINISHED_AFTER_MS * 1_000_000L) {
                        announce(c);
                    }
                }
            }
        }
    }

    private static String join(Object[] args) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(args[i]);
        }
        return b.toString();
    }

    private static String result(long result, int errno) {
        return result < 0 ? result + " " + Names.errno(errno) + " (" + LibC.strerror(errno) + ")" : Long.toString(result);
    }

    /**
     * strace's value-result length: {@code [16]} when the kernel left it as passed in,
     * {@code [128 => 16]} when it changed it.
     *
     * @param in  the length passed in
     * @param out the length the call left
     * @return the bracketed form
     */
    static String inOut(int in, int out) {
        return in == out ? "[" + in + "]" : "[" + in + " => " + out + "]";
    }

    /**
     * strace's rendering of a data buffer: printable ASCII as is, the rest escaped, at most 32
     * bytes then {@code ...}.
     */
    static String data(byte[] buf, int off, long len) {
        StringBuilder b = new StringBuilder("\"");
        int n = (int) Math.min(len, 32);
        for (int i = 0; i < n; i++) {
            int c = buf[off + i] & 0xff;
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append((char) c);
                    } else {
                        b.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        b.append('"');
        if (len > n) {
            b.append("...");
        }
        return b.toString();
    }

    private Trace() {}
}
