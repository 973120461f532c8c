package dev.jnasocket.echo;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@code echo-client --count}'s progress line: on a terminal only, once a run has lasted half a
 * second, rewritten in place four times a second ({@code 41250/100000 round trips (41%)}), and
 * wiped before the result is printed. Piped or redirected, nothing is shown.
 */
final class Progress {
    private static final long FIRST_NANOS = 500_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final int total;
    private final PrintWriter terminal;
    private final LongSupplier clock;
    private final long started;
    private long next;
    private int width;

    Progress(int total, PrintWriter terminal, LongSupplier clock) {
        this.total = total;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.next = started + FIRST_NANOS;
    }

    /**
     * @param total the round trips the run will make
     * @return a progress line on the terminal, or null when standard output is not one
     */
    static Progress onTerminal(int total) {
        Console console = System.console();
        return console != null && isTerminal(console) ? new Progress(total, console.writer(), System::nanoTime) : null;
    }

    /** Java 22+ gives a Console even when not on a terminal, and says which through isTerminal(). */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true; // System.console() is null there unless stdin and stdout are a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Called after each round trip; prints only when the next update is due.
     *
     * @param done round trips made so far
     */
    void update(int done) {
        long now = clock.getAsLong();
        if (now - next < 0) {
            return;
        }
        next = now + EVERY_NANOS;
        String line = String.format(Locale.ROOT, "%d/%d round trips (%d%%)", done, total, (int) (100L * done / total));
        width = Math.max(width, line.length());
        terminal.print("\r" + line);
        terminal.flush();
    }

    /** Wipes the line, if one was printed, so that the result starts at the left margin. */
    void end() {
        if (width > 0) {
            terminal.print("\r" + " ".repeat(width) + "\r");
            terminal.flush();
        }
    }
}
