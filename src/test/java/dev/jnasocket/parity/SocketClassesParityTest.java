package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.Accepted;
import dev.jnasocket.Address;
import dev.jnasocket.KeyError;
import dev.jnasocket.OSError;
import dev.jnasocket.Received;
import dev.jnasocket.RecvFromInto;
import dev.jnasocket.SocketObject;
import dev.jnasocket.Tuple;
import dev.jnasocket.builtins;
import dev.jnasocket.errno;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.select;
import dev.jnasocket.selectors;
import dev.jnasocket.selectors.BaseSelector;
import dev.jnasocket.selectors.Ready;
import dev.jnasocket.socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classes of CPython's test_socket other than GeneralModuleTests, SelectTestCase of test_select,
 * and BaseSelectorTestCase / ScalableSelectorMixIn methods of test_selectors not ported elsewhere.
 */
class SocketClassesParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_classes.py";
    }

    static final byte[] MSG = SocketFidelityApiParityTest.MSG;
    static final String PID = Long.toString(ProcessHandle.current().pid());

    interface Call {
        Object call() throws Exception;
    }

    /** The Python twin's _try. */
    static void attempt(String label, Call f) {
        try {
            print(label, "ok", f.call());
        } catch (Exception e) {
            print(label, SelectorsClosedParityTest.kind(e), SelectorsClosedParityTest.masked(e.getMessage()));
        }
    }

    static SocketObject[] tcpPair() throws OSError {
        return SocketFidelityTcpParityTest.pair();
    }

    static int freePort() throws OSError {
        try (SocketObject s = socket.socket()) {
            s.bind("127.0.0.1", 0);
            return s.getsockname().port();
        }
    }

    static boolean cloexec(int fd) {
        return (LibC.fcntl(fd, LibC.F_GETFD) & LibC.FD_CLOEXEC) != 0;
    }

    static boolean nonblockFlag(SocketObject s) {
        return (LibC.fcntl(s.fileno(), LibC.F_GETFL) & LibC.O_NONBLOCK) != 0;
    }

    static SocketObject listener() throws OSError {
        SocketObject srv = socket.socket();
        srv.bind("127.0.0.1", 0);
        srv.listen();
        return srv;
    }

    // ------------------------------------------------------------ test_select

    @Scenario
    static void SelectTestCase_test_returned_list_identity() throws Exception {
        select.Selected s = select.select(List.of(), List.of(), List.of(), 0.01);
        print(s.r() != s.w(), s.r() != s.x(), s.w() != s.x(), s.r(), s.w(), s.x());
        s.r().add(1);
        print(s.r(), s.w(), s.x());
    }

    @Scenario
    static void SelectTestCase_test_errno() throws Exception {
        int fd = 900;
        try (SocketObject s = socket.socket()) {
            LibC.dup2(s.fileno(), fd);
        }
        LibC.close(fd);
        try {
            select.select(List.of(fd), List.of(), List.of(), 0.0);
        } catch (OSError err) {
            print(err.getClass().getSimpleName(), err.errno() == errno.EBADF, err.getMessage());
        }
        select.Poll p = select.poll();
        p.register(fd, select.POLLIN);
        print(p.poll(0).equals(List.of(new select.Event(fd, select.POLLNVAL))));
    }

    @Scenario
    static void SelectTestCase_test_error_conditions_fileobj() throws Exception {
        SocketObject[] ab = socket.socketpair();
        SocketObject a = ab[0];
        SocketObject b = ab[1];
        b.close();
        attempt("closed socket", () -> select.select(List.of(b), List.of(), List.of(), 0.0));
        attempt("negative fd", () -> select.select(List.of(), List.of(-5), List.of(), 0.0));
        attempt("fd and socket", () -> select.select(List.of(a, a.fileno()), List.of(a), List.of(), 0.0).r().size());
        a.close();
    }

    // ------------------------------------------------------------ test_selectors

    interface Maker {
        BaseSelector make() throws OSError;
    }

    static void unregisterAfterFdCloseAndReuse(Maker m) throws Exception {
        BaseSelector s = m.make();
        SocketObject[] p = socket.socketpair();
        int r = p[0].fileno();
        int w = p[1].fileno();
        s.register(r, selectors.EVENT_READ);
        s.register(w, selectors.EVENT_WRITE);
        SocketObject[] p2 = socket.socketpair();
        // the fd numbers go on to name other sockets (os.dup2): detached, and replaced by dup2 in one
        // step, never closed first, so no other thread of this JVM can take a number in between
        p[0].detach();
        p[1].detach();
        LibC.dup2(p2[0].fileno(), r);
        LibC.dup2(p2[1].fileno(), w);
        try {
            print(s.unregister(r).fd == r, s.unregister(w).fd == w, s.get_map().size());
            s.register(r, selectors.EVENT_READ, "again");
            p2[1].send(builtins.b("x"));
            List<Object> shown = new ArrayList<>();
            for (Ready ready : s.select(1.0)) {
                shown.add(Tuple.of(ready.key().data, ready.mask()));
            }
            print(shown);
        } finally {
            s.close();
            LibC.close(r);
            LibC.close(w);
            p2[0].close();
            p2[1].close();
        }
    }

    @Scenario
    static void SelectSelectorTestCase_test_unregister_after_fd_close_and_reuse() throws Exception {
        unregisterAfterFdCloseAndReuse(selectors.SelectSelector::new);
    }

    @Scenario
    static void PollSelectorTestCase_test_unregister_after_fd_close_and_reuse() throws Exception {
        unregisterAfterFdCloseAndReuse(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_unregister_after_fd_close_and_reuse() throws Exception {
        unregisterAfterFdCloseAndReuse(selectors.EpollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_register_file() throws Exception {
        selectors.EpollSelector s = new selectors.EpollSelector();
        Path file = Files.createTempFile("selscen", ".tmp");
        int fd = LibC.open(file.toString(), LibC.O_RDONLY);
        try {
            try {
                s.register(fd, selectors.EVENT_READ);
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.errno() == errno.EPERM, e.getMessage());
            }
            try {
                s.get_key(fd);
            } catch (KeyError e) {
                print("get_key", e.getClass().getSimpleName(), e.getMessage().equals(fd + " is not registered"));
            }
            print(s.get_map().size());
        } finally {
            LibC.close(fd);
            Files.delete(file);
            s.close();
        }
    }

    static void aboveFdSetsize(Maker m) throws Exception {
        BaseSelector s = m.make();
        List<SocketObject[]> pairs = new ArrayList<>();
        try {
            for (int i = 0; i < 520; i++) {
                SocketObject[] p = socket.socketpair();
                pairs.add(p);
                s.register(p[0], selectors.EVENT_READ);
                s.register(p[1], selectors.EVENT_WRITE);
            }
            int max = 0;
            for (SocketObject[] p : pairs) {
                max = Math.max(max, p[1].fileno());
            }
            print(max >= 1024);
            List<Ready> fds = s.select(0.0);
            boolean allWrite = true;
            for (Ready r : fds) {
                allWrite &= r.mask() == selectors.EVENT_WRITE;
            }
            print(fds.size(), allWrite);
            SocketObject[] last = pairs.get(pairs.size() - 1);
            last[1].send(builtins.b("x"));
            List<Integer> masks = new ArrayList<>();
            for (Ready r : s.select(0.0)) {
                if (r.key().fileobj == last[0]) {
                    masks.add(r.mask());
                }
            }
            print(masks);
        } catch (Exception e) {
            print(SelectorsClosedParityTest.kind(e), e.getMessage());
        } finally {
            s.close();
            for (SocketObject[] p : pairs) {
                p[0].close();
                p[1].close();
            }
        }
    }

    @Scenario
    static void PollSelectorTestCase_test_above_fd_setsize() throws Exception {
        aboveFdSetsize(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_above_fd_setsize() throws Exception {
        aboveFdSetsize(selectors.EpollSelector::new);
    }

    @Scenario
    static void SelectSelectorTestCase_test_above_fd_setsize() throws Exception {
        aboveFdSetsize(selectors.SelectSelector::new);
    }

    @Scenario
    static void DefaultSelectorTestCase_test_fileno() throws Exception {
        BaseSelector s = selectors.DefaultSelector();
        int fd = ((selectors.EpollSelector) s).fileno();
        print(true, fd >= 0, cloexec(fd));
        s.close();
    }

    // ------------------------------------------------------------ test_socket

    @Scenario
    static void BasicSocketPairTest_testDefaults() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            for (SocketObject s : p) {
                print(s.family == socket.AF_UNIX, s.type == socket.SOCK_STREAM, s.proto, s.family, s.type);
                print(s.gettimeout(), s.getblocking(), s.get_inheritable());
            }
        }
    }

    @Scenario
    static void BasicSocketPairTest_testRecv() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.send(MSG);
            print(Arrays.equals(a.recv(1024), MSG));
        }
    }

    @Scenario
    static void BasicSocketPairTest_testSend() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            a.send(MSG);
            a.shutdown(socket.SHUT_WR);
            print(Arrays.equals(b.recv(1024), MSG), b.recv(1024));
        }
    }

    @Scenario
    static void InheritanceTest_test_default_inheritable() throws Exception {
        try (SocketObject s = socket.socket()) {
            print(s.get_inheritable(), cloexec(s.fileno()));
        }
    }

    @Scenario
    static void InheritanceTest_test_dup() throws Exception {
        try (SocketObject s = socket.socket()) {
            s.set_inheritable(true);
            try (SocketObject d = s.dup()) {
                print(s.get_inheritable(), d.get_inheritable(), cloexec(d.fileno()));
            }
            int fd = socket.dup(s.fileno());
            print(cloexec(fd));
            socket.close(fd);
        }
    }

    @Scenario
    static void InheritanceTest_test_set_inheritable() throws Exception {
        try (SocketObject s = socket.socket()) {
            s.set_inheritable(true);
            print(s.get_inheritable(), cloexec(s.fileno()));
            s.set_inheritable(false);
            print(s.get_inheritable(), cloexec(s.fileno()));
        }
    }

    @Scenario
    static void InheritanceTest_test_get_inheritable_cloexec() throws Exception {
        try (SocketObject s = socket.socket()) {
            int fd = s.fileno();
            print(s.get_inheritable());
            int flags = LibC.fcntl(fd, LibC.F_GETFD);
            LibC.fcntl(fd, LibC.F_SETFD, flags & ~LibC.FD_CLOEXEC);
            print(s.get_inheritable());
        }
    }

    @Scenario
    static void InheritanceTest_test_set_inheritable_cloexec() throws Exception {
        try (SocketObject s = socket.socket()) {
            int fd = s.fileno();
            print((LibC.fcntl(fd, LibC.F_GETFD) & LibC.FD_CLOEXEC) == LibC.FD_CLOEXEC);
            s.set_inheritable(true);
            print(LibC.fcntl(fd, LibC.F_GETFD) & LibC.FD_CLOEXEC);
        }
    }

    @Scenario
    static void InheritanceTest_test_socketpair() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            print(a.get_inheritable(), b.get_inheritable());
        }
    }

    @Scenario
    static void InheritanceTest_test_SOCK_CLOEXEC() throws Exception {
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)) {
            print(s.type == socket.SOCK_STREAM, s.get_inheritable(), s.type);
        }
    }

    static void checkNonblock(SocketObject s) {
        print(s.type == socket.SOCK_STREAM, s.gettimeout(), s.getblocking(), nonblockFlag(s));
    }

    @Scenario
    static void NonblockConstantTest_test_SOCK_NONBLOCK() throws Exception {
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)) {
            checkNonblock(s);
            s.setblocking(true);
            checkNonblock(s);
            s.setblocking(false);
            checkNonblock(s);
            s.settimeout((Double) null);
            checkNonblock(s);
            s.settimeout(2.0);
            checkNonblock(s);
            s.setblocking(true);
            checkNonblock(s);
        }
        Double t = socket.getdefaulttimeout();
        try {
            for (Double d : Arrays.asList(0.0, null, 2.0, null)) {
                socket.setdefaulttimeout(d);
                try (SocketObject s = socket.socket()) {
                    checkNonblock(s);
                }
            }
        } finally {
            socket.setdefaulttimeout(t);
        }
    }

    /** A per-process abstract name, as the twin's _abstract. */
    static byte[] abstractName(String name) {
        return SocketFidelityApiParityTest.cat(SocketFidelityApiParityTest.cat(new byte[] {0}, name.getBytes(StandardCharsets.ISO_8859_1)),
                PID.getBytes(StandardCharsets.US_ASCII));
    }

    static String shown(Object addr) {
        return builtins.repr(addr).replace(PID, "PID");
    }

    @Scenario
    static void TestLinuxAbstractNamespace_testLinuxAbstractNamespace() throws Exception {
        byte[] address = abstractName("python-test-hello\u0000\u00ff");
        try (SocketObject s1 = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            s1.bind(Address.unix(address));
            s1.listen();
            try (SocketObject s2 = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
                s2.connect(s1.getsockname());
                try (SocketObject s3 = s1.accept().conn()) {
                    print(s1.getsockname().equals(Address.unix(address)), s2.getpeername().equals(Address.unix(address)));
                    print(shown(s1.getsockname()), shown(s3.getsockname()), shown(s2.getsockname()));
                }
            }
        }
    }

    @Scenario
    static void TestLinuxAbstractNamespace_testMaxName() throws Exception {
        byte[] prefix = abstractName("max");
        byte[] address = Arrays.copyOf(prefix, 108);
        Arrays.fill(address, prefix.length, 108, (byte) 'h');
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            s.bind(Address.unix(address));
            print(address.length, s.getsockname().equals(Address.unix(address)));
        }
    }

    @Scenario
    static void TestLinuxAbstractNamespace_testNameOverflow() throws Exception {
        String address = "\u0000" + "h".repeat(108);
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            attempt("bind", () -> {
                s.bind(Address.unix(address));
                return null;
            });
            attempt("bind bytes", () -> {
                s.bind(Address.unix(address.getBytes(StandardCharsets.UTF_8)));
                return null;
            });
        }
    }

    @Scenario
    static void TestLinuxAbstractNamespace_testStrName() throws Exception {
        String name = "\u0000python\u0000test\u0000" + PID;
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            s.bind(Address.unix(name));
            print(Arrays.equals(s.getsockname().pathBytes(), name.getBytes(StandardCharsets.UTF_8)), shown(s.getsockname()));
        }
    }

    @Scenario
    static void TestUnixDomain_testUnbound() throws Exception {
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            print(builtins.repr(s.getsockname()));
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]) {
                print(builtins.repr(a.getsockname()), builtins.repr(a.getpeername()));
            }
        }
    }

    @Scenario
    static void TestUnixDomain_testStrAddr() throws Exception {
        Path d = Files.createTempDirectory("selscen");
        String path = d.resolve("sock").toString();
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            s.bind(Address.unix(path));
            Address name = s.getsockname();
            print(name.path() != null ? "str" : "bytes", name.path().equals(path), Files.exists(Path.of(path)));
            try (SocketObject s2 = socket.socket(socket.AF_UNIX)) {
                attempt("bind again", () -> {
                    s2.bind(Address.unix(path));
                    return null;
                });
            }
        } finally {
            Files.deleteIfExists(Path.of(path));
            Files.delete(d);
        }
    }

    @Scenario
    static void TestUnixDomain_testBytesAddr() throws Exception {
        Path d = Files.createTempDirectory("selscen");
        String path = d.resolve("sock").toString();
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) {
            s.bind(Address.unix(path.getBytes(StandardCharsets.UTF_8)));
            Address name = s.getsockname();
            print(name.path() != null ? "str" : "bytes", name.path().equals(path));
        } finally {
            Files.deleteIfExists(Path.of(path));
            Files.delete(d);
        }
    }

    @Scenario
    static void BufferIOTest_testRecvIntoBytearray() throws Exception {
        SocketObject[] p = tcpPair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            byte[] buf = new byte[1024];
            int nbytes = conn.recv_into(buf);
            print(nbytes == MSG.length, Arrays.equals(Arrays.copyOf(buf, nbytes), MSG),
                    Arrays.equals(Arrays.copyOfRange(buf, nbytes, 1024), new byte[1024 - nbytes]));
        }
    }

    @Scenario
    static void BufferIOTest_testRecvIntoMemoryview() throws Exception {
        SocketObject[] p = tcpPair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            byte[] buf = new byte[1024];
            int nbytes = conn.recv_into(ByteBuffer.wrap(buf, 10, 1014).slice(), 5);
            int rest = conn.recv_into(ByteBuffer.wrap(buf, 15, 1009).slice());
            print(nbytes, rest == MSG.length - 5, Arrays.equals(Arrays.copyOfRange(buf, 10, 10 + MSG.length), MSG),
                    Arrays.equals(Arrays.copyOf(buf, 10), new byte[10]));
        }
    }

    @Scenario
    static void BufferIOTest_testRecvFromIntoBytearray() throws Exception {
        SocketObject[] p = tcpPair();
        try (SocketObject cli = p[0]; SocketObject conn = p[1]) {
            cli.sendall(MSG);
            byte[] buf = new byte[1024];
            RecvFromInto r = conn.recvfrom_into(buf);
            print(r.nbytes() == MSG.length, Arrays.equals(Arrays.copyOf(buf, r.nbytes()), MSG), r.address());
        }
    }

    @Scenario
    static void NetworkConnectionNoServer_test_connect() throws Exception {
        int port = freePort();
        try (SocketObject cli = socket.socket()) {
            try {
                cli.connect("127.0.0.1", port);
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.errno() == errno.ECONNREFUSED, e.getMessage());
            }
            print(cli.connect_ex("127.0.0.1", port) == errno.ECONNREFUSED);
        }
    }

    @Scenario
    static void NetworkConnectionNoServer_test_create_connection() throws Exception {
        int port = freePort();
        try {
            socket.create_connection("127.0.0.1", port).close();
        } catch (OSError e) {
            print(e.getClass().getSimpleName(), e.errno() == errno.ECONNREFUSED, e.getMessage());
        }
        try {
            socket.create_connection("127.0.0.1", port, 1.0).close();
        } catch (OSError e) {
            print(e.getClass().getSimpleName(), e.errno() == errno.ECONNREFUSED, e.getMessage());
        }
    }

    @Scenario
    static void NetworkConnectionAttributesTest_testFamily() throws Exception {
        try (SocketObject srv = listener(); SocketObject cli = socket.create_connection(srv.getsockname(), 30.0)) {
            print(cli.family, cli.type, cli.proto, cli.family == socket.AF_INET);
        }
    }

    @Scenario
    static void NetworkConnectionAttributesTest_testSourceAddress() throws Exception {
        try (SocketObject srv = listener()) {
            int sourcePort = freePort();
            try (SocketObject cli = socket.create_connection(srv.getsockname(), 30.0, Address.of("127.0.0.1", sourcePort))) {
                print(cli.getsockname().port() == sourcePort, cli.getsockname().host());
                Accepted a = srv.accept();
                try (SocketObject conn = a.conn()) {
                    print(a.addr().port() == sourcePort);
                }
            }
        }
    }

    @Scenario
    static void NetworkConnectionAttributesTest_testTimeoutDefault() throws Exception {
        try (SocketObject srv = listener()) {
            print(socket.getdefaulttimeout());
            socket.setdefaulttimeout(42);
            SocketObject cli;
            try {
                cli = socket.create_connection(srv.getsockname());
            } finally {
                socket.setdefaulttimeout(null);
            }
            try (cli) {
                print(cli.gettimeout(), cli.getblocking());
            }
        }
    }

    @Scenario
    static void NetworkConnectionAttributesTest_testTimeoutNone() throws Exception {
        try (SocketObject srv = listener()) {
            socket.setdefaulttimeout(30);
            SocketObject cli;
            try {
                cli = socket.create_connection(srv.getsockname(), (Double) null);
            } finally {
                socket.setdefaulttimeout(null);
            }
            try (cli) {
                print(cli.gettimeout(), cli.getblocking());
            }
        }
    }

    @Scenario
    static void NetworkConnectionAttributesTest_testTimeoutValueNonamed() throws Exception {
        try (SocketObject srv = listener(); SocketObject cli = socket.create_connection(srv.getsockname(), 30.0)) {
            print(cli.gettimeout(), cli.getblocking());
        }
    }

    @Scenario
    static void ContextManagersTest_testCreateConnectionBase() throws Exception {
        try (SocketObject srv = listener()) {
            SocketObject sock = socket.create_connection(srv.getsockname());
            try (sock) {
                print(sock.fileno() >= 0);
                sock.sendall(builtins.b("foo"));
                try (SocketObject conn = srv.accept().conn()) {
                    print(conn.recv(1024));
                }
            }
            print(sock.fileno(), builtins.repr(sock).contains("[closed]"));
            attempt("sendall", () -> {
                sock.sendall(builtins.b("foo"));
                return null;
            });
        }
    }

    @Scenario
    static void ContextManagersTest_testCreateConnectionClose() throws Exception {
        try (SocketObject srv = listener()) {
            SocketObject sock = socket.create_connection(srv.getsockname());
            try (sock) {
                sock.close();
            }
            print(sock.fileno());
            attempt("sendall", () -> {
                sock.sendall(builtins.b("foo"));
                return null;
            });
            attempt("close again", () -> {
                sock.close();
                return null;
            });
        }
    }

    static SocketObject[] udpPair() throws OSError {
        SocketObject srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        srv.bind("127.0.0.1", 0);
        SocketObject cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        cli.bind("127.0.0.1", 0);
        return new SocketObject[] {srv, cli};
    }

    @Scenario
    static void BasicUDPTest_testRecvFrom() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject srv = p[0]; SocketObject cli = p[1]) {
            cli.sendto(MSG, srv.getsockname());
            Received r = srv.recvfrom(MSG.length);
            print(Arrays.equals(r.data(), MSG), r.addr().equals(cli.getsockname()), "tuple", 2);
        }
    }

    @Scenario
    static void UDPTimeoutTest_testUDPTimeout() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject srv = p[0]; SocketObject cli = p[1]) {
            srv.settimeout(0.2);
            attempt("recv", () -> srv.recv(1024));
            attempt("recvfrom", () -> srv.recvfrom(1024));
        }
    }

    @Scenario
    static void UDPTimeoutTest_testTimeoutZero() throws Exception {
        SocketObject[] p = udpPair();
        try (SocketObject srv = p[0]; SocketObject cli = p[1]) {
            srv.settimeout(0.0);
            try {
                srv.recv(1024);
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.errno() == errno.EAGAIN, e.getMessage());
            }
        }
    }

    @Scenario
    static void NonBlockingTCPTests_testInitNonBlocking() throws Exception {
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)) {
            print(s.getblocking(), s.gettimeout());
            s.bind("127.0.0.1", 0);
            s.listen();
            attempt("accept", s::accept);
        }
    }

    @Scenario
    static void NonBlockingTCPTests_testInheritFlagsTimeout() throws Exception {
        try (SocketObject srv = listener()) {
            srv.settimeout(10.0);
            try (SocketObject cli = socket.create_connection(srv.getsockname()); SocketObject conn = srv.accept().conn()) {
                print(conn.gettimeout(), conn.getblocking(), nonblockFlag(conn));
            }
        }
    }

    @Scenario
    static void NonBlockingTCPTests_testAccept() throws Exception {
        try (SocketObject srv = listener()) {
            srv.setblocking(false);
            try {
                srv.accept();
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.errno() == errno.EAGAIN);
            }
            try (SocketObject cli = socket.create_connection(srv.getsockname())) {
                select.Selected s = select.select(List.of(srv), List.of(), List.of(), 5.0);
                print(s.r().equals(List.of(srv)));
                Accepted a = srv.accept();
                try (SocketObject conn = a.conn()) {
                    print(conn.getblocking(), conn.gettimeout(), a.addr().equals(cli.getsockname()));
                }
            }
        }
    }
}
