package dev.jnasocket.parity;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.IndexError;
import dev.jnasocket.bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** CPython's test_bytes and test_codecs on bytes: Python's bytes operations on byte[]. */
class BytesParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_bytes.py";
    }

    static String kind(Throwable e) {
        return e instanceof IllegalArgumentException ? "ArgumentError" : e.getClass().getSimpleName();
    }

    static void show(Supplier<Object> f) {
        try {
            print(repr(f.get()));
        } catch (RuntimeException e) {
            print("! " + kind(e) + ": " + e.getMessage());
        }
    }

    static final byte[] DATA = b("Hello, world");
    static final Integer[] IDX = {null, -100, -13, -12, -5, -1, 0, 1, 3, 11, 12, 13, 100};

    static byte[] range(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Scenario
    static void BaseBytesTest_test_concat() {
        print(repr(bytes.add(b("abc"), b("def"))), repr(bytes.add(b(""), b(""))), repr(bytes.add(b("a"), b(""), b("b"), b("\\x00"))));
    }

    @Scenario
    static void BaseBytesTest_test_repeat() {
        print(repr(bytes.mul(b("ab"), 3)), repr(bytes.mul(b("ab"), 0)), repr(bytes.mul(b("ab"), -1)), repr(bytes.mul(b(""), 5)));
    }

    @Scenario
    static void BaseBytesTest_test_getitem() {
        for (int i : new int[] {0, 1, 11, -1, -12, 12, -13}) {
            show(() -> bytes.at(DATA, i));
        }
    }

    @Scenario
    static void BaseBytesTest_test_getslice() {
        for (Integer a : IDX) {
            List<String> row = new ArrayList<>();
            for (Integer b : IDX) {
                row.add(repr(bytes.slice(DATA, a, b)));
            }
            print(row);
        }
    }

    @Scenario
    static void BaseBytesTest_test_extended_getslice() {
        for (int step : new int[] {1, 2, 3, -1, -2, -5, 100, -100}) {
            List<String> row = new ArrayList<>();
            for (Integer a : IDX) {
                for (Integer b : new Integer[] {null, -3, 4, 20}) {
                    row.add(repr(bytes.slice(DATA, a, b, step)));
                }
            }
            print(step, row);
        }
        show(() -> bytes.slice(DATA, null, null, 0));
    }

    @Scenario
    static void BaseBytesTest_test_find() {
        byte[] b = b("mississippi");
        for (String s : new String[] {"ss", "w", "", "mississippian", "i", "ppi", "m"}) {
            byte[] sub = b(s);
            print(bytes.find(b, sub), bytes.rfind(b, sub), bytes.find(b, sub, 1, null), bytes.find(b, sub, 5, 8), bytes.find(b, sub, -3, null),
                    bytes.find(b, sub, 20, null), bytes.find(b, sub, 3, 1), bytes.contains(b, sub));
        }
    }

    @Scenario
    static void BaseBytesTest_test_index() {
        byte[] b = b("mississippi");
        print(bytes.index(b, b("ss")), bytes.index(b, b("i"), 2, null), bytes.index(b, b(""), 11, null));
        show(() -> bytes.index(b, b("w")));
        show(() -> bytes.index(b, b("m"), 1, null));
    }

    @Scenario
    static void BaseBytesTest_test_count() {
        byte[] b = b("mississippi");
        for (String s : new String[] {"i", "ss", "w", "", "ssi", "pp"}) {
            byte[] sub = b(s);
            print(bytes.count(b, sub), bytes.count(b, sub, 3, null), bytes.count(b, sub, 2, 7), bytes.count(b, sub, -4, null),
                    bytes.count(b, sub, 20, null), bytes.count(b, sub, 5, 2));
        }
        print(bytes.count(b("aaaa"), b("aa")));
    }

    @Scenario
    static void BaseBytesTest_test_startswith_endswith() {
        byte[] b = b("hello");
        for (String x : new String[] {"", "h", "he", "hello", "hello world", "o", "lo", "x"}) {
            print(bytes.startswith(b, b(x)), bytes.endswith(b, b(x)));
        }
    }

    @Scenario
    static void BaseBytesTest_test_split() {
        for (String s : new String[] {"a b c", "  a  b  c ", "", "   ", "a\tb\nc\rd\\x0be\\x0cf", "a,b,,c,", ","}) {
            byte[] b = b(s);
            print(repr(bytes.split(b)), repr(bytes.split(b, b(","))), repr(bytes.split(b, null, 1)), repr(bytes.split(b, b(","), 1)),
                    repr(bytes.split(b, b(","), 0)));
        }
        print(bytes.split(b("a::b::c"), b("::")), bytes.split(b("GET / HTTP/1.0\r\nHost: x\r\n\r\n"), b("\r\n")));
        show(() -> bytes.split(b("abc"), b("")));
    }

    @Scenario
    static void BaseBytesTest_test_splitlines() {
        for (String s : new String[] {"a\nb\r\nc\rd", "", "\n", "a\n\nb\n", "no end"}) {
            print(repr(bytes.splitlines(b(s))));
        }
    }

    @Scenario
    static void BaseBytesTest_test_join() {
        print(repr(bytes.join(b(", "), b("a"), b("b"), b("c"))), repr(bytes.join(b(""), List.of())), repr(bytes.join(b("-"), b("x"))),
                repr(bytes.join(b("\r\n"), b(""), b(""))));
    }

    @Scenario
    static void BaseBytesTest_test_strip() {
        for (String s : new String[] {"  abc  ", "\t\n\r\\x0b\\x0c abc \\x00", "", "   ", "abc"}) {
            byte[] b = b(s);
            print(repr(bytes.strip(b)), repr(bytes.lstrip(b)), repr(bytes.rstrip(b)));
        }
        print(repr(bytes.strip(b("xxabcxx"), b("x"))), repr(bytes.rstrip(b("line\r\n"), b("\r\n"))), repr(bytes.strip(b("abc"), b(""))),
                repr(bytes.strip(b("abcba"), b("ab"))));
    }

    @Scenario
    static void BaseBytesTest_test_upper_lower() {
        byte[] b = range(256);
        print(repr(bytes.upper(b)));
        print(repr(bytes.lower(b)));
        print(repr(bytes.upper(b("Hello, World \\xe9"))), repr(bytes.lower(b("Hello, World \\xc9"))));
    }

    @Scenario
    static void BaseBytesTest_test_replace() {
        byte[] b = b("mississippi");
        print(repr(bytes.replace(b, b("i"), b("o"))), repr(bytes.replace(b, b("ss"), b(""))), repr(bytes.replace(b, b("i"), b("I"), 2)),
                repr(bytes.replace(b, b("x"), b("y"))));
        print(repr(bytes.replace(b("ab"), b(""), b("-"))), repr(bytes.replace(b("ab"), b(""), b("-"), 2)), repr(bytes.replace(b(""), b(""), b("x"))),
                repr(bytes.replace(b, b("i"), b(""), 0)));
    }

    @Scenario
    static void BaseBytesTest_test_hex() {
        print(bytes.hex(b("")), bytes.hex(b("\\x00\\x01\\xfe\\xff")), bytes.hex(b("Hello")));
    }

    @Scenario
    static void BaseBytesTest_test_fromhex() {
        for (String s : new String[] {"", "1a2B30", " 1A 2B  30   ", "00ff", "0", "1a2", "zz", "1 a", "\t00\n11\r"}) {
            show(() -> bytes.fromhex(s));
        }
    }

    @Scenario
    static void BaseBytesTest_test_bool() {
        for (String s : new String[] {"", "\\x00", "a"}) {
            byte[] b = b(s);
            print(bytes.bool(b), bytes.bool(b) ? "yes" : "no");
        }
        print(bytes.eq(b("quit"), b("quit")), bytes.eq(b("quit"), b("quit\n")));
    }

    @Scenario
    static void UTF8Test_test_decode() {
        for (byte[] b : new byte[][] {b(""), b("Hello"), bytes.encode("h\u00e9llo \u20ac \ud83d\ude00"), b("\\xc3\\xa9"), b("\\xef\\xbb\\xbfBOM")}) {
            show(() -> bytes.decode(b));
        }
    }

    static void decodeBoth(String... literals) {
        for (String lit : literals) {
            byte[] b = b(lit);
            show(() -> bytes.decode(b));
            show(() -> bytes.decode(b, "utf-8", "replace"));
        }
    }

    @Scenario
    static void UTF8Test_test_invalid_start_byte() {
        decodeBoth("\\x80", "a\\xffb", "\\xc0\\x80", "\\xc1\\xbf", "\\xf5\\x80\\x80\\x80", "\\xfe");
    }

    @Scenario
    static void UTF8Test_test_invalid_continuation() {
        decodeBoth("\\xc3(", "\\xe2\\x82(", "\\xe0\\x80\\x80", "\\xed\\xa0\\x80", "\\xf0\\x80\\x80\\x80", "\\xf4\\x90\\x80\\x80",
                "\\xf0\\x9f\\x98(", "\\xe2(\\xa1");
    }

    @Scenario
    static void UTF8Test_test_unexpected_end() {
        decodeBoth("\\xc3", "\\xe2\\x82", "\\xf0\\x9f\\x98", "ab\\xf0", "\\xe0\\xa0");
    }

    @Scenario
    static void UTF8Test_test_error_handlers() {
        byte[] b = b("a\\xffb\\xe2\\x82(c\\xf0\\x9f");
        for (String errors : new String[] {"strict", "replace", "ignore", "surrogateescape"}) {
            show(() -> bytes.decode(b, "utf-8", errors));
        }
        show(() -> bytes.decode(b, "utf-8", "bogus"));
        show(() -> bytes.decode(b("ok"), "utf-8", "bogus"));
    }

    @Scenario
    static void ASCIITest_test_decode() {
        for (String errors : new String[] {"strict", "replace", "ignore", "surrogateescape"}) {
            show(() -> bytes.decode(b("abc\\x80\\xffd"), "ascii", errors));
        }
        show(() -> bytes.decode(b("plain"), "ascii"));
    }

    @Scenario
    static void Latin1Test_test_decode() {
        show(() -> bytes.decode(range(256), "latin-1"));
        show(() -> bytes.decode(b("caf\\xe9"), "iso-8859-1"));
        show(() -> bytes.decode(b("x"), "latin1", "bogus"));
    }

    @Scenario
    static void CodecTest_test_aliases() {
        for (String name : new String[] {"utf8", "UTF-8", "U8", "utf_8", "ascii", "US-ASCII", "latin1", "ISO-8859-1", "L1", "iso8859-1"}) {
            show(() -> bytes.encode("\u00e9", name, "replace"));
        }
        show(() -> bytes.decode(b("x"), "utf-9"));
        show(() -> bytes.encode("x", "ebcdic-martian"));
    }

    static void encodeAll(String encoding, String... texts) {
        for (String s : texts) {
            for (String errors : new String[] {"strict", "replace", "ignore", "surrogateescape"}) {
                show(() -> bytes.encode(s, encoding, errors));
            }
        }
    }

    @Scenario
    static void UTF8Test_test_encode() {
        encodeAll("utf-8", "", "Hello", "h\u00e9llo \u20ac \ud83d\ude00", "\ud800", "a\udcffb", "\udc80\udcff");
    }

    @Scenario
    static void ASCIITest_test_encode() {
        encodeAll("ascii", "abc", "caf\u00e9", "\u00e9\u00e8x\u20ac", "\ud83d\ude00", "a\udc80b");
    }

    @Scenario
    static void Latin1Test_test_encode() {
        encodeAll("latin-1", "caf\u00e9", "\u20ac", "a\u0100\u0101b", "\udcff");
    }

    @Scenario
    static void UTF8Test_test_surrogateescape_roundtrip() {
        byte[] b = range(256);
        String s = bytes.decode(b, "utf-8", "surrogateescape");
        print(bytes.eq(bytes.encode(s, "utf-8", "surrogateescape"), b), s.codePointCount(0, s.length()));
        print(repr(bytes.decode(b("\\xff\\xfe"), "ascii", "surrogateescape")));
    }

    @Scenario
    static void BaseBytesTest_test_contains() {
        byte[] b = b("GET / HTTP/1.1\r\n");
        for (String s : new String[] {"GET", "HTTP", "\r\n", "", "POST", "get"}) {
            byte[] sub = b(s);
            print(bytes.contains(b, sub), bytes.startswith(b, sub), bytes.endswith(b, sub));
        }
    }

    @Scenario
    static void BaseBytesTest_test_slice_roundtrip() {
        byte[] b = range(20);
        for (int i : new int[] {-25, -5, 0, 3, 19, 20, 30}) {
            print(i, bytes.eq(bytes.add(bytes.slice(b, null, i), bytes.slice(b, i)), b), bytes.slice(b, null, i).length, bytes.slice(b, i).length);
        }
        print(repr(bytes.slice(bytes.slice(b, null, null, -1), null, 5)), repr(bytes.slice(b, -3)), repr(bytes.slice(b, 5, 2)),
                repr(bytes.slice(bytes.slice(b, 2, 5), null, null, -1)));
    }

    @Scenario
    static void BaseBytesTest_test_http_request_parsing() {
        byte[] request = b("GET /index.html HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\n\r\nbody");
        int end = bytes.find(request, b("\r\n\r\n"));
        byte[] head = bytes.slice(request, null, end);
        byte[] body = bytes.slice(request, end + 4);
        List<byte[]> lines = bytes.split(head, b("\r\n"));
        List<byte[]> first = bytes.split(lines.get(0), b(" "));
        print(repr(first.get(0)), repr(first.get(1)), repr(first.get(2)), repr(body));
        for (byte[] line : lines.subList(1, lines.size())) {
            List<byte[]> nv = bytes.split(line, b(":"), 1);
            print(repr(bytes.lower(bytes.strip(nv.get(0)))), repr(bytes.strip(nv.get(1))));
        }
        print(repr(bytes.join(b("\r\n"), b("HTTP/1.0 200 OK"), bytes.add(b("Content-Length: "), bytes.encode(str(body.length))), b(""), body)));
    }

    @Scenario
    static void BaseBytesTest_test_index_out_of_range() {
        for (int i : new int[] {4, -5, 100, -100}) {
            try {
                print(bytes.at(b("abcd"), i));
            } catch (IndexError e) {
                print("IndexError", e);
            }
        }
    }
}
