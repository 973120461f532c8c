package dev.jnasocket.libc;

/**
 * C's {@code struct msghdr}, for {@link LibC#sendmsg} and {@link LibC#recvmsg}, with Java
 * arrays where C has pointers:
 * <pre>
 * struct msghdr {
 *     void         *msg_name;       socklen_t msg_namelen;
 *     struct iovec *msg_iov;        size_t    msg_iovlen;      // int on macOS
 *     void         *msg_control;    size_t    msg_controllen;  // socklen_t on macOS
 *     int           msg_flags;
 * };
 * </pre>
 * Each element of {@link #msg_iov} is one {@code struct iovec} covering that whole array;
 * {@link #msg_control} is the control buffer that {@link cmsghdr#encode} lays out and
 * {@link cmsghdr#decode} reads. The bindings copy everything into one native block per call
 * and back, so nothing here points into native memory.
 */
public final class msghdr {
    /** The peer's address ({@code msg_name}), or null for none. */
    public sockaddr msg_name;
    /** In: the room in {@link #msg_name} (recvmsg) or its length (sendmsg); out: the address's real length. */
    public int msg_namelen;
    /** The scatter/gather buffers, one {@code iovec} each, used whole. */
    public byte[][] msg_iov = new byte[0][];
    /** The ancillary-data buffer, or null. */
    public byte[] msg_control;
    /** In: how many bytes of {@link #msg_control} to use; out (recvmsg): how many the kernel filled. */
    public int msg_controllen;
    /** Out (recvmsg): MSG_TRUNC, MSG_CTRUNC, MSG_EOR... */
    public int msg_flags;

    /** An empty header: no name, no buffers, no control data. */
    public msghdr() {}

    /**
     * The struct's size on an OS.
     *
     * @param os the layout
     * @return {@code sizeof(struct msghdr)}: 56 on Linux, 48 on macOS
     */
    public static int size(Os os) {
        return os == Os.MACOS ? 48 : 56;
    }

    /** {@code sizeof(struct iovec)} on both OSes: a pointer and a size_t. */
    static final int IOVEC = 16;

    /**
     * Writes the header's fixed part, given where its arrays live, in {@code os}'s layout.
     *
     * @param b          the block, the header at index 0
     * @param os         the layout
     * @param name       the native address of the name, or 0
     * @param iov        the native address of the iovec array
     * @param control    the native address of the control buffer, or 0
     */
    void encode(java.nio.ByteBuffer b, Os os, long name, long iov, long control) {
        b.putLong(0, name);
        b.putInt(8, name == 0 ? 0 : msg_namelen);
        b.putLong(16, iov);
        b.putLong(32, control);
        if (os == Os.MACOS) {
            b.putInt(24, msg_iov.length);
            b.putInt(40, control == 0 ? 0 : msg_controllen);
            b.putInt(44, msg_flags);
        } else {
            b.putLong(24, msg_iov.length);
            b.putLong(40, control == 0 ? 0 : msg_controllen);
            b.putInt(48, msg_flags);
        }
    }

    /** @return the kernel's {@code msg_namelen} from a header block */
    static int namelen(java.nio.ByteBuffer b) {
        return b.getInt(8);
    }

    /** @return the kernel's {@code msg_controllen} from a header block */
    static long controllen(java.nio.ByteBuffer b, Os os) {
        return os == Os.MACOS ? b.getInt(40) & 0xffffffffL : b.getLong(40);
    }

    /** @return the kernel's {@code msg_flags} from a header block */
    static int flags(java.nio.ByteBuffer b, Os os) {
        return b.getInt(os == Os.MACOS ? 44 : 48);
    }
}
