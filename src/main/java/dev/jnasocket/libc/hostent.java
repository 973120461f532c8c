package dev.jnasocket.libc;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code struct hostent}: the answer of {@link LibC#gethostbyname} and {@link LibC#gethostbyaddr},
 * copied out of libc's static storage at once (so a later call cannot overwrite it, as it
 * would in C). Layout on both OSes (LP64): {@code h_name} at 0, {@code h_aliases} at 8,
 * {@code h_addrtype} at 16, {@code h_length} at 20, {@code h_addr_list} at 24; 32 bytes.
 * <pre>
 * hostent he = gethostbyname("localhost");
 * if (he == null) { herror("gethostbyname"); return 2; }
 * printf("%s is %s%n", he.h_name, inet_ntoa(he.h_addr));
 * </pre>
 * Python: {@code socket.gethostbyname_ex()}'s {@code (name, aliaslist, addresslist)}.
 */
public final class hostent {
    /** {@code sizeof(struct hostent)} on both OSes. */
    public static final int SIZE = 32;

    /** {@code h_name}: the official name. */
    public final String h_name;
    /** {@code h_aliases}: the other names. */
    public final String[] h_aliases;
    /** {@code h_addrtype}: AF_INET (or AF_INET6). */
    public final int h_addrtype;
    /** {@code h_length}: the length of each address, 4 for AF_INET. */
    public final int h_length;
    /** {@code h_addr_list}: the addresses, each {@code h_length} bytes in network order. */
    public final byte[][] h_addr_list;
    /** {@code h_addr}: C's {@code #define h_addr h_addr_list[0]}, the first address (null if none). */
    public final byte[] h_addr;

    hostent(String name, String[] aliases, int addrtype, int length, byte[][] addrs) {
        h_name = name;
        h_aliases = aliases;
        h_addrtype = addrtype;
        h_length = length;
        h_addr_list = addrs;
        h_addr = addrs.length > 0 ? addrs[0] : null;
    }

    /** Copies libc's struct; {@code p} must be non-null and the caller must hold libc's lookup lock. */
    static hostent read(Pointer p) {
        int length = p.getInt(20);
        if (length < 0 || length > 16) {
            throw new IllegalStateException("hostent h_length " + length);
        }
        return new hostent(p.getPointer(0).getString(0), strings(p.getPointer(8)), p.getInt(16), length,
                addresses(p.getPointer(24), length));
    }

    private static String[] strings(Pointer list) {
        List<String> out = new ArrayList<>();
        for (int i = 0; list != null && list.getPointer(8L * i) != null; i++) {
            out.add(list.getPointer(8L * i).getString(0));
        }
        return out.toArray(new String[0]);
    }

    private static byte[][] addresses(Pointer list, int length) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; list != null && list.getPointer(8L * i) != null; i++) {
            out.add(list.getPointer(8L * i).getByteArray(0, length));
        }
        return out.toArray(new byte[0][]);
    }

    /** @return strace-like: {@code {h_name="localhost", h_aliases=[], h_addrtype=AF_INET, h_length=4, h_addr_list=["127.0.0.1"]}} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{h_name=\"").append(h_name).append("\", h_aliases=[");
        for (int i = 0; i < h_aliases.length; i++) {
            b.append(i > 0 ? ", " : "").append('"').append(h_aliases[i]).append('"');
        }
        b.append("], h_addrtype=").append(Names.family(h_addrtype)).append(", h_length=").append(h_length)
                .append(", h_addr_list=[");
        for (int i = 0; i < h_addr_list.length; i++) {
            String text = h_addr_list[i].length == 4 || h_addr_list[i].length == 16
                    ? Inet.ntop(h_addr_list[i].length == 4 ? Constants.AF_INET : Constants.AF_INET6, h_addr_list[i]) : "?";
            b.append(i > 0 ? ", " : "").append('"').append(text).append('"');
        }
        return b.append("]}").toString();
    }
}
