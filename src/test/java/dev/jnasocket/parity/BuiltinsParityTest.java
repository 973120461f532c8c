package dev.jnasocket.parity;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.Address;
import dev.jnasocket.BrokenPipeError;
import dev.jnasocket.ConnectionRefusedError;
import dev.jnasocket.KeyboardInterrupt;
import dev.jnasocket.OSError;
import dev.jnasocket.TimeoutError;
import dev.jnasocket.Tuple;
import dev.jnasocket.gaierror;
import dev.jnasocket.socket;
import dev.jnasocket.struct;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** print, repr and str as CPython's builtins give them, on the values a socket program prints. */
class BuiltinsParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_builtins.py";
    }

    @Scenario
    static void BuiltinTest_test_print() {
        print();
        print(1, 2, 3);
        print("a", "b", sep(""));
        print("a", "b", sep(", "), end("!\n"));
        print("no newline", end(""));
        print();
        print(null, true, false);
        print("x", sep(null), end(null));
    }

    @Scenario
    static void BuiltinTest_test_print_file() {
        StringWriter f = new StringWriter();
        print("to", "file", file(f), flush(true));
        print(repr(f.toString()));
        print("after", file(null));
    }

    @Scenario
    static void BuiltinTest_test_print_stderr() {
        print("to stderr", file(System.err));
        print("stdout still");
    }

    @Scenario
    static void BuiltinTest_test_repr_str() {
        for (String s : new String[] {"", "abc", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "tab\tnl\ncr\r"}) {
            print(repr(s), str(s));
        }
    }

    @Scenario
    static void BuiltinTest_test_repr_str_controls() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            b.append((char) i);
        }
        print(repr(b.toString()));
        print(repr("\u007f\u0080\u009f\u00a0\u00ad\u00ff"));
    }

    @Scenario
    static void StrTest_test_repr_unicode() {
        print(repr("caf\u00e9 \u00fc\u00df \u20ac \u4e2d\u6587"));
        print(repr("\u200b\u2028\u3000\ufeff\ue000"));
        print(repr(new String(Character.toChars(0x1f600)) + " " + new String(Character.toChars(0xe0001)) + " "
                + new String(Character.toChars(0x10ffff))));
    }

    @Scenario
    static void StrTest_test_repr_surrogate() {
        print(repr("\ud800"), repr("a\udcffb"));
    }

    @Scenario
    static void BuiltinTest_test_repr_int() {
        for (Object x : new Object[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                BigInteger.TWO.pow(64), BigInteger.TEN.pow(30)}) {
            print(repr(x), str(x));
        }
    }

    @Scenario
    static void ReprTestCase_test_short_repr() {
        for (double x : new double[] {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e16, 1e15, 1234567890123456.0,
                12345678901234567.0, 0.0001, 0.00001, 1e-7, 1.5e300, 1e308, 5e-324, 2.2250738585072014e-308,
                1.7976931348623157e308, 123.456, 100.0, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.2, 3.14159}) {
            print(repr(x), str(x));
        }
    }

    @Scenario
    static void FloatTest_test_inf_nan() {
        print(repr(Double.POSITIVE_INFINITY), repr(Double.NEGATIVE_INFINITY), repr(Double.NaN));
    }

    @Scenario
    static void FloatTest_test_float32_values() {
        for (double x : new double[] {0.1, 1.5, 3.4e38, 1e-45, 16777217.0}) {
            print(repr(struct.unpack("f", struct.pack("f", x)).get(0)));
        }
    }

    @Scenario
    static void BuiltinTest_test_repr_bool_none() {
        print(repr(true), repr(false), repr(null), str(null));
    }

    @Scenario
    static void TupleTest_test_repr() {
        print(repr(new Object[] {}), repr(new Object[] {1}), repr(new Object[] {1, "a", b("b"), null}),
                repr(new Object[] {new Object[] {1, 2}, List.of(3)}));
    }

    @Scenario
    static void ListTest_test_repr() {
        print(repr(List.of()), repr(List.of(1)), repr(Arrays.asList("a", b("b"), 1.5, null, true)),
                repr(List.of(List.of(), List.of(List.of()))));
        print(str(List.of("x")));
    }

    @Scenario
    static void DictTest_test_repr() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(1, 2));
        Map<Object, Object> n = new LinkedHashMap<>();
        n.put(1, "one");
        n.put(2, b("two"));
        n.put(3, null);
        print(repr(Map.of()), repr(m), repr(n));
        Map<String, Integer> d = new LinkedHashMap<>();
        d.put("z", 1);
        d.put("a", 2);
        print(d);
    }

    @Scenario
    static void SetTest_test_repr() {
        Set<Object> one = new LinkedHashSet<>(List.of(1));
        print(repr(Set.of()), repr(one), repr(Set.of("only")));
    }

    @Scenario
    static void ExceptionTests_test_repr_str() {
        List<Throwable> es = new ArrayList<>(List.of(new ConnectionRefusedError(111, "Connection refused"),
                new TimeoutError("timed out"), new BrokenPipeError(32, "Broken pipe"), new OSError(9, "Bad file descriptor")));
        es.add(new KeyboardInterrupt());
        for (Throwable e : es) {
            print(repr(e), "|" + str(e) + "|");
        }
    }

    @Scenario
    static void BuiltinTest_test_repr_nested_str_in_bytes_list() {
        print(List.of(b("it's"), b("say \"x\""), b("\\x00\\xff")));
    }

    @Scenario
    static void BytesTest_test_literal() {
        for (String lit : new String[] {"Hello, world", "\\x00\\x7f\\xff", "a\\nb\\tc\\r", "\\\\", "\\'\\\"", "\\0\\7\\101\\1234",
                "\\a\\b\\f\\v", "\\q"}) {
            print(lit, repr(b(lit)));
        }
    }

    @Scenario
    static void BytesTest_test_repr_all_bytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        print(repr(all));
    }

    static String norm(String s) {
        return s.replaceAll("\\b\\d{4,5}\\b", "PORT").replaceAll("fd=\\d+", "fd=FD");
    }

    @Scenario
    static void SocketReprs_test_getaddrinfo() throws Exception {
        print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0));
        print(repr(socket.getaddrinfo("::1", null, socket.AF_INET6, socket.SOCK_DGRAM, 0, 0)));
        print(socket.getaddrinfo("127.0.0.1", 53, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST).get(0));
    }

    @Scenario
    static void SocketReprs_test_getnameinfo() throws Exception {
        print(socket.getnameinfo(Address.of("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV));
        print(repr(socket.getnameinfo(Address.of("::1", 443), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)));
    }

    @Scenario
    static void SocketReprs_test_recvfrom() throws Exception {
        try (var a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); var b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            a.bind("127.0.0.1", 0);
            b.sendto(b("it's"), a.getsockname());
            var r = a.recvfrom(100);
            print(norm(repr(r)));
            print(norm(str(r)));
            print(repr(r.data()), norm(str(r.addr())));
        }
    }

    @Scenario
    static void SocketReprs_test_accept() throws Exception {
        try (var srv = socket.socket()) {
            srv.bind("127.0.0.1", 0);
            srv.listen();
            try (var c = socket.create_connection(srv.getsockname())) {
                var pair = srv.accept();
                print(norm(repr(pair)));
                pair.conn().close();
                print(norm(repr(pair.conn())));
            }
        }
    }

    @Scenario
    static void SocketReprs_test_unix_addresses() throws Exception {
        var p = socket.socketpair();
        try (var a = p[0]; var b = p[1]) {
            print(repr(a.getsockname()), repr(b.getpeername()));
            print(List.of(a.getsockname(), "x"));
        }
    }

    @Scenario
    static void SocketReprs_test_exceptions() throws Exception {
        int port;
        try (var s = socket.socket()) {
            s.bind("127.0.0.1", 0);
            port = s.getsockname().port();
        }
        try {
            socket.create_connection("127.0.0.1", port);
        } catch (OSError e) {
            print(repr(e), "|", e, "|", e.errno(), e.strerror());
        }
        try {
            socket.getaddrinfo("127.0.0.1", "no-such-service-jnasocket", 0, 0, 0, 0);
        } catch (gaierror e) {
            print(repr(e), "|", e);
        }
        var s = socket.socket();
        s.settimeout(0.01);
        s.bind("127.0.0.1", 0);
        s.listen();
        try {
            s.accept();
        } catch (TimeoutError e) {
            print(repr(e), "|", e, "|", e.errno());
        }
        s.close();
    }

    @Scenario
    static void BuiltinTest_test_print_records_in_containers() throws Exception {
        var ai = socket.getaddrinfo("127.0.0.1", 7, socket.AF_INET, socket.SOCK_STREAM, 0, 0).get(0);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("addr", Address.of("127.0.0.1", 7));
        d.put("info", ai);
        print(d);
        print(List.of(Tuple.of("a", 1), Tuple.of("b", null)), Tuple.of(b("x")));
    }

    @Scenario
    static void BuiltinTest_test_print_sep_end_combinations() {
        print("a", "b", "c", sep(""));
        print("a", "b", sep("\n"));
        print(sep("-"), end("<\n"));
        print(1, 2.5, null, b("x"), "y", List.of(1), Tuple.of(2), sep(" | "), end(" $\n"));
        print("multi\nline", end("\n\n"));
    }
}
