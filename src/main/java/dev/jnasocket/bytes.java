package dev.jnasocket;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code bytes} methods and operators on {@code byte[]}, named so that a port reads
 * like the original: {@code data[1:-1]} is {@code bytes.slice(data, 1, -1)}, {@code a + b} is
 * {@code bytes.add(a, b)}, {@code data.strip().upper()} is
 * {@code bytes.upper(bytes.strip(data))}, {@code data.decode()} is {@code bytes.decode(data)},
 * {@code if data:} is {@code if (bytes.bool(data))}.
 *
 * <p>A Python {@code None} argument (a slice's missing bound, {@code split()}'s default
 * separator) is a Java {@code null}. Indices follow Python's rules: negative ones count from the
 * end, slice bounds are clamped, a lone index out of range is {@link IndexError}. Bytes are
 * values 0..255 as in Python ({@code bytes.at(data, 0)} is an {@code int}). Every method returns
 * a new array and leaves its arguments alone.
 *
 * <p>Codecs: {@code utf-8}, {@code ascii} and {@code latin-1} (with Python's aliases such as
 * {@code utf8}, {@code us-ascii}, {@code iso-8859-1}), error handlers {@code strict},
 * {@code replace}, {@code ignore} and {@code surrogateescape}, with CPython's messages:
 * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}.
 */
public final class bytes {
    private bytes() {}

    /** Python's ASCII whitespace, what {@code split()} and {@code strip()} take away. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** An argument Python would refuse as None: CPython's TypeError text, as an IllegalArgumentException. */
    private static <T> T notNone(T x, String message) {
        if (x == null) {
            throw new IllegalArgumentException(message);
        }
        return x;
    }

    /** The bytes a method works on: a null one is Python's unbound {@code bytes.method(None)}. */
    private static byte[] self(byte[] data, String method) {
        return notNone(data, method.startsWith("__")
                ? "descriptor '" + method + "' requires a 'bytes' object but received a 'NoneType'"
                : "descriptor '" + method + "' for 'bytes' objects doesn't apply to a 'NoneType' object");
    }

    /** The subsequence find/count/index look for: bytes or an int in Python, never None. */
    private static byte[] sub(byte[] sub) {
        return notNone(sub, "argument should be integer or bytes-like object, not 'NoneType'");
    }

    private static byte[] bytesLike(byte[] b) {
        return notNone(b, "a bytes-like object is required, not 'NoneType'");
    }

    /** A codec's name or error handler: {@code decode() argument 'encoding' must be str, not None}. */
    private static String str(String s, String call, String arg) {
        return notNone(s, call + "() argument '" + arg + "' must be str, not None");
    }

    // ---------------------------------------------------------------- operators

