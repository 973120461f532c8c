package dev.jnasocket;

/**
 * What {@link SocketObject#accept()} returns: Python's {@code conn, addr = s.accept()} pair.
 *
 * @param conn the new connected socket
 * @param addr the peer's address
 */
public record Accepted(SocketObject conn, Address addr) {}
