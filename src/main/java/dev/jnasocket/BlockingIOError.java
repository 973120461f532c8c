package dev.jnasocket;

/**
 * Python's {@code BlockingIOError}: a non-blocking operation would block (EAGAIN/EWOULDBLOCK,
 * EALREADY, EINPROGRESS).
 *
 * <p>It carries no stack trace: it is a non-blocking socket's ordinary "not now", raised on the
 * hot path of every event loop (where NIO returns 0), and filling in a trace would cost more
 * than the system call that said EAGAIN. For the same reason the one raised for EAGAIN looks up
 * its text only when it is read (its errno and message are the same as ever).
 */
public class BlockingIOError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code BlockingIOError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public BlockingIOError(int errno, String strerror) {
        super(errno, strerror);
    }

    /** A BlockingIOError with libc's text for {@code errno}, looked up when first read. */
    BlockingIOError(int errno) {
        super(errno);
    }

    /**
     * Python's {@code BlockingIOError(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public BlockingIOError(String message) {
        super(message);
    }

    /**
     * Not synchronized, unlike Throwable's: it is called from the constructor, when no other
     * thread can see the object, and taking the lock would be a compare-and-swap per raise.
     *
     * @return this, without a stack trace (see the class comment)
     */
    @Override
    public Throwable fillInStackTrace() {
        return this;
    }
}
