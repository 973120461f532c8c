package dev.jnasocket;

/** Python's {@code FileExistsError}: EEXIST, as {@code epoll.register} of an fd already registered raises. */
public class FileExistsError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code FileExistsError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public FileExistsError(int errno, String strerror) {
        super(errno, strerror);
    }
}
