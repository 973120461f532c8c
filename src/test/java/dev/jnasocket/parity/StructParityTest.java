package dev.jnasocket.parity;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.Tuple;
import dev.jnasocket.bytes;
import dev.jnasocket.struct;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CPython's test_struct, scenario by scenario: every format character, byte order and error message. */
class StructParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_struct.py";
    }

    static final String[] ORDERS = {"@", "=", "<", ">", "!"};

    static String kind(Throwable e) {
        return e instanceof IllegalArgumentException ? "ArgumentError" : e.getClass().getSimpleName();
    }

    static byte[] pack(String fmt, Object... values) {
        try {
            byte[] b = struct.pack(fmt, values);
            print(fmt, bytes.hex(b));
            return b;
        } catch (RuntimeException e) {
            print(fmt, "! " + kind(e) + ": " + e.getMessage());
            return null;
        }
    }

    static Tuple unpack(String fmt, byte[] data) {
        try {
            Tuple t = struct.unpack(fmt, data);
            print(fmt, repr(t));
            return t;
        } catch (RuntimeException e) {
            print(fmt, "! " + kind(e) + ": " + e.getMessage());
            return null;
        }
    }

    static void roundtrip(String fmt, Object... values) {
        byte[] b = pack(fmt, values);
        if (b != null) {
            unpack(fmt, b);
        }
    }

    static void calcsize(String fmt) {
        try {
            print(repr(fmt), struct.calcsize(fmt));
        } catch (RuntimeException e) {
            print(repr(fmt), "! " + kind(e) + ": " + e.getMessage());
        }
    }

    /** Runs a call and prints its error as Python's {@code print(_kind(e), e)} does. */
    static void tryPrint(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            print(kind(e), e.getMessage());
        }
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    static void integers(String code, int size, boolean signed) {
        BigInteger lo = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).negate() : BigInteger.ZERO;
        BigInteger hi = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE);
        for (String order : ORDERS) {
            for (BigInteger v : new BigInteger[] {lo.subtract(BigInteger.ONE), lo, big(-1), big(0), big(1), big(0x7f), hi,
                    hi.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE)}) {
                roundtrip(order + code, v);
            }
        }
    }

    @Scenario
    static void StructTest_test_integers_b() {
        integers("b", 1, true);
    }

    @Scenario
    static void StructTest_test_integers_ub() {
        integers("B", 1, false);
    }

    @Scenario
    static void StructTest_test_integers_h() {
        integers("h", 2, true);
    }

    @Scenario
    static void StructTest_test_integers_uh() {
        integers("H", 2, false);
    }

    @Scenario
    static void StructTest_test_integers_i() {
        integers("i", 4, true);
    }

    @Scenario
    static void StructTest_test_integers_ui() {
        integers("I", 4, false);
    }

    @Scenario
    static void StructTest_test_integers_l() {
        integers("l", 8, true);
    }

    @Scenario
    static void StructTest_test_integers_ul() {
        integers("L", 8, false);
    }

    @Scenario
    static void StructTest_test_integers_q() {
        integers("q", 8, true);
    }

    @Scenario
    static void StructTest_test_integers_uq() {
        integers("Q", 8, false);
    }

    @Scenario
    static void StructTest_test_nN_code() {
        for (String code : new String[] {"n", "N"}) {
            for (String order : ORDERS) {
                roundtrip(order + code, 5);
            }
            roundtrip(code, -1);
            roundtrip(code, BigInteger.ONE.shiftLeft(63));
            roundtrip(code, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            calcsize(code);
        }
    }

    @Scenario
    static void StructTest_test_p_code() {
        Object[][] cases = {{"p", b("abc"), b("\\x00"), b("")}, {"1p", b("abc"), b("\\x00"), b("")},
                {"2p", b("abc"), b("\\x01a"), b("a")}, {"3p", b("abc"), b("\\x02ab"), b("ab")},
                {"4p", b("abc"), b("\\x03abc"), b("abc")}, {"5p", b("abc"), b("\\x03abc\\x00"), b("abc")},
                {"6p", b("abc"), b("\\x03abc\\x00\\x00"), b("abc")},
                {"1000p", bytes.mul(b("x"), 1000), bytes.add(b("\\xff"), bytes.mul(b("x"), 999)), bytes.mul(b("x"), 255)}};
        for (Object[] c : cases) {
            String code = (String) c[0];
            byte[] got = struct.pack(code, c[1]);
            print(code, Arrays.equals(got, (byte[]) c[2]), repr(Arrays.equals(struct.unpack(code, got).getBytes(0), (byte[]) c[3])));
        }
        pack("0p", b("abc"));
        unpack("3p", b("\\x09ab"));
    }

    @Scenario
    static void StructTest_test_s_code() {
        for (String fmt : new String[] {"s", "0s", "1s", "3s", "5s", "<3s", ">5s", "2s2s"}) {
            int n = fmt.length() - fmt.replace("s", "").length();
            Object[] values = new Object[n];
            Arrays.fill(values, b("abc"));
            roundtrip(fmt, values);
        }
        pack("s", "abc");
        pack("3s", 3);
    }

    @Scenario
    static void StructTest_test_c_code() {
        for (String order : ORDERS) {
            roundtrip(order + "c", b("a"));
            roundtrip(order + "3c", b("a"), b("\\x00"), b("\\xff"));
        }
        pack("c", b("ab"));
        pack("c", b(""));
        pack("c", "a");
        pack("c", 97);
    }

    @Scenario
    static void StructTest_test_bool() {
        for (String order : ORDERS) {
            for (Object v : new Object[] {true, false, 0, 1, 2, -1, 0.0, 0.5, b(""), b("\\x00"), "", "x", List.of(), List.of(0), null}) {
                roundtrip(order + "?", v);
            }
            unpack(order + "?", b("\\x02"));
            unpack(order + "2?", b("\\xff\\x00"));
        }
    }

    @Scenario
    static void StructTest_test_x_code() {
        roundtrip("x");
        roundtrip("3x");
        roundtrip("bxb", 1, 2);
        roundtrip("<x2xh", 7);
        pack("x", 1);
    }

    @Scenario
    static void StructTest_test_P_code() {
        for (Object v : new Object[] {0, 1, BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), -1,
                Long.MIN_VALUE, BigInteger.ONE.shiftLeft(64), big(Long.MIN_VALUE).subtract(BigInteger.ONE)}) {
            roundtrip("P", v);
        }
        for (String order : new String[] {"=", "<", ">", "!"}) {
            pack(order + "P", 1);
        }
    }

    @Scenario
    static void StructTest_test_705836() {
        for (double base : new double[] {1.0, 1.0 + Math.pow(2, -24), 1.0 + Math.pow(2, -23), 3.4028234663852886e38, 3.4028235677973366e38}) {
            for (String order : new String[] {"<", ">"}) {
                roundtrip(order + "f", base);
            }
        }
        pack("<f", 3.402823669209385e38);
        pack(">f", 1e300);
        pack("f", Double.POSITIVE_INFINITY);
    }

    @Scenario
    static void StructTest_test_f_code() {
        for (String order : ORDERS) {
            for (Object v : new Object[] {0.0, -0.0, 0.1, 1.5, -2.25, 1e-45, 1e38, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3,
                    BigInteger.ONE.shiftLeft(70)}) {
                roundtrip(order + "f", v);
            }
            pack(order + "f", "x");
            pack(order + "f", (Object) null);
        }
    }

    @Scenario
    static void StructTest_test_d_code() {
        for (String order : ORDERS) {
            for (Object v : new Object[] {0.0, -0.0, 0.1, 1.5e300, -2.25, 5e-324, 1.7976931348623157e308, Double.POSITIVE_INFINITY, 7,
                    BigInteger.ONE.shiftLeft(70)}) {
                roundtrip(order + "d", v);
            }
            pack(order + "d", (Object) b("1"));
            unpack(order + "d", b("\\x00\\x00\\x00\\x00\\x00\\x00\\xf8\\x7f"));
        }
    }

    @Scenario
    static void StructTest_test_half_float() {
        for (String order : new String[] {"<", ">"}) {
            for (double v : new double[] {1.0, -2.0, 0.5, 65504.0, 65519.0, Math.pow(2, -24), Math.pow(2, -25), Math.pow(2, -26),
                    Math.pow(2, -14), 0.1, 1.0009765625, 1.00048828125, 1.00146484375, 0.0, -0.0, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, 1e-10, 3.14159}) {
                roundtrip(order + "e", v);
            }
        }
        unpack("<e", b("\\x00\\x7e"));
        unpack("<e", b("\\x00\\xfe"));
        unpack(">3e", b("\\x3c\\x00\\x7b\\xff\\x00\\x01"));
    }

    @Scenario
    static void StructTest_test_half_float_overflow() {
        for (double v : new double[] {65520.0, 1e6, -65520.0, 1e300}) {
            pack("<e", v);
            pack(">e", v);
        }
        pack("e", "1");
    }

    @Scenario
    static void StructTest_test_calcsize() {
        for (char code : "xcbB?hHiIlLqQnNefdspP".toCharArray()) {
            for (String order : ORDERS) {
                calcsize(order + code);
            }
        }
    }

    @Scenario
    static void StructTest_test_calcsize_alignment() {
        for (String fmt : new String[] {"llh", "hl", "cl", "0l", "h0l", "i3sh", "bP", "?xe", "xd", "4x", "2i3s0q", "  i  h ", "ci", "cq",
                "hhb", "bhbibqbd", "3sd", "5p0i", "eh", "=llh", "<hl", ">cq", "!bd", "0s", "i0s", ""}) {
            calcsize(fmt);
        }
    }

    @Scenario
    static void StructTest_test_new_features() {
        Object[][] tests = {{"c", b("a")}, {"xc", b("a")}, {"cx", b("a")}, {"s", b("a")}, {"0s", b("helloworld")},
                {"1s", b("helloworld")}, {"5s", b("helloworld")}, {"10s", b("helloworld")}, {"11s", b("helloworld")},
                {"20s", b("helloworld")}, {"b", 7}, {"b", -7}, {"B", 7}, {"B", 249}, {"h", 700}, {"h", -700}, {"H", 700},
                {"H", 0x10000 - 700}, {"i", 70000000}, {"i", -70000000}, {"I", 70000000}, {"I", 0x100000000L - 70000000},
                {"l", 70000000}, {"l", -70000000}, {"L", 70000000}, {"L", 0x100000000L - 70000000}, {"f", 2.0}, {"d", 2.0},
                {"f", -2.0}, {"d", -2.0}, {"?", 0}, {"?", 3}, {"?", true}, {"?", List.of()}, {"?", List.of(1)}, {"?", Tuple.of(1)},
                {"?", Tuple.of()}};
        for (Object[] t : tests) {
            for (String order : new String[] {"", "@", "<", ">", "=", "!"}) {
                roundtrip(order + t[0], t[1]);
            }
        }
    }

    @Scenario
    static void StructTest_test_consistence() {
        calcsize("Z");
        calcsize("iZ");
        calcsize("3");
        pack("ii", 1);
        pack("i", 1, 2);
        pack("");
        pack("", 1);
        unpack("d", b("flap"));
        unpack("ii", b("abc"));
        unpack("", b(""));
        unpack("", b("x"));
    }

    @Scenario
    static void StructTest_test_transitiveness() {
        byte[] c = b("a");
        int b = 1;
        int h = 255;
        int i = 65535;
        int l = 65536;
        double f = 3.1415;
        double d = 3.1415;
        boolean t = true;
        for (String prefix : new String[] {"", "@", "<", ">", "=", "!"}) {
            for (String fmt : new String[] {"ii", "il", "ll", "hh", "bb", "ff", "dd", "??"}) {
                roundtrip(prefix + fmt, 1, 2);
            }
            String fmt = prefix + "xcbhilfd?";
            byte[] s = struct.pack(fmt, c, b, h, i, l, f, d, t);
            Tuple u = struct.unpack(fmt, s);
            print(fmt, bytes.hex(s), Arrays.equals(u.getBytes(0), c), u.getInt(1) == b, u.getInt(2) == h, u.getInt(3) == i,
                    u.getLong(4) == l, (int) (100 * u.getDouble(5)) == (int) (100 * f), (int) (100 * u.getDouble(6)) == (int) (100 * d),
                    u.getBool(7) == t);
        }
    }

    @Scenario
    static void StructTest_test_count_overflow() {
        calcsize("9999999999999999999999q");
        calcsize("4611686018427387904q");
        calcsize("9223372036854775807b9223372036854775807b");
    }

    @Scenario
    static void StructTest_test_trailing_counter() {
        for (String fmt : new String[] {"12345", "1", "c12345", "14s42", "<3", "x 4"}) {
            calcsize(fmt);
            pack(fmt);
        }
    }

    @Scenario
    static void StructTest_test_boundary_error_message() {
        tryPrint(() -> struct.pack_into("b", new byte[1], 5, 1));
        byte[] buf = new byte[5];
        for (int off : new int[] {2, 6, 5, 1}) {
            tryPrint(() -> {
                struct.pack_into("i", buf, off, 1);
                print("ok", bytes.hex(buf));
            });
        }
    }

    @Scenario
    static void StructTest_test_boundary_error_message_with_negative_offset() {
        for (int off : new int[] {-1, -2, -3, -4, -5, -6, -7, -10}) {
            tryPrint(() -> {
                struct.pack_into("<I", new byte[5], off, 123);
                print("ok");
            });
            tryPrint(() -> print(struct.unpack_from("<I", new byte[5], off)));
        }
    }

    @Scenario
    static void StructTest_test_boundary_error_message_with_large_offset() {
        tryPrint(() -> struct.pack_into("<I", new byte[10], Integer.MAX_VALUE, 20));
        tryPrint(() -> struct.unpack_from("<I", new byte[10], Integer.MAX_VALUE));
    }

    @Scenario
    static void StructTest_test_unpack_from() {
        byte[] data = b("abcd01234");
        String fmt = "4s";
        var s = struct.Struct(fmt);
        print(s.unpack_from(data), s.unpack_from(data, 2), s.unpack_from(data, 4));
        for (int i = 0; i < 6; i++) {
            print(struct.unpack_from(fmt, data, i));
        }
        for (int i = 6; i < data.length + 1; i++) {
            int at = i;
            tryPrint(() -> struct.unpack_from(fmt, data, at));
        }
        print(struct.unpack_from(">HI", b("\\x00\\x01\\x00\\x00\\x00\\x02xyz")));
    }

    @Scenario
    static void StructTest_test_pack_into() {
        byte[] test_string = b("Reykjavik rocks, eow!");
        byte[] writable_buf = bytes.mul(b(" "), 100);
        var s = struct.Struct("21s");
        s.pack_into(writable_buf, 0, (Object) test_string);
        print(repr(bytes.slice(writable_buf, null, test_string.length)));
        s.pack_into(writable_buf, 10, (Object) test_string);
        print(repr(bytes.slice(writable_buf, null, test_string.length + 10)));
        byte[] small_buf = bytes.mul(b(" "), 10);
        for (int off : new int[] {0, 2, -1}) {
            tryPrint(() -> s.pack_into(small_buf, off, (Object) test_string));
        }
        tryPrint(() -> s.pack_into(writable_buf, 0, test_string, test_string));
    }

    @Scenario
    static void StructTest_test_pack_into_fn() {
        byte[] test_string = b("Reykjavik rocks, eow!");
        byte[] writable_buf = bytes.mul(b(" "), 100);
        struct.pack_into("21s", writable_buf, 0, (Object) test_string);
        print(repr(bytes.slice(writable_buf, null, test_string.length)));
        struct.pack_into("!HI", writable_buf, 90, 1, 2);
        print(bytes.hex(bytes.slice(writable_buf, 88)));
        tryPrint(() -> struct.pack_into("21s", new byte[10], 0, (Object) test_string));
        tryPrint(() -> struct.pack_into("<H", new byte[4], 0, 70000));
    }

    @Scenario
    static void StructTest_test_unpack_with_buffer() {
        for (byte[] data : new byte[][] {b("\\x12\\x34\\x56\\x78"), b("\\x12\\x34\\x56"), b("\\x12\\x34\\x56\\x78\\x9a")}) {
            unpack(">I", data);
            unpack("<I", data);
        }
    }

    @Scenario
    static void UnpackIteratorTest_test_construct() {
        Object[][] cases = {{"", b("")}, {"0i", b("")}, {"<i", b("abcde")}, {">h", b("abc")}, {"<5s", b("abcdefghi")}};
        for (Object[] c : cases) {
            tryPrint(() -> print(struct.iter_unpack((String) c[0], (byte[]) c[1])));
        }
    }

    @Scenario
    static void UnpackIteratorTest_test_iterate() {
        byte[] data = new byte[15];
        for (int i = 0; i < 15; i++) {
            data[i] = (byte) (i + 1);
        }
        print(struct.iter_unpack(">IB", data));
        print(struct.iter_unpack("<h", b("")));
        List<Tuple> ts = new ArrayList<>();
        for (Tuple t : struct.Struct("!2s").iter_unpack(b("abcdef"))) {
            ts.add(t);
        }
        print(ts);
    }

    @Scenario
    static void StructTest_test_format_attr() {
        for (String fmt : new String[] {"=i2H", "!I", "3s", "", "@llh"}) {
            var s = struct.Struct(fmt);
            print(s.format, s.size);
        }
    }

    @Scenario
    static void StructTest_test_Struct_reinitialization() {
        var s = struct.Struct("i");
        print(bytes.hex(s.pack(1)), s.unpack(b("\\x01\\x00\\x00\\x00")), s.unpack_from(b("xx\\x02\\x00\\x00\\x00"), 2), s.size);
        tryPrint(() -> s.pack(1.0));
    }

    @Scenario
    static void StructTest_test_whitespace() {
        for (String fmt : new String[] {" i", "i ", "i\th", "\ni\r", "< i", "3 s", " 2 h"}) {
            calcsize(fmt);
        }
        roundtrip("<i h", 1, 2);
    }

    @Scenario
    static void StructTest_test_isbigendian() {
        print(Arrays.equals(struct.pack("=i", 1), struct.pack("<i", 1)), Arrays.equals(struct.pack("@i", 1), struct.pack("=i", 1)));
        print(Arrays.equals(struct.pack("!i", 1), struct.pack(">i", 1)));
    }

    static void orders(String order) {
        roundtrip(order + "bhiq", 1, 2, 3, 4);
        roundtrip(order + "BHIQ", 255, 65535, 4294967295L, new BigInteger("18446744073709551615"));
        roundtrip(order + "cbhlq?efd", b("z"), -1, -2, -3, -4, true, 1.5, 2.5, 3.5);
        calcsize(order + "cbhlq?efd");
    }

    @Scenario
    static void StructTest_test_order_native() {
        orders("@");
    }

    @Scenario
    static void StructTest_test_order_native_standard() {
        orders("=");
    }

    @Scenario
    static void StructTest_test_order_little() {
        orders("<");
    }

    @Scenario
    static void StructTest_test_order_big() {
        orders(">");
    }

    @Scenario
    static void StructTest_test_order_network() {
        orders("!");
    }

    @Scenario
    static void StructTest_test_not_integer() {
        for (char code : "bBhHiIlLqQnNP".toCharArray()) {
            for (Object v : new Object[] {1.5, "1", null, b("1")}) {
                pack(String.valueOf(code), v);
            }
        }
        pack("i", true);
        pack("<q", false);
    }

    @Scenario
    static void StructTest_test_error_repr() {
        try {
            struct.pack("z");
        } catch (struct.error e) {
            print(repr(e), str(e), e instanceof Exception);
        }
    }

    @Scenario
    static void StructTest_test_framed_protocol() {
        byte[] body = bytes.encode("h\u00e9llo, w\u00f6rld");
        byte[] header = struct.pack("!HI", 1, body.length);
        byte[] frame = bytes.add(header, body);
        var t = struct.unpack("!HI", bytes.slice(frame, null, 6));
        int kind = t.getInt(0);
        long length = t.getLong(1);
        print(bytes.hex(frame), kind, length, Arrays.equals(bytes.slice(frame, 6, 6 + (int) length), body), struct.calcsize("!HI"));
    }

    @Scenario
    static void StructTest_test_issue35714() {
        for (String fmt : new String[] {"i\0", "\0", "3\0s", "-1i", "i-1", "ii ", "xxxi", "i\0i"}) {
            calcsize(fmt);
        }
    }

    @Scenario
    static void StructTest_test_Struct_errors() {
        var s = struct.Struct("2h");
        for (Object[] args : new Object[][] {{1}, {1, 2, 3}, {"a", 1}}) {
            tryPrint(() -> s.pack(args));
        }
        tryPrint(() -> s.unpack_from(b("abc"), 0));
        tryPrint(() -> s.iter_unpack(b("abcdef")));
        tryPrint(() -> s.unpack(b("abcde")));
    }

    @Scenario
    static void StructTest_test_empty_formats() {
        for (String fmt : new String[] {"", "@", "=", "<", ">", "!", "0s", "0i"}) {
            calcsize(fmt);
            roundtrip(fmt);
        }
    }

    @Scenario
    static void StructTest_test_sign_extension() {
        byte[] ones = bytes.mul(b("\\xff"), 8);
        Object[][] codes = {{"b", 1}, {"B", 1}, {"h", 2}, {"H", 2}, {"i", 4}, {"I", 4}, {"l", 4}, {"L", 4}, {"q", 8}, {"Q", 8}};
        for (String order : new String[] {"<", ">", "="}) {
            for (Object[] c : codes) {
                unpack(order + c[0], bytes.slice(ones, null, (Integer) c[1]));
            }
            unpack(order + "h", order.equals("<") ? b("\\x00\\x80") : b("\\x80\\x00"));
        }
    }

    @Scenario
    static void StructTest_test_bool_sequence() {
        roundtrip("3?", 0, List.of(1), "x");
        roundtrip("<?x?", true, false);
        unpack("3?", b("\\x00\\x01\\x80"));
    }

    @Scenario
    static void StructTest_test_native_alignment_pairs() {
        for (char first : "cbhiqd".toCharArray()) {
            List<Integer> sizes = new ArrayList<>();
            for (char second : "xcbB?hHiIlLqQnNefdspP".toCharArray()) {
                sizes.add(struct.calcsize("" + first + second));
            }
            print(String.valueOf(first), sizes);
        }
    }
}