    /**
     * Python's {@code a + b + ...}.
     *
     * @param parts the bytes to concatenate
     * @return their concatenation
     */
    public static byte[] add(byte[]... parts) {
        notNone(parts, "can't concat NoneType to bytes");
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            n += (i == 0 ? self(parts[i], "__add__") : notNone(parts[i], "can't concat NoneType to bytes")).length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * Python's {@code data * n}: a negative count gives empty bytes.
     *
     * @param data the bytes
     * @param n    how many times
     * @return the repeated bytes
     * @throws IllegalArgumentException (Python's OverflowError) when the result would not fit a Java array
     */
    public static byte[] mul(byte[] data, int n) {
        self(data, "__mul__");
        if (n <= 0 || data.length == 0) {
            return new byte[0];
        }
        if ((long) data.length * n > Integer.MAX_VALUE - 8) {
            // CPython's OverflowError past PY_SSIZE_T_MAX; a Java array's limit is ours
            throw new IllegalArgumentException("repeated bytes are too long");
        }
        byte[] out = new byte[data.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, 0, out, i * data.length, data.length);
        }
        return out;
    }

    /**
     * Python's {@code data == other}.
     *
     * @param data  the bytes
     * @param other the other bytes
     * @return whether they hold the same bytes
     */
    public static boolean eq(byte[] data, byte[] other) {
        return Arrays.equals(data, other);
    }

    /**
     * Python's truth value of bytes: {@code if data:}.
     *
     * @param data the bytes (null is Python's None, false)
     * @return whether they are not empty
     */
    public static boolean bool(byte[] data) {
        return data != null && data.length > 0;
    }

    /**
     * Python's {@code data[i]}: the byte as an int 0..255; a negative index counts from the end.
     *
     * @param data the bytes
     * @param i    the index
     * @return the byte's value
     * @throws IndexError {@code "index out of range"}
     */
    public static int at(byte[] data, int i) {
        self(data, "__getitem__");
        int j = i < 0 ? i + data.length : i;
        if (j < 0 || j >= data.length) {
            throw new IndexError("index out of range");
        }
        return data[j] & 0xff;
    }

    /**
     * Python's {@code data[start:]}.
     *
     * @param data  the bytes
     * @param start the first index (negative counts from the end; null is None)
     * @return the slice
     */
    public static byte[] slice(byte[] data, Integer start) {
        return slice(data, start, null, null);
    }

    /**
     * Python's {@code data[start:stop]}: {@code bytes.slice(data, null, 4)} is {@code data[:4]}.
     *
     * @param data  the bytes
     * @param start the first index (negative counts from the end; null is None)
     * @param stop  the index after the last (negative counts from the end; null is None)
     * @return the slice
     */
    public static byte[] slice(byte[] data, Integer start, Integer stop) {
        return slice(data, start, stop, null);
    }

    /**
     * Python's {@code data[start:stop:step]}, with Python's clamping of the bounds.
     *
     * @param data  the bytes
     * @param start the first index (null is None)
     * @param stop  the bound (null is None)
     * @param step  the step (null is 1; negative walks backwards)
     * @return the slice
     * @throws IllegalArgumentException {@code "slice step cannot be zero"}
     */
    public static byte[] slice(byte[] data, Integer start, Integer stop, Integer step) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        long n = self(data, "__getitem__").length;
        long a = start == null ? (st < 0 ? Long.MAX_VALUE : 0) : start;
        long b = stop == null ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : stop;
        a = adjust(a, n, st);
        b = adjust(b, n, st);
        long len;
        if (st < 0) {
            len = b < a ? (a - b - 1) / -st + 1 : 0;
        } else {
            len = a < b ? (b - a - 1) / st + 1 : 0;
        }
        byte[] out = new byte[(int) len];
        for (int i = 0; i < len; i++) {
            out[i] = data[(int) (a + i * st)];
        }
        return out;
    }

    /** CPython's {@code PySlice_AdjustIndices} for one bound. */
    private static long adjust(long x, long n, long step) {
        if (x < 0) {
            x += n;
            if (x < 0) {
                x = step < 0 ? -1 : 0;
            }
        } else if (x >= n) {
            x = step < 0 ? n - 1 : n;
        }
        return x;
    }

