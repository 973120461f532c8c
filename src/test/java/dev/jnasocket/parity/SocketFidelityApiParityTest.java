package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.caught;
import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.Address;
import dev.jnasocket.Ancillary;
import dev.jnasocket.ExceptionGroup;
import dev.jnasocket.OSError;
import dev.jnasocket.RecvFromInto;
import dev.jnasocket.RecvMsg;
import dev.jnasocket.RecvMsgInto;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPython's test_socket scenarios for the API beyond the basics (sendmsg/recvmsg, fd passing,
 * CMSG_*, recvfrom_into, sendfile, interfaces, host entries, close/dup, all_errors, timeout).
 */
class SocketFidelityApiParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_fidelity_api.py";
    }

    static final byte[] MSG = cat(builtins.b("Michael Gilfix was here"), new byte[] {(byte) 0xe1, (byte) 0x88, (byte) 0xb4, '\r', '\n'});

    static byte[] cat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static SocketObject[] udpPair() throws OSError {
        SocketObject a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        a.bind("127.0.0.1", 0);
        SocketObject b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        b.bind("127.0.0.1", 0);
        return new SocketObject[] {a, b};
    }

    static byte[] le(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    static int fromLe(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    @Scenario
    static void SendmsgTests_testSendmsg() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            print(a.sendmsg(List.of(MSG)));
            print(Arrays.equals(b.recv(MSG.length), MSG));
        }
    }

    @Scenario
    static void SendmsgTests_testSendmsgGather() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            print(a.sendmsg(List.of(Arrays.copyOf(MSG, 3), Arrays.copyOfRange(MSG, 3, MSG.length))));
            print(b.recv(1024));
        }
    }

    @Scenario
    static void SendmsgTests_testSendmsgAncillaryGenerator() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            print(a.sendmsg(List.of(MSG), List.of()));
            print(Arrays.equals(b.recv(1024), MSG));
        }
    }

    @Scenario
    static void SendmsgTests_testSendmsgBadArgs() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendmsg(null);
        }
    }

    @Scenario
    static void SendmsgTests_testSendmsgBadArgsElement() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendmsg(Arrays.asList(MSG, null));
        }
    }

    @Scenario
    static void SendmsgTests_testSendmsgAfterClose() throws Exception {
        SocketObject[] p = socket.socketpair();
        p[1].close();
        p[0].close();
        p[0].sendmsg(List.of(MSG));
    }

    @Scenario
    static void SendmsgConnectionlessTests_testSendmsgExplicitNoneAddr() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            print(a.sendmsg(List.of(MSG), List.of(), 0, b.getsockname()));
            var r = b.recvfrom(1024);
            print(Arrays.equals(r.data(), MSG), r.addr().equals(a.getsockname()));
        }
    }

    @Scenario
    static void SendmsgConnectionlessTests_testSendmsgNoDestAddr() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendmsg(List.of(MSG));
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsg() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendto(MSG, b.getsockname());
            RecvMsg m = b.recvmsg(MSG.length);
            print(Arrays.equals(m.data(), MSG), m.ancdata(), m.msg_flags(), m.address().equals(a.getsockname()));
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgExplicitDefaults() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(MSG);
            print(b.recvmsg(MSG.length, 0, 0));
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgShorter() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(builtins.b("abc"));
            print(b.recvmsg(MSG.length + 42));
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgTrunc() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendto(MSG, b.getsockname());
            RecvMsg m = b.recvmsg(MSG.length - 3);
            print(m.data(), m.ancdata(), (m.msg_flags() & socket.MSG_TRUNC) == socket.MSG_TRUNC);
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgShortAncillaryBuf() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(MSG);
            print(b.recvmsg(MSG.length, 1));
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgLongAncillaryBuf() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(MSG);
            RecvMsg m = b.recvmsg(MSG.length, 10240);
            print("(" + m.ancdata() + ", " + m.msg_flags() + ", " + Py.str(m.address()) + ")");
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgAfterClose() throws Exception {
        SocketObject[] p = socket.socketpair();
        p[0].close();
        p[1].close();
        p[1].recvmsg(1024);
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgTimeout() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.settimeout(0.03);
            b.recvmsg(1024);
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgBadArgs() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            try {
                b.recvmsg(-1);
            } catch (IllegalArgumentException e) {
                caught(e);
            }
            try {
                b.recvmsg(10, -1);
            } catch (IllegalArgumentException e) {
                caught(e);
            }
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgPeek() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(MSG);
            print(b.recvmsg(5, 0, socket.MSG_PEEK).data());
            print(Arrays.equals(b.recvmsg(1024).data(), MSG));
        }
    }

    @Scenario
    static void RecvmsgTests_testRecvmsgFromSendmsg() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendmsg(List.of(Arrays.copyOf(MSG, 5), Arrays.copyOfRange(MSG, 5, MSG.length)));
            print(Arrays.equals(b.recvmsg(1024).data(), MSG));
        }
    }

    @Scenario
    static void RecvmsgIntoTests_testRecvmsgIntoScatter() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendall(builtins.b("Mary had a little lamb"));
            byte[] b1 = builtins.b("----");
            byte[] b2 = builtins.b("0123456789");
            byte[] view = new byte[7];
            byte[] b3 = builtins.b("--------------");
            print(b.recvmsg_into(List.of(b1, view, b3)));
            System.arraycopy(view, 0, b2, 2, 7);
            print(Py.bytearray(b1), Py.bytearray(b2), Py.bytearray(b3));
        }
    }

    @Scenario
    static void RecvmsgIntoTests_testRecvmsgIntoArray() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendall(MSG);
            byte[] buf = new byte[1024];
            RecvMsgInto r = b.recvmsg_into(List.of(buf));
            print(r.nbytes(), r.ancdata(), r.msg_flags(), r.address(), Arrays.equals(Arrays.copyOf(buf, r.nbytes()), MSG));
        }
    }

    @Scenario
    static void RecvmsgIntoTests_testRecvmsgIntoBadArgs() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.recvmsg_into(List.of(new byte[4]), -1, 0);
        }
    }

    @Scenario
    static void CmsgMacroTests_testCMSG_LEN() {
        for (long n : new long[] {0, 1, 4, 5, 8, 100, Integer.MAX_VALUE - socket.CMSG_LEN(0)}) {
            print(n, socket.CMSG_LEN(n));
        }
        for (long n : new long[] {-1, (1L << 31) - socket.CMSG_LEN(0)}) {
            try {
                socket.CMSG_LEN(n);
            } catch (IllegalArgumentException e) {
                caught(e);
            }
        }
    }

    @Scenario
    static void CmsgMacroTests_testCMSG_SPACE() {
        for (long n : new long[] {0, 1, 4, 5, 8, 9, 100}) {
            print(n, socket.CMSG_SPACE(n));
        }
        for (long n : new long[] {-1, (1L << 31) - socket.CMSG_SPACE(1) + 1}) {
            try {
                socket.CMSG_SPACE(n);
            } catch (IllegalArgumentException e) {
                caught(e);
            }
        }
    }

    @Scenario
    static void SCMRightsTest_testFDPassSimple() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject[] q = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]; SocketObject c = q[0]; SocketObject d = q[1]) {
            print(a.sendmsg(List.of(MSG), List.of(new Ancillary(socket.SOL_SOCKET, socket.SCM_RIGHTS, le(c.fileno())))));
            RecvMsg m = b.recvmsg(MSG.length, socket.CMSG_SPACE(4));
            print(Arrays.equals(m.data(), MSG), m.ancdata().size(), m.msg_flags(), m.address());
            Ancillary x = m.ancdata().get(0);
            print(x.cmsg_level() == socket.SOL_SOCKET, x.cmsg_type() == socket.SCM_RIGHTS, x.cmsg_data().length);
            try (SocketObject got = socket.socket(-1, -1, -1, fromLe(x.cmsg_data()))) {
                got.sendall(builtins.b("through the passed fd"));
                print(d.recv(100));
            }
        }
    }

    @Scenario
    static void SCMRightsTest_testFDPassCMSG_LEN() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject[] q = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]; SocketObject c = q[0]; SocketObject d = q[1]) {
            socket.send_fds(a, List.of(MSG), new int[] {c.fileno(), d.fileno()});
            socket.RecvFds r = socket.recv_fds(b, MSG.length, 2);
            print(Arrays.equals(r.data(), MSG), r.fds().size(), r.msg_flags(), r.address());
            try (SocketObject c2 = socket.socket(-1, -1, -1, r.fds().get(0));
                    SocketObject d2 = socket.socket(-1, -1, -1, r.fds().get(1))) {
                c2.sendall(builtins.b("x"));
                print(d2.recv(1));
            }
        }
    }

    @Scenario
    static void SCMRightsTest_testCmsgTrunc0() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject[] q = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]; SocketObject c = q[0]; SocketObject d = q[1]) {
            socket.send_fds(a, List.of(MSG), new int[] {c.fileno()});
            RecvMsg m = b.recvmsg(MSG.length, 0);
            print(Arrays.equals(m.data(), MSG), m.ancdata(), (m.msg_flags() & socket.MSG_CTRUNC) == socket.MSG_CTRUNC);
        }
    }

    @Scenario
    static void SCMRightsTest_testFDPassEmpty() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            print(a.sendmsg(List.of(MSG), List.of(new Ancillary(socket.SOL_SOCKET, socket.SCM_RIGHTS, new byte[0]))));
            print(b.recvmsg(MSG.length, 10240));
        }
    }

    @Scenario
    static void BufferIOTest_testRecvFromIntoArray() throws Exception {
        SocketObject[] p = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM, 0);
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(MSG);
            byte[] buf = new byte[1024];
            RecvFromInto r = b.recvfrom_into(buf);
            print(r.nbytes(), r.address(), Arrays.equals(Arrays.copyOf(buf, r.nbytes()), MSG));
        }
    }

    @Scenario
    static void BufferIOTest_testRecvFromIntoSmallBuffer() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.recvfrom_into(new byte[4], 5);
        }
    }

    @Scenario
    static void BufferIOTest_testRecvFromIntoNegative() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.recvfrom_into(new byte[4], -1);
        }
    }

    @Scenario
    static void BufferIOTest_testRecvFromIntoUdp() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.sendto(builtins.b("abcdef"), b.getsockname());
            byte[] buf = new byte[4];
            RecvFromInto r = b.recvfrom_into(buf, 3);
            print(r.nbytes(), r.address().equals(a.getsockname()), Py.bytearray(buf));
        }
    }

    @Scenario
    static void BufferIOTest_testRecvFromIntoEmpty() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.close();
            print(b.recvfrom_into(new byte[4]));
        }
    }

    @Scenario
    static void SendfileUsingSendTest_testRegularFile() throws Exception {
        byte[] data = new byte[256000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        Path f = Files.createTempFile("sendfile", ".bin");
        try {
            Files.write(f, data);
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]; FileChannel file = FileChannel.open(f)) {
                a.settimeout(5.0);
                long[] sent = {-1};
                Thread t = new Thread(() -> {
                    try {
                        sent[0] = a.sendfile(file, 0, null);
                    } catch (OSError e) {
                        sent[0] = -2;
                    }
                });
                t.start();
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                while (got.size() < data.length) {
                    got.write(b.recv(65536));
                }
                t.join();
                print(sent[0]);
                print(got.size(), Arrays.equals(got.toByteArray(), data), file.position());
            }
        } finally {
            Files.delete(f);
        }
    }

    @Scenario
    static void SendfileUsingSendTest_testOffset() throws Exception {
        Path f = Files.createTempFile("sendfile", ".bin");
        try {
            Files.write(f, builtins.b("0123456789abcdef"));
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]; FileChannel file = FileChannel.open(f)) {
                print(a.sendfile(file, 5, 6L));
                print(b.recv(100), file.position());
            }
        } finally {
            Files.delete(f);
        }
    }

    @Scenario
    static void SendfileUsingSendTest_testEmptyFileSend() throws Exception {
        Path f = Files.createTempFile("sendfile", ".bin");
        try {
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]) {
                print(a.sendfile(f));
            }
        } finally {
            Files.delete(f);
        }
    }

    @Scenario
    static void SendfileUsingSendTest_testNonBlocking() throws Exception {
        Path f = Files.createTempFile("sendfile", ".bin");
        try {
            Files.write(f, builtins.b("x"));
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]) {
                a.setblocking(false);
                a.sendfile(f);
            }
        } finally {
            Files.delete(f);
        }
    }

    @Scenario
    static void SendfileUsingSendTest_testCount() throws Exception {
        Path f = Files.createTempFile("sendfile", ".bin");
        try {
            Files.write(f, builtins.b("x"));
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]) {
                a.sendfile(f, 0, 0L);
            }
        } finally {
            Files.delete(f);
        }
    }

    @Scenario
    static void SendfileUsingSendTest_testDatagram() throws Exception {
        Path f = Files.createTempFile("sendfile", ".bin");
        try {
            Files.write(f, builtins.b("x"));
            SocketObject[] p = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM, 0);
            try (SocketObject a = p[0]; SocketObject b = p[1]) {
                a.sendfile(f);
            }
        } finally {
            Files.delete(f);
        }
    }

    @Scenario
    static void GeneralModuleTests_testInterfaceNameIndex() throws Exception {
        List<socket.NameIndex> interfaces = socket.if_nameindex();
        for (socket.NameIndex i : interfaces) {
            print(true, true, i.index() > 0, i.name().length() > 0);
            print(socket.if_nametoindex(i.name()) == i.index(), socket.if_indextoname(i.index()).equals(i.name()));
            break;
        }
        print(interfaces.contains(new socket.NameIndex(1, "lo")));
        print(socket.if_nametoindex("lo"), socket.if_indextoname(1));
    }

    @Scenario
    static void GeneralModuleTests_testInvalidInterfaceIndexToName() {
        for (long i : new long[] {0, (1L << 32) - 1, -1}) {
            try {
                socket.if_indextoname(i);
            } catch (OSError | IllegalArgumentException e) {
                caught(e);
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_testInvalidInterfaceNameToIndex() {
        for (String name : new String[] {"_DEADBEEF", "lo\0x"}) {
            try {
                socket.if_nametoindex(name);
            } catch (OSError | IllegalArgumentException e) {
                caught(e);
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_testHostnameRes() throws Exception {
        print(socket.gethostbyname_ex("localhost"));
        print(socket.gethostbyname_ex("127.0.0.1"));
        print(socket.gethostbyaddr("127.0.0.1"));
    }

    interface Lookup {
        Object call(String arg) throws OSError;
    }

    @Scenario
    static void GeneralModuleTests_testHostnameResErrors() {
        Lookup ex = socket::gethostbyname_ex;
        Lookup addr = socket::gethostbyaddr;
        Object[][] calls = {{ex, ""}, {addr, ""}, {addr, "::1"}, {ex, null}, {addr, "a\0b"}, {ex, "nosuch.invalid"}};
        for (Object[] c : calls) {
            try {
                print(((Lookup) c[0]).call((String) c[1]));
            } catch (OSError | IllegalArgumentException e) {
                caught(e);
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getfqdn_filter_localhost() {
        print(socket.getfqdn("localhost"), socket.getfqdn("127.0.0.1"));
    }

    @Scenario
    static void GeneralModuleTests_test_socket_close() throws Exception {
        SocketObject sock = socket.socket();
        try {
            sock.bind("127.0.0.1", 0);
            int fd = sock.detach();
            socket.close(fd);
            socket.close(fd);
        } finally {
            sock.close();
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socket_dup() throws Exception {
        try (SocketObject sock = socket.socket()) {
            sock.bind("127.0.0.1", 0);
            int fd = socket.dup(sock.fileno());
            print(fd != sock.fileno());
            try (SocketObject s2 = socket.socket(-1, -1, -1, fd)) {
                print(s2.getsockname().equals(sock.getsockname()), s2.get_inheritable());
            }
            socket.dup(-1);
        }
    }

    @Scenario
    static void GeneralModuleTests_test_has_dualstack_ipv6() {
        print(socket.has_ipv6, socket.has_dualstack_ipv6());
    }

    @Scenario
    static void NetworkConnectionNoServer_test_create_connection_all_errors() throws Exception {
        int port;
        try (SocketObject s = socket.socket()) {
            s.bind("127.0.0.1", 0);
            port = s.getsockname().port();
        }
        try {
            socket.create_connection(Address.of("127.0.0.1", port), null, null, true);
        } catch (ExceptionGroup e) {
            caught(e);
            for (Exception x : e.exceptions()) {
                caught(x);
            }
        }
        try {
            socket.create_connection(Address.of("127.0.0.1", port), null, null, false);
        } catch (OSError e) {
            caught(e);
        }
    }

    @Scenario
    static void GeneralModuleTests_testTimeoutAttribute() throws Exception {
        try (SocketObject s = socket.socket()) {
            print(s.timeout(), s.gettimeout());
            s.settimeout(2.5);
            print(s.timeout());
            s.setblocking(false);
            print(s.timeout());
        }
    }

    @Scenario
    static void GeneralModuleTests_testSetsockoptNone() throws Exception {
        try (SocketObject s = socket.socket()) {
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, null, 0);
        }
    }
}
