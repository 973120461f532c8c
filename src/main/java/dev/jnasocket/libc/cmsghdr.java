package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One ancillary-data item of {@code sendmsg}/{@code recvmsg} ({@code struct cmsghdr} and the
 * bytes after it), and the {@code CMSG_*} arithmetic of both OSes:
 * <pre>
 * struct cmsghdr { size_t cmsg_len; int cmsg_level; int cmsg_type; };     // Linux: 16 bytes, items 8-aligned
 * struct cmsghdr { socklen_t cmsg_len; int cmsg_level; int cmsg_type; };  // macOS: 12 bytes, items 4-aligned
 * </pre>
 * The layouts differ, so every method takes the {@link Os} whose layout it speaks; a control
 * buffer is encoded and decoded here, in Java, never by pointer arithmetic in native memory.
 *
 * @param cmsg_level the protocol level ({@code SOL_SOCKET})
 * @param cmsg_type  the item's type ({@code SCM_RIGHTS}, {@code SCM_CREDENTIALS})
 * @param cmsg_data  the item's bytes ({@code CMSG_DATA}), without the trailing padding
 */
public record cmsghdr(int cmsg_level, int cmsg_type, byte[] cmsg_data) {
    /**
     * Copies the data, so the item cannot change behind the caller's back.
     *
     * @param cmsg_level the level
     * @param cmsg_type  the type
     * @param cmsg_data  the bytes (not null)
     */
    public cmsghdr {
        if (cmsg_data == null) {
            throw new IllegalArgumentException("cmsghdr: cmsg_data is null");
        }
        cmsg_data = cmsg_data.clone();
    }

    /** {@return a copy of the item's bytes} */
    @Override
    public byte[] cmsg_data() {
        return cmsg_data.clone();
    }

    /**
     * {@code sizeof(struct cmsghdr)} rounded to the alignment: {@code CMSG_LEN(0)}.
     *
     * @param os the layout
     * @return 16 on Linux, 12 on macOS
     */
    public static int header(Os os) {
        return os == Os.MACOS ? 12 : 16;
    }

    /**
     * {@code CMSG_ALIGN(len)}: rounds up to the item alignment (8 on Linux LP64, 4 on macOS).
     *
     * @param len a length
     * @param os  the layout
     * @return the aligned length
     */
    public static long align(long len, Os os) {
        long a = os == Os.MACOS ? 4 : 8;
        return (len + a - 1) & -a;
    }

    /**
     * C's {@code CMSG_LEN(len)}: the {@code cmsg_len} of an item carrying {@code len} bytes.
     *
     * @param len the data length
     * @param os  the layout
     * @return {@code header + len}
     */
    public static long CMSG_LEN(long len, Os os) {
        return header(os) + len;
    }

    /**
     * C's {@code CMSG_SPACE(len)}: the room an item carrying {@code len} bytes takes in a control
     * buffer, padding included.
     *
     * @param len the data length
     * @param os  the layout
     * @return {@code header + CMSG_ALIGN(len)}
     */
    public static long CMSG_SPACE(long len, Os os) {
        return header(os) + align(len, os);
    }

    /**
     * Lays items out as a control buffer ({@code msg_control}): each header, its data, then
     * padding to the next item, as {@code CMSG_NXTHDR} walks it. The last item is padded too
     * (CPython sizes the buffer as the sum of {@code CMSG_SPACE}).
     *
     * @param items the items
     * @param os    the layout
     * @return the bytes, {@code sum(CMSG_SPACE(len(data)))} long
     */
    public static byte[] encode(List<cmsghdr> items, Os os) {
        if (items == null || os == null) {
            throw new IllegalArgumentException("cmsghdr.encode(): items and os must not be null");
        }
        for (Object o : (List<?>) items) {
            if (!(o instanceof cmsghdr)) {
                throw new IllegalArgumentException("cmsghdr.encode(): every item must be a cmsghdr");
            }
        }
        long total = 0;
        for (cmsghdr c : Args.present(items, "encode", "items")) {
            Args.present(c, "encode", "an item");
            total += CMSG_SPACE(c.cmsg_data.length, os);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ancillary data items too large");
        }
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.nativeOrder());
        int at = 0;
        for (cmsghdr c : items) {
            long len = CMSG_LEN(c.cmsg_data.length, os);
            if (os == Os.MACOS) {
                b.putInt(at, (int) len);
            } else {
                b.putLong(at, len);
            }
            b.putInt(at + header(os) - 8, c.cmsg_level);
            b.putInt(at + header(os) - 4, c.cmsg_type);
            b.put(at + header(os), c.cmsg_data);
            at += (int) CMSG_SPACE(c.cmsg_data.length, os);
        }
        return b.array();
    }

    /**
     * Walks a control buffer the kernel filled ({@code CMSG_FIRSTHDR}/{@code CMSG_NXTHDR}): each
     * item's data is {@code cmsg_len - CMSG_LEN(0)} bytes, cut to what the buffer holds (as
     * CPython does when MSG_CTRUNC cut it); a header that does not fit ends the walk.
     *
     * @param control    the buffer
     * @param controllen how many bytes of it the kernel filled ({@code msg_controllen})
     * @param os         the layout
     * @return the items
     */
    public static List<cmsghdr> decode(byte[] control, int controllen, Os os) {
        if (control == null || os == null) {
            throw new IllegalArgumentException("cmsghdr.decode(): control and os must not be null");
        }
        List<cmsghdr> items = new ArrayList<>();
        int end = Math.max(0, Math.min(controllen, Args.present(control, "decode", "control").length));
        ByteBuffer b = ByteBuffer.wrap(control, 0, end).order(ByteOrder.nativeOrder());
        int hdr = header(os);
        int at = 0;
        while (at + hdr <= end) {
            long len = os == Os.MACOS ? b.getInt(at) & 0xffffffffL : b.getLong(at);
            if (len < hdr) {
                break;
            }
            int level = b.getInt(at + hdr - 8);
            int type = b.getInt(at + hdr - 4);
            int dataEnd = (int) Math.min(end, at + len);
            items.add(new cmsghdr(level, type, Arrays.copyOfRange(control, at + hdr, dataEnd)));
            long next = at + align(len, os);
            if (next > end) {
                break;
            }
            at = (int) next;
        }
        return items;
    }

    /** @return C's view: {@code {cmsg_len=20, cmsg_level=1, cmsg_type=1, data=[...]}} */
    @Override
    public String toString() {
        return "{cmsg_len=" + CMSG_LEN(cmsg_data.length, Os.HOST) + ", cmsg_level=" + cmsg_level + ", cmsg_type="
                + cmsg_type + ", " + cmsg_data.length + " data bytes}";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof cmsghdr c && c.cmsg_level == cmsg_level && c.cmsg_type == cmsg_type
                && Arrays.equals(c.cmsg_data, cmsg_data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cmsg_level + cmsg_type) + Arrays.hashCode(cmsg_data);
    }
}
