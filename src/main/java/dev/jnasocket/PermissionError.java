package dev.jnasocket;

/**
 * Python's {@code PermissionError}: not permitted (EACCES, EPERM), e.g. binding a port below 1024 without privilege.
 */
public class PermissionError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code PermissionError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public PermissionError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code PermissionError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public PermissionError(String message) {
        super(message);
    }
}
