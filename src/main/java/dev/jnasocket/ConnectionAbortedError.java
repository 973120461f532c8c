package dev.jnasocket;

/**
 * Python's {@code ConnectionAbortedError}: the connection was aborted (ECONNABORTED).
 */
public class ConnectionAbortedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code ConnectionAbortedError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public ConnectionAbortedError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code ConnectionAbortedError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public ConnectionAbortedError(String message) {
        super(message);
    }
}
