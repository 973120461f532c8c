package dev.jnasocket;

/** Python's {@code LookupError}: an unknown codec or error handler. */
public class LookupError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code LookupError(message)}.
     *
     * @param message Python's message, {@code "unknown encoding: utf-9"}
     */
    public LookupError(String message) {
        super(message);
    }
}
