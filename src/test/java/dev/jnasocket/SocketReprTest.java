package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repr(sock)}, {@code print(addr)} and {@code repr(bytes)} to the character, checked
 * against CPython's rules and against what {@code python3} prints on this machine for the same
 * sequence of sockets (fd numbers and ports differ between the two processes, so both are
 * normalised before comparing).
 */
class SocketReprTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_repr")
    void reprRules() throws OSError {
        SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        try (s) {
            String r = s.toString();
            assertThat(r, containsString("fd=" + s.fileno()));
            assertThat(r, containsString("family=" + socket.AF_INET));
            assertThat(r, containsString("type=" + socket.SOCK_STREAM));
            assertThat(r, containsString("proto=0"));
            assertThat(r, not(containsString("raddr")));
            s.bind("127.0.0.1", 0);
            assertThat(s.toString(), containsString("laddr"));
            assertThat(s.toString(), containsString(s.getsockname().toString()));
        }
        assertThat(s.toString(), containsString("[closed]"));
        assertThat(s.toString(), not(containsString("laddr")));
        assertThat(s.toString(), is("<socket.socket [closed] fd=-1, family=2, type=1, proto=0>"));
    }

    @Test
    @DisplayName("The full repr of a connected pair: <socket.socket fd=N, family=2, type=1, proto=6, laddr=(...), raddr=(...)>")
    void connectedRepr() throws OSError {
        try (TcpPair p = TcpPair.open()) {
            Address local = p.client.getsockname();
            Address peer = p.client.getpeername();
            // create_connection passes getaddrinfo's proto (IPPROTO_TCP) on, as CPython does.
            assertThat(p.client.toString(), is("<socket.socket fd=" + p.client.fileno() + ", family=2, type=1, proto=6, laddr=('127.0.0.1', "
                    + local.port() + "), raddr=('127.0.0.1', " + peer.port() + ")>"));
            assertThat(p.listener.toString(), is("<socket.socket fd=" + p.listener.fileno()
                    + ", family=2, type=1, proto=0, laddr=('127.0.0.1', " + peer.port() + ")>"));
        }
    }

    /** The same sockets in both languages, one repr (or address) per line. */
    @Test
    @DisplayName("CPython on this machine: repr(sock) and print(addr) for the same sockets, fd and ports normalised")
    void reprMatchesCPython() throws Exception {
        String path = dir.resolve("r.sock").toString();
        String pyPath = dir.resolve("p.sock").toString();
        String py = String.join("\n",
                "import socket as s",
                "out = []",
                "a = s.socket(); out.append(repr(a))",
                "a.bind(('127.0.0.1', 0)); out.append(repr(a)); a.listen()",
                "c = s.create_connection(a.getsockname()); conn, addr = a.accept()",
                "out += [repr(c), repr(conn), str(addr)]",
                "c.close(); out.append(repr(c))",
                "d = c.detach(); out.append(repr(c))",
                "u = s.socket(s.AF_INET, s.SOCK_DGRAM); u.bind(('127.0.0.1', 0)); out.append(repr(u))",
                "u.connect(('127.0.0.1', 9)); out.append(repr(u))",
                "v6 = s.socket(s.AF_INET6); v6.bind(('::1', 0)); out.append(repr(v6)); out.append(str(v6.getsockname()))",
                "x = s.socket(s.AF_UNIX); out.append(repr(x)); x.bind(" + repr(pyPath) + "); out.append(repr(x)); x.listen()",
                "y = s.socket(s.AF_UNIX); y.connect(" + repr(pyPath) + "); out.append(repr(y)); yc, ya = x.accept(); out.append(repr(ya))",
                "z = s.socket(s.AF_UNIX); z.bind('\\0jnasocket-repr-test-py'); out.append(repr(z)); out.append(str(z.getsockname()))",
                "p, q = s.socketpair(); out.append(repr(p))",
                "print('\\n'.join(out))");
        List<String> java = new ArrayList<>();
        List<SocketObject> open = new ArrayList<>();
        try {
            SocketObject a = track(open, socket.socket());
            java.add(a.toString());
            a.bind("127.0.0.1", 0);
            java.add(a.toString());
            a.listen();
            SocketObject c = track(open, socket.create_connection(a.getsockname()));
            Accepted acc = a.accept();
            track(open, acc.conn());
            java.add(c.toString());
            java.add(acc.conn().toString());
            java.add(acc.addr().toString());
            c.close();
            java.add(c.toString());
            c.detach();
            java.add(c.toString());
            SocketObject u = track(open, socket.socket(socket.AF_INET, socket.SOCK_DGRAM));
            u.bind("127.0.0.1", 0);
            java.add(u.toString());
            u.connect("127.0.0.1", 9);
            java.add(u.toString());
            SocketObject v6 = track(open, socket.socket(socket.AF_INET6));
            v6.bind("::1", 0);
            java.add(v6.toString());
            java.add(v6.getsockname().toString());
            SocketObject x = track(open, socket.socket(socket.AF_UNIX));
            java.add(x.toString());
            x.bind(Address.unix(path));
            java.add(x.toString());
            x.listen();
            SocketObject y = track(open, socket.socket(socket.AF_UNIX));
            y.connect(Address.unix(path));
            java.add(y.toString());
            Accepted ya = x.accept();
            track(open, ya.conn());
            java.add(repr(ya.addr().toString())); // Python's repr('') of an unnamed peer
            SocketObject z = track(open, socket.socket(socket.AF_UNIX));
            if (dev.jnasocket.libc.Os.HOST == dev.jnasocket.libc.Os.LINUX) {
                z.bind(Address.unix("\0jnasocket-repr-test-py"));
            }
            java.add(z.toString());
            java.add(z.getsockname().toString());
            SocketObject[] pair = socket.socketpair();
            track(open, pair[0]);
            track(open, pair[1]);
            java.add(pair[0].toString());
        } finally {
            for (SocketObject s : open) {
                s.close();
            }
        }
        String expected = normalise(Child.runPython(py, 20).replace(pyPath, "PATH"));
        assertThat(normalise(String.join("\n", java).replace(path, "PATH")) + "\n", is(expected));
    }

    private static SocketObject track(List<SocketObject> open, SocketObject s) {
        open.add(s);
        return s;
    }

    /** fd numbers and port numbers differ between the two processes; nothing else may. */
    private static String normalise(String reprs) {
        return reprs.replaceAll("fd=\\d+", "fd=N").replaceAll("', \\d+", "', P").replace("-py'", "'");
    }

    @Test
    @DisplayName("CPython on this machine: repr(bytes) for every byte value and each quoting case")
    void bytesReprMatchesCPython() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String[] cases = {"", "Hello, world", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "tab\tnl\ncr\r"};
        StringBuilder java = new StringBuilder(repr(all)).append('\n');
        StringBuilder py = new StringBuilder("print(repr(bytes(range(256))))\n");
        for (String c : cases) {
            java.append(repr(b(c))).append('\n');
            py.append("print(repr(").append(repr(b(c))).append("))\n");
        }
        assertThat(java.toString(), is(Child.runPython(py.toString(), 20)));
        assertThat(repr(b("Hello, world")), is("b'Hello, world'"));
        assertThat(repr(b("it's")), is("b\"it's\""));
    }
}
