package dev.jnasocket.parity;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.nio.charset.StandardCharsets;

/** Closed sockets and fds closed behind a socket's back: what each call answers, as CPython. */
class SocketClosingParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_closing.py";
    }

    interface Call {
        Object run() throws OSError;
    }

    /** Python's {@code _try}: the value's repr, or the OSError's class and errno. */
    static void attempt(String label, Call f) {
        try {
            Object v = f.run();
            String shown = v instanceof byte[]
                    ? "b'" + new String((byte[]) v, StandardCharsets.US_ASCII) + "'"
                    : String.valueOf(v);
            System.out.println(label + " " + shown);
        } catch (OSError e) {
            System.out.println(label + " " + e.getClass().getSimpleName() + " " + e.errno());
        }
    }

    static String pyFloat(Double d) {
        return d == null ? "None" : d.toString();
    }

    @Scenario
    static void BasicTCPTest_testRecvZeroAndEmptyInto() throws OSError {
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        p[1].sendall("kept".getBytes(StandardCharsets.US_ASCII));
        attempt("recv(0)", () -> a.recv(0));
        attempt("recv_into(empty)", () -> a.recv_into(new byte[0]));
        attempt("recv(4)", () -> a.recv(4));
        a.close();
        attempt("closed recv(0)", () -> a.recv(0));
        attempt("closed recv_into(empty)", () -> a.recv_into(new byte[0]));
        attempt("closed recv_into(5 bytes)", () -> a.recv_into(new byte[5]));
        attempt("closed recvfrom(0)", () -> a.recvfrom(0));
        p[1].close();
    }

    @Scenario
    static void GeneralModuleTests_test_connect_ex_closed() throws OSError {
        SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        s.close();
        System.out.println("closed " + s.connect_ex("127.0.0.1", 9));
        SocketObject d = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        int fd = d.detach();
        System.out.println("detached " + d.connect_ex("127.0.0.1", 9));
        LibC.close(fd);
    }

    @Scenario
    static void GeneralModuleTests_test_setblocking_invalidfd() throws OSError {
        for (Double first : new Double[] {null, 0.0, 2.5}) {
            // On a high number (the JVM's other threads open files too, and would take a low one
            // the moment it is closed), then closed behind the socket's back.
            int high;
            try (SocketObject made = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
                high = LibC.fcntl(made.fileno(), LibC.F_DUPFD_CLOEXEC, 900);
            }
            SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, high);
            s.settimeout(first);
            LibC.close(high);
            attempt("settimeout(same)", () -> {
                s.settimeout(first);
                return "None";
            });
            attempt("settimeout(1.5)", () -> {
                s.settimeout(1.5);
                return "None";
            });
            System.out.println("gettimeout " + pyFloat(s.gettimeout()));
            attempt("setblocking(False)", () -> {
                s.setblocking(false);
                return "None";
            });
            System.out.println("getblocking " + (s.getblocking() ? "True" : "False") + " " + pyFloat(s.gettimeout()));
            attempt("setblocking(True)", () -> {
                s.setblocking(true);
                return "None";
            });
            System.out.println("gettimeout " + pyFloat(s.gettimeout()));
            s.detach();
        }
        SocketObject c = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        c.close();
        attempt("closed settimeout(3.0)", () -> {
            c.settimeout(3.0);
            return "None";
        });
        System.out.println("closed gettimeout " + pyFloat(c.gettimeout()));
    }
}
