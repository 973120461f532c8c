package dev.jnasocket;

/**
 * Python's {@code InterruptedError}: a call interrupted by a signal (EINTR), where retrying is not the right answer.
 */
public class InterruptedError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code InterruptedError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public InterruptedError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code InterruptedError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public InterruptedError(String message) {
        super(message);
    }
}
