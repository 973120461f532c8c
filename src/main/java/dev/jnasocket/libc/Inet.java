package dev.jnasocket.libc;

/**
 * Address text conversion through libc's own {@code inet_pton}/{@code inet_ntop}, untraced, for
 * the structs' {@code toString} and the trace itself (which must not trace its own formatting).
 */
final class Inet {
    /**
     * libc's text form of a packed address, or null if libc refuses it.
     *
     * @param af  AF_INET (4 bytes) or AF_INET6 (16 bytes)
     * @param src the packed address
     */
    static String ntop(int af, byte[] src) {
        int need = af == Constants.AF_INET ? 4 : af == Constants.AF_INET6 ? 16 : -1;
        if (src == null || need < 0 || src.length != need) {
            throw new IllegalArgumentException("packed address must be 4 bytes for AF_INET, 16 for AF_INET6");
        }
        Scratch s = Scratch.get();
        s.block.write(Scratch.OPT, src, 0, need);
        long dst = s.base + Scratch.OPT + 16;
        long r = Sys.inet_ntop(af, s.base + Scratch.OPT, dst, Constants.INET6_ADDRSTRLEN);
        return r == 0 ? null : s.block.getString(Scratch.OPT + 16);
    }

    /**
     * libc's parse of a text address into {@code dst}.
     *
     * @return 1 on success, 0 for text that is not an address, -1 (errno EAFNOSUPPORT) for a bad family
     */
    static int pton(int af, String src, byte[] dst) {
        int need = af == Constants.AF_INET ? 4 : af == Constants.AF_INET6 ? 16 : 0;
        if (src == null || dst == null) {
            throw new IllegalArgumentException("inet_pton: src and dst must not be null");
        }
        if (need > 0 && dst.length < need) {
            throw new IllegalArgumentException("inet_pton: dst needs " + need + " bytes");
        }
        if (src.indexOf('\0') >= 0) {
            return 0; // C would stop at the NUL; Python refuses it: not an address either way
        }
        Scratch s = Scratch.get();
        int r = Sys.inet_pton(af, src, s.base + Scratch.OPT);
        if (r == 1) {
            s.block.read(Scratch.OPT, dst, 0, need);
        }
        return r;
    }

    private Inet() {}
}
