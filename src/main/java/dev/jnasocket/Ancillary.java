package dev.jnasocket;

import java.util.Arrays;

/**
 * One ancillary-data item of {@link SocketObject#sendmsg} and {@link SocketObject#recvmsg}:
 * Python's {@code (cmsg_level, cmsg_type, cmsg_data)} tuple, printing as one,
 * {@code (1, 1, b'\x05\x00\x00\x00')}.
 *
 * @param cmsg_level the protocol level ({@code socket.SOL_SOCKET})
 * @param cmsg_type  the type ({@code socket.SCM_RIGHTS})
 * @param cmsg_data  the bytes
 */
public record Ancillary(int cmsg_level, int cmsg_type, byte[] cmsg_data) {
    /**
     * Keeps its own copy of the bytes.
     *
     * @param cmsg_level the level
     * @param cmsg_type  the type
     * @param cmsg_data  the bytes
     */
    public Ancillary {
        if (cmsg_data == null) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'NoneType'");
        }
        cmsg_data = cmsg_data.clone();
    }

    /** {@return a copy of the bytes} */
    @Override
    public byte[] cmsg_data() {
        return cmsg_data.clone();
    }

    /** Python's tuple repr: {@code (1, 1, b'\x05\x00\x00\x00')}. */
    @Override
    public String toString() {
        return builtins.repr(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ancillary a && a.cmsg_level == cmsg_level && a.cmsg_type == cmsg_type
                && Arrays.equals(a.cmsg_data, cmsg_data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cmsg_level + cmsg_type) + Arrays.hashCode(cmsg_data);
    }
}
