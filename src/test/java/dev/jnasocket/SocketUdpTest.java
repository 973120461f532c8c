package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Datagrams over loopback, as CPython's {@code BasicUDPTest} and {@code GeneralModuleTests}
 * check them: sendto/recv/recvfrom, message boundaries, errors with CPython's texts.
 */
class SocketUdpTest {
    private static final byte[] MSG = SocketBasicsTest.MSG;

    private SocketObject serv;
    private SocketObject cli;
    private Address servAddr;

    @BeforeEach
    void open() throws OSError {
        serv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        serv.bind("127.0.0.1", 0);
        cli.bind("127.0.0.1", 0);
        servAddr = serv.getsockname();
        serv.settimeout(5.0); // a lost datagram fails the test instead of hanging it
    }

    @AfterEach
    void close() throws OSError {
        SocketObject s = serv;
        try (SocketObject c = cli) {
            s.close();
        }
    }

    @Test
    @DisplayName("CPython: BasicUDPTest.testSendtoAndRecv")
    void sendtoAndRecv() throws OSError {
        assertThat(cli.sendto(MSG, 0, Address.of("127.0.0.1", servAddr.port())), is(MSG.length));
        assertArrayEquals(MSG, serv.recv(MSG.length));
    }

    @Test
    @DisplayName("CPython: BasicUDPTest.testRecvFrom (the sender's address comes back)")
    void recvfrom() throws OSError {
        cli.sendto(MSG, "127.0.0.1", servAddr.port());
        Received r = serv.recvfrom(MSG.length);
        assertArrayEquals(MSG, r.data());
        assertThat(r.addr(), is(cli.getsockname()));
        assertThat(r.addr().toString(), is("('127.0.0.1', " + cli.getsockname().port() + ")"));
    }

    @Test
    @DisplayName("CPython: BasicUDPTest.testRecvFromNegative")
    void recvfromNegative() throws OSError {
        cli.sendto(MSG, servAddr);
        assertThat(assertThrows(IllegalArgumentException.class, () -> serv.recvfrom(-1)).getMessage(),
                is("negative buffersize in recvfrom"));
        assertArrayEquals(MSG, serv.recv(1024), "the datagram is still queued");
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testSendtoErrors (None data or address: TypeError texts)")
    void sendtoErrors() throws OSError {
        assertThat(assertThrows(IllegalArgumentException.class, () -> serv.sendto(null, servAddr)).getMessage(),
                is("a bytes-like object is required, not 'NoneType'"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> serv.sendto(b("foo"), (Address) null)).getMessage(),
                is("sendto(): AF_INET address must be tuple, not NoneType"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> serv.sendto(b("foo"), 0, null)).getMessage(),
                containsString("not NoneType"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> serv.sendto(b("foo"), Address.unix("/x"))).getMessage(),
                is("sendto(): AF_INET address must be tuple, not str"));
    }

    @Test
    @DisplayName("CPython: datagram boundaries: a short recv truncates one datagram; an empty datagram is b'' with a sender")
    void datagramBoundaries() throws OSError {
        cli.sendto(b("abcdef"), servAddr);
        cli.sendto(b("gh"), servAddr);
        cli.sendto(new byte[0], servAddr);
        assertThat(repr(serv.recv(3)), is("b'abc'"));
        assertThat("the rest of the first datagram is gone", repr(serv.recv(100)), is("b'gh'"));
        Received empty = serv.recvfrom(100);
        assertThat(empty.data().length, is(0));
        assertThat(empty.addr(), is(cli.getsockname()));
    }

    @Test
    @DisplayName("CPython: a connected UDP socket: send/recv, getpeername; unconnected send is EDESTADDRREQ")
    void connectedUdp() throws OSError {
        OSError e = assertThrows(OSError.class, () -> cli.send(MSG));
        assertThat(e.errno(), is(LibC.EDESTADDRREQ));
        assertThat(e.getMessage(), is("[Errno " + LibC.EDESTADDRREQ + "] Destination address required"));
        e = assertThrows(OSError.class, cli::getpeername);
        assertThat(e.errno(), is(LibC.ENOTCONN));
        cli.connect(servAddr);
        assertThat(cli.getpeername(), is(servAddr));
        assertThat(cli.send(MSG), is(MSG.length));
        Received r = serv.recvfrom(1024);
        assertArrayEquals(MSG, r.data());
        serv.sendto(b("back"), r.addr());
        cli.settimeout(5.0);
        assertThat(repr(cli.recv(100)), is("b'back'"));
        assertThat(cli.toString(), endsWith(", raddr=" + servAddr + ">"));
    }

    @Test
    @DisplayName("CPython: sendto of a datagram over 64 KiB is OSError EMSGSIZE 'Message too long'")
    void messageTooLong() {
        OSError e = assertThrows(OSError.class, () -> cli.sendto(new byte[70000], servAddr));
        assertThat(e.errno(), is(LibC.EMSGSIZE));
        assertThat(e.getMessage(), is("[Errno " + LibC.EMSGSIZE + "] Message too long"));
    }

    @Test
    @DisplayName("CPython: <broadcast> without SO_BROADCAST is PermissionError EACCES; an IPv6 host on AF_INET is gaierror EAI_ADDRFAMILY")
    void addressErrors() throws OSError {
        OSError e = assertThrows(OSError.class, () -> cli.sendto(MSG, "<broadcast>", 9));
        assertThat(e, instanceOf(PermissionError.class));
        assertThat(e.getMessage(), is("[Errno " + LibC.EACCES + "] Permission denied"));
        assertThat(cli.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST), is(0));
        e = assertThrows(gaierror.class, () -> cli.sendto(MSG, "::1", 9));
        assertThat(e.getMessage(), is("[Errno " + e.errno() + "] " + LibC.gai_strerror(e.errno())));
        if (dev.jnasocket.libc.Os.HOST == dev.jnasocket.libc.Os.LINUX) {
            assertThat(e.getMessage(), is("[Errno -9] Address family for hostname not supported"));
        }
    }

    @Test
    @DisplayName("CPython: BasicUDPTest over AF_INET6 (UDP6TestBase): the sender is ('::1', port, 0, 0)")
    void udpOverIpv6() throws OSError {
        try (SocketObject s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); SocketObject c6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)) {
            s6.bind("::1", 0);
            c6.bind("::1", 0);
            s6.settimeout(5.0);
            c6.sendto(MSG, s6.getsockname());
            Received r = s6.recvfrom(1024);
            assertArrayEquals(MSG, r.data());
            assertThat(r.addr().toString(), is("('::1', " + c6.getsockname().port() + ", 0, 0)"));
            assertThat(r.addr().kind(), is(Address.Kind.INET6));
        }
    }
}
