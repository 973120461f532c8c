package dev.jnasocket;

/**
 * What {@link SocketObject#recvfrom_into} returns: Python's {@code (nbytes, address)}, printing
 * as that tuple.
 *
 * @param nbytes  how many bytes were written into the buffer
 * @param address the sender, or null (Python's None)
 */
public record RecvFromInto(int nbytes, Address address) {
    /** Python's tuple repr: {@code (3, ('127.0.0.1', 5000))}. */
    @Override
    public String toString() {
        return builtins.repr(this);
    }
}
