package dev.jnasocket;

/** Python's {@code IndexError}: {@code "index out of range"}. */
public class IndexError extends IndexOutOfBoundsException {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code IndexError(message)}.
     *
     * @param message Python's message
     */
    public IndexError(String message) {
        super(message);
    }
}
