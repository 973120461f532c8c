package dev.jnasocket;

/**
 * Python's {@code ConnectionResetError}: the peer reset the connection (ECONNRESET).
 */
public class ConnectionResetError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code ConnectionResetError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public ConnectionResetError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code ConnectionResetError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public ConnectionResetError(String message) {
        super(message);
    }
}
