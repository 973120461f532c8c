package dev.jnasocket;

/**
 * The part of Python's {@code io} module that socket files use: {@link #DEFAULT_BUFFER_SIZE}
 * and {@link UnsupportedOperation}, so {@code except io.UnsupportedOperation:} ports to
 * {@code catch (io.UnsupportedOperation e)}.
 */
public final class io {
    private io() {}

    /** Python's {@code io.DEFAULT_BUFFER_SIZE}. */
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /**
     * Python's {@code io.UnsupportedOperation}: an operation the file does not have (reading a
     * file made for writing, seeking a socket). An {@link OSError} as in Python (where it is
     * also a ValueError), with no errno.
     */
    public static class UnsupportedOperation extends OSError {
        private static final long serialVersionUID = 1L;

        /**
         * Makes one with Python's text.
         *
         * @param message e.g. {@code "read"} or {@code "File or stream is not writable."}
         */
        public UnsupportedOperation(String message) {
            super(message);
        }
    }
}
