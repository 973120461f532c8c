package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.Address;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.socket;
import java.util.List;

/** fromfd by the kernel's family, and calls on a closed socket, as CPython does them. */
class SocketFidelitySemanticsParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_fidelity_semantics.py";
    }

    interface Call {
        Object call() throws Exception;
    }

    /** The Python twin's _try: the repr of the result (None for a void call), or the error. */
    static void attempt(Call f) {
        try {
            print(builtins.repr(f.call()));
        } catch (IllegalArgumentException e) {
            print("ArgumentError", e.getMessage());
        } catch (Exception e) {
            print(e.getClass().getSimpleName(), e.getMessage());
        }
    }

    static Call run(Runnable r) {
        return () -> {
            r.run();
            return null;
        };
    }

    interface Action {
        void run() throws Exception;
    }

    static Call v(Action a) {
        return () -> {
            a.run();
            return null;
        };
    }

    @Scenario
    static void GeneralModuleTests_testFromfdKernelFamily() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketObject s = socket.fromfd(a.fileno(), socket.AF_INET, socket.SOCK_STREAM);
            print(s.family == socket.AF_INET, builtins.repr(s.getsockname()), builtins.repr(s.getpeername()));
            s.close();
        }
    }

    @Scenario
    static void GeneralModuleTests_testClosedSocketTimeout() throws Exception {
        SocketObject c = socket.socket();
        c.close();
        attempt(v(() -> c.settimeout(1.0)));
        attempt(c::gettimeout);
        attempt(v(() -> c.setblocking(false)));
        attempt(c::gettimeout);
        attempt(c::getblocking);
    }

    @Scenario
    static void GeneralModuleTests_testClosedSocketCalls() throws Exception {
        SocketObject c = socket.socket();
        c.close();
        attempt(c::fileno);
        attempt(c::getsockname);
        attempt(() -> c.recv(0));
        attempt(() -> c.connect_ex(Address.of("127.0.0.1", 1)));
        attempt(v(() -> c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)));
        attempt(() -> c.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR));
        attempt(v(() -> c.shutdown(socket.SHUT_RDWR)));
        attempt(v(c::listen));
        attempt(c::detach);
        attempt(c::dup);
        attempt(c::get_inheritable);
        attempt(() -> c.send(builtins.b("x")));
        attempt(() -> c.sendmsg(List.of(builtins.b("x"))));
        attempt(() -> c.recvmsg(1));
        attempt(() -> c.recvfrom_into(new byte[1]));
        print(c);
    }
}
