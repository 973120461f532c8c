package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.OSError;
import dev.jnasocket.Received;
import dev.jnasocket.RecvMsg;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/** CPython's BasicTCPTest and BasicUDPTest on loopback connections. */
class SocketFidelityTcpParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_fidelity_tcp.py";
    }

    static final byte[] MSG = SocketFidelityApiParityTest.MSG;

    /** A connected loopback pair: {client, accepted}. */
    static SocketObject[] pair() throws OSError {
        try (SocketObject srv = socket.socket()) {
            srv.bind("127.0.0.1", 0);
            srv.listen();
            SocketObject cli = socket.create_connection(srv.getsockname());
            return new SocketObject[] {cli, srv.accept().conn()};
        }
    }

    static byte[] cat(byte[] a, byte[] b) {
        return SocketFidelityApiParityTest.cat(a, b);
    }

    @Scenario
    static void BasicTCPTest_testRecv() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            print(Arrays.equals(conn.recv(1024), MSG));
        }
    }

    @Scenario
    static void BasicTCPTest_testOverFlowRecv() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            byte[] seg1 = conn.recv(MSG.length - 3);
            byte[] seg2 = conn.recv(1024);
            print(Arrays.equals(cat(seg1, seg2), MSG), seg1.length);
        }
    }

    @Scenario
    static void BasicTCPTest_testRecvFrom() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            Received r = conn.recvfrom(1024);
            print(Arrays.equals(r.data(), MSG), r.addr());
        }
    }

    @Scenario
    static void BasicTCPTest_testOverFlowRecvFrom() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            Received r1 = conn.recvfrom(MSG.length - 3);
            Received r2 = conn.recvfrom(1024);
            print(Arrays.equals(cat(r1.data(), r2.data()), MSG), r2.addr());
        }
    }

    @Scenario
    static void BasicTCPTest_testSendAll() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            byte[] big = new byte[1024 * 64];
            Arrays.fill(big, (byte) 'f');
            cli.sendall(big);
            cli.shutdown(socket.SHUT_WR);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            for (byte[] read = conn.recv(4096); read.length > 0; read = conn.recv(4096)) {
                got.write(read);
            }
            print(got.size(), Arrays.equals(got.toByteArray(), big));
        }
    }

    @Scenario
    static void BasicTCPTest_testShutdown() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            cli.shutdown(2);
            print(Arrays.equals(conn.recv(1024), MSG), conn.recv(1024));
            try {
                cli.shutdown(42);
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    @Scenario
    static void BasicTCPTest_testDetach() throws Exception {
        SocketObject[] p = pair();
        SocketObject conn = p[1];
        try (SocketObject cli = p[0]) {
            int fileno = conn.fileno();
            int f = conn.detach();
            print(f == fileno, conn.fileno());
            try {
                conn.recv(1024);
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.getMessage());
            }
            conn.close();
            try (SocketObject sock = socket.socket(-1, -1, -1, f)) {
                cli.sendall(MSG);
                print(Arrays.equals(sock.recv(1024), MSG));
            }
        }
    }

    @Scenario
    static void BasicTCPTest_testFromFd() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            try (SocketObject sock = socket.fromfd(conn.fileno(), socket.AF_INET, socket.SOCK_STREAM)) {
                print(sock.fileno() != conn.fileno(), sock.family == socket.AF_INET, sock.type == socket.SOCK_STREAM);
                cli.sendall(MSG);
                print(Arrays.equals(sock.recv(1024), MSG));
            }
        }
    }

    @Scenario
    static void BasicTCPTest_testDup() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            try (SocketObject sock = conn.dup()) {
                print(sock.fileno() != conn.fileno(), sock.getsockname().equals(conn.getsockname()));
                cli.sendall(MSG);
                print(Arrays.equals(sock.recv(1024), MSG));
            }
        }
    }

    @Scenario
    static void BasicTCPTest_testNames() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            print(cli.getpeername().equals(conn.getsockname()), conn.getpeername().equals(cli.getsockname()));
            print(cli.getsockname().host(), "int");
        }
    }

    @Scenario
    static void BasicTCPTest_testRecvInto() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            byte[] buf = new byte[1024];
            int n = conn.recv_into(buf);
            print(n, Arrays.equals(Arrays.copyOf(buf, n), MSG));
            cli.sendall(MSG);
            byte[] small = new byte[5];
            print(conn.recv_into(small, 5), Py.bytearray(small));
        }
    }

    @Scenario
    static void BasicTCPTest_testPeek() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            print(conn.recv(5, socket.MSG_PEEK), conn.recv(5));
        }
    }

    @Scenario
    static void BasicTCPTest_testRecvmsgOnTcp() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendmsg(List.of(Arrays.copyOf(MSG, 10), Arrays.copyOfRange(MSG, 10, MSG.length)));
            RecvMsg m = conn.recvmsg(1024);
            print(Arrays.equals(m.data(), MSG), m.ancdata(), m.msg_flags(), m.address());
        }
    }

    @Scenario
    static void BasicUDPTest_testSendtoAndRecv() throws Exception {
        try (SocketObject a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
                SocketObject b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            a.bind("127.0.0.1", 0);
            b.bind("127.0.0.1", 0);
            b.sendto(MSG, a.getsockname());
            Received r = a.recvfrom(MSG.length);
            print(Arrays.equals(r.data(), MSG), r.addr().equals(b.getsockname()));
        }
    }

    @Scenario
    static void BasicUDPTest_testRecvFromNegative() throws Exception {
        try (SocketObject a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            a.recvfrom(-1);
        }
    }

    @Scenario
    static void BasicUDPTest_testSendmsgToAddress() throws Exception {
        try (SocketObject a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
                SocketObject b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            a.bind("127.0.0.1", 0);
            print(b.sendmsg(List.of(builtins.b("x"), builtins.b("yz")), List.of(), 0, a.getsockname()));
            RecvMsg m = a.recvmsg(10);
            print(m.data(), m.ancdata(), m.msg_flags(), m.address().equals(b.getsockname()));
        }
    }
}
