package dev.jnasocket;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code struct} module: C structs to and from {@code byte[]}. A port of
 * {@code header = struct.pack('!HI', kind, len(body))} is
 * {@code byte[] header = struct.pack("!HI", kind, body.length);} and of
 * {@code kind, length = struct.unpack('!HI', header)} is
 * {@code var t = struct.unpack("!HI", header); int kind = t.getInt(0); long length = t.getLong(1);}.
 *
 * <p>Every format character of CPython ({@code x c b B ? h H i I l L q Q n N e f d s p P}) and
 * every byte-order prefix: {@code @} (the default: native order, native sizes and alignment of
 * the OS it runs on, LP64 Linux and macOS: {@code l}, {@code L}, {@code n}, {@code N},
 * {@code P} are 8 bytes), {@code =} (native order, standard sizes, no alignment), {@code <},
 * {@code >} and {@code !} (little-endian, big-endian, network order = big-endian, standard
 * sizes). {@code n}, {@code N} and {@code P} exist in native mode only, as in CPython.
 *
 * <p>Java values for Python's: an integer argument is any {@link Integer}, {@link Long},
 * {@link Short}, {@link Byte}, {@link BigInteger} (or a {@link Boolean}, Python's bool being an
 * int); a float argument also takes an integer; {@code c}, {@code s} and {@code p} take
 * {@code byte[]}; {@code ?} takes anything, by Python's truth value. Unpacked integers are
 * {@link Integer} for {@code b B h H i} (and standard {@code l}), {@link Long} for
 * {@code I q n} (and standard {@code L}) and the 8-byte signed codes, {@link BigInteger}
 * for the 8-byte unsigned codes ({@code Q N P}, native {@code L}) when above
 * {@code Long.MAX_VALUE} and {@link Long} otherwise; floats are {@link Double} (an {@code f} or
 * {@code e} value is the double it widens to, as in Python); {@code ?} is {@link Boolean};
 * {@code c}, {@code s}, {@code p} are {@code byte[]}.
 *
 * <p>Errors are {@link error} with CPython's messages ({@code "bad char in struct format"},
 * {@code "'i' format requires -2147483648 <= number <= 2147483647"},
 * {@code "unpack requires a buffer of 4 bytes"}, ...), and {@link IllegalArgumentException}
 * where CPython raises OverflowError ({@code "float too large to pack with e format"}).
 */
public final class struct {
    private struct() {}