    /** The {@code [start, end)} range of find/count/startswith, clamped as Python's {@code ADJUST_INDICES}. */
    private static int[] range(int n, Integer start, Integer end) {
        long e = end == null ? n : end;
        long s = start == null ? 0 : start;
        if (e > n) {
            e = n;
        } else if (e < 0) {
            e = Math.max(0, e + n);
        }
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    // ---------------------------------------------------------------- searching

    /**
     * Python's {@code sub in data}.
     *
     * @param data the bytes
     * @param sub  what to look for
     * @return whether sub occurs in data
     */
    public static boolean contains(byte[] data, byte[] sub) {
        return find(self(data, "__contains__"), bytesLike(sub)) >= 0;
    }

    /**
     * Python's {@code data.find(sub)}.
     *
     * @param data the bytes
     * @param sub  what to look for
     * @return the lowest index where sub starts, or -1
     */
    public static int find(byte[] data, byte[] sub) {
        return find(data, sub, null, null);
    }

    /**
     * Python's {@code data.find(sub, start, end)}.
     *
     * @param data  the bytes
     * @param sub   what to look for
     * @param start where to start (slice rules; null is None)
     * @param end   where to stop (slice rules; null is None)
     * @return the lowest index where sub starts within the range, or -1
     */
    public static int find(byte[] data, byte[] sub, Integer start, Integer end) {
        int[] r = range(self(data, "find").length, start, end);
        sub(sub);
        for (int i = r[0]; i + sub.length <= r[1]; i++) {
            if (matchAt(data, sub, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Python's {@code data.rfind(sub)}.
     *
     * @param data the bytes
     * @param sub  what to look for
     * @return the highest index where sub starts, or -1
     */
    public static int rfind(byte[] data, byte[] sub) {
        int[] r = range(self(data, "rfind").length, null, null);
        for (int i = r[1] - sub(sub).length; i >= r[0]; i--) {
            if (matchAt(data, sub, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Python's {@code data.index(sub)}: {@link #find(byte[], byte[])} that raises.
     *
     * @param data the bytes
     * @param sub  what to look for
     * @return the lowest index where sub starts
     * @throws IllegalArgumentException {@code "subsection not found"} (Python: ValueError)
     */
    public static int index(byte[] data, byte[] sub) {
        return index(data, sub, null, null);
    }

    /**
     * Python's {@code data.index(sub, start, end)}.
     *
     * @param data  the bytes
     * @param sub   what to look for
     * @param start where to start (null is None)
     * @param end   where to stop (null is None)
     * @return the lowest index where sub starts within the range
     * @throws IllegalArgumentException {@code "subsection not found"} (Python: ValueError)
     */
    public static int index(byte[] data, byte[] sub, Integer start, Integer end) {
        int i = find(self(data, "index"), sub, start, end);
        if (i < 0) {
            throw new IllegalArgumentException("subsection not found");
        }
        return i;
    }

    /**
     * Python's {@code data.count(sub)}: non-overlapping occurrences.
     *
     * @param data the bytes
     * @param sub  what to count
     * @return how many times sub occurs
     */
    public static int count(byte[] data, byte[] sub) {
        return count(data, sub, null, null);
    }

    /**
     * Python's {@code data.count(sub, start, end)}.
     *
     * @param data  the bytes
     * @param sub   what to count
     * @param start where to start (null is None)
     * @param end   where to stop (null is None)
     * @return how many times sub occurs in the range, without overlaps
     */
    public static int count(byte[] data, byte[] sub, Integer start, Integer end) {
        int[] r = range(self(data, "count").length, start, end);
        sub(sub);
        if (r[0] > r[1]) {
            return 0;
        }
        if (sub.length == 0) {
            return r[1] - r[0] + 1;
        }
        int n = 0;
        for (int i = r[0]; i + sub.length <= r[1]; ) {
            if (matchAt(data, sub, i)) {
                n++;
                i += sub.length;
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * Python's {@code data.startswith(prefix)}.
     *
     * @param data   the bytes
     * @param prefix the prefix
     * @return whether data starts with prefix
     */
    public static boolean startswith(byte[] data, byte[] prefix) {
        self(data, "startswith");
        notNone(prefix, "startswith first arg must be bytes or a tuple of bytes, not NoneType");
        return prefix.length <= data.length && matchAt(data, prefix, 0);
    }

    /**
     * Python's {@code data.endswith(suffix)}.
     *
     * @param data   the bytes
     * @param suffix the suffix
     * @return whether data ends with suffix
     */
    public static boolean endswith(byte[] data, byte[] suffix) {
        self(data, "endswith");
        notNone(suffix, "endswith first arg must be bytes or a tuple of bytes, not NoneType");
        return suffix.length <= data.length && matchAt(data, suffix, data.length - suffix.length);
    }

    private static boolean matchAt(byte[] data, byte[] sub, int at) {
        for (int j = 0; j < sub.length; j++) {
            if (data[at + j] != sub[j]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- splitting and joining

    /**
     * Python's {@code data.split()}: runs of ASCII whitespace separate, none at the ends.
     *
     * @param data the bytes
     * @return the words
     */
    public static List<byte[]> split(byte[] data) {
        return split(data, null, -1);
    }

    /**
     * Python's {@code data.split(sep)}.
     *
     * @param data the bytes
     * @param sep  the separator (null: runs of whitespace)
     * @return the pieces
     * @throws IllegalArgumentException {@code "empty separator"}
     */
    public static List<byte[]> split(byte[] data, byte[] sep) {
        return split(data, sep, -1);
    }

    /**
     * Python's {@code data.split(sep, maxsplit)}.
     *
     * @param data     the bytes
     * @param sep      the separator (null: runs of whitespace)
     * @param maxsplit at most this many splits; negative: no limit
     * @return the pieces
     * @throws IllegalArgumentException {@code "empty separator"}
     */
    public static List<byte[]> split(byte[] data, byte[] sep, int maxsplit) {
        List<byte[]> out = new ArrayList<>();
        int n = self(data, "split").length;
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(data[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (maxsplit >= 0 && out.size() == maxsplit) {
                    out.add(Arrays.copyOfRange(data, i, n)); // the rest keeps its trailing whitespace
                    break;
                }
                int j = i;
                while (j < n && !isSpace(data[j])) {
                    j++;
                }
                out.add(Arrays.copyOfRange(data, i, j));
                i = j;
            }
            return out;
        }
        if (sep.length == 0) {
            throw new IllegalArgumentException("empty separator");
        }
        int from = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int at = find(data, sep, from, null);
            if (at < 0) {
                break;
            }
            out.add(Arrays.copyOfRange(data, from, at));
            from = at + sep.length;
        }
        out.add(Arrays.copyOfRange(data, from, n));
        return out;
    }

    /**
     * Python's {@code data.splitlines()}: lines split at {@code \n}, {@code \r\n} or {@code \r},
     * without their ends.
     *
     * @param data the bytes
     * @return the lines
     */
    public static List<byte[]> splitlines(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        int n = self(data, "splitlines").length;
        while (i < n) {
            int j = i;
            while (j < n && data[j] != '\n' && data[j] != '\r') {
                j++;
            }
            out.add(Arrays.copyOfRange(data, i, j));
            if (j < n && data[j] == '\r' && j + 1 < n && data[j + 1] == '\n') {
                j++;
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Python's {@code sep.join(parts)}.
     *
     * @param sep   the separator
     * @param parts the pieces
     * @return the pieces with sep between them
     */
    public static byte[] join(byte[] sep, List<byte[]> parts) {
        self(sep, "join");
        notNone(parts, "can only join an iterable");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(notNone(parts.get(i), "sequence item " + i + ": expected a bytes-like object, NoneType found"));
        }
        return out.toByteArray();
    }

    /**
     * Python's {@code sep.join((a, b, ...))}.
     *
     * @param sep   the separator
     * @param parts the pieces
     * @return the pieces with sep between them
     */
    public static byte[] join(byte[] sep, byte[]... parts) {
        return join(sep, Arrays.asList(notNone(parts, "can only join an iterable")));
    }

    // ---------------------------------------------------------------- transforming

    /**
     * Python's {@code data.strip()}: ASCII whitespace off both ends.
     *
     * @param data the bytes
     * @return the stripped bytes
     */
    public static byte[] strip(byte[] data) {
        return strip(data, null, true, true);
    }

    /**
     * Python's {@code data.strip(chars)}.
     *
     * @param data  the bytes
     * @param chars the bytes to strip (null: ASCII whitespace)
     * @return the stripped bytes
     */
    public static byte[] strip(byte[] data, byte[] chars) {
        return strip(data, chars, true, true);
    }

    /**
     * Python's {@code data.lstrip()}.
     *
     * @param data the bytes
     * @return the bytes without leading ASCII whitespace
     */
    public static byte[] lstrip(byte[] data) {
        return strip(data, null, true, false);
    }

    /**
     * Python's {@code data.rstrip()}: {@code line.rstrip()} drops the line end.
     *
     * @param data the bytes
     * @return the bytes without trailing ASCII whitespace
     */
    public static byte[] rstrip(byte[] data) {
        return strip(data, null, false, true);
    }

    /**
     * Python's {@code data.rstrip(chars)}: {@code line.rstrip(b'\r\n')}.
     *
     * @param data  the bytes
     * @param chars the bytes to strip (null: ASCII whitespace)
     * @return the bytes without trailing bytes of chars
     */
    public static byte[] rstrip(byte[] data, byte[] chars) {
        return strip(data, chars, false, true);
    }

    private static byte[] strip(byte[] data, byte[] chars, boolean left, boolean right) {
        int i = 0;
        int j = self(data, left && right ? "strip" : left ? "lstrip" : "rstrip").length;
        while (left && i < j && strips(data[i], chars)) {
            i++;
        }
        while (right && j > i && strips(data[j - 1], chars)) {
            j--;
        }
        return Arrays.copyOfRange(data, i, j);
    }

    private static boolean strips(byte b, byte[] chars) {
        if (chars == null) {
            return isSpace(b);
        }
        for (byte c : chars) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Python's {@code data.upper()}: ASCII letters only, the other bytes as they are.
     *
     * @param data the bytes
     * @return the upper-cased bytes
     */
    public static byte[] upper(byte[] data) {
        byte[] out = self(data, "upper").clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'a' && out[i] <= 'z') {
                out[i] -= 32;
            }
        }
        return out;
    }

    /**
     * Python's {@code data.lower()}: ASCII letters only.
     *
     * @param data the bytes
     * @return the lower-cased bytes
     */
    public static byte[] lower(byte[] data) {
        byte[] out = self(data, "lower").clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] += 32;
            }
        }
        return out;
    }

    /**
     * Python's {@code data.replace(old, new)}.
     *
     * @param data the bytes
     * @param old  what to replace (empty: between every byte and at both ends, as in Python)
     * @param neu  what to put in its place
     * @return the replaced bytes
     */
    public static byte[] replace(byte[] data, byte[] old, byte[] neu) {
        return replace(data, old, neu, -1);
    }

    /**
     * Python's {@code data.replace(old, new, count)}.
     *
     * @param data  the bytes
     * @param old   what to replace
     * @param neu   what to put in its place
     * @param count at most this many replacements; negative: all
     * @return the replaced bytes
     */
    public static byte[] replace(byte[] data, byte[] old, byte[] neu, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(self(data, "replace").length);
        bytesLike(old);
        bytesLike(neu);
        int done = 0;
        if (old.length == 0) {
            for (int i = 0; i <= data.length; i++) {
                if (count < 0 || done < count) {
                    out.writeBytes(neu);
                    done++;
                }
                if (i < data.length) {
                    out.write(data[i]);
                }
            }
            return out.toByteArray();
        }
        int from = 0;
        while (count < 0 || done < count) {
            int at = find(data, old, from, null);
            if (at < 0) {
                break;
            }
            out.write(data, from, at - from);
            out.writeBytes(neu);
            from = at + old.length;
            done++;
        }
        out.write(data, from, data.length - from);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- hex

    /**
     * Python's {@code data.hex()}: {@code 'deadbeef'}.
     *
     * @param data the bytes
     * @return two lower-case hex digits per byte
     */
    public static String hex(byte[] data) {
        StringBuilder b = new StringBuilder(self(data, "hex").length * 2);
        for (byte x : data) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return b.toString();
    }

    /**
     * Python's {@code bytes.fromhex(s)}: pairs of hex digits, ASCII whitespace allowed between pairs.
     *
     * @param s the hex text
     * @return the bytes
     * @throws IllegalArgumentException CPython's {@code "non-hexadecimal number found in fromhex() arg at position N"}
     */
    public static byte[] fromhex(String s) {
        notNone(s, "fromhex() argument must be str, not None");
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int hi = Character.digit(s.charAt(i), 16);
            if (hi < 0 || s.charAt(i) > 0x7f) {
                throw new IllegalArgumentException("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (i + 1 >= n) {
                throw new IllegalArgumentException("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            int lo = Character.digit(s.charAt(i + 1), 16);
            if (lo < 0 || s.charAt(i + 1) > 0x7f) {
                throw new IllegalArgumentException("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- codecs

    /** The three codecs, by Python's normalised name. */
    private enum Codec {
        UTF8("utf-8"), ASCII("ascii"), LATIN1("latin-1");

        final String name;

        Codec(String name) {
            this.name = name;
        }

        static Codec of(String encoding) {
            String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
            return switch (e) {
                case "utf-8", "utf8", "u8", "utf" -> UTF8;
                case "ascii", "us-ascii", "646" -> ASCII;
                case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100" -> LATIN1;
                default -> throw new LookupError("unknown encoding: " + encoding);
            };
        }
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "replace", "ignore", "surrogateescape" -> { }
            default -> throw new LookupError("unknown error handler name '" + errors + "'");
        }
    }

    /**
     * Python's {@code data.decode()}: UTF-8, strict.
     *
     * @param data the bytes
     * @return the text
     * @throws UnicodeDecodeError for bytes that are not UTF-8
     */
    public static String decode(byte[] data) {
        return decode(data, "utf-8", "strict");
    }

    /**
     * Python's {@code data.decode(encoding)}.
     *
     * @param data     the bytes
     * @param encoding {@code "utf-8"}, {@code "ascii"} or {@code "latin-1"} (and their aliases)
     * @return the text
     * @throws UnicodeDecodeError for bytes the codec cannot decode
     * @throws LookupError        {@code "unknown encoding: X"}
     */
    public static String decode(byte[] data, String encoding) {
        return decode(data, encoding, "strict");
    }

    /**
     * Python's {@code data.decode(encoding, errors)}.
     *
     * @param data     the bytes
     * @param encoding {@code "utf-8"}, {@code "ascii"} or {@code "latin-1"} (and their aliases)
     * @param errors   {@code "strict"}, {@code "replace"} (U+FFFD), {@code "ignore"} or
     *                 {@code "surrogateescape"} (byte b becomes U+DC00+b)
     * @return the text
     * @throws UnicodeDecodeError with CPython's message, under {@code strict}
     * @throws LookupError        for an unknown encoding, or an unknown handler when it is needed
     */
    public static String decode(byte[] data, String encoding, String errors) {
        self(data, "decode");
        str(encoding, "decode", "encoding");
        str(errors, "decode", "errors"); // both are parsed before the codec is looked up
        Codec codec = Codec.of(encoding);
        StringBuilder out = new StringBuilder(data.length);
        int n = data.length;
        int i = 0;
        while (i < n) {
            int c = data[i] & 0xff;
            if (c < 0x80 || codec == Codec.LATIN1) {
                out.append((char) c);
                i++;
                continue;
            }
            int end;
            String reason;
            if (codec == Codec.ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need;
                int lo = 0x80;
                int hi = 0xbf;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    lo = c == 0xe0 ? 0xa0 : 0x80;
                    hi = c == 0xed ? 0x9f : 0xbf;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    lo = c == 0xf0 ? 0x90 : 0x80;
                    hi = c == 0xf4 ? 0x8f : 0xbf;
                } else {
                    need = -1;
                }
                if (need < 0) {
                    end = i + 1;
                    reason = "invalid start byte";
                } else {
                    int j = i + 1;
                    boolean ok = true;
                    for (int k = 0; k < need; k++, j++) {
                        if (j >= n) {
                            ok = false;
                            break;
                        }
                        int d = data[j] & 0xff;
                        int l = k == 0 ? lo : 0x80;
                        int h = k == 0 ? hi : 0xbf;
                        if (d < l || d > h) {
                            ok = false;
                            break;
                        }
                    }
                    if (ok) {
                        int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                        for (int k = 1; k <= need; k++) {
                            cp = (cp << 6) | (data[i + k] & 0x3f);
                        }
                        out.appendCodePoint(cp);
                        i = j;
                        continue;
                    }
                    end = j;
                    reason = j >= n ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            switch (errors) {
                case "replace" -> out.append('\ufffd');
                case "ignore" -> { }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        out.append((char) (0xdc00 + (data[k] & 0xff)));
                    }
                }
                case "strict" -> throw new UnicodeDecodeError(codec.name, data, i, end, reason);
                default -> {
                    checkHandler(errors);
                    throw new AssertionError(errors);
                }
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Python's {@code s.encode()}: UTF-8, strict.
     *
     * @param s the text
     * @return its bytes
     * @throws UnicodeEncodeError for a lone surrogate
     */
    public static byte[] encode(String s) {
        return encode(s, "utf-8", "strict");
    }

    /**
     * Python's {@code s.encode(encoding)}.
     *
     * @param s        the text
     * @param encoding {@code "utf-8"}, {@code "ascii"} or {@code "latin-1"} (and their aliases)
     * @return its bytes
     * @throws UnicodeEncodeError for characters the codec cannot encode
     */
    public static byte[] encode(String s, String encoding) {
        return encode(s, encoding, "strict");
    }

    /**
     * Python's {@code s.encode(encoding, errors)}.
     *
     * @param s        the text
     * @param encoding {@code "utf-8"}, {@code "ascii"} or {@code "latin-1"} (and their aliases)
     * @param errors   {@code "strict"}, {@code "replace"} ({@code ?}), {@code "ignore"} or
     *                 {@code "surrogateescape"} (U+DC80..U+DCFF become the bytes 0x80..0xff)
     * @return its bytes
     * @throws UnicodeEncodeError with CPython's message, under {@code strict} (and for what
     *                            {@code surrogateescape} cannot map back)
     */
    public static byte[] encode(String s, String encoding, String errors) {
        notNone(s, "descriptor 'encode' for 'str' objects doesn't apply to a 'NoneType' object");
        str(encoding, "encode", "encoding");
        str(errors, "encode", "errors"); // both are parsed before the codec is looked up
        Codec codec = Codec.of(encoding);
        int limit = codec == Codec.ASCII ? 0x80 : codec == Codec.LATIN1 ? 0x100 : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            boolean bad = limit < 0 ? isSurrogate(c) : c >= limit;
            if (!bad) {
                if (limit > 0 || c < 0x80) {
                    out.write(c);
                } else {
                    out.writeBytes(new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (limit < 0 ? isSurrogate(cps[end]) : cps[end] >= limit)) {
                end++;
            }
            String reason = limit < 0 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            switch (errors) {
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                }
                case "ignore" -> { }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw new UnicodeEncodeError(codec.name, cps, i, end, reason); // the whole run, as CPython
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                }
                case "strict" -> throw new UnicodeEncodeError(codec.name, cps, i, end, reason);
                default -> {
                    checkHandler(errors);
                    throw new AssertionError(errors);
                }
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xd800 && c <= 0xdfff;
    }
}
