package dev.jnasocket.parity;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.SocketFile;
import dev.jnasocket.SocketObject;
import dev.jnasocket.Tuple;
import dev.jnasocket.bytes;
import dev.jnasocket.select;
import dev.jnasocket.socket;
import dev.jnasocket.struct;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A Java null where CPython is given None: its TypeError text (as IllegalArgumentException), or,
 * for an optional argument, None's meaning; and makefile with a huge buffering.
 */
class NullArgsParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_null_args.py";
    }

    /** A call that may raise, checked exceptions included. */
    interface Call {
        Object run() throws Exception;
    }

    static void show(Call f) {
        try {
            print(repr(f.run()));
        } catch (Exception e) {
            print("! " + (e instanceof IllegalArgumentException ? "ArgumentError" : e.getClass().getSimpleName())
                    + ": " + e.getMessage());
        }
    }

    @Scenario
    static void test_bytes_find_none() {
        show(() -> bytes.find(b("abc"), null));
        show(() -> bytes.find(b("abc"), null, 0, 2));
        show(() -> bytes.rfind(b("abc"), null));
        show(() -> bytes.index(b("abc"), null));
        show(() -> bytes.count(b("abc"), null));
        show(() -> bytes.contains(b("abc"), null));
        show(() -> bytes.startswith(b("abc"), null));
        show(() -> bytes.endswith(b("abc"), null));
        show(() -> bytes.find(b("abc"), b("c"), null, null));
        show(() -> bytes.replace(b("abc"), null, b("x")));
        show(() -> bytes.replace(b("abc"), b("a"), null));
    }

    @Scenario
    static void test_bytes_self_none() {
        show(() -> bytes.find(null, b("a")));
        show(() -> bytes.count(null, b("a")));
        show(() -> bytes.strip(null));
        show(() -> bytes.rstrip(null, b("x")));
        show(() -> bytes.split(null));
        show(() -> bytes.splitlines(null));
        show(() -> bytes.upper(null));
        show(() -> bytes.hex(null));
        show(() -> bytes.decode(null));
        show(() -> bytes.encode(null));
        show(() -> bytes.at(null, 0));
        show(() -> bytes.slice(null, 1));
        show(() -> bytes.mul(null, 2));
        show(() -> bytes.add(null, b("x")));
        show(() -> bytes.add(b("x"), null));
        show(() -> bytes.add(b("x"), b("y"), null));
        show(() -> bytes.eq(b("x"), null));
    }

    @Scenario
    static void test_bytes_strip_split_none() {
        print(repr(bytes.strip(b(" a b "), null)), repr(bytes.rstrip(b(" a b "), null)), repr(bytes.split(b(" a  b "), null)));
    }

    @Scenario
    static void test_bytes_join_none() {
        show(() -> bytes.join(b(","), (List<byte[]>) null));
        show(() -> bytes.join(b(","), b("a"), null));
        show(() -> bytes.join(b(","), (byte[]) null));
        show(() -> bytes.join(null, List.of(b("a"))));
    }

    @Scenario
    static void test_bytes_codecs_none() {
        show(() -> bytes.decode(b("x"), null));
        show(() -> bytes.decode(b("x"), "utf-8", null));
        show(() -> bytes.decode(b("x"), null, null));
        show(() -> bytes.decode(b("x"), "bogus", null));
        show(() -> bytes.encode("x", null));
        show(() -> bytes.encode("x", "utf-8", null));
        show(() -> bytes.fromhex(null));
        show(() -> b(null));
    }

    @Scenario
    static void test_struct_format_none() {
        show(() -> new struct.Struct(null));
        show(() -> struct.pack(null));
        show(() -> struct.calcsize(null));
        show(() -> struct.unpack(null, b("")));
        show(() -> struct.iter_unpack(null, b("")));
    }

    @Scenario
    static void test_struct_pack_none() {
        show(() -> struct.pack("i", (Object[]) null));
        show(() -> struct.pack("?", (Object[]) null));
        show(() -> struct.pack("d", (Object) null));
        show(() -> struct.pack("s", (Object) null));
        show(() -> new struct.Struct("i").pack((Object[]) null));
        show(() -> Tuple.of((Object[]) null));
    }

    @Scenario
    static void test_struct_buffer_none() {
        show(() -> struct.unpack("i", null));
        show(() -> struct.unpack_from("i", null));
        show(() -> struct.unpack_from("ii", null, 4));
        show(() -> struct.iter_unpack("i", null));
        show(() -> struct.iter_unpack("", null));
        show(() -> {
            struct.pack_into("i", null, 0, 1);
            return null;
        });
        show(() -> {
            struct.pack_into("i", null, 0);
            return null;
        });
    }

    @Scenario
    static void test_select_lists_none() {
        show(() -> select.select(null, List.of(), List.of(), 0L));
        show(() -> select.select(List.of(), null, List.of(), 0L));
        show(() -> select.select(List.of(), List.of(), null, 0.0));
    }

    @Scenario
    static void test_makefile_huge_buffering() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketFile r = p[0].makefile("rb", Integer.MAX_VALUE);
        SocketFile w = p[0].makefile("wb", Integer.MAX_VALUE);
        p[1].sendall(b("line one\nline two\n"));
        print(repr(r.readline()), repr(r.readline()));
        w.write(new byte[1000]);
        w.flush();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        for (byte[] chunk = p[1].recv(1000); ; chunk = p[1].recv(1000)) {
            got.writeBytes(chunk);
            if (chunk.length == 0 || got.size() >= 1000) {
                break;
            }
        }
        print(got.size());
        r.close();
        w.close();
        p[0].close();
        p[1].close();
    }
}
