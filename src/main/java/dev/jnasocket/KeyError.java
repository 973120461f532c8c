package dev.jnasocket;

import java.util.NoSuchElementException;

/**
 * Python's {@code KeyError}, as {@code selectors} raises it: a fileobj not registered, or
 * registered twice. A {@link NoSuchElementException}, the Java exception for a missing key.
 */
public class KeyError extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    /**
     * Makes one with Python's text.
     *
     * @param message e.g. {@code "5 is not registered"}
     */
    public KeyError(String message) {
        super(message);
    }
}
