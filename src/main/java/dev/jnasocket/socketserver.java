package dev.jnasocket;

import static dev.jnasocket.builtins.file;
import static dev.jnasocket.builtins.print;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Python's {@code socketserver} module, with CPython's classes, attributes and order of calls.
 *
 * <p>A handler is a subclass with {@code handle()}, and a server is built from the handler's
 * class, as in Python:
 * <pre>
 * class MyTCPHandler extends socketserver.BaseRequestHandler&lt;SocketObject&gt; {
 *     public void handle() throws Exception {
 *         byte[] data = bytes.strip(request.recv(1024));
 *         request.sendall(bytes.upper(data));
 *     }
 * }
 * try (var server = new socketserver.TCPServer(Address.of(HOST, PORT), MyTCPHandler.class)) {
 *     server.serve_forever();
 * }
 * </pre>
 * The handler class needs a constructor without arguments (a static nested class is fine, a
 * private one too); a constructor reference ({@code MyTCPHandler::new}) works as well. Its type
 * argument is what {@code self.request} is: a {@link SocketObject} for stream servers, a
 * {@link DatagramRequest} ({@code (data, socket)}) for datagram servers, checked when the server is
 * built.
 *
 * <p>Differences a port must know, none of them in behaviour:
 * <ul>
 * <li>Java has no mixins: Python's {@code class S(ThreadingMixIn, TCPServer)} is
 *     {@code class S extends socketserver.ThreadingTCPServer}; the four {@code Threading*Server}
 *     classes are CPython's, and {@code daemon_threads} and {@code block_on_close} are fields of
 *     every server, used by the threading ones.
 * <li>Forking needs {@code fork()}, which a JVM cannot survive (only the forking thread lives on
 *     in the child): {@code ForkingMixIn}, {@code ForkingTCPServer} and {@code ForkingUDPServer}
 *     exist only to say so, with {@link UnsupportedOperationException}. Use the threading servers.
 * <li>A class attribute that CPython reads while constructing ({@code allow_reuse_address},
 *     {@code allow_reuse_port}, {@code request_queue_size}) is a field, which a Java subclass can
 *     only set after its superclass constructor ran: pass {@code bind_and_activate = false}, set the
 *     fields, then call {@code server_bind()} and {@code server_activate()}, as CPython's docs
 *     suggest, or override {@code server_bind()} to set them first. {@code address_family} is an
 *     argument of the protected constructors.
 * <li>{@code self.socket} is {@code socket()}: a field of that name would hide the {@code socket}
 *     module inside subclasses.
 * <li>{@code with server:} is try-with-resources: {@link BaseServer#close()} is
 *     {@code server_close()}.
 * </ul>
 */
public final class socketserver {
    private socketserver() {}

    static {
        Signals.arm(); // Ctrl-C in serve_forever is KeyboardInterrupt, as in Python
    }


    /**
     * What a datagram server's handler gets as {@code self.request}: Python's {@code (data, socket)}.
     *
     * @param data   the datagram
     * @param socket the server's socket, to answer with {@code sendto}
     */
    public record DatagramRequest(byte[] data, SocketObject socket) {}

    /** Builds one handler per request, from a class or a constructor reference. */
    private static Supplier<? extends BaseRequestHandler<?>> factory(Class<? extends BaseRequestHandler<?>> cls) {
        if (cls == null) {
            throw new IllegalArgumentException("RequestHandlerClass must be a class, not None");
        }
        if (Modifier.isAbstract(cls.getModifiers())) {
            throw new IllegalArgumentException("Can't instantiate abstract class " + cls.getSimpleName());
        }
        Constructor<? extends BaseRequestHandler<?>> c;
        try {
            c = cls.getDeclaredConstructor();
            c.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException(cls.getName() + " needs a constructor without arguments"
                    + (cls.isMemberClass() && !Modifier.isStatic(cls.getModifiers()) ? " (make it a static nested class)" : ""), e);
        }
        return () -> {
            try {
                return c.newInstance();
            } catch (InvocationTargetException e) {
                throw sneaky(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    // ---------------------------------------------------------------- servers

    /**
     * Python's {@code socketserver.BaseServer}: the loop ({@code serve_forever},
     * {@code handle_request}, {@code shutdown}) and the hooks a subclass overrides.
     */
    public abstract static class BaseServer implements FileLike, AutoCloseable {
        /** Python's {@code timeout}: how long {@code handle_request} waits (null: without limit). */
        public Double timeout = null;
        /** Python's {@code server_address}: as given, then what {@code getsockname()} says once bound. */
        public Address server_address;
        /** Python's {@code ThreadingMixIn.daemon_threads}: request threads do not keep the JVM alive. */
        public boolean daemon_threads = false;
        /** Python's {@code ThreadingMixIn.block_on_close}: {@code server_close} waits for request threads. */
        public boolean block_on_close = true;
        private final Supplier<? extends BaseRequestHandler<?>> handlers;
        private final boolean threaded;
        private final Object lock = new Object();
        private boolean isShutDown = false;
        private volatile boolean shutdownRequest = false;
        private final List<Thread> threads = new ArrayList<>();
        private static final ThreadLocal<Throwable> CURRENT = new ThreadLocal<>();

        /**
         * Python's {@code BaseServer.__init__(server_address, RequestHandlerClass)}.
         *
         * @param server_address the address to serve on
         * @param handlers       makes one handler per request
         * @param threading      whether this is one of the {@code Threading*} servers
         */
        protected BaseServer(Address server_address, Supplier<? extends BaseRequestHandler<?>> handlers, boolean threading) {
            this.server_address = server_address;
            this.handlers = handlers;
            this.threaded = threading;
        }

        /**
         * Python's {@code serve_forever(poll_interval=0.5)}.
         *
         * @throws Exception what a hook lets escape (a handler's errors go to {@link #handle_error})
         */
        public void serve_forever() throws Exception {
            serve_forever(0.5);
        }

        /**
         * Python's {@code serve_forever(poll_interval)}: handles requests until {@link #shutdown()},
         * looking for the shutdown request every {@code poll_interval} seconds.
         *
         * @param poll_interval seconds between looks at the shutdown flag
         * @throws Exception what a hook lets escape; {@link KeyboardInterrupt} on Ctrl-C in the main thread
         */
        public void serve_forever(double poll_interval) throws Exception {
            synchronized (lock) {
                isShutDown = false;
            }
            try (var selector = new selectors.PollSelector()) {
                selector.register(this, selectors.EVENT_READ);
                while (!shutdownRequest) {
                    var ready = selector.select(poll_interval);
                    if (shutdownRequest) {
                        break;
                    }
                    if (!ready.isEmpty()) {
                        _handle_request_noblock();
                    }
                    service_actions();
                }
            } finally {
                shutdownRequest = false;
                synchronized (lock) {
                    isShutDown = true;
                    lock.notifyAll();
                }
            }
        }

        /**
         * Python's {@code shutdown()}: asks {@code serve_forever} to stop and waits until it has.
         * Called from another thread than the loop's (from the loop's own, it waits forever, as in Python).
         *
         * @throws InterruptedException if this thread is interrupted while waiting
         */
        public void shutdown() throws InterruptedException {
            shutdownRequest = true;
            synchronized (lock) {
                while (!isShutDown) {
                    lock.wait();
                }
            }
        }

        /** Python's {@code service_actions()}: called once per turn of {@code serve_forever}. */
        public void service_actions() {}

        /**
         * Python's {@code handle_request()}: handles one request, waiting at most the smaller of
         * the socket's timeout and {@link #timeout}, then {@link #handle_timeout()}.
         *
         * @throws Exception what a hook lets escape
         */
        public void handle_request() throws Exception {
            Double t = socket().gettimeout();
            if (t == null) {
                t = timeout;
            } else if (timeout != null) {
                t = Math.min(t, timeout);
            }
            long deadline = t == null ? 0 : System.nanoTime() + (long) (t * 1e9);
            try (var selector = new selectors.PollSelector()) {
                selector.register(this, selectors.EVENT_READ);
                while (true) {
                    var ready = selector.select(t);
                    if (!ready.isEmpty()) {
                        _handle_request_noblock();
                        return;
                    } else if (t != null) {
                        t = (deadline - System.nanoTime()) / 1e9;
                        if (t < 0) {
                            handle_timeout();
                            return;
                        }
                    }
                }
            }
        }

        /**
         * Python's {@code _handle_request_noblock()}: one {@code get_request}, then
         * {@code verify_request} and {@code process_request}; an error of the handler goes to
         * {@link #handle_error}, and the request is shut down.
         *
         * @throws Exception what {@code shutdown_request} or {@code handle_error} lets escape
         */
        protected void _handle_request_noblock() throws Exception {
            Tuple got;
            try {
                got = get_request();
            } catch (OSError e) {
                return;
            }
            Object request = got.get(0);
            Address client_address = (Address) got.get(1);
            if (verify_request(request, client_address)) {
                try {
                    process_request(request, client_address);
                } catch (Exception e) {
                    handleError(request, client_address, e);
                    shutdown_request(request);
                } catch (Error e) {
                    shutdown_request(request);
                    throw e;
                }
            } else {
                shutdown_request(request);
            }
        }

        private void handleError(Object request, Address client_address, Throwable e) {
            CURRENT.set(e);
            try {
                handle_error(request, client_address);
            } finally {
                CURRENT.remove();
            }
        }

        /** Python's {@code handle_timeout()}: called when {@code handle_request} times out. */
        public void handle_timeout() {}

        /**
         * Python's {@code verify_request(request, client_address)}.
         *
         * @param request        the request
         * @param client_address the client's address
         * @return whether to process it (true)
         */
        public boolean verify_request(Object request, Address client_address) {
            return true;
        }

        /**
         * Python's {@code process_request(request, client_address)}: {@code finish_request} then
         * {@code shutdown_request}; in a new thread for the threading servers (ThreadingMixIn's).
         *
         * @param request        the request
         * @param client_address the client's address
         * @throws Exception what the handler lets escape (not for the threading servers: their
         *                   thread reports it to {@link #handle_error})
         */
        public void process_request(Object request, Address client_address) throws Exception {
            if (!threaded) {
                finish_request(request, client_address);
                shutdown_request(request);
                return;
            }
            Thread t = new Thread(() -> process_request_thread(request, client_address), threading.name("process_request_thread"));
            t.setDaemon(daemon_threads);
            synchronized (threads) {
                threads.removeIf(x -> !x.isAlive()); // Python's _Threads.reap
                if (block_on_close && !daemon_threads) {
                    threads.add(t);
                }
            }
            t.start();
        }

        /**
         * Python's {@code ThreadingMixIn.process_request_thread}: {@code finish_request} in the
         * request's thread, errors to {@link #handle_error}, then {@code shutdown_request}.
         *
         * @param request        the request
         * @param client_address the client's address
         */
        protected void process_request_thread(Object request, Address client_address) {
            try {
                try {
                    finish_request(request, client_address);
                } catch (Exception e) {
                    handleError(request, client_address, e);
                } finally {
                    shutdown_request(request);
                }
            } catch (Exception e) {
                handleError(request, client_address, e); // shutdown_request itself failed
            }
        }

        /**
         * Python's {@code server_close()}: the threading servers wait here for their request
         * threads ({@code block_on_close}).
         *
         * @throws OSError from closing the socket
         */
        public void server_close() throws OSError {
            if (!threaded) {
                return;
            }
            List<Thread> all;
            synchronized (threads) {
                all = new ArrayList<>(threads);
                threads.clear();
            }
            for (Thread t : all) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /**
         * Python's {@code finish_request(request, client_address)}: builds the handler, which
         * runs {@code setup}, {@code handle}, {@code finish}.
         *
         * @param request        the request
         * @param client_address the client's address
         * @throws Exception what the handler lets escape
         */
        public void finish_request(Object request, Address client_address) throws Exception {
            handlers.get().run(request, client_address, this);
        }

        /**
         * Python's {@code shutdown_request(request)}: ends the request ({@code close_request}).
         *
         * @param request the request
         * @throws OSError from closing it
         */
        public void shutdown_request(Object request) throws OSError {
            close_request(request);
        }

        /**
         * Python's {@code close_request(request)}.
         *
         * @param request the request
         * @throws OSError from closing it
         */
        public void close_request(Object request) throws OSError {}

        /**
         * Python's {@code handle_error(request, client_address)}: prints the error between two
         * lines of dashes on standard error and goes on serving.
         *
         * @param request        the request
         * @param client_address the client's address
         */
        public void handle_error(Object request, Address client_address) {
            print("-".repeat(40), file(System.err));
            print("Exception occurred during processing of request from", client_address, file(System.err));
            Throwable e = CURRENT.get();
            if (e != null) {
                e.printStackTrace(System.err);
            }
            print("-".repeat(40), file(System.err));
        }

        /**
         * Python's {@code get_request()}.
         *
         * @return Python's {@code (request, client_address)}
         * @throws OSError from accept or recvfrom
         */
        public abstract Tuple get_request() throws OSError;

        /**
         * Python's {@code self.socket}, as a method: a field named {@code socket} would hide the
         * {@code socket} module inside every subclass ({@code socket.AF_INET6} would not compile there).
         *
         * @return the server's socket
         */
        public abstract SocketObject socket();

        /** Python's {@code __exit__}: {@code server_close()}. */
        @Override
        public void close() throws OSError {
            server_close();
        }
    }

    /** Python's {@code socketserver.TCPServer}: one request at a time, over an AF_INET stream socket. */
    public static class TCPServer extends BaseServer {
        /** Python's {@code address_family}. */
        public final int address_family;
        /** Python's {@code socket_type}. */
        public final int socket_type;
        /** Python's {@code request_queue_size}: the listen backlog. */
        public int request_queue_size = 5;
        /** Python's {@code allow_reuse_address}: socket.SO_REUSEADDR before bind. */
        public boolean allow_reuse_address = false;
        /** Python's {@code allow_reuse_port}: socket.SO_REUSEPORT before bind. */
        public boolean allow_reuse_port = false;
        private final SocketObject sock;

        /**
         * Python's {@code TCPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address          where to listen
         * @param RequestHandlerClass     the handler class
         * @throws OSError from bind or listen (the socket is closed then)
         */
        public TCPServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass) throws OSError {
            this(server_address, RequestHandlerClass, true);
        }

        /**
         * Python's {@code TCPServer(server_address, RequestHandlerClass, bind_and_activate)}.
         *
         * @param server_address          where to listen
         * @param RequestHandlerClass     the handler class
         * @param bind_and_activate       whether to bind and listen now
         * @throws OSError from bind or listen (the socket is closed then)
         */
        public TCPServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass,
                boolean bind_and_activate) throws OSError {
            this(socket.AF_INET, socket.SOCK_STREAM, server_address, factory(RequestHandlerClass), bind_and_activate, false);
        }

        /**
         * {@code TCPServer(server_address, handler constructor)}.
         *
         * @param server_address where to listen
         * @param handler        makes one handler per request ({@code MyHandler::new})
         * @throws OSError from bind or listen (the socket is closed then)
         */
        public TCPServer(Address server_address, Supplier<? extends BaseRequestHandler<SocketObject>> handler) throws OSError {
            this(socket.AF_INET, socket.SOCK_STREAM, server_address, handler, true, false);
        }

        /**
         * For subclasses: any address family and socket type, threading or not.
         *
         * @param address_family    Python's {@code address_family} (AF_INET6 for an IPv6 server)
         * @param socket_type       Python's {@code socket_type}
         * @param server_address    where to serve
         * @param handlers          makes one handler per request
         * @param bind_and_activate whether to bind and activate now
         * @param threading         whether each request gets its own thread (ThreadingMixIn)
         * @throws OSError from bind or activate (the socket is closed then)
         */
        // CPython's order: the constructor calls server_bind() and server_activate(), which a
        // subclass may override (that is the point), so this escapes on purpose.
        @SuppressWarnings("this-escape")
        protected TCPServer(int address_family, int socket_type, Address server_address,
                Supplier<? extends BaseRequestHandler<?>> handlers, boolean bind_and_activate, boolean threading) throws OSError {
            super(server_address, handlers, threading);
            if (handlers == null) {
                throw new IllegalArgumentException("RequestHandlerClass must be a class, not None");
            }
            this.address_family = address_family;
            this.socket_type = socket_type;
            this.sock = socket.socket(address_family, socket_type);
            if (bind_and_activate) {
                try {
                    server_bind();
                    server_activate();
                } catch (OSError | RuntimeException | Error e) {
                    server_close();
                    throw e;
                }
            }
        }

        /** @return Python's {@code self.socket}: the server's socket */
        @Override
        public SocketObject socket() {
            return sock;
        }

        /**
         * Python's {@code server_bind()}: socket.SO_REUSEADDR/socket.SO_REUSEPORT if asked, bind, then
         * {@code server_address} becomes the bound address.
         *
         * @throws OSError from setsockopt or bind
         */
        public void server_bind() throws OSError {
            if (allow_reuse_address) {
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
            }
            if (allow_reuse_port) {
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1);
            }
            sock.bind(server_address);
            server_address = sock.getsockname();
        }

        /**
         * Python's {@code server_activate()}: {@code listen(request_queue_size)}.
         *
         * @throws OSError from listen
         */
        public void server_activate() throws OSError {
            sock.listen(request_queue_size);
        }

        /** Python's {@code server_close()}: closes the socket (then the threading servers join their threads). */
        @Override
        public void server_close() throws OSError {
            sock.close();
            super.server_close();
        }

        /** @return Python's {@code fileno()}: the socket's fd */
        @Override
        public int fileno() {
            return sock.fileno();
        }

        /** @return Python's {@code get_request()}: {@code self.socket.accept()} */
        @Override
        public Tuple get_request() throws OSError {
            Accepted a = sock.accept();
            return Tuple.of(a.conn(), a.addr());
        }

        /** Python's {@code shutdown_request}: {@code shutdown(socket.SHUT_WR)} (ENOTCONN ignored), then close. */
        @Override
        public void shutdown_request(Object request) throws OSError {
            try {
                ((SocketObject) request).shutdown(socket.SHUT_WR);
            } catch (OSError e) {
                // some platforms raise ENOTCONN here, as CPython notes
            }
            close_request(request);
        }

        /** Python's {@code close_request}: closes the connection. */
        @Override
        public void close_request(Object request) throws OSError {
            ((SocketObject) request).close();
        }
    }

    /** Python's {@code socketserver.UDPServer}: datagrams, one at a time; the request is {@code (data, socket)}. */
    public static class UDPServer extends TCPServer {
        /** Python's {@code max_packet_size}: the largest datagram read. */
        public int max_packet_size = 8192;

        /**
         * Python's {@code UDPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      where to listen
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind
         */
        public UDPServer(Address server_address, Class<? extends BaseRequestHandler<DatagramRequest>> RequestHandlerClass) throws OSError {
            this(server_address, RequestHandlerClass, true);
        }

        /**
         * Python's {@code UDPServer(server_address, RequestHandlerClass, bind_and_activate)}.
         *
         * @param server_address      where to listen
         * @param RequestHandlerClass the handler class
         * @param bind_and_activate   whether to bind now
         * @throws OSError from bind
         */
        public UDPServer(Address server_address, Class<? extends BaseRequestHandler<DatagramRequest>> RequestHandlerClass,
                boolean bind_and_activate) throws OSError {
            super(socket.AF_INET, socket.SOCK_DGRAM, server_address, factory(RequestHandlerClass), bind_and_activate, false);
        }

        /**
         * {@code UDPServer(server_address, handler constructor)}.
         *
         * @param server_address where to listen
         * @param handler        makes one handler per request
         * @throws OSError from bind
         */
        public UDPServer(Address server_address, Supplier<? extends BaseRequestHandler<DatagramRequest>> handler) throws OSError {
            super(socket.AF_INET, socket.SOCK_DGRAM, server_address, handler, true, false);
        }

        /**
         * For subclasses: see {@link TCPServer}'s protected constructor.
         *
         * @param address_family    the address family
         * @param server_address    where to serve
         * @param handlers          makes one handler per request
         * @param bind_and_activate whether to bind now
         * @param threading         whether each request gets its own thread
         * @throws OSError from bind
         */
        protected UDPServer(int address_family, Address server_address, Supplier<? extends BaseRequestHandler<?>> handlers,
                boolean bind_and_activate, boolean threading) throws OSError {
            super(address_family, socket.SOCK_DGRAM, server_address, handlers, bind_and_activate, threading);
        }

        /** @return Python's {@code ((data, self.socket), client_addr)} from {@code recvfrom(max_packet_size)} */
        @Override
        public Tuple get_request() throws OSError {
            Received r = socket().recvfrom(max_packet_size);
            return Tuple.of(new DatagramRequest(r.data(), socket()), r.addr());
        }

        /** Python's {@code server_activate()}: nothing, a datagram socket does not listen. */
        @Override
        public void server_activate() {}

        /** Python's {@code shutdown_request}: {@code close_request}, which does nothing for datagrams. */
        @Override
        public void shutdown_request(Object request) throws OSError {
            close_request(request);
        }

        /** Python's {@code close_request}: nothing (the socket is the server's). */
        @Override
        public void close_request(Object request) {}
    }

    /** Python's {@code socketserver.UnixStreamServer}: a {@link TCPServer} on AF_UNIX. */
    public static class UnixStreamServer extends TCPServer {
        /**
         * Python's {@code UnixStreamServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      {@code Address.unix(path)}
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind or listen
         */
        public UnixStreamServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass) throws OSError {
            this(server_address, RequestHandlerClass, true);
        }

        /**
         * Python's {@code UnixStreamServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      {@code Address.unix(path)}
         * @param RequestHandlerClass the handler class
         * @param bind_and_activate   whether to bind and listen now
         * @throws OSError from bind or listen
         */
        public UnixStreamServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass,
                boolean bind_and_activate) throws OSError {
            super(socket.AF_UNIX, socket.SOCK_STREAM, server_address, factory(RequestHandlerClass), bind_and_activate, false);
        }

        UnixStreamServer(Address server_address, Supplier<? extends BaseRequestHandler<?>> handlers, boolean threading) throws OSError {
            super(socket.AF_UNIX, socket.SOCK_STREAM, server_address, handlers, true, threading);
        }
    }

    /** Python's {@code socketserver.UnixDatagramServer}: a {@link UDPServer} on AF_UNIX. */
    public static class UnixDatagramServer extends UDPServer {
        /**
         * Python's {@code UnixDatagramServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      {@code Address.unix(path)}
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind
         */
        public UnixDatagramServer(Address server_address, Class<? extends BaseRequestHandler<DatagramRequest>> RequestHandlerClass)
                throws OSError {
            super(socket.AF_UNIX, server_address, factory(RequestHandlerClass), true, false);
        }

        UnixDatagramServer(Address server_address, Supplier<? extends BaseRequestHandler<?>> handlers, boolean threading) throws OSError {
            super(socket.AF_UNIX, server_address, handlers, true, threading);
        }
    }

    /** Python's {@code ThreadingTCPServer} ({@code ThreadingMixIn, TCPServer}): a thread per request. */
    public static class ThreadingTCPServer extends TCPServer {
        /**
         * Python's {@code ThreadingTCPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      where to listen
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind or listen
         */
        public ThreadingTCPServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass)
                throws OSError {
            this(server_address, RequestHandlerClass, true);
        }

        /**
         * Python's {@code ThreadingTCPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      where to listen
         * @param RequestHandlerClass the handler class
         * @param bind_and_activate   whether to bind and listen now
         * @throws OSError from bind or listen
         */
        public ThreadingTCPServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass,
                boolean bind_and_activate) throws OSError {
            super(socket.AF_INET, socket.SOCK_STREAM, server_address, factory(RequestHandlerClass), bind_and_activate, true);
        }
    }

    /** Python's {@code ThreadingUDPServer} ({@code ThreadingMixIn, UDPServer}): a thread per datagram. */
    public static class ThreadingUDPServer extends UDPServer {
        /**
         * Python's {@code ThreadingUDPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      where to listen
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind
         */
        public ThreadingUDPServer(Address server_address, Class<? extends BaseRequestHandler<DatagramRequest>> RequestHandlerClass)
                throws OSError {
            super(socket.AF_INET, server_address, factory(RequestHandlerClass), true, true);
        }
    }

    /** Python's {@code ThreadingUnixStreamServer}. */
    public static class ThreadingUnixStreamServer extends UnixStreamServer {
        /**
         * Python's {@code ThreadingUnixStreamServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      {@code Address.unix(path)}
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind or listen
         */
        public ThreadingUnixStreamServer(Address server_address, Class<? extends BaseRequestHandler<SocketObject>> RequestHandlerClass)
                throws OSError {
            super(server_address, factory(RequestHandlerClass), true);
        }
    }

    /** Python's {@code ThreadingUnixDatagramServer}. */
    public static class ThreadingUnixDatagramServer extends UnixDatagramServer {
        /**
         * Python's {@code ThreadingUnixDatagramServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      {@code Address.unix(path)}
         * @param RequestHandlerClass the handler class
         * @throws OSError from bind
         */
        public ThreadingUnixDatagramServer(Address server_address,
                Class<? extends BaseRequestHandler<DatagramRequest>> RequestHandlerClass) throws OSError {
            super(server_address, factory(RequestHandlerClass), true);
        }
    }

    /** Why there is no forking server. */
    static final String NO_FORK = "fork() is not available in a JVM (the child would hold only the forking thread): "
            + "use the Threading servers (ThreadingTCPServer, ThreadingUDPServer) instead";

    /** Python's {@code ForkingMixIn}: not available in a JVM; its constructor says why. */
    public static final class ForkingMixIn {
        /**
         * Python's {@code ForkingMixIn}: not available in a JVM.
         *
         * @throws UnsupportedOperationException always: a JVM cannot fork
         */
        public ForkingMixIn() {
            throw new UnsupportedOperationException(NO_FORK);
        }
    }

    /** Python's {@code ForkingTCPServer}: not available in a JVM; its constructor says why. */
    public static final class ForkingTCPServer {
        /**
         * Python's {@code ForkingTCPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      ignored
         * @param RequestHandlerClass ignored
         * @throws UnsupportedOperationException always: a JVM cannot fork
         */
        public ForkingTCPServer(Address server_address, Class<?> RequestHandlerClass) {
            throw new UnsupportedOperationException(NO_FORK);
        }
    }

    /** Python's {@code ForkingUDPServer}: not available in a JVM; its constructor says why. */
    public static final class ForkingUDPServer {
        /**
         * Python's {@code ForkingUDPServer(server_address, RequestHandlerClass)}.
         *
         * @param server_address      ignored
         * @param RequestHandlerClass ignored
         * @throws UnsupportedOperationException always: a JVM cannot fork
         */
        public ForkingUDPServer(Address server_address, Class<?> RequestHandlerClass) {
            throw new UnsupportedOperationException(NO_FORK);
        }
    }

    // ---------------------------------------------------------------- handlers

    /**
     * Python's {@code socketserver.BaseRequestHandler}: one instance per request; the server sets
     * {@link #request}, {@link #client_address} and {@link #server}, then calls {@code setup()},
     * {@code handle()} and, even if {@code handle} fails, {@code finish()}.
     *
     * @param <R> what {@code self.request} is: {@link SocketObject} (stream) or
     *            {@link DatagramRequest} (datagram)
     */
    public abstract static class BaseRequestHandler<R> {
        /** Python's {@code self.request}. */
        public R request;
        /** Python's {@code self.client_address}. */
        public Address client_address;
        /** Python's {@code self.server}. */
        public BaseServer server;

        /** For subclasses. */
        protected BaseRequestHandler() {}

        @SuppressWarnings("unchecked")
        final void run(Object request, Address client_address, BaseServer server) throws Exception {
            this.request = (R) request;
            this.client_address = client_address;
            this.server = server;
            setup();
            try {
                handle();
            } finally {
                finish();
            }
        }

        /**
         * Python's {@code setup()}: before {@code handle}.
         *
         * @throws Exception as the subclass's code may
         */
        public void setup() throws Exception {}

        /**
         * Python's {@code handle()}: serves the request.
         *
         * @throws Exception as the subclass's code may
         */
        public void handle() throws Exception {}

        /**
         * Python's {@code finish()}: after {@code handle}, even if it failed.
         *
         * @throws Exception as the subclass's code may
         */
        public void finish() throws Exception {}
    }

    /**
     * Python's {@code StreamRequestHandler}: {@link #rfile} and {@link #wfile} on the connection.
     * Set {@link #timeout} and {@link #disable_nagle_algorithm} in the subclass's field
     * initialisers or an instance initialiser ({@code { timeout = 5.0; }}): they are read by
     * {@code setup()}.
     */
    public abstract static class StreamRequestHandler extends BaseRequestHandler<SocketObject> {
        /** Python's {@code rbufsize} (the read file is buffered in any case). */
        public int rbufsize = -1;
        /** Python's {@code wbufsize}: 0 (the default) writes at once; otherwise {@code wfile} is a buffered file. */
        public int wbufsize = 0;
        /** Python's {@code timeout}: the connection's timeout, null for none. */
        public Double timeout = null;
        /** Python's {@code disable_nagle_algorithm}: socket.TCP_NODELAY on the connection. */
        public boolean disable_nagle_algorithm = false;
        /** Python's {@code self.connection}: the request's socket. */
        public SocketObject connection;
        /** Python's {@code self.rfile}: {@code connection.makefile('rb')}. */
        public SocketFile rfile;
        /** Python's {@code self.wfile}: writes go out at once (CPython's {@code _SocketWriter}), or buffered when {@code wbufsize != 0}. */
        public Writer wfile;

        /** For subclasses. */
        protected StreamRequestHandler() {}

        /** Python's {@code setup()}: timeout, socket.TCP_NODELAY, then the two files. */
        @Override
        public void setup() throws Exception {
            connection = request;
            if (timeout != null) {
                connection.settimeout(timeout);
            }
            if (disable_nagle_algorithm) {
                connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1);
            }
            rfile = connection.makefile("rb");
            wfile = new Writer(connection, wbufsize == 0 ? null : connection.makefile("wb"));
        }

        /** Python's {@code finish()}: flushes {@code wfile} (ignoring an error), closes both files. */
        @Override
        public void finish() throws Exception {
            if (!wfile.closed()) {
                try {
                    wfile.flush();
                } catch (OSError e) {
                    // the peer is gone: CPython ignores this too
                }
            }
            wfile.close();
            rfile.close();
        }
    }

    /** A stream handler's {@code wfile}: CPython's {@code _SocketWriter} (sendall at once) or a buffered socket file. */
    public static final class Writer {
        private final SocketObject sock;
        private final SocketFile buffered;
        private boolean closed;

        Writer(SocketObject sock, SocketFile buffered) {
            this.sock = sock;
            this.buffered = buffered;
        }

        /**
         * Python's {@code wfile.write(b)}.
         *
         * @param b the bytes
         * @return {@code len(b)}
         * @throws OSError from the socket
         */
        public int write(byte[] b) throws OSError {
            if (closed) {
                throw new IllegalArgumentException("I/O operation on closed file.");
            }
            if (buffered != null) {
                return buffered.write(b);
            }
            sock.sendall(b);
            return b.length;
        }

        /**
         * Python's {@code wfile.flush()}.
         *
         * @throws OSError from the socket
         */
        public void flush() throws OSError {
            if (buffered != null) {
                buffered.flush();
            }
        }

        /** {@return Python's {@code wfile.closed}} */
        public boolean closed() {
            return closed;
        }

        /**
         * Python's {@code wfile.close()}.
         *
         * @throws OSError from the final flush
         */
        public void close() throws OSError {
            closed = true;
            if (buffered != null) {
                buffered.close();
            }
        }

        /** {@return Python's {@code wfile.fileno()}} */
        public int fileno() {
            return sock.fileno();
        }
    }

    /**
     * Python's {@code DatagramRequestHandler}: {@link #rfile} reads the datagram, what is
     * written to {@link #wfile} is sent back to the client in {@code finish()}.
     */
    public abstract static class DatagramRequestHandler extends BaseRequestHandler<DatagramRequest> {
        /** Python's {@code self.packet}: the datagram. */
        public byte[] packet;
        private SocketObject sock;
        /** Python's {@code self.rfile}: {@code BytesIO(packet)}. */
        public BytesIO rfile;
        /** Python's {@code self.wfile}: {@code BytesIO()}, sent in {@code finish()}. */
        public BytesIO wfile;

        /** For subclasses. */
        protected DatagramRequestHandler() {}

        /** Python's {@code setup()}. */
        @Override
        public void setup() {
            packet = request.data();
            sock = request.socket();
            rfile = new BytesIO(packet);
            wfile = new BytesIO();
        }

        /** Python's {@code finish()}: {@code socket.sendto(wfile.getvalue(), client_address)}. */
        @Override
        public void finish() throws Exception {
            sock.sendto(wfile.getvalue(), client_address);
        }

        /** {@return Python's {@code self.socket}: the server's socket (a method, for the reason {@link BaseServer#socket()} is)} */
        public SocketObject socket() {
            return sock;
        }
    }

    /** Python's {@code io.BytesIO}, as far as a datagram handler uses it: one for reading, one for writing. */
    public static final class BytesIO {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private byte[] data;
        private int pos;

        /** Python's {@code BytesIO()}: empty, for writing. */
        public BytesIO() {
            this(new byte[0]);
        }

        /**
         * Python's {@code BytesIO(initial)}.
         *
         * @param initial the bytes to read (null is Python's None: empty)
         */
        public BytesIO(byte[] initial) {
            data = initial == null ? new byte[0] : initial.clone();
        }

        /** {@return Python's {@code read()}: the rest} */
        public byte[] read() {
            return read(-1);
        }

        /**
         * Reads at most {@code n} bytes.
         *
         * @param n at most this many bytes (negative: the rest)
         * @return Python's {@code read(n)}
         */
        public byte[] read(int n) {
            int end = n < 0 ? data.length : (int) Math.min(data.length, (long) pos + n);
            byte[] b = Arrays.copyOfRange(data, Math.min(pos, end), end);
            pos = Math.max(pos, end);
            return b;
        }

        /** {@return Python's {@code readline()}: up to and with the next newline} */
        public byte[] readline() {
            int end = pos;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            return read(Math.min(end + 1, data.length) - pos);
        }

        /**
         * Python's {@code write(b)}.
         *
         * @param b the bytes
         * @return {@code len(b)}
         */
        public int write(byte[] b) {
            out.writeBytes(b);
            return b.length;
        }

        /** {@return Python's {@code getvalue()}: what was written (or given)} */
        public byte[] getvalue() {
            return out.size() > 0 || data.length == 0 ? out.toByteArray() : data.clone();
        }
    }
}
