package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * AF_UNIX as CPython's {@code TestUnixDomain}, {@code TestLinuxAbstractNamespace} and
 * {@code BasicSocketPairTest} see it: path addresses print as the bare path, abstract names as
 * bytes, unnamed sockets as {@code ''}.
 */
class SocketUnixTest {
    private static final byte[] MSG = SocketBasicsTest.MSG;

    @TempDir
    Path dir;

    @Test
    @DisplayName("CPython: TestUnixDomain.testUnbound (getsockname() is '')")
    void unbound() throws OSError {
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            assertThat(s.getsockname().toString(), is(""));
            assertThat(s.getsockname().path(), is(""));
            assertThat(s.toString(), is("<socket.socket fd=" + s.fileno() + ", family=" + socket.AF_UNIX + ", type=1, proto=0>"));
        }
    }

    @Test
    @DisplayName("CPython: TestUnixDomain.testStrAddr (bind, listen, connect, accept over a path)")
    void pathAddress() throws OSError {
        String path = dir.resolve("sock").toString();
        try (SocketObject l = socket.socket(socket.AF_UNIX)) {
            l.bind(Address.unix(path));
            assertThat(l.getsockname().toString(), is(path));
            assertThat(Files.exists(Path.of(path)), is(true));
            l.listen();
            try (SocketObject c = socket.socket(socket.AF_UNIX)) {
                c.connect(Address.unix(path));
                Accepted a = l.accept();
                try (SocketObject conn = a.conn()) {
                    assertThat("the client is unnamed: ''", a.addr().toString(), is(""));
                    assertThat(c.getpeername().toString(), is(path));
                    assertThat(c.getsockname().toString(), is(""));
                    assertThat(conn.getsockname().toString(), is(path));
                    c.sendall(MSG);
                    assertArrayEquals(MSG, conn.recv(1024));
                    assertThat(c.toString(), is("<socket.socket fd=" + c.fileno() + ", family=1, type=1, proto=0, raddr=" + path + ">"));
                    assertThat(conn.toString(), is("<socket.socket fd=" + conn.fileno() + ", family=1, type=1, proto=0, laddr=" + path + ">"));
                }
            }
        }
    }

    @Test
    @DisplayName("CPython: TestUnixDomain.testSurrogateescapeBind / testUnencodableAddr (a non-ASCII path round-trips)")
    void nonAsciiPath() throws OSError {
        String path = dir.resolve("\u00e9t\u00e9.sock").toString();
        try (SocketObject s = socket.socket(socket.AF_UNIX)) {
            s.bind(Address.unix(path));
            assertThat(s.getsockname().path(), is(path));
            assertArrayEquals(path.getBytes(StandardCharsets.UTF_8), s.getsockname().pathBytes());
        }
    }

    @Test
    @DisplayName("CPython: AF_UNIX address errors ('AF_UNIX path too long', tuple given, connect to a missing path)")
    void addressErrors() throws OSError {
        try (SocketObject s = socket.socket(socket.AF_UNIX)) {
            OSError tooLong = assertThrows(OSError.class, () -> s.bind(Address.unix("/tmp/" + "a".repeat(200))));
            assertThat(tooLong.getMessage(), is("AF_UNIX path too long"));
            assertThat(tooLong.errno(), is(nullValue()));
            // A path must leave room for its terminating NUL, as CPython requires.
            int max = dev.jnasocket.libc.sockaddr_un.pathMax(dev.jnasocket.libc.Os.HOST);
            tooLong = assertThrows(OSError.class, () -> s.bind(Address.unix("/" + "a".repeat(max - 1))));
            assertThat(tooLong.getMessage(), is("AF_UNIX path too long"));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.bind("127.0.0.1", 0)).getMessage(),
                    is("a bytes-like object is required, not 'tuple'"));
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.bind((Address) null)).getMessage(),
                    is("a bytes-like object is required, not 'NoneType'"));
            OSError missing = assertThrows(OSError.class, () -> s.connect(Address.unix(dir.resolve("nope").toString())));
            assertThat(missing, instanceOf(FileNotFoundError.class));
            assertThat(missing.getMessage(), is(Errnos.text(LibC.ENOENT)));
        }
    }

    @Test
    @DisplayName("CPython: TestLinuxAbstractNamespace.testLinuxAbstractNamespace (prints as b'\\x00...')")
    @EnabledOnOs(OS.LINUX)
    void abstractNamespace() throws OSError {
        byte[] name = {0, 'p', 'y', 't', 'h', 'o', 'n', '-', 't', 'e', 's', 't', '-', 'h', 'e', 'l', 'l', 'o', 0, (byte) 0xff};
        Address address = Address.unix(name);
        try (SocketObject s1 = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            s1.bind(address);
            s1.listen();
            try (SocketObject s2 = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
                s2.connect(s1.getsockname());
                try (SocketObject s3 = s1.accept().conn()) {
                    assertThat(s1.getsockname(), is(address));
                    assertThat(s2.getpeername(), is(address));
                    assertThat(s1.getsockname().toString(), is("b'\\x00python-test-hello\\x00\\xff'"));
                    assertThat(s1.toString(), is("<socket.socket fd=" + s1.fileno()
                            + ", family=1, type=1, proto=0, laddr=b'\\x00python-test-hello\\x00\\xff'>"));
                    s2.sendall(MSG);
                    assertArrayEquals(MSG, s3.recv(1024));
                }
            }
        }
    }

    @Test
    @DisplayName("CPython: TestLinuxAbstractNamespace.testMaxName / testNameOverflow / testStrName")
    @EnabledOnOs(OS.LINUX)
    void abstractNameLimits() throws OSError {
        try (SocketObject s = socket.socket(socket.AF_UNIX)) {
            String max = "\0" + "h".repeat(107);
            s.bind(Address.unix(max));
            assertThat(s.getsockname(), is(Address.unix(max)));
        }
        try (SocketObject s = socket.socket(socket.AF_UNIX)) {
            assertThrows(OSError.class, () -> s.bind(Address.unix("\0" + "h".repeat(108))));
        }
        try (SocketObject s = socket.socket(socket.AF_UNIX)) {
            s.bind(Address.unix("\0python\0test\0"));
            assertThat(s.getsockname().toString(), is("b'\\x00python\\x00test\\x00'"));
        }
    }

    @Test
    @DisplayName("CPython: TestLinuxAbstractNamespace.testAutobind (bind('') picks an abstract name)")
    @EnabledOnOs(OS.LINUX)
    void autobind() throws OSError {
        try (SocketObject s1 = socket.socket(socket.AF_UNIX); SocketObject s2 = socket.socket(socket.AF_UNIX)) {
            s1.bind(Address.unix(""));
            s2.bind(Address.unix(""));
            assertThat(s1.getsockname().toString(), matchesPattern("b'\\\\x00[0-9a-f]{5}'"));
            assertThat(s2.getsockname().toString(), matchesPattern("b'\\\\x00[0-9a-f]{5}'"));
            assertThat(s1.getsockname(), not(s2.getsockname()));
        }
    }

    @Test
    @DisplayName("CPython: BasicSocketPairTest.testDefaults / testRecv / testSend and InheritanceTest.test_socketpair")
    void socketpair() throws OSError {
        SocketObject[] pair = socket.socketpair();
        try (SocketObject serv = pair[0]; SocketObject cli = pair[1]) {
            for (SocketObject s : pair) {
                assertThat(s.family, is(socket.AF_UNIX));
                assertThat(s.type, is(socket.SOCK_STREAM));
                assertThat(s.proto, is(0));
                assertThat(s.get_inheritable(), is(false));
                assertThat(s.getsockname().toString(), is(""));
                assertThat(s.getpeername().toString(), is(""));
                assertThat(s.toString(), is("<socket.socket fd=" + s.fileno() + ", family=1, type=1, proto=0>"));
            }
            cli.send(MSG);
            assertArrayEquals(MSG, serv.recv(1024));
            serv.send(MSG);
            assertArrayEquals(MSG, cli.recv(1024));
        }
    }

    @Test
    @DisplayName("CPython: socketpair(AF_UNIX, SOCK_DGRAM) keeps message boundaries; an unnamed sender is None")
    void datagramPairAndUnnamedSender() throws OSError {
        SocketObject[] pair = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM, 0);
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            assertThat(b.type, is(socket.SOCK_DGRAM));
            a.send(b("ab"));
            a.send(b("cde"));
            assertThat(repr(b.recv(10)), is("b'ab'"));
            assertThat(repr(b.recv(10)), is("b'cde'"));
        }
        String path = dir.resolve("dgram").toString();
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); SocketObject c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)) {
            s.bind(Address.unix(path));
            c.sendto(b("hi"), Address.unix(path));
            Received r = s.recvfrom(10);
            assertThat(repr(r.data()), is("b'hi'"));
            assertThat("CPython gives None for an unnamed sender", r.addr(), is(nullValue()));
        }
    }

    @Test
    @DisplayName("CPython: shutdown(SHUT_RDWR) on a socketpair wakes the peer with EOF; send after it is BrokenPipeError")
    void shutdownAndBrokenPipe() throws OSError {
        SocketObject[] pair = socket.socketpair();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            a.shutdown(socket.SHUT_RDWR);
            assertThat(b.recv(10).length, is(0));
            OSError e = assertThrows(OSError.class, () -> a.send(MSG));
            assertThat(e, instanceOf(BrokenPipeError.class));
            assertThat(e.getMessage(), is("[Errno " + LibC.EPIPE + "] Broken pipe"));
        }
    }
}
