package dev.jnasocket.libc;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * {@code struct addrinfo}: one answer of {@code getaddrinfo}, linked through {@link #ai_next}.
 * {@link LibC#getaddrinfo} copies libc's list into these objects at once (reading
 * {@code ai_addr} and {@code ai_canonname} at each OS's offsets: they are swapped on macOS), and
 * {@link LibC#freeaddrinfo} frees libc's list, as in C.
 * Python: a 5-tuple of {@code socket.getaddrinfo()}; see {@code dev.jnasocket.AddrInfo}.
 */
public final class addrinfo {
    /** {@code sizeof(struct addrinfo)} on both OSes (LP64). */
    public static final int SIZE = 48;

    /** AI_* flags (hints). */
    public int ai_flags;
    /** AF_* family, AF_UNSPEC for any. */
    public int ai_family;
    /** SOCK_* type, 0 for any. */
    public int ai_socktype;
    /** IPPROTO_* protocol, 0 for any. */
    public int ai_protocol;
    /** The length of {@link #ai_addr}'s C struct. */
    public int ai_addrlen;
    /** The address (null in hints, or for a family this library does not decode). */
    public sockaddr ai_addr;
    /** The canonical name, on the first answer when AI_CANONNAME was asked. */
    public String ai_canonname;
    /** The next answer, or null. */
    public addrinfo ai_next;

    /** Frees libc's list this answer heads (null on the others); runs at most once. */
    java.lang.ref.Cleaner.Cleanable list;

    /** Empty hints: any family, any type. */
    public addrinfo() {}

    /** Offset of {@code ai_addr}: 24 on Linux, 32 on macOS. */
    static int addrOffset(Os os) {
        return os == Os.MACOS ? 32 : 24;
    }

    /** Offset of {@code ai_canonname}: 32 on Linux, 24 on macOS. */
    static int canonnameOffset(Os os) {
        return os == Os.MACOS ? 24 : 32;
    }

    /** Offset of {@code ai_next} on both. */
    static final int NEXT = 40;

    /** Writes these fields as hints (pointers null) in {@code os}'s layout. */
    void encodeHints(Pointer p, Os os) {
        p.clear(SIZE);
        p.setInt(0, ai_flags);
        p.setInt(4, ai_family);
        p.setInt(8, ai_socktype);
        p.setInt(12, ai_protocol);
    }

    /**
     * Copies a libc list into Java objects.
     *
     * @param p  the first {@code struct addrinfo}
     * @param os the layout it is in
     * @return the first answer, linked to the rest
     */
    static addrinfo readList(Pointer p, Os os) {
        addrinfo head = null;
        addrinfo tail = null;
        for (; p != null; p = p.getPointer(NEXT)) {
            addrinfo a = new addrinfo();
            a.ai_flags = p.getInt(0);
            a.ai_family = p.getInt(4);
            a.ai_socktype = p.getInt(8);
            a.ai_protocol = p.getInt(12);
            a.ai_addrlen = p.getInt(16);
            Pointer sa = p.getPointer(addrOffset(os));
            if (sa != null && a.ai_addrlen >= 2 && a.ai_addrlen <= sockaddr.STORAGE_SIZE) {
                ByteBuffer b = ByteBuffer.wrap(sa.getByteArray(0, a.ai_addrlen));
                try {
                    a.ai_addr = sockaddr.decode(b, a.ai_addrlen, os);
                } catch (IllegalArgumentException unknownFamily) {
                    a.ai_addr = null;
                }
            }
            Pointer cn = p.getPointer(canonnameOffset(os));
            a.ai_canonname = cn == null ? null : cn.getString(0);
            if (head == null) {
                head = a;
            } else {
                tail.ai_next = a;
            }
            tail = a;
        }
        return head;
    }

    /**
     * strace-like form, constants by name: {@code {ai_flags=AI_PASSIVE, ai_family=AF_INET,
     * ai_socktype=SOCK_STREAM, ai_protocol=IPPROTO_TCP, ai_addrlen=16, ai_addr={sa_family=AF_INET, ...}}};
     * hints (no address) stop after {@code ai_protocol}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{ai_flags=").append(Names.aiFlags(ai_flags))
                .append(", ai_family=").append(Names.family(ai_family))
                .append(", ai_socktype=").append(Names.socktype(ai_socktype))
                .append(", ai_protocol=").append(Names.protocol(ai_family == Constants.AF_UNSPEC ? Constants.AF_INET : ai_family, ai_protocol));
        if (ai_addr != null || ai_addrlen != 0) {
            b.append(", ai_addrlen=").append(ai_addrlen).append(", ai_addr=").append(ai_addr == null ? "NULL" : ai_addr);
        }
        if (ai_canonname != null) {
            b.append(", ai_canonname=\"").append(ai_canonname).append('"');
        }
        return b.append('}').toString();
    }

    /**
     * The whole answer list from this entry on, as strace prints an array.
     *
     * @return {@code [{...}, {...}]}
     */
    String list() {
        StringBuilder b = new StringBuilder("[");
        for (addrinfo a = this; a != null; a = a.ai_next) {
            b.append(a == this ? "" : ", ").append(a);
        }
        return b.append(']').toString();
    }
}
