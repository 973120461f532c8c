package dev.jnasocket;

/**
 * Python's {@code ConnectionRefusedError}: nothing listens at the address (ECONNREFUSED).
 */
public class ConnectionRefusedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code ConnectionRefusedError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public ConnectionRefusedError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code ConnectionRefusedError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public ConnectionRefusedError(String message) {
        super(message);
    }
}