    /** Python's {@code struct.error}: a bad format, a value that does not fit, a buffer of the wrong size. */
    public static class error extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Python's {@code struct.error(message)}.
         *
         * @param message CPython's message
         */
        public error(String message) {
            super(message);
        }
    }

    private static final boolean NATIVE_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /** One run of a format: {@code count} times {@code code} at {@code offset}. */
    private record Code(char code, int count, int offset, int size) {}

    /**
     * Python's {@code struct.Struct(format)}: a compiled format.
     */
    public static final class Struct {
        /** Python's {@code s.format}: the format string. */
        public final String format;
        /** Python's {@code s.size}: what {@link struct#calcsize} gives for the format. */
        public final int size;
        private final boolean nativeMode;
        private final boolean little;
        private final Code[] codes;
        private final int items;

        /**
         * Python's {@code struct.Struct(format)}.
         *
         * @param format the format
         * @throws error {@code "bad char in struct format"}, {@code "repeat count given without format specifier"},
         *               {@code "total struct size too long"}
         */
        public Struct(String format) {
            this.format = notNone(format, "Struct() argument 1 must be a str or bytes object, not NoneType");
            if (format.indexOf('\0') >= 0) {
                throw new error("embedded null character");
            }
            int i = 0;
            char mode = format.isEmpty() ? '@' : format.charAt(0);
            if (mode == '@' || mode == '=' || mode == '<' || mode == '>' || mode == '!') {
                i = 1;
            } else {
                mode = '@';
            }
            nativeMode = mode == '@';
            little = mode == '<' || ((mode == '@' || mode == '=') && NATIVE_LITTLE);
            List<Code> list = new ArrayList<>();
            long off = 0;
            long nitems = 0;
            while (i < format.length()) {
                char c = format.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                    i++;
                    continue;
                }
                long num = 1;
                if (c >= '0' && c <= '9') {
                    num = 0;
                    while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                        num = num * 10 + (format.charAt(i) - '0');
                        if (num > Integer.MAX_VALUE) {
                            throw new error("total struct size too long");
                        }
                        i++;
                    }
                    if (i >= format.length()) {
                        throw new error("repeat count given without format specifier");
                    }
                    c = format.charAt(i);
                }
                int sz = itemSize(c, nativeMode);
                if (sz < 0) {
                    throw new error("bad char in struct format");
                }
                if (nativeMode && off > 0 && sz > 1) {
                    off += (sz - 1) - (off - 1) % sz; // align to the item's own size, as the C compiler does
                }
                long bytes = (c == 's' || c == 'p') ? num : num * sz;
                list.add(new Code(c, (int) num, (int) off, sz));
                off += bytes;
                if (off > Integer.MAX_VALUE) {
                    throw new error("total struct size too long");
                }
                nitems += c == 'x' ? 0 : (c == 's' || c == 'p') ? 1 : num;
                i++;
            }
            codes = list.toArray(new Code[0]);
            size = (int) off;
            items = (int) Math.min(nitems, Integer.MAX_VALUE);
        }

        /**
         * Python's {@code s.pack(v1, v2, ...)}.
         *
         * @param values one value per item of the format
         * @return the packed bytes
         * @throws error if a value does not fit its code, or the count is wrong
         */
        public byte[] pack(Object... values) {
            byte[] out = new byte[size];
            packAt(out, 0, values(values), "pack");
            return out;
        }

        /**
         * Python's {@code s.pack_into(buffer, offset, v1, v2, ...)}.
         *
         * @param buffer the buffer to write into
         * @param offset where (negative counts from the end)
         * @param values one value per item of the format
         * @throws error if the buffer is too small or a value does not fit
         */
        public void pack_into(byte[] buffer, int offset, Object... values) {
            values = values(values);
            if (values.length != items) {
                throw new error("pack_into expected " + items + " items for packing (got " + values.length + ")");
            }
            notNone(buffer, "argument must be read-write bytes-like object, not None");
            long off = offset;
            if (off < 0) {
                if (off + size > 0) {
                    throw new error("no space to pack " + size + " bytes at offset " + off);
                }
                if (off + buffer.length < 0) {
                    throw new error("offset " + off + " out of range for " + buffer.length + "-byte buffer");
                }
                off += buffer.length;
            }
            if (buffer.length - off < size) {
                throw new error("pack_into requires a buffer of at least " + (size + off) + " bytes for packing " + size
                        + " bytes at offset " + off + " (actual buffer size is " + buffer.length + ")");
            }
            byte[] tmp = new byte[size];
            packAt(tmp, 0, values, "pack_into");
            System.arraycopy(tmp, 0, buffer, (int) off, size); // nothing written unless every value packs
        }

        /**
         * Python's {@code s.unpack(buffer)}.
         *
         * @param buffer exactly {@link #size} bytes
         * @return the values
         * @throws error {@code "unpack requires a buffer of N bytes"}
         */
        public Tuple unpack(byte[] buffer) {
            if (bytesLike(buffer).length != size) {
                throw new error("unpack requires a buffer of " + size + " bytes");
            }
            return unpackAt(buffer, 0);
        }

        /**
         * Python's {@code s.unpack_from(buffer)}.
         *
         * @param buffer at least {@link #size} bytes
         * @return the values
         * @throws error if the buffer is too short
         */
        public Tuple unpack_from(byte[] buffer) {
            return unpack_from(buffer, 0);
        }

        /**
         * Python's {@code s.unpack_from(buffer, offset)}.
         *
         * @param buffer the bytes
         * @param offset where to start (negative counts from the end)
         * @return the values
         * @throws error if the buffer is too short
         */
        public Tuple unpack_from(byte[] buffer, int offset) {
            bytesLike(buffer);
            long off = offset;
            if (off < 0) {
                if (off + size > 0) {
                    throw new error("not enough data to unpack " + size + " bytes at offset " + off);
                }
                if (off + buffer.length < 0) {
                    throw new error("offset " + off + " out of range for " + buffer.length + "-byte buffer");
                }
                off += buffer.length;
            }
            if (buffer.length - off < size) {
                throw new error("unpack_from requires a buffer of at least " + (size + off) + " bytes for unpacking " + size
                        + " bytes at offset " + off + " (actual buffer size is " + buffer.length + ")");
            }
            return unpackAt(buffer, (int) off);
        }

        /**
         * Python's {@code s.iter_unpack(buffer)}: the buffer as consecutive structs (read at once).
         *
         * @param buffer a multiple of {@link #size} bytes
         * @return one tuple per struct
         * @throws error if the size is 0 or does not divide the buffer's length
         */
        public List<Tuple> iter_unpack(byte[] buffer) {
            if (size == 0) {
                throw new error("cannot iteratively unpack with a struct of length 0");
            }
            if (bytesLike(buffer).length % size != 0) {
                throw new error("iterative unpacking requires a buffer of a multiple of " + size + " bytes");
            }
            List<Tuple> out = new ArrayList<>();
            for (int off = 0; off < buffer.length; off += size) {
                out.add(unpackAt(buffer, off));
            }
            return out;
        }

        private void packAt(byte[] out, int base, Object[] values, String what) {
            if (values.length != items) {
                throw new error(what + " expected " + items + " items for packing (got " + values.length + ")");
            }
            int v = 0;
            for (Code c : codes) {
                int at = base + c.offset;
                switch (c.code) {
                    case 'x' -> { }
                    case 's', 'p' -> {
                        Object o = values[v++];
                        if (!(o instanceof byte[] data)) {
                            throw new error("argument for '" + c.code + "' must be a bytes object");
                        }
                        if (c.code == 's') {
                            System.arraycopy(data, 0, out, at, Math.min(data.length, c.count));
                        } else if (c.count > 0) {
                            int n = Math.min(data.length, c.count - 1);
                            System.arraycopy(data, 0, out, at + 1, n);
                            out[at] = (byte) Math.min(n, 255);
                        }
                    }
                    default -> {
                        for (int k = 0; k < c.count; k++) {
                            packOne(c.code, c.size, values[v++], out, at + k * c.size);
                        }
                    }
                }
            }
        }

        private void packOne(char code, int sz, Object o, byte[] out, int at) {
            long bits;
            switch (code) {
                case 'c' -> {
                    if (!(o instanceof byte[] b) || b.length != 1) {
                        throw new error("char format requires a bytes object of length 1");
                    }
                    out[at] = b[0];
                    return;
                }
                case '?' -> bits = truth(o) ? 1 : 0;
                case 'e' -> bits = half(toDouble(o));
                case 'f' -> {
                    double d = toDouble(o);
                    float f = (float) d;
                    if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw new IllegalArgumentException("float too large to pack with f format");
                    }
                    bits = Float.floatToRawIntBits(f) & 0xffffffffL;
                }
                case 'd' -> bits = Double.doubleToRawLongBits(toDouble(o));
                case 'P' -> {
                    BigInteger x = toInteger(o);
                    if (x.bitLength() > 64 || (x.signum() < 0 && x.bitLength() > 63)) {
                        throw new error("int too large to convert");
                    }
                    bits = x.longValue();
                }
                default -> bits = integer(code, sz, toInteger(o));
            }
            for (int k = 0; k < sz; k++) {
                int shift = 8 * (little ? k : sz - 1 - k);
                out[at + k] = (byte) (bits >>> shift);
            }
        }

        /**
         * Range checks of CPython's packers, with their messages. Native mode uses the native
         * packers; so do {@code <} and {@code =} on a little-endian host for every code whose
         * standard size is its native size (CPython swaps them in), i.e. all but {@code l L}.
         */
        private long integer(char code, int sz, BigInteger x) {
            boolean np = nativeMode || (little == NATIVE_LITTLE && code != 'l' && code != 'L');
            boolean unsigned = code == 'I' || code == 'L' || code == 'Q' || code == 'N' || (!np && code == 'H');
            boolean fits = unsigned ? (x.signum() >= 0 && x.bitLength() <= 64) : x.bitLength() <= 63;
            if (!fits) {
                throw new error(!np && sz == 8 ? "int too large to convert" : "argument out of range");
            }
            long v = x.longValue();
            switch (code) {
                case 'b' -> range(v, -128, 127, "byte format requires -128 <= number <= 127");
                case 'B' -> range(v, 0, 255, "ubyte format requires 0 <= number <= 255");
                case 'h' -> range(v, -32768, 32767, (np ? "short" : "'h'") + " format requires -32768 <= number <= 32767");
                case 'H' -> range(v, 0, 65535, (np ? "ushort" : "'H'") + " format requires 0 <= number <= 65535");
                default -> {
                    if (sz == 4) {
                        if (unsigned) {
                            range(v, 0, 0xffffffffL, "'" + code + "' format requires 0 <= number <= 4294967295");
                        } else {
                            range(v, Integer.MIN_VALUE, Integer.MAX_VALUE,
                                    "'" + code + "' format requires -2147483648 <= number <= 2147483647");
                        }
                    }
                }
            }
            return v;
        }

        private static void range(long v, long lo, long hi, String message) {
            if (v < lo || v > hi) {
                throw new error(message);
            }
        }

        private Tuple unpackAt(byte[] in, int base) {
            Object[] out = new Object[items];
            int v = 0;
            for (Code c : codes) {
                int at = base + c.offset;
                switch (c.code) {
                    case 'x' -> { }
                    case 's' -> out[v++] = java.util.Arrays.copyOfRange(in, at, at + c.count);
                    case 'p' -> {
                        int n = c.count == 0 ? 0 : in[at] & 0xff;
                        if (n >= c.count) {
                            n = c.count - 1;
                        }
                        out[v++] = c.count == 0 ? new byte[0] : java.util.Arrays.copyOfRange(in, at + 1, at + 1 + n);
                    }
                    default -> {
                        for (int k = 0; k < c.count; k++) {
                            out[v++] = unpackOne(c.code, c.size, in, at + k * c.size);
                        }
                    }
                }
            }
            return Tuple.of(out);
        }

        private Object unpackOne(char code, int sz, byte[] in, int at) {
            long bits = 0;
            for (int k = 0; k < sz; k++) {
                int shift = 8 * (little ? k : sz - 1 - k);
                bits |= (in[at + k] & 0xffL) << shift;
            }
            return switch (code) {
                case 'c' -> new byte[] {in[at]};
                case '?' -> bits != 0;
                case 'e' -> unhalf((int) bits);
                case 'f' -> (double) Float.intBitsToFloat((int) bits);
                case 'd' -> Double.longBitsToDouble(bits);
                case 'b' -> (int) (byte) bits;
                case 'h' -> (int) (short) bits;
                case 'B', 'H' -> (int) bits;
                default -> {
                    boolean unsigned = code == 'I' || code == 'L' || code == 'Q' || code == 'N' || code == 'P';
                    if (sz == 4) {
                        yield unsigned ? (Object) bits : (Object) (int) bits;
                    }
                    if (unsigned && bits < 0) {
                        yield new BigInteger(Long.toUnsignedString(bits));
                    }
                    yield bits;
                }
            };
        }
    }

    /** Bytes per item of a code, or -1 if the mode has no such code (CPython's native and standard tables). */
    private static int itemSize(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4; // C long on LP64
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    private static BigInteger toInteger(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return BigInteger.valueOf(((Number) o).longValue());
        }
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new error("required argument is not an integer");
    }

    private static double toDouble(Object o) {
        if (o instanceof Double || o instanceof Float || o instanceof Integer || o instanceof Long || o instanceof Short
                || o instanceof Byte) {
            return ((Number) o).doubleValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw new error("required argument is not a float"); // CPython's OverflowError, reworded by struct
            }
            return d;
        }
        throw new error("required argument is not a float");
    }

    /** An argument Python would refuse as None: CPython's TypeError text, as an IllegalArgumentException. */
    private static <T> T notNone(T x, String message) {
        if (x == null) {
            throw new IllegalArgumentException(message);
        }
        return x;
    }

    private static byte[] bytesLike(byte[] buffer) {
        return notNone(buffer, "a bytes-like object is required, not 'NoneType'");
    }

    /** The values to pack: a null array is Java's {@code pack(null)}, Python's {@code pack(None)}: one None. */
    private static Object[] values(Object[] values) {
        return values == null ? new Object[] {null} : values;
    }

    /** Python's truth value, for {@code ?}. */
    private static boolean truth(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (o instanceof byte[] b) {
            return b.length > 0;
        }
        if (o instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (o instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        if (o instanceof java.util.Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** IEEE 754 binary16 from a double, rounded half to even, as CPython's {@code PyFloat_Pack2}. */
    private static long half(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        if (x == 0) {
            return (long) sign << 15;
        }
        if (Double.isInfinite(x)) {
            return (sign << 15) | 0x7c00;
        }
        if (Double.isNaN(x)) {
            return (sign << 15) | 0x7e00;
        }
        double f = Math.abs(x);
        int e = Math.getExponent(f); // f = m * 2^e with 1 <= m < 2
        if (e < Double.MIN_EXPONENT) {
            e = -1075; // a subnormal double: far below what binary16 keeps
        }
        double m = f / Math.scalb(1.0, Math.max(e, Double.MIN_EXPONENT));
        if (e >= 16) {
            throw new IllegalArgumentException("float too large to pack with e format");
        } else if (e < -25) {
            m = 0;
            e = 0;
        } else if (e < -14) {
            m = Math.scalb(m, 14 + e);
            e = 0;
        } else {
            e += 15;
            m -= 1;
        }
        m *= 1024;
        int bits = (int) m;
        double rest = m - bits;
        if (rest > 0.5 || (rest == 0.5 && bits % 2 == 1)) {
            bits++;
            if (bits == 1024) {
                bits = 0;
                e++;
                if (e == 31) {
                    throw new IllegalArgumentException("float too large to pack with e format");
                }
            }
        }
        return bits | ((long) e << 10) | ((long) sign << 15);
    }

    private static double unhalf(int h) {
        int sign = (h >> 15) & 1;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        double v;
        if (e == 0x1f) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            v = m * Math.pow(2, -24);
        } else {
            v = (1 + m / 1024.0) * Math.pow(2, e - 15);
        }
        return sign == 1 ? -v : v;
    }

    // ---------------------------------------------------------------- module functions

    /**
     * Python's {@code struct.Struct(format)}, spelled as in Python.
     *
     * @param format the format
     * @return the compiled format
     */
    public static Struct Struct(String format) {
        return new Struct(format);
    }

    /**
     * Python's {@code struct.pack(format, v1, v2, ...)}.
     *
     * @param format the format
     * @param values one value per item
     * @return the packed bytes
     */
    public static byte[] pack(String format, Object... values) {
        return new Struct(format).pack(values);
    }

    /**
     * Python's {@code struct.unpack(format, buffer)}.
     *
     * @param format the format
     * @param buffer exactly {@code calcsize(format)} bytes
     * @return the values
     */
    public static Tuple unpack(String format, byte[] buffer) {
        return new Struct(format).unpack(buffer);
    }

    /**
     * Python's {@code struct.calcsize(format)}.
     *
     * @param format the format
     * @return the size of the struct in bytes
     */
    public static int calcsize(String format) {
        return new Struct(format).size;
    }

    /**
     * Python's {@code struct.pack_into(format, buffer, offset, v1, v2, ...)}.
     *
     * @param format the format
     * @param buffer the buffer to write into
     * @param offset where (negative counts from the end)
     * @param values one value per item
     */
    public static void pack_into(String format, byte[] buffer, int offset, Object... values) {
        new Struct(format).pack_into(buffer, offset, values);
    }

    /**
     * Python's {@code struct.unpack_from(format, buffer)}.
     *
     * @param format the format
     * @param buffer at least {@code calcsize(format)} bytes
     * @return the values
     */
    public static Tuple unpack_from(String format, byte[] buffer) {
        return new Struct(format).unpack_from(buffer, 0);
    }

    /**
     * Python's {@code struct.unpack_from(format, buffer, offset)}.
     *
     * @param format the format
     * @param buffer the bytes
     * @param offset where to start (negative counts from the end)
     * @return the values
     */
    public static Tuple unpack_from(String format, byte[] buffer, int offset) {
        return new Struct(format).unpack_from(buffer, offset);
    }

    /**
     * Python's {@code struct.iter_unpack(format, buffer)}.
     *
     * @param format the format
     * @param buffer a multiple of {@code calcsize(format)} bytes
     * @return one tuple per struct
     */
    public static List<Tuple> iter_unpack(String format, byte[] buffer) {
        return new Struct(format).iter_unpack(buffer);
    }
}
