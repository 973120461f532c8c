package dev.jnasocket;

/**
 * Python's {@code BlockingIOError}: a non-blocking operation would block (EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS).
 */
public class BlockingIOError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public BlockingIOError(int errno, String strerror) {
        super(errno, strerror);
    }

    /** @param message the whole message, with no errno */
    public BlockingIOError(String message) {
        super(message);
    }
}
