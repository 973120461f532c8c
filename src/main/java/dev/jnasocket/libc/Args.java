package dev.jnasocket.libc;

/**
 * The raw layer's one check for a missing argument: Java's null, where C would be handed NULL
 * and crash, is an {@link IllegalArgumentException} naming the call and the argument (Python's
 * TypeError), never a NullPointerException from somewhere inside.
 */
final class Args {
    private Args() {}

    /**
     * @param value the argument
     * @param call  the function's name
     * @param name  the argument's name
     * @param <T>   its type
     * @return the argument, which is not null
     * @throws IllegalArgumentException if it is null
     */
    static <T> T present(T value, String call, String name) {
        if (value == null) {
            throw new IllegalArgumentException(call + "(): " + name + " is null");
        }
        return value;
    }

    /**
     * @param b    a buffer a struct is read from or written to
     * @param at   the struct's byte offset
     * @param size the struct's size
     * @param call the function's name
     * @return {@code b}, which holds the whole struct
     * @throws IllegalArgumentException if {@code b} is null or too small
     */
    static java.nio.ByteBuffer room(java.nio.ByteBuffer b, int at, int size, String call) {
        present(b, call, "b");
        if (at < 0 || at > b.limit() - size) {
            throw new IllegalArgumentException(call + "(): a struct of " + size + " bytes at " + at
                    + " does not fit a buffer of " + b.limit());
        }
        return b;
    }
}
