package dev.jnasocket;

/**
 * Python's {@code herror}: {@code socket.herror}, an address-related error of the legacy host lookups ({@code gethostbyaddr}).
 */
public class herror extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code herror(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror libc's text for it
     */
    public herror(int errno, String strerror) {
        super(errno, strerror);
    }

    /**
     * Python's {@code herror(message)}: a message, no errno.
     *
     * @param message the whole message, with no errno
     */
    public herror(String message) {
        super(message);
    }
}
