package dev.jnasocket;

/**
 * Python's {@code FileNotFoundError}: no such file or directory (ENOENT), e.g. connecting to a missing AF_UNIX path.
 */
public class FileNotFoundError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code FileNotFoundError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public FileNotFoundError(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code FileNotFoundError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public FileNotFoundError(String message) {
        super(message);
    }
}
