package dev.jnasocket;

import java.util.List;

/**
 * What {@link SocketObject#recvmsg} returns: Python's {@code (data, ancdata, msg_flags, address)},
 * printing as that tuple.
 *
 * @param data      the bytes received
 * @param ancdata   the ancillary items
 * @param msg_flags MSG_TRUNC, MSG_CTRUNC... as the kernel set them
 * @param address   the sender, or null (Python's None) when the kernel names none
 */
public record RecvMsg(byte[] data, List<Ancillary> ancdata, int msg_flags, Address address) {
    /** Python's tuple repr: {@code (b'abcd', [], 0, None)}. */
    @Override
    public String toString() {
        return builtins.repr(this);
    }
}
