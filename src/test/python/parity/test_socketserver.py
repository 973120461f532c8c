# CPython's Lib/test/test_socketserver.py, scenario by scenario, plus the attributes and the
# order of calls of Lib/socketserver.py. Java twins: SocketserverParityTest. Classes start with
# "_" so that the runner does not take them for scenarios.
import os
import socket
import socketserver
import tempfile
import threading
import time

HOST = "127.0.0.1"


def _start(server):
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    t.daemon = True
    t.start()
    return t


def _stop(server, t):
    server.shutdown()
    server.server_close()
    t.join()


def _stream_client(family, addr, data):
    with socket.socket(family, socket.SOCK_STREAM) as c:
        c.connect(addr)
        c.sendall(data)
        c.shutdown(socket.SHUT_WR)
        buf = b""
        while True:
            chunk = c.recv(1024)
            if not chunk:
                return buf
            buf += chunk


def _dgram_client(family, addr, data, bind=None):
    with socket.socket(family, socket.SOCK_DGRAM) as c:
        if bind is not None:
            c.bind(bind)
        c.settimeout(5)
        c.sendto(data, addr)
        reply = c.recv(1024)
    if bind is not None:
        os.unlink(bind)
    return reply


def _unix_path(name):
    return os.path.join(tempfile.gettempdir(), "jnasocket-ss-py-%d-%s" % (os.getpid(), name))


