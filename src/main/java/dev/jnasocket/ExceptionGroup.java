package dev.jnasocket;

import java.util.List;

/**
 * Python's {@code ExceptionGroup}, as {@code socket.create_connection(..., all_errors=True)}
 * raises it: every attempt's error, in order. Like Python's, it is not an {@link OSError}:
 * {@code except OSError} does not catch it; {@code except* OSError} ports to
 * {@code catch (ExceptionGroup g)} and a look at {@link #exceptions()}.
 */
public class ExceptionGroup extends Exception {
    private static final long serialVersionUID = 1L;

    /** The group's message. */
    private final String message;
    /** What it groups. */
    private final List<Exception> exceptions;

    /**
     * Python's {@code ExceptionGroup(message, exceptions)}.
     *
     * @param message    the group's message ({@code "create_connection failed"})
     * @param exceptions what it groups (not empty)
     */
    @SuppressWarnings("this-escape") // addSuppressed only records the attempts; nothing reads this yet
    public ExceptionGroup(String message, List<? extends Exception> exceptions) {
        super(message + " (" + exceptions.size() + " sub-exception" + (exceptions.size() == 1 ? "" : "s") + ")");
        this.message = message;
        this.exceptions = List.copyOf(exceptions);
        for (Exception e : this.exceptions) {
            addSuppressed(e);
        }
    }

    /** {@return Python's {@code eg.message}: the text without the count} */
    public String message() {
        return message;
    }

    /** {@return Python's {@code eg.exceptions}} */
    public List<Exception> exceptions() {
        return exceptions;
    }
}
