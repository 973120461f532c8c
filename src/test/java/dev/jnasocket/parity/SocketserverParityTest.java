package dev.jnasocket.parity;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.TimeoutError;
import dev.jnasocket.Tuple;
import dev.jnasocket.bytes;
import dev.jnasocket.socket;
import dev.jnasocket.socketserver;
import dev.jnasocket.threading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** CPython's test_socketserver and the attributes and order of calls of its socketserver.py. */
class SocketserverParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socketserver.py";
    }

    static final String HOST = "127.0.0.1";

    static Thread start(socketserver.BaseServer server) {
        Thread t = new Thread(() -> {
            try {
                server.serve_forever(0.01);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void stop(socketserver.BaseServer server, Thread t) throws Exception {
        server.shutdown();
        server.server_close();
        t.join();
    }

    static byte[] streamClient(int family, Address addr, byte[] data) throws OSError {
        try (var c = socket.socket(family, socket.SOCK_STREAM)) {
            c.connect(addr);
            c.sendall(data);
            c.shutdown(socket.SHUT_WR);
            byte[] buf = b("");
            while (true) {
                byte[] chunk = c.recv(1024);
                if (!bytes.bool(chunk)) {
                    return buf;
                }
                buf = bytes.add(buf, chunk);
            }
        }
    }

    static byte[] dgramClient(int family, Address addr, byte[] data, String bind) throws Exception {
        byte[] reply;
        try (var c = socket.socket(family, socket.SOCK_DGRAM)) {
            if (bind != null) {
                c.bind(Address.unix(bind));
            }
            c.settimeout(5.0);
            c.sendto(data, addr);
            reply = c.recv(1024);
        }
        if (bind != null) {
            Files.delete(Path.of(bind));
        }
        return reply;
    }

    static String unixPath(String name) {
        return Path.of(System.getProperty("java.io.tmpdir"), "jnasocket-ss-java-" + ProcessHandle.current().pid() + "-" + name).toString();
    }

    static class EchoStream extends socketserver.StreamRequestHandler {
        @Override
        public void handle() throws Exception {
            byte[] line = rfile.readline();
            while (bytes.bool(line)) {
                wfile.write(bytes.upper(line));
                line = rfile.readline();
            }
        }
    }

    static class EchoDatagram extends socketserver.DatagramRequestHandler {
        @Override
        public void handle() {
            for (byte[] line : List.of(rfile.readline(), rfile.readline())) {
                wfile.write(bytes.upper(line));
            }
        }
    }

    interface Maker {
        socketserver.BaseServer make() throws Exception;
    }

    static void streamServer(Maker make, int family) throws Exception {
        var server = make.make();
        Thread t = start(server);
        for (String msg : new String[] {"hello\n", "two\nlines\n", "no newline"}) {
            print(repr(streamClient(family, server.server_address, b(msg))));
        }
        stop(server, t);
    }

    static void dgramServer(Maker make, int family, String bind) throws Exception {
        var server = make.make();
        Thread t = start(server);
        for (String msg : new String[] {"hello\n", "two\nlines\n", "x"}) {
            print(repr(dgramClient(family, server.server_address, b(msg), bind)));
        }
        stop(server, t);
    }

    static final Address ANY = Address.of(HOST, 0);

    @Scenario
    static void SocketServerTest_test_TCPServer() throws Exception {
        streamServer(() -> new socketserver.TCPServer(ANY, EchoStream.class), socket.AF_INET);
    }

    @Scenario
    static void SocketServerTest_test_ThreadingTCPServer() throws Exception {
        streamServer(() -> new socketserver.ThreadingTCPServer(ANY, EchoStream.class), socket.AF_INET);
    }

    @Scenario
    static void SocketServerTest_test_UDPServer() throws Exception {
        dgramServer(() -> new socketserver.UDPServer(ANY, EchoDatagram.class), socket.AF_INET, null);
    }

    @Scenario
    static void SocketServerTest_test_ThreadingUDPServer() throws Exception {
        dgramServer(() -> new socketserver.ThreadingUDPServer(ANY, EchoDatagram.class), socket.AF_INET, null);
    }

    @Scenario
    static void SocketServerTest_test_UnixStreamServer() throws Exception {
        String path = unixPath("us");
        try {
            streamServer(() -> new socketserver.UnixStreamServer(Address.unix(path), EchoStream.class), socket.AF_UNIX);
        } finally {
            Files.delete(Path.of(path));
        }
    }

    @Scenario
    static void SocketServerTest_test_ThreadingUnixStreamServer() throws Exception {
        String path = unixPath("tus");
        try {
            streamServer(() -> new socketserver.ThreadingUnixStreamServer(Address.unix(path), EchoStream.class), socket.AF_UNIX);
        } finally {
            Files.delete(Path.of(path));
        }
    }

    @Scenario
    static void SocketServerTest_test_UnixDatagramServer() throws Exception {
        String path = unixPath("ud");
        try {
            dgramServer(() -> new socketserver.UnixDatagramServer(Address.unix(path), EchoDatagram.class), socket.AF_UNIX, unixPath("udc"));
        } finally {
            Files.delete(Path.of(path));
        }
    }

    @Scenario
    static void SocketServerTest_test_ThreadingUnixDatagramServer() throws Exception {
        String path = unixPath("tud");
        try {
            dgramServer(() -> new socketserver.ThreadingUnixDatagramServer(Address.unix(path), EchoDatagram.class), socket.AF_UNIX,
                    unixPath("tudc"));
        } finally {
            Files.delete(Path.of(path));
        }
    }

    @Scenario
    static void SocketServerTest_test_context_manager() throws Exception {
        var server = new socketserver.TCPServer(ANY, EchoStream.class);
        try (server) {
            print(server.fileno() == server.socket().fileno(), server.fileno() >= 0);
        }
        print(server.socket().fileno());
    }

    @Scenario
    static void SocketServerTest_test_close_immediately() throws Exception {
        var server = new socketserver.ThreadingTCPServer(ANY, EchoStream.class);
        server.server_close();
        server.server_close();
        print(server.socket().fileno());
    }

    @Scenario
    static void SocketServerTest_test_shutdown() throws Exception {
        List<socketserver.TCPServer> servers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var s = new socketserver.TCPServer(ANY, EchoStream.class);
            servers.add(s);
            threads.add(start(s));
        }
        for (int i = 0; i < 5; i++) {
            stop(servers.get(i), threads.get(i));
            print("stopped", threads.get(i).isAlive());
        }
    }

    @Scenario
    static void SocketServerTest_test_tcpserver_bind_leak() throws Exception {
        try (var holder = socket.socket()) {
            holder.bind(HOST, 0);
            holder.listen();
            for (int i = 0; i < 3; i++) {
                try {
                    new socketserver.TCPServer(holder.getsockname(), EchoStream.class);
                } catch (OSError e) {
                    print(e.getClass().getSimpleName(), e.errno() == 98, str(e));
                }
            }
        }
    }

    @Scenario
    static void SocketServerTest_test_server_address() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, EchoStream.class)) {
            print(server.server_address.host(), server.server_address.port() > 0);
        }
        try (var server = new socketserver.UDPServer(ANY, EchoDatagram.class)) {
            print(server.server_address.host(), server.server_address.port() > 0);
        }
        try (var server = new socketserver.TCPServer(ANY, EchoStream.class, false)) {
            print(server.server_address);
        }
    }

    @Scenario
    static void SocketServerTest_test_class_attributes() throws Exception {
        try (var s = new socketserver.TCPServer(ANY, EchoStream.class)) {
            print(s.request_queue_size, s.allow_reuse_address, s.allow_reuse_port, s.timeout, s.address_family, s.socket_type);
        }
        try (var s = new socketserver.UDPServer(ANY, EchoDatagram.class)) {
            print(s.max_packet_size, s.allow_reuse_address, s.socket_type);
        }
        try (var s = new socketserver.ThreadingTCPServer(ANY, EchoStream.class)) {
            print(s.daemon_threads, s.block_on_close);
        }
        var h = new EchoStream();
        print(h.rbufsize, h.wbufsize, h.timeout, h.disable_nagle_algorithm);
    }

    @Scenario
    static void SocketServerTest_test_allow_reuse_address() throws Exception {
        var s = new socketserver.TCPServer(ANY, EchoStream.class, false);
        print(s.socket().getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR));
        s.allow_reuse_address = true;
        s.server_bind();
        s.server_activate();
        print(s.socket().getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0);
        s.server_close();
    }

    @Scenario
    static void SocketServerTest_test_handle_request() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, EchoStream.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                c.sendall(b("one request\n"));
                c.shutdown(socket.SHUT_WR);
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    static class TimeoutServer extends socketserver.TCPServer {
        TimeoutServer(Address a, Class<EchoStream> h) throws OSError {
            super(a, h);
        }

        @Override
        public void handle_timeout() {
            print("handle_timeout");
        }
    }

    @Scenario
    static void SocketServerTest_test_handle_request_timeout() throws Exception {
        try (var server = new TimeoutServer(ANY, EchoStream.class)) {
            server.timeout = 0.05;
            server.handle_request();
            print((Object) null); // handle_request returns None
            server.timeout = null;
            server.socket().settimeout(0.05);
            server.handle_request();
            print((Object) null);
            server.timeout = 10.0;
            server.handle_request();
            print((Object) null);
        }
    }

    static class Calls extends socketserver.TCPServer {
        Calls(Address a, Class<CallsHandler> h) throws OSError {
            super(a, h);
        }

        @Override
        public boolean verify_request(Object request, Address client_address) {
            print("verify_request", client_address.host());
            return super.verify_request(request, client_address);
        }

        @Override
        public void process_request(Object request, Address client_address) throws Exception {
            print("process_request");
            super.process_request(request, client_address);
        }

        @Override
        public void finish_request(Object request, Address client_address) throws Exception {
            print("finish_request");
            super.finish_request(request, client_address);
        }

        @Override
        public void shutdown_request(Object request) throws OSError {
            print("shutdown_request");
            super.shutdown_request(request);
        }

        @Override
        public void close_request(Object request) throws OSError {
            print("close_request");
            super.close_request(request);
        }

        @Override
        public void server_close() throws OSError {
            print("server_close");
            super.server_close();
        }
    }

    static class CallsHandler extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void setup() throws Exception {
            print("setup", client_address.equals(request.getpeername()), server != null);
        }

        @Override
        public void handle() throws Exception {
            print("handle", repr(request.recv(100)));
            request.sendall(b("ok"));
        }

        @Override
        public void finish() {
            print("finish");
        }
    }

    @Scenario
    static void MiscTestCase_test_order_of_calls() throws Exception {
        try (var server = new Calls(ANY, CallsHandler.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                c.sendall(b("ping"));
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    static class Refuse extends socketserver.TCPServer {
        Refuse(Address a, Class<CallsHandler> h) throws OSError {
            super(a, h);
        }

        @Override
        public boolean verify_request(Object request, Address client_address) {
            return false;
        }

        @Override
        public void shutdown_request(Object request) throws OSError {
            print("shutdown_request called");
            super.shutdown_request(request);
        }
    }

    @Scenario
    static void MiscTestCase_test_shutdown_request_called_if_verify_request_false() throws Exception {
        try (var server = new Refuse(ANY, CallsHandler.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    static class Failing extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() throws Exception {
            if (bytes.eq(request.recv(100), b("fail"))) {
                throw new IllegalArgumentException("handler failed");
            }
            request.sendall(b("fine"));
        }

        @Override
        public void finish() {
            print("finish runs");
        }
    }

    static class ErrorServer extends socketserver.TCPServer {
        ErrorServer(Address a, Class<Failing> h) throws OSError {
            super(a, h);
        }

        @Override
        public void handle_error(Object request, Address client_address) {
            print("handle_error", client_address.host());
        }
    }

    static class ThreadingErrorServer extends socketserver.ThreadingTCPServer {
        ThreadingErrorServer(Address a, Class<Failing> h) throws OSError {
            super(a, h);
        }

        @Override
        public void handle_error(Object request, Address client_address) {
            print("handle_error", client_address.host());
        }
    }

    static void errors(socketserver.TCPServer made) throws Exception {
        try (var server = made) {
            Thread t = start(server);
            for (String msg : new String[] {"fail", "ok", "fail", "ok"}) {
                print(repr(streamClient(socket.AF_INET, server.server_address, b(msg))));
            }
            server.shutdown();
            t.join();
        }
    }

    @Scenario
    static void ErrorHandlerTest_test_sync_handled() throws Exception {
        errors(new ErrorServer(ANY, Failing.class));
    }

    @Scenario
    static void ErrorHandlerTest_test_threading_handled() throws Exception {
        errors(new ThreadingErrorServer(ANY, Failing.class));
    }

    static class TimeoutHandler extends socketserver.StreamRequestHandler {
        {
            timeout = 0.05;
        }

        @Override
        public void handle() throws Exception {
            print("handler timeout", connection.gettimeout());
            try {
                rfile.readline();
            } catch (TimeoutError e) {
                print("timed out:", e);
            }
        }
    }

    @Scenario
    static void StreamRequestHandlerTest_test_timeout() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, TimeoutHandler.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    static class NagleHandler extends socketserver.StreamRequestHandler {
        {
            disable_nagle_algorithm = true;
        }

        @Override
        public void handle() throws Exception {
            print("TCP_NODELAY", connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0);
        }
    }

    @Scenario
    static void StreamRequestHandlerTest_test_disable_nagle_algorithm() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, NagleHandler.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                server.handle_request();
            }
        }
    }

    static class BufferedHandler extends socketserver.StreamRequestHandler {
        {
            wbufsize = -1;
        }

        @Override
        public void handle() throws Exception {
            wfile.write(b("buffered "));
            wfile.write(rfile.readline());
        }
    }

    @Scenario
    static void StreamRequestHandlerTest_test_wbufsize() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, BufferedHandler.class)) {
            Thread t = start(server);
            print(repr(streamClient(socket.AF_INET, server.server_address, b("line\nrest"))));
            server.shutdown();
            t.join();
        }
    }

    static class UdpBase extends socketserver.BaseRequestHandler<socketserver.DatagramRequest> {
        @Override
        public void handle() throws Exception {
            byte[] data = request.data();
            SocketObject sock = request.socket();
            print("request", repr(data), sock == server.socket());
            sock.sendto(bytes.upper(data), client_address);
        }
    }

    @Scenario
    static void UDPServerTest_test_max_packet_size() throws Exception {
        try (var server = new socketserver.UDPServer(ANY, UdpBase.class)) {
            server.max_packet_size = 4;
            try (var c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
                c.sendto(b("0123456789"), server.server_address);
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    @Scenario
    static void UDPServerTest_test_request_tuple() throws Exception {
        try (var server = new socketserver.UDPServer(ANY, UdpBase.class)) {
            try (var c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
                c.sendto(b("datagram"), server.server_address);
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    static class DaemonProbe extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() throws Exception {
            Thread t = threading.current_thread();
            String[] name = t.getName().split(" ");
            request.sendall(bytes.add(bytes.encode(repr(t.isDaemon())), b(" "), bytes.encode(name[name.length - 1])));
        }
    }

    @Scenario
    static void ThreadingTest_test_daemon_threads() throws Exception {
        for (boolean daemon : new boolean[] {false, true}) {
            try (var server = new socketserver.ThreadingTCPServer(ANY, DaemonProbe.class)) {
                server.daemon_threads = daemon;
                Thread t = start(server);
                print(repr(streamClient(socket.AF_INET, server.server_address, b(""))));
                server.shutdown();
                t.join();
            }
        }
    }

    static final List<Integer> SLOW_DONE = new ArrayList<>();

    static class Slow extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() throws Exception {
            Thread.sleep(200);
            synchronized (SLOW_DONE) {
                SLOW_DONE.add(1);
            }
        }
    }

    @Scenario
    static void ThreadingTest_test_block_on_close() throws Exception {
        var server = new socketserver.ThreadingTCPServer(ANY, Slow.class);
        try (var c = socket.create_connection(server.server_address)) {
            server.handle_request();
            server.server_close();
            synchronized (SLOW_DONE) {
                print("handled before server_close returned:", SLOW_DONE.size());
            }
        }
    }

    static class NoRequest extends socketserver.TCPServer {
        NoRequest(Address a, Class<CallsHandler> h) throws OSError {
            super(a, h);
        }

        @Override
        public Tuple get_request() throws OSError {
            throw new OSError("no request");
        }
    }

    @Scenario
    static void MiscTestCase_test_get_request_error_ignored() throws Exception {
        try (var server = new NoRequest(ANY, CallsHandler.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                server.handle_request();
                print((Object) null); // handle_request returns None
            }
        }
    }

    static int actions = 0;

    static class Actions extends socketserver.TCPServer {
        Actions(Address a, Class<EchoStream> h) throws OSError {
            super(a, h);
        }

        @Override
        public void service_actions() {
            actions += 1;
            if (actions == 3) {
                threading.Thread(this::shutdown).start();
            }
        }
    }

    @Scenario
    static void MiscTestCase_test_service_actions() throws Exception {
        try (var server = new Actions(ANY, EchoStream.class)) {
            server.serve_forever(0.01);
            print("service_actions ran", actions >= 3);
        }
    }

    static boolean has(String name) {
        try {
            Class.forName(socketserver.class.getName() + "$" + name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Scenario
    static void MiscTestCase_test_forking_not_in_jvm_named() {
        print(has("ForkingMixIn"), has("ForkingTCPServer"), has("ForkingUDPServer"));
    }

    static class AbstractRef extends socketserver.BaseRequestHandler<SocketObject> {}

    @Scenario
    static void MiscTestCase_test_base_handler_does_nothing() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, AbstractRef.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                c.sendall(b("ignored"));
                server.handle_request();
                print(repr(c.recv(100)));
            }
        }
    }

    static class V6Server extends socketserver.TCPServer {
        V6Server(Address a, Class<EchoStream> h) throws OSError {
            super(socket.AF_INET6, socket.SOCK_STREAM, a, EchoStream::new, true, false); // Python's address_family = AF_INET6
        }
    }

    @Scenario
    static void SocketServerTest_test_ipv6_server() throws Exception {
        try (var server = new V6Server(Address.of("::1", 0), EchoStream.class)) {
            Thread t = start(server);
            print(server.server_address.host(), 4);
            print(repr(streamClient(socket.AF_INET6, Address.of(server.server_address.host(), server.server_address.port()), b("over ipv6\n"))));
            server.shutdown();
            t.join();
        }
    }

    static class PeerProbe extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() throws Exception {
            print("client_address", repr(client_address));
            request.sendall(b("seen"));
        }
    }

    @Scenario
    static void SocketServerTest_test_unix_client_address() throws Exception {
        String path = unixPath("peer");
        try {
            try (var server = new socketserver.UnixStreamServer(Address.unix(path), PeerProbe.class)) {
                try (var c = socket.socket(socket.AF_UNIX)) {
                    c.connect(Address.unix(path));
                    server.handle_request();
                    print(repr(c.recv(100)));
                }
            }
        } finally {
            Files.delete(Path.of(path));
        }
    }

    static class ReadAll extends socketserver.StreamRequestHandler {
        @Override
        public void handle() throws Exception {
            byte[] first = rfile.read(3);
            List<byte[]> rest = rfile.readlines();
            wfile.write(bytes.encode(repr(Tuple.of(first, rest))));
        }
    }

    @Scenario
    static void StreamRequestHandlerTest_test_rfile_read_readlines() throws Exception {
        try (var server = new socketserver.TCPServer(ANY, ReadAll.class)) {
            Thread t = start(server);
            print(bytes.decode(streamClient(socket.AF_INET, server.server_address, b("abcdef\nghi\n\nlast"))));
            server.shutdown();
            t.join();
        }
    }

    static final List<String> NAMES = new ArrayList<>();

    static class Names extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() {
            synchronized (NAMES) {
                NAMES.add(threading.current_thread().getName());
            }
        }
    }

    @Scenario
    static void ThreadingTest_test_thread_per_request() throws Exception {
        try (var server = new socketserver.ThreadingTCPServer(ANY, Names.class)) {
            Thread t = start(server);
            for (int i = 0; i < 3; i++) {
                streamClient(socket.AF_INET, server.server_address, b(""));
            }
            server.shutdown();
            t.join();
        }
        synchronized (NAMES) {
            print(NAMES.size(), new HashSet<>(NAMES).size(), NAMES.stream().allMatch(n -> n.endsWith(" (process_request_thread)")));
        }
    }
}
