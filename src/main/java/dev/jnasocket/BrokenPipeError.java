package dev.jnasocket;

/**
 * Python's {@code BrokenPipeError}: writing to a connection the peer has closed (EPIPE, ESHUTDOWN).
 */
public class BrokenPipeError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code BrokenPipeError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public BrokenPipeError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code BrokenPipeError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public BrokenPipeError(String message) {
        super(message);
    }
}
