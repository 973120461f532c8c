package dev.jnasocket;

/**
 * What {@link SocketObject#recvfrom(int)} returns: Python's {@code data, addr = s.recvfrom(n)} pair.
 *
 * @param data the bytes received
 * @param addr the sender's address (null on a connected socket whose peer the kernel does not name)
 */
public record Received(byte[] data, Address addr) {}
