package dev.jnasocket.libc;

import com.sun.jna.Native;
import java.io.PrintStream;

/**
 * The strace-style log of every libc call made through either layer, one line a call:
 * <pre>
 * socket(AF_INET, SOCK_STREAM, 0) = 5
 * connect(6, {AF_INET, 127.0.0.1:9}, 16) = -1 ECONNREFUSED (Connection refused)
 * </pre>
 * On with {@code -Djnasocket.trace=true}, {@code JNASOCKET_TRACE=1}, the CLI's {@code --trace}
 * or {@link #enable}. Off, a call pays one read of a static field and a branch: every
 * argument is formatted only inside {@link #call}, after the branch.
 */
public final class Trace {
    /** Plain (not volatile): a call must pay nothing for it; a switch is seen by other threads soon enough. */
    static boolean on = initial();
    private static volatile PrintStream out = System.err;

    private static boolean initial() {
        String env = System.getenv("JNASOCKET_TRACE");
        return Boolean.getBoolean("jnasocket.trace")
                || (env != null && !env.isEmpty() && !env.equals("0") && !env.equalsIgnoreCase("false"));
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
     * @param stream where trace lines go (standard error by default)
     */
    public static void output(PrintStream stream) {
        out = stream == null ? System.err : stream;
    }

    /**
     * Prints one call. errno is saved before anything is formatted (formatting may itself call
     * libc, such as {@code inet_ntop} or {@code strerror}) and put back afterwards, so the caller's
     * {@code errno()} still describes its own call.
     *
     * @param result what the call returned
     * @param name   the C function
     * @param args   its arguments: numbers, {@link sockaddr}s, or already symbolic strings
     */
    static void call(long result, String name, Object... args) {
        int errno = Native.getLastError();
        StringBuilder b = new StringBuilder(64).append(name).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(args[i]);
        }
        b.append(") = ").append(result);
        if (result < 0) {
            b.append(' ').append(Names.errno(errno)).append(" (").append(LibC.strerror(errno)).append(')');
        }
        out.println(b);
        Native.setLastError(errno);
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
