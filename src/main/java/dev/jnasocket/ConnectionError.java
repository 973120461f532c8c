package dev.jnasocket;

/**
 * Python's {@code ConnectionError}: the base of the connection errors.
 */
public class ConnectionError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code ConnectionError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public ConnectionError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code ConnectionError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public ConnectionError(String message) {
        super(message);
    }
}
