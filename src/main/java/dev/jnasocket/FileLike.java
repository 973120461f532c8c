package dev.jnasocket;

/**
 * Anything with a file descriptor: what {@code selectors} and {@code select} accept besides a
 * plain {@code Integer} fd, like Python's "file object with a fileno() method".
 */
public interface FileLike {
    /**
     * {@return the descriptor, or -1 once closed (Python: {@code fileno()})}
     */
    int fileno();
}
