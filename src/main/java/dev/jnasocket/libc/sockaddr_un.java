package dev.jnasocket.libc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code struct sockaddr_un}: an AF_UNIX path. 110 bytes on Linux ({@code sun_path[108]}),
 * 106 on macOS ({@code sun_len}, u8 family, {@code sun_path[104]}). A path whose first byte is
 * NUL is a Linux abstract name. Python: the path as a string, or bytes for an abstract name.
 */
public final class sockaddr_un extends sockaddr {
    /** Offset of {@code sun_path} on both OSes. */
    public static final int PATH_OFFSET = 2;

    /**
     * {@code sizeof(sun_path)} on the given OS.
     *
     * @param os the OS
     * @return 108 on Linux, 104 on macOS
     */
    public static int pathMax(Os os) {
        return os == Os.MACOS ? 104 : 108;
    }

    /** {@code sun_family}: {@code AF_UNIX}. */
    public int sun_family = Constants.AF_UNIX;
    /** {@code sun_path}: the path bytes, NUL-terminated unless they fill the array. */
    public final byte[] sun_path = new byte[pathMax(Os.HOST)];
    /**
     * How many bytes of {@code sun_path} are meaningful: set by {@link #setPath} and by a decode.
     * An abstract name's length counts its leading NUL.
     */
    public int pathLength;

    /** An empty (unnamed) address. */
    public sockaddr_un() {}

    /**
     * A filesystem path or, with a leading NUL, a Linux abstract name.
     *
     * @param path the path; encoded as UTF-8
     * @throws IllegalArgumentException if it does not fit in {@code sun_path}
     */
    public sockaddr_un(String path) {
        setPath(Args.present(path, "sockaddr_un", "path").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets {@code sun_path} from raw bytes (an abstract name starts with a 0 byte).
     *
     * @param path the bytes, without a trailing NUL
     * @throws IllegalArgumentException if they do not fit
     */
    public void setPath(byte[] path) {
        if (Args.present(path, "setPath", "path").length > sun_path.length) {
            throw new IllegalArgumentException("AF_UNIX path too long");
        }
        Arrays.fill(sun_path, (byte) 0);
        System.arraycopy(path, 0, sun_path, 0, path.length);
        pathLength = path.length;
    }

    /**
     * The meaningful bytes of {@code sun_path}.
     *
     * @return them
     * @throws IllegalArgumentException if {@link #pathLength} is outside {@code sun_path}
     */
    public byte[] path() {
        return Arrays.copyOf(sun_path, checkedLength(pathMax(Os.HOST)));
    }

    /** {@link #pathLength}, a public field, after checking it names bytes of a {@code sun_path} of {@code max}. */
    private int checkedLength(int max) {
        if (pathLength < 0) {
            throw new IllegalArgumentException("AF_UNIX path length " + pathLength + " is negative");
        }
        if (pathLength > Math.min(max, sun_path.length)) {
            throw new IllegalArgumentException("AF_UNIX path too long");
        }
        return pathLength;
    }

    @Override
    public int family() {
        return sun_family;
    }

    @Override
    public int size(Os os) {
        return PATH_OFFSET + pathMax(os);
    }

    /**
     * The length to pass to bind/connect: the whole struct for a path (the kernel stops at the
     * NUL); only the header plus the name for an abstract name, whose bytes all count; and only
     * the header for an empty path, which Linux's bind takes as "autobind to a fresh abstract
     * name" (CPython does the same for {@code ''}).
     *
     * @return the {@code addrlen} that names exactly this address
     */
    @Override
    public int length() {
        if (checkedLength(pathMax(Os.HOST)) == 0) {
            return PATH_OFFSET;
        }
        return sun_path[0] == 0 ? PATH_OFFSET + pathLength : size();
    }

    @Override
    public void encode(ByteBuffer b, Os os) {
        Args.room(b, 0, size(os), "encode");
        int max = pathMax(os);
        checkedLength(max); // before any call is made with it: a bad length fails here, not in the trace after
        putHeader(b, os, sun_family, size(os));
        for (int i = 0; i < max; i++) {
            b.put(PATH_OFFSET + i, i < pathLength ? sun_path[i] : 0);
        }
    }

    @Override
    void read(ByteBuffer b, int len, Os os) {
        sun_family = family(b, os);
        int n = Math.max(0, Math.min(len - PATH_OFFSET, Math.min(pathMax(os), sun_path.length)));
        Arrays.fill(sun_path, (byte) 0);
        b.get(PATH_OFFSET, sun_path, 0, n);
        // A path ends at its NUL; a Linux abstract name (leading NUL) is exactly the bytes given.
        // macOS has no abstract names: an unbound socket's 16-byte all-zero name is '' there.
        int end = n;
        if (n > 0 && (sun_path[0] != 0 || os != Os.LINUX)) {
            end = 0;
            while (end < n && sun_path[end] != 0) {
                end++;
            }
        }
        pathLength = end;
    }

    /**
     * strace's form: {@code {sa_family=AF_UNIX, sun_path="/tmp/echo.sock"}}, an abstract name as
     * {@code sun_path=@"name"}, an unnamed socket as {@code {sa_family=AF_UNIX}}.
     */
    @Override
    public String toString() {
        if (pathLength < 0 || pathLength > sun_path.length) {
            return "{" + familyName() + ", <pathLength " + pathLength + ">}";
        }
        byte[] p = path();
        if (p.length == 0) {
            return "{sa_family=" + familyName() + "}";
        }
        String s = p[0] == 0
                ? "@\"" + new String(p, 1, p.length - 1, StandardCharsets.UTF_8)
                : "\"" + new String(p, StandardCharsets.UTF_8);
        return "{sa_family=" + familyName() + ", sun_path=" + s + "\"}";
    }
}
