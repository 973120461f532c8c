package dev.jnasocket;

/**
 * Python's {@code TimeoutError} ({@code socket.timeout} is an alias of it since 3.10): a socket
 * timeout expired ({@code getMessage()} is {@code "timed out"}, no errno), or the kernel said
 * ETIMEDOUT.
 */
public class TimeoutError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code TimeoutError(errno, strerror)}.
     *
     * @param errno    the error number (ETIMEDOUT)
     * @param strerror libc's text for it
     */
    public TimeoutError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code TimeoutError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public TimeoutError(String message) {
        super(message);
    }

    /** {@return Python's {@code TimeoutError('timed out')}, raised when a socket's timeout expires} */
    public static TimeoutError timedOut() {
        return new TimeoutError("timed out");
    }
}
