package dev.jnasocket.parity;

import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.libc.Names;
import dev.jnasocket.socket;

/**
 * AF_UNIX names at their edges: the unbound name, bind(''), connect('') and sendto(''), with
 * errors printed by errno name so the scenarios read the same on Linux and macOS.
 */
class UnixNamesParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_unix_names.py";
    }

    interface Call {
        Object run() throws Exception;
    }

    static void show(String label, Call fn) throws Exception {
        try {
            System.out.println(label + " " + builtins.str(fn.run()));
        } catch (OSError e) {
            System.out.println(label + " !! " + e.getClass().getSimpleName() + " " + Names.errno(e.errno()));
        }
    }

    @Scenario
    static void TestLinuxAbstractNamespace_testAutobind() throws Exception {
        try (SocketObject s = socket.socket(socket.AF_UNIX)) {
            System.out.println("unbound " + builtins.repr(s.getsockname()));
            show("bind('')", () -> {
                s.bind(Address.unix(""));
                byte[] name = s.getsockname().pathBytes();
                boolean bytes = name.length > 0 && name[0] == 0; // Python gives bytes for an abstract name
                return new Object[] {bytes ? "bytes" : "str", name.length,
                        bytes ? (Object) new byte[] {name[0]} : new String(name, 0, Math.min(1, name.length))};
            });
        }
    }

    @Scenario
    static void GeneralModuleTests_test_unix_empty_address() throws Exception {
        try (SocketObject c = socket.socket(socket.AF_UNIX)) {
            show("connect('')", () -> {
                c.connect(Address.unix(""));
                return null;
            });
            show("connect_ex('')", () -> Names.errno(c.connect_ex(Address.unix(""))));
        }
        try (SocketObject d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)) {
            show("sendto('')", () -> d.sendto(builtins.b("x"), Address.unix("")));
        }
    }
}