class _EchoStream(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        while line:
            self.wfile.write(line.upper())
            line = self.rfile.readline()


class _EchoDatagram(socketserver.DatagramRequestHandler):
    def handle(self):
        for line in [self.rfile.readline(), self.rfile.readline()]:
            self.wfile.write(line.upper())


def _stream_server(cls, family, addr):
    server = cls(addr, _EchoStream)
    t = _start(server)
    for msg in [b"hello\n", b"two\nlines\n", b"no newline"]:
        print(repr(_stream_client(family, server.server_address, msg)))
    _stop(server, t)


def _dgram_server(cls, family, addr, bind=None):
    server = cls(addr, _EchoDatagram)
    t = _start(server)
    for msg in [b"hello\n", b"two\nlines\n", b"x"]:
        print(repr(_dgram_client(family, server.server_address, msg, bind)))
    _stop(server, t)


def SocketServerTest_test_TCPServer():
    _stream_server(socketserver.TCPServer, socket.AF_INET, (HOST, 0))


def SocketServerTest_test_ThreadingTCPServer():
    _stream_server(socketserver.ThreadingTCPServer, socket.AF_INET, (HOST, 0))


def SocketServerTest_test_UDPServer():
    _dgram_server(socketserver.UDPServer, socket.AF_INET, (HOST, 0))


def SocketServerTest_test_ThreadingUDPServer():
    _dgram_server(socketserver.ThreadingUDPServer, socket.AF_INET, (HOST, 0))


def SocketServerTest_test_UnixStreamServer():
    path = _unix_path("us")
    try:
        _stream_server(socketserver.UnixStreamServer, socket.AF_UNIX, path)
    finally:
        os.unlink(path)


def SocketServerTest_test_ThreadingUnixStreamServer():
    path = _unix_path("tus")
    try:
        _stream_server(socketserver.ThreadingUnixStreamServer, socket.AF_UNIX, path)
    finally:
        os.unlink(path)


def SocketServerTest_test_UnixDatagramServer():
    path = _unix_path("ud")
    client = _unix_path("udc")
    try:
        _dgram_server(socketserver.UnixDatagramServer, socket.AF_UNIX, path, client)
    finally:
        os.unlink(path)


def SocketServerTest_test_ThreadingUnixDatagramServer():
    path = _unix_path("tud")
    client = _unix_path("tudc")
    try:
        _dgram_server(socketserver.ThreadingUnixDatagramServer, socket.AF_UNIX, path, client)
    finally:
        os.unlink(path)


def SocketServerTest_test_context_manager():
    with socketserver.TCPServer((HOST, 0), socketserver.StreamRequestHandler) as server:
        print(server.fileno() == server.socket.fileno(), server.fileno() >= 0)
    print(server.socket.fileno())


def SocketServerTest_test_close_immediately():
    server = socketserver.ThreadingTCPServer((HOST, 0), _EchoStream)
    server.server_close()
    server.server_close()
    print(server.socket.fileno())


def SocketServerTest_test_shutdown():
    servers = []
    threads = []
    for _ in range(5):
        s = socketserver.TCPServer((HOST, 0), _EchoStream)
        servers.append(s)
        threads.append(_start(s))
    for s, t in zip(servers, threads):
        _stop(s, t)
        print("stopped", t.is_alive())


def SocketServerTest_test_tcpserver_bind_leak():
    with socket.socket() as holder:
        holder.bind((HOST, 0))
        holder.listen()
        for _ in range(3):
            try:
                socketserver.TCPServer(holder.getsockname(), _EchoStream)
            except OSError as e:
                print(type(e).__name__, e.errno == 98, str(e))


def SocketServerTest_test_server_address():
    with socketserver.TCPServer((HOST, 0), _EchoStream) as server:
        print(server.server_address[0], server.server_address[1] > 0)
    with socketserver.UDPServer((HOST, 0), _EchoDatagram) as server:
        print(server.server_address[0], server.server_address[1] > 0)
    with socketserver.TCPServer((HOST, 0), _EchoStream, bind_and_activate=False) as server:
        print(server.server_address)


def SocketServerTest_test_class_attributes():
    with socketserver.TCPServer((HOST, 0), _EchoStream) as s:
        print(s.request_queue_size, s.allow_reuse_address, s.allow_reuse_port, s.timeout, s.address_family, s.socket_type)
    with socketserver.UDPServer((HOST, 0), _EchoDatagram) as s:
        print(s.max_packet_size, s.allow_reuse_address, s.socket_type)
    with socketserver.ThreadingTCPServer((HOST, 0), _EchoStream) as s:
        print(s.daemon_threads, s.block_on_close)
    h = socketserver.StreamRequestHandler
    print(h.rbufsize, h.wbufsize, h.timeout, h.disable_nagle_algorithm)


def SocketServerTest_test_allow_reuse_address():
    s = socketserver.TCPServer((HOST, 0), _EchoStream, bind_and_activate=False)
    print(s.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
    s.allow_reuse_address = True
    s.server_bind()
    s.server_activate()
    print(s.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    s.server_close()


def SocketServerTest_test_handle_request():
    with socketserver.TCPServer((HOST, 0), _EchoStream) as server:
        with socket.create_connection(server.server_address) as c:
            c.sendall(b"one request\n")
            c.shutdown(socket.SHUT_WR)
            server.handle_request()
            print(repr(c.recv(100)))


class _TimeoutServer(socketserver.TCPServer):
    def handle_timeout(self):
        print("handle_timeout")


def SocketServerTest_test_handle_request_timeout():
    with _TimeoutServer((HOST, 0), _EchoStream) as server:
        server.timeout = 0.05
        print(server.handle_request())
        server.timeout = None
        server.socket.settimeout(0.05)
        print(server.handle_request())
        server.timeout = 10
        print(server.handle_request())


class _Calls(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print("verify_request", client_address[0])
        return super().verify_request(request, client_address)

    def process_request(self, request, client_address):
        print("process_request")
        super().process_request(request, client_address)

    def finish_request(self, request, client_address):
        print("finish_request")
        super().finish_request(request, client_address)

    def shutdown_request(self, request):
        print("shutdown_request")
        super().shutdown_request(request)

    def close_request(self, request):
        print("close_request")
        super().close_request(request)

    def server_close(self):
        print("server_close")
        super().server_close()


class _CallsHandler(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup", self.client_address == self.request.getpeername(), self.server is not None)

    def handle(self):
        print("handle", repr(self.request.recv(100)))
        self.request.sendall(b"ok")

    def finish(self):
        print("finish")


def MiscTestCase_test_order_of_calls():
    with _Calls((HOST, 0), _CallsHandler) as server:
        with socket.create_connection(server.server_address) as c:
            c.sendall(b"ping")
            server.handle_request()
            print(repr(c.recv(100)))


class _Refuse(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        return False

    def shutdown_request(self, request):
        print("shutdown_request called")
        super().shutdown_request(request)


def MiscTestCase_test_shutdown_request_called_if_verify_request_false():
    with _Refuse((HOST, 0), _CallsHandler) as server:
        with socket.create_connection(server.server_address) as c:
            server.handle_request()
            print(repr(c.recv(100)))


class _Failing(socketserver.BaseRequestHandler):
    def handle(self):
        if self.request.recv(100) == b"fail":
            raise ValueError("handler failed")
        self.request.sendall(b"fine")

    def finish(self):
        print("finish runs")


class _ErrorServer(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        print("handle_error", client_address[0])


class _ThreadingErrorServer(socketserver.ThreadingTCPServer):
    def handle_error(self, request, client_address):
        print("handle_error", client_address[0])


def _errors(cls):
    with cls((HOST, 0), _Failing) as server:
        t = _start(server)
        for msg in [b"fail", b"ok", b"fail", b"ok"]:
            print(repr(_stream_client(socket.AF_INET, server.server_address, msg)))
        server.shutdown()
        t.join()


def ErrorHandlerTest_test_sync_handled():
    _errors(_ErrorServer)


def ErrorHandlerTest_test_threading_handled():
    _errors(_ThreadingErrorServer)


class _TimeoutHandler(socketserver.StreamRequestHandler):
    timeout = 0.05

    def handle(self):
        print("handler timeout", self.connection.gettimeout())
        try:
            self.rfile.readline()
        except TimeoutError as e:
            print("timed out:", e)


def StreamRequestHandlerTest_test_timeout():
    with socketserver.TCPServer((HOST, 0), _TimeoutHandler) as server:
        with socket.create_connection(server.server_address) as c:
            server.handle_request()
            print(repr(c.recv(100)))


class _NagleHandler(socketserver.StreamRequestHandler):
    disable_nagle_algorithm = True

    def handle(self):
        print("TCP_NODELAY", self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)


def StreamRequestHandlerTest_test_disable_nagle_algorithm():
    with socketserver.TCPServer((HOST, 0), _NagleHandler) as server:
        with socket.create_connection(server.server_address) as c:
            server.handle_request()


class _BufferedHandler(socketserver.StreamRequestHandler):
    wbufsize = -1

    def handle(self):
        self.wfile.write(b"buffered ")
        self.wfile.write(self.rfile.readline())


def StreamRequestHandlerTest_test_wbufsize():
    with socketserver.TCPServer((HOST, 0), _BufferedHandler) as server:
        t = _start(server)
        print(repr(_stream_client(socket.AF_INET, server.server_address, b"line\nrest")))
        server.shutdown()
        t.join()


class _SmallPackets(socketserver.UDPServer):
    max_packet_size = 4


class _UdpBase(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        print("request", repr(data), sock is self.server.socket)
        sock.sendto(data.upper(), self.client_address)


def UDPServerTest_test_max_packet_size():
    with socketserver.UDPServer((HOST, 0), _UdpBase) as server:
        server.max_packet_size = 4
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            c.sendto(b"0123456789", server.server_address)
            server.handle_request()
            print(repr(c.recv(100)))


def UDPServerTest_test_request_tuple():
    with socketserver.UDPServer((HOST, 0), _UdpBase) as server:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            c.sendto(b"datagram", server.server_address)
            server.handle_request()
            print(repr(c.recv(100)))


class _DaemonProbe(socketserver.BaseRequestHandler):
    def handle(self):
        t = threading.current_thread()
        self.request.sendall(repr(t.daemon).encode() + b" " + t.name.split(" ")[-1].encode())


def ThreadingTest_test_daemon_threads():
    for daemon in [False, True]:
        with socketserver.ThreadingTCPServer((HOST, 0), _DaemonProbe) as server:
            server.daemon_threads = daemon
            t = _start(server)
            print(repr(_stream_client(socket.AF_INET, server.server_address, b"")))
            server.shutdown()
            t.join()


class _Slow(socketserver.BaseRequestHandler):
    done = []

    def handle(self):
        time.sleep(0.2)
        _Slow.done.append(1)


def ThreadingTest_test_block_on_close():
    server = socketserver.ThreadingTCPServer((HOST, 0), _Slow)
    with socket.create_connection(server.server_address) as c:
        server.handle_request()
        server.server_close()
        print("handled before server_close returned:", len(_Slow.done))


class _NoRequest(socketserver.TCPServer):
    def get_request(self):
        raise OSError("no request")


def MiscTestCase_test_get_request_error_ignored():
    with _NoRequest((HOST, 0), _CallsHandler) as server:
        with socket.create_connection(server.server_address) as c:
            print(server.handle_request())


class _Actions(socketserver.TCPServer):
    count = 0

    def service_actions(self):
        _Actions.count += 1
        if _Actions.count == 3:
            threading.Thread(target=self.shutdown).start()


def MiscTestCase_test_service_actions():
    with _Actions((HOST, 0), _EchoStream) as server:
        server.serve_forever(poll_interval=0.01)
        print("service_actions ran", _Actions.count >= 3)


def MiscTestCase_test_forking_not_in_jvm_named():
    print(hasattr(socketserver, "ForkingMixIn"), hasattr(socketserver, "ForkingTCPServer"), hasattr(socketserver, "ForkingUDPServer"))


class _AbstractRef(socketserver.BaseRequestHandler):
    pass


def MiscTestCase_test_base_handler_does_nothing():
    with socketserver.TCPServer((HOST, 0), _AbstractRef) as server:
        with socket.create_connection(server.server_address) as c:
            c.sendall(b"ignored")
            server.handle_request()
            print(repr(c.recv(100)))


class _V6Server(socketserver.TCPServer):
    address_family = socket.AF_INET6


def SocketServerTest_test_ipv6_server():
    with _V6Server(("::1", 0), _EchoStream) as server:
        t = _start(server)
        print(server.server_address[0], len(server.server_address))
        print(repr(_stream_client(socket.AF_INET6, server.server_address[:2], b"over ipv6\n")))
        server.shutdown()
        t.join()


class _PeerProbe(socketserver.BaseRequestHandler):
    def handle(self):
        print("client_address", repr(self.client_address))
        self.request.sendall(b"seen")


def SocketServerTest_test_unix_client_address():
    path = _unix_path("peer")
    try:
        with socketserver.UnixStreamServer(path, _PeerProbe) as server:
            with socket.socket(socket.AF_UNIX) as c:
                c.connect(path)
                server.handle_request()
                print(repr(c.recv(100)))
    finally:
        os.unlink(path)


class _ReadAll(socketserver.StreamRequestHandler):
    def handle(self):
        first = self.rfile.read(3)
        rest = self.rfile.readlines()
        self.wfile.write(repr((first, rest)).encode())


def StreamRequestHandlerTest_test_rfile_read_readlines():
    with socketserver.TCPServer((HOST, 0), _ReadAll) as server:
        t = _start(server)
        print(_stream_client(socket.AF_INET, server.server_address, b"abcdef\nghi\n\nlast").decode())
        server.shutdown()
        t.join()


class _Names(socketserver.BaseRequestHandler):
    names = []

    def handle(self):
        _Names.names.append(threading.current_thread().name)


def ThreadingTest_test_thread_per_request():
    with socketserver.ThreadingTCPServer((HOST, 0), _Names) as server:
        t = _start(server)
        for _ in range(3):
            _stream_client(socket.AF_INET, server.server_address, b"")
        server.shutdown()
        t.join()
    print(len(_Names.names), len(set(_Names.names)), all(n.endswith(" (process_request_thread)") for n in _Names.names))
