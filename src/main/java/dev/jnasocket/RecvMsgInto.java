package dev.jnasocket;

import java.util.List;

/**
 * What {@link SocketObject#recvmsg_into} returns: Python's
 * {@code (nbytes, ancdata, msg_flags, address)}, printing as that tuple.
 *
 * @param nbytes    how many bytes the buffers received
 * @param ancdata   the ancillary items
 * @param msg_flags the kernel's flags
 * @param address   the sender, or null (Python's None)
 */
public record RecvMsgInto(int nbytes, List<Ancillary> ancdata, int msg_flags, Address address) {
    /** Python's tuple repr: {@code (7, [], 0, None)}. */
    @Override
    public String toString() {
        return builtins.repr(this);
    }
}
