package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.sockaddr;
import java.lang.ref.Cleaner;
import dev.jnasocket.libc.cmsghdr;
import dev.jnasocket.libc.msghdr;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code socket.socket} object. Made by {@link socket}'s {@code socket(family, type)}
 * and friends; each method is the Python method of the same name, raising the {@link OSError} subclass
 * CPython 3.11 raises.
 *
 * <p>Timeouts work as in CPython: with a timeout set (or in non-blocking mode) the fd is
 * O_NONBLOCK; a call is tried, and on EAGAIN waits in {@code poll} for what is left of one
 * monotonic deadline, then raises {@link TimeoutError} {@code "timed out"}. EINTR is retried
 * everywhere (PEP 475) except in {@code close}. Without a timeout the fd is blocking and a call
 * is exactly one libc call.
 *
 * <p>Closing a socket that another thread is blocked in wakes that thread with
 * {@code OSError: [Errno 9] Bad file descriptor} and keeps the fd number reserved until it has
 * left (see {@link SocketFd}); copies from {@code dup()} or {@code fromfd()} keep the connection.
 * {@code Thread.interrupt()} of a thread waiting in a call raises {@link InterruptedError} (the
 * interrupt status stays set, the socket stays open). On a virtual thread a call that would block
 * parks instead of holding its carrier (see {@link Poller}); what the program sees is the same.
 * A socket dropped without {@code close()} is closed by a Cleaner.
 * Sends never raise SIGPIPE: MSG_NOSIGNAL on Linux, SO_NOSIGPIPE on macOS; a send to a closed
 * peer is a {@link BrokenPipeError}.
 */
public final class SocketObject implements AutoCloseable, FileLike {
    private static final Cleaner CLEANER = Cleaner.create();
    /** Added to every send: Linux's way to turn SIGPIPE into EPIPE (macOS uses SO_NOSIGPIPE). */
    private static final int NOSIGNAL = Os.HOST == Os.LINUX ? LibC.MSG_NOSIGNAL : 0;
    /** The largest buffer one recv allocates: more than any kernel socket buffer here holds. */
    static final int MAX_RECV = 16 << 20;
    /** sendall hands the kernel at most this much a call, so a huge buffer is copied once, not once per partial send. */
    private static final int SENDALL_CHUNK = 1 << 20;

    /** Python's {@code s.family}: AF_INET, AF_INET6, AF_UNIX... */
    public final int family;
    /** Python's {@code s.type}: SOCK_STREAM, SOCK_DGRAM... (without SOCK_NONBLOCK/SOCK_CLOEXEC). */
    public final int type;
    /** Python's {@code s.proto}. */
    public final int proto;

    private final SocketFd fd;
    /** Nanoseconds; {@link Timeout#NONE} for None (blocking). Python's {@code sock_timeout}. */
    private volatile long timeout = Timeout.NONE;
    /** Whether the fd is O_NONBLOCK now, so a new socket's first settimeout costs no call when the mode stays. */
    private boolean nonBlocking;
    /** Whether a virtual thread has used this socket, which keeps the fd O_NONBLOCK underneath (see parkUnderneath). */
    private volatile boolean parkMode;
    /** Python's {@code _io_refs} and {@code _closed}: files from makefile keep the fd open. */
    private int ioRefs;
    private boolean closedByUser;

    /**
     * Wraps an fd this object now owns.
     *
     * @param fd     an open socket fd, close-on-exec already set
     * @param timeout the timeout to apply in nanoseconds, or {@link Timeout#NONE} (Python's
     *                default timeout for a new socket)
     */
    SocketObject(int family, int type, int proto, int fd, long timeout) throws OSError {
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.fd = new SocketFd(fd);
        CLEANER.register(this, this.fd);
        try {
            if (Os.HOST == Os.MACOS) {
                LibC.setsockopt(fd, LibC.SOL_SOCKET, LibC.SO_NOSIGPIPE, 1);
                // macOS hands accept() the listener's O_NONBLOCK: learn the real state.
                nonBlocking = (LibC.fcntl(fd, LibC.F_GETFL) & LibC.O_NONBLOCK) != 0;
            }
            applyTimeout(timeout, false);
        } catch (OSError | RuntimeException e) {
            this.fd.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- the wait-and-retry core

    private int enter() throws OSError {
        int f = fd.acquire();
        if (!parkMode && VirtualThreads.isVirtual(Thread.currentThread())) {
            try {
                parkUnderneath(f);
            } catch (OSError e) {
                leave();
                throw e;
            }
        }
        return f;
    }

    /**
     * The first call on a virtual thread makes the fd O_NONBLOCK for good (as the JDK does for
     * its own sockets), whatever the timeout: a call that would block then returns EAGAIN and
     * the thread parks in the {@link Poller} instead of pinning its carrier. What Python sees
     * does not change: gettimeout() and getblocking() answer from the timeout, and a blocking
     * socket still waits as long as it takes (on a platform thread too, in poll).
     */
    private void parkUnderneath(int f) throws OSError {
        synchronized (this) {
            if (parkMode) {
                return;
            }
            if (!nonBlocking) {
                int fl = LibC.fcntl(f, LibC.F_GETFL);
                if (fl < 0 || LibC.fcntl(f, LibC.F_SETFL, fl | LibC.O_NONBLOCK) < 0) {
                    throw OSError.last();
                }
                nonBlocking = true;
            }
            parkMode = true;
        }
    }

    /** A bit beside POLLIN/POLLOUT in retry's {@code events}: the caller passed MSG_DONTWAIT, so EAGAIN is its answer. */
    private static final int NO_WAIT = 1 << 16;

    /** @return {@code events}, marked when {@code flags} asks for a call that never waits */
    private static int waits(int events, int flags) {
        return (flags & LibC.MSG_DONTWAIT) != 0 ? events | NO_WAIT : events;
    }

    private void leave() {
        fd.release();
    }

    /** The monotonic deadline of a call that starts now, or 0 when the socket has no timeout. */
    private long deadline() {
        long t = timeout;
        return t > 0 ? Timeout.deadline(t) : 0;
    }

    /**
     * What every call does after libc said -1 (CPython's {@code sock_call_ex}): returns to have
     * the call retried (after EINTR, or after EAGAIN once {@code poll} says the fd is ready
     * within the timeout); throws otherwise. Each call site is one loop,
     * {@code for (d = 0; (r = call()) < 0; d = retry(fd, events, d)) {}}, written out rather than
     * passed as a lambda so the zero-copy paths allocate nothing.
     *
     * @param deadline the call's monotonic deadline, 0 until its first wait
     * @return the deadline, started on the first wait of a socket with a timeout
     */
    private long retry(int fdn, int events, long deadline) throws OSError {
        int e = LibC.errno();
        if (fd.isClosed()) {
            throw SocketFd.badFd(); // woken by close() from another thread
        }
        if (e == LibC.EINTR) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(); // Thread.interrupt() ends the call (the signal was a wake-up)
            }
            Signals.check(); // Ctrl-C in the main thread: KeyboardInterrupt, as CPython's PyErr_CheckSignals
            return deadline; // PEP 475: a signal's EINTR is retried
        }
        if ((e == LibC.EAGAIN || e == LibC.EWOULDBLOCK) && (events & NO_WAIT) == 0) {
            long d = deadline != 0 ? deadline : deadline();
            if (d == 0 && timeout < 0 && (parkMode || (LibC.fcntl(fdn, LibC.F_GETFL) & LibC.O_NONBLOCK) != 0)) {
                // Blocking for Python, non-blocking underneath (a virtual thread used this socket
                // or a copy sharing its file): wait as long as it takes. A blocking fd's EAGAIN
                // (SO_RCVTIMEO) is raised, as CPython does.
                d = FOREVER;
            }
            if (d != 0) {
                waitFor(fdn, events, d);
                return d;
            }
        }
        throw OSError.fromErrno(e);
    }

    /** The error a call ended by Thread.interrupt() raises; the thread's interrupt status stays set. */
    private static OSError interrupted() {
        return OSError.fromErrno(LibC.EINTR);
    }

    /** A deadline that never comes: a blocking connect interrupted by a signal waits for the kernel. */
    private static final long FOREVER = Timeout.NEVER;

    /**
     * Waits until the fd is ready, for at most what is left until the deadline: a virtual thread
     * parks in the {@link Poller}, a platform thread waits in poll. Returns for the call to be
     * retried; raises EBADF once closed, InterruptedError once the thread is interrupted.
     */
    private void waitFor(int fdn, int events, long deadline) throws OSError {
        events &= ~NO_WAIT;
        if (VirtualThreads.isVirtual(Thread.currentThread())) {
            if (Timeout.expired(deadline)) {
                throw TimeoutError.timedOut();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted();
            }
            Poller.await(fdn, events, deadline, fd);
            if (fd.isClosed()) {
                throw SocketFd.badFd();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted();
            }
            return;
        }
        for (;;) {
            int ms = Timeout.pollMillis(deadline);
            if (ms == 0) {
                throw TimeoutError.timedOut();
            }
            int r = LibC.poll1(fdn, events, ms);
            if (fd.isClosed()) {
                throw SocketFd.badFd();
            }
            if (r > 0) {
                return;
            }
            if (r < 0) {
                if (LibC.errno() != LibC.EINTR) {
                    throw OSError.last();
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted();
                }
            }
            Signals.check();
        }
    }

    /** A successful 0 (EOF) seen after close() from another thread is that close, not the peer's EOF. */
    private long result(long r) throws OSError {
        if (r == 0 && fd.isClosed()) {
            throw SocketFd.badFd();
        }
        return r;
    }

    // ---------------------------------------------------------------- connection set-up

    /**
     * Python's {@code s.bind(address)}.
     *
     * @param address {@code Address.of(host, port)}, {@code Address.of6(...)} or {@code Address.unix(path)}
     * @throws OSError e.g. {@code [Errno 98] Address already in use}
     */
    public void bind(Address address) throws OSError {
        sockaddr sa = AddressCodec.toSockaddr(address, family, "bind");
        int f = enter();
        try {
            if (LibC.bind(f, sa, sa.length()) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code s.bind((host, port))}.
     *
     * @param host a name or address; {@code ""} for all interfaces
     * @param port the port, 0 for any free one
     * @throws OSError if the kernel refuses
     */
    public void bind(String host, int port) throws OSError {
        bind(Address.of(host, port));
    }

    /**
     * Python's {@code s.listen()}: backlog {@code min(SOMAXCONN, 128)}.
     *
     * @throws OSError if the socket cannot listen
     */
    public void listen() throws OSError {
        listen(Math.min(LibC.SOMAXCONN, 128));
    }

    /**
     * Python's {@code s.listen(backlog)}; a negative backlog counts as 0.
     *
     * @param backlog how many pending connections to queue
     * @throws OSError if the socket cannot listen
     */
    public void listen(int backlog) throws OSError {
        int f = enter();
        try {
            if (LibC.listen(f, Math.max(0, backlog)) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code conn, addr = s.accept()}. The new socket takes the default timeout; if that
     * is None and this socket has a timeout, it is blocking (as in CPython).
     *
     * @return the connection and the peer's address
     * @throws OSError e.g. TimeoutError, BlockingIOError in non-blocking mode
     */
    public Accepted accept() throws OSError {
        sockaddr peer = AddressCodec.empty(family);
        int[] len = new int[1];
        int c;
        int f = enter();
        try {
            boolean reclaimed = false; // out of fds: once, let dropped sockets' fds be closed, and accept again
            for (long d = 0; (c = acceptOnce(f, peer, len)) < 0; ) {
                if (!reclaimed && socket.reclaimFds(LibC.errno(), 1)) {
                    reclaimed = true;
                } else {
                    d = retry(f, LibC.POLLIN, d); // waits for a connection, or the call was interrupted
                }
            }
        } finally {
            leave();
        }
        if (Os.HOST != Os.LINUX) {
            LibC.fcntl(c, LibC.F_SETFD, LibC.FD_CLOEXEC);
        }
        SocketObject conn = new SocketObject(family, type, proto, c, socket.defaultTimeout());
        return new Accepted(conn, len[0] > 0 ? AddressCodec.fromSockaddr(peer) : Address.unix(""));
    }

    private static int acceptOnce(int f, sockaddr peer, int[] len) {
        len[0] = peer.size();
        return Os.HOST == Os.LINUX ? LibC.accept4(f, peer, len, LibC.SOCK_CLOEXEC) : LibC.accept(f, peer, len);
    }

    /**
     * Python's {@code s.connect(address)}. With a timeout: a non-blocking connect, a poll for
     * writability until the deadline, then SO_ERROR.
     *
     * @param address where to connect
     * @throws OSError ConnectionRefusedError, TimeoutError, BlockingIOError (non-blocking), ...
     */
    public void connect(Address address) throws OSError {
        int e = connect(address, true);
        if (e != 0) {
            throw OSError.fromErrno(e);
        }
    }

    /**
     * Python's {@code s.connect((host, port))}.
     *
     * @param host the peer's name or address
     * @param port its port
     * @throws OSError if the connection fails
     */
    public void connect(String host, int port) throws OSError {
        connect(Address.of(host, port));
    }

    /**
     * Python's {@code s.connect_ex(address)}: the errno instead of an exception (0 on success).
     * Resolution errors still raise, as in CPython.
     *
     * @param address where to connect
     * @return 0 or an errno value
     * @throws OSError for errors that are not the connect's own (bad address, closed socket)
     */
    public int connect_ex(Address address) throws OSError {
        return connect(address, false);
    }

    /**
     * Python's {@code s.connect_ex((host, port))}.
     *
     * @param host the peer
     * @param port its port
     * @return 0 or an errno value
     * @throws OSError for resolution errors
     */
    public int connect_ex(String host, int port) throws OSError {
        return connect_ex(Address.of(host, port));
    }

    /** CPython's {@code internal_connect}: returns the errno, 0 on success; raises timeouts when asked to. */
    private int connect(Address address, boolean raise) throws OSError {
        sockaddr sa = AddressCodec.toSockaddr(address, family, raise ? "connect" : "connect_ex");
        int f;
        try {
            f = enter();
        } catch (OSError closed) {
            if (raise) {
                throw closed;
            }
            return LibC.EBADF; // CPython's connect(-1) answers EBADF, and connect_ex returns it
        }
        try {
            long deadline = deadline();
            int r = LibC.connect(f, sa, sa.length());
            if (r == 0) {
                return 0;
            }
            int e = LibC.errno();
            if (fd.isClosed()) {
                throw SocketFd.badFd();
            }
            if (e == LibC.EINTR && Thread.currentThread().isInterrupted()) {
                throw interrupted();
            }
            // EINPROGRESS: a timeout, or a blocking socket that is non-blocking underneath (virtual threads)
            boolean pending = e == LibC.EINTR || (e == LibC.EINPROGRESS && (deadline != 0 || timeout < 0 && parkMode));
            if (!pending) {
                return e;
            }
            // The connection goes on in the kernel: wait for it (no deadline if blocking and interrupted).
            try {
                waitFor(f, LibC.POLLOUT, deadline != 0 ? deadline : FOREVER);
            } catch (TimeoutError t) {
                if (raise) {
                    throw t;
                }
                return LibC.EWOULDBLOCK;
            }
            int[] err = {0};
            if (LibC.getsockopt(f, LibC.SOL_SOCKET, LibC.SO_ERROR, err) != 0) {
                return LibC.errno();
            }
            return err[0];
        } finally {
            leave();
        }
    }

    // ---------------------------------------------------------------- receiving

    /**
     * Python's {@code s.recv(bufsize)}: at most {@code bufsize} bytes; an empty array at EOF.
     *
     * @param bufsize the most to read (reads at most 16 MiB a call)
     * @return the bytes
     * @throws OSError e.g. TimeoutError, BlockingIOError, ConnectionResetError
     */
    public byte[] recv(int bufsize) throws OSError {
        return recv(bufsize, 0);
    }

    /**
     * Python's {@code s.recv(bufsize, flags)}.
     *
     * @param bufsize the most to read
     * @param flags   MSG_PEEK, MSG_WAITALL, MSG_DONTWAIT...
     * @return the bytes; with MSG_TRUNC only those received (CPython pads to the datagram's
     *         length with uninitialised bytes)
     * @throws OSError as for recv
     */
    public byte[] recv(int bufsize, int flags) throws OSError {
        if (bufsize < 0) {
            throw new IllegalArgumentException("negative buffersize in recv");
        }
        byte[] buf = new byte[Math.min(bufsize, MAX_RECV)];
        int n = Math.min(receive(buf, 0, buf.length, flags), buf.length); // MSG_TRUNC counts bytes not received
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    /**
     * Python's {@code s.recv_into(buffer)}: fills the start of {@code buffer}.
     *
     * @param buffer where the bytes go
     * @return how many were read (0 at EOF)
     * @throws OSError as for recv
     */
    public int recv_into(byte[] buffer) throws OSError {
        return recv_into(buffer, 0, 0);
    }

    /**
     * Python's {@code s.recv_into(buffer, nbytes)}.
     *
     * @param buffer where the bytes go
     * @param nbytes the most to read; 0 means the whole buffer
     * @return how many were read
     * @throws OSError as for recv
     */
    public int recv_into(byte[] buffer, int nbytes) throws OSError {
        return recv_into(buffer, nbytes, 0);
    }

    /**
     * Python's {@code s.recv_into(buffer, nbytes, flags)}.
     *
     * @param buffer where the bytes go
     * @param nbytes the most to read; 0 means the whole buffer
     * @param flags  MSG_* flags
     * @return how many were read; with MSG_TRUNC the datagram's full length, as CPython returns,
     *         though at most {@code nbytes} are stored
     * @throws OSError as for recv
     */
    public int recv_into(byte[] buffer, int nbytes, int flags) throws OSError {
        if (buffer == null) {
            throw new IllegalArgumentException("recv_into() argument 'buffer' must be read-write bytes-like object, not None");
        }
        return receive(buffer, 0, intoLength(nbytes, buffer.length), flags);
    }

    /**
     * {@code recv_into} a ByteBuffer: the kernel writes at the buffer's position, which then
     * moves past the bytes read (the java.nio convention). A direct buffer is filled in place,
     * with no copy and no allocation.
     *
     * @param buffer a direct buffer
     * @return how many were read (0 at EOF)
     * @throws OSError as for recv
     */
    public int recv_into(ByteBuffer buffer) throws OSError {
        return recv_into(buffer, 0, 0);
    }

    /**
     * {@code recv_into} a ByteBuffer, at most {@code nbytes} bytes.
     *
     * @param buffer where the bytes go
     * @param nbytes the most to read; 0 means {@code remaining()}
     * @return how many were read
     * @throws OSError as for recv
     */
    public int recv_into(ByteBuffer buffer, int nbytes) throws OSError {
        return recv_into(buffer, nbytes, 0);
    }

    /**
     * {@code recv_into} a direct ByteBuffer.
     *
     * @param buffer a direct buffer
     * @param nbytes the most to read; 0 means {@code remaining()}
     * @param flags  MSG_* flags
     * @return how many were read
     * @throws OSError as for recv
     */
    public int recv_into(ByteBuffer buffer, int nbytes, int flags) throws OSError {
        if (buffer == null) {
            throw new IllegalArgumentException("recv_into() argument 'buffer' must be read-write bytes-like object, not None");
        }
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("recv_into() argument 1 must be read-write bytes-like object, not memoryview");
        }
        int len = intoLength(nbytes, buffer.remaining());
        if (len == 0) {
            return 0; // as receive(): no call for nothing
        }
        if (!buffer.isDirect()) {
            if (!buffer.hasArray()) {
                throw new IllegalArgumentException("recv_into() argument 'buffer' must be read-write bytes-like object");
            }
            int n = receive(buffer.array(), buffer.arrayOffset() + buffer.position(), len, flags);
            buffer.position(buffer.position() + Math.min(n, len)); // MSG_TRUNC counts bytes not stored
            return n;
        }
        long r;
        int f = enter();
        try {
            for (long d = 0; (r = LibC.recv(f, buffer, len, flags)) < 0; d = retry(f, waits(LibC.POLLIN, flags), d)) {
                // retry() waited for data, or the call was interrupted
            }
        } finally {
            leave();
        }
        int n = (int) result(r);
        buffer.position(buffer.position() + Math.min(n, len)); // MSG_TRUNC counts bytes not stored
        return n;
    }

    private static int intoLength(int nbytes, int room) {
        if (nbytes < 0) {
            throw new IllegalArgumentException("negative buffersize in recv_into");
        }
        if (nbytes > room) {
            throw new IllegalArgumentException("buffer too small for requested bytes");
        }
        return nbytes == 0 ? room : nbytes;
    }

    /**
     * recv into {@code buf[off, off+len)} with the timeout rules. Asking for nothing returns 0
     * without a call, as CPython does (even on a closed socket): a real recv(2) of 0 bytes on a
     * blocking socket would wait for data it then could not take.
     */
    private int receive(byte[] buf, int off, int len, int flags) throws OSError {
        if (len == 0) {
            return 0;
        }
        long r;
        int f = enter();
        try {
            for (long d = 0; (r = LibC.recv(f, buf, off, len, flags)) < 0; d = retry(f, waits(LibC.POLLIN, flags), d)) {
                // retry() waited for data, or the call was interrupted
            }
        } finally {
            leave();
        }
        return (int) result(r);
    }

    /**
     * Python's {@code data, addr = s.recvfrom(bufsize)}.
     *
     * @param bufsize the most to read
     * @return the bytes and the sender's address
     * @throws OSError as for recv
     */
    public Received recvfrom(int bufsize) throws OSError {
        return recvfrom(bufsize, 0);
    }

    /**
     * Python's {@code s.recvfrom(bufsize, flags)}.
     *
     * @param bufsize the most to read
     * @param flags   MSG_* flags
     * @return the bytes and the sender's address (null when the kernel names none)
     * @throws OSError as for recv
     */
    public Received recvfrom(int bufsize, int flags) throws OSError {
        if (bufsize < 0) {
            throw new IllegalArgumentException("negative buffersize in recvfrom");
        }
        byte[] buf = new byte[Math.min(bufsize, MAX_RECV)];
        sockaddr from = AddressCodec.empty(family);
        int[] len = {from.size()};
        int n = (int) Math.min(receiveFrom(buf, buf.length, flags, from, len), buf.length); // MSG_TRUNC counts bytes not received: return only real ones
        Address addr = len[0] > 0 ? AddressCodec.fromSockaddr(from) : null;
        return new Received(n == buf.length ? buf : Arrays.copyOf(buf, n), addr);
    }

    /**
     * The one recvfrom loop, of recvfrom and recvfrom_into: at most {@code len} bytes into
     * {@code buf}, the sender into {@code from}, with the timeout rules.
     *
     * @return the kernel's count (with MSG_TRUNC, a datagram's full length)
     */
    private long receiveFrom(byte[] buf, int len, int flags, sockaddr from, int[] fromLen) throws OSError {
        long r;
        int f = enter();
        try {
            for (long d = 0; (r = LibC.recvfrom(f, buf, 0, len, flags, from, fromLen)) < 0; d = retry(f, waits(LibC.POLLIN, flags), d)) {
                fromLen[0] = from.size();
            }
        } finally {
            leave();
        }
        return result(r);
    }

    // ---------------------------------------------------------------- sending

    /**
     * Python's {@code s.send(data)}: returns how many bytes the kernel took (maybe fewer).
     *
     * @param data the bytes
     * @return the number sent
     * @throws OSError e.g. BrokenPipeError, TimeoutError, BlockingIOError
     */
    public int send(byte[] data) throws OSError {
        return send(data, 0);
    }

    /**
     * Python's {@code s.send(data, flags)}.
     *
     * @param data  the bytes
     * @param flags MSG_* flags
     * @return the number sent
     * @throws OSError as for send
     */
    public int send(byte[] data, int flags) throws OSError {
        requireData(data);
        return transmit(data, 0, data.length, flags, 0);
    }

    /**
     * {@code send} from a ByteBuffer, from its position, which moves past the bytes sent. A
     * direct buffer is handed to libc in place, with no copy and no allocation.
     *
     * @param data  a direct buffer
     * @param flags MSG_* flags
     * @return the number sent
     * @throws OSError as for send
     */
    public int send(ByteBuffer data, int flags) throws OSError {
        if (data == null) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'NoneType'");
        }
        if (!data.isDirect()) {
            byte[] copy = new byte[data.remaining()];
            data.duplicate().get(copy);
            int n = transmit(copy, 0, copy.length, flags, 0);
            data.position(data.position() + n);
            return n;
        }
        long r;
        int f = enter();
        try {
            for (long d = 0; (r = LibC.send(f, data, data.remaining(), flags | NOSIGNAL)) < 0; d = retry(f, waits(LibC.POLLOUT, flags), d)) {
                // retry() waited for room, or the call was interrupted
            }
        } finally {
            leave();
        }
        data.position(data.position() + (int) r);
        return (int) r;
    }

    /**
     * {@code send} from a direct ByteBuffer.
     *
     * @param data a direct buffer
     * @return the number sent
     * @throws OSError as for send
     */
    public int send(ByteBuffer data) throws OSError {
        return send(data, 0);
    }

    /**
     * Python's {@code s.sendall(data)}: sends every byte, or raises. With a timeout, one
     * deadline covers the whole buffer.
     *
     * @param data the bytes
     * @throws OSError e.g. BrokenPipeError, TimeoutError
     */
    public void sendall(byte[] data) throws OSError {
        sendall(data, 0);
    }

    /**
     * Python's {@code s.sendall(data, flags)}.
     *
     * @param data  the bytes
     * @param flags MSG_* flags
     * @throws OSError as for sendall
     */
    public void sendall(byte[] data, int flags) throws OSError {
        requireData(data);
        long deadline = deadline();
        int off = 0;
        do {
            int chunk = type == LibC.SOCK_STREAM ? Math.min(SENDALL_CHUNK, data.length - off) : data.length - off;
            off += transmit(data, off, chunk, flags, deadline);
        } while (off < data.length);
    }

    /** One send of {@code data[off, off+len)} with the timeout rules; {@code deadline} 0 means "start one if needed". */
    private int transmit(byte[] data, int off, int len, int flags, long deadline) throws OSError {
        long r;
        int f = enter();
        try {
            for (long d = deadline; (r = LibC.send(f, data, off, len, flags | NOSIGNAL)) < 0; d = retry(f, waits(LibC.POLLOUT, flags), d)) {
                // retry() waited for room, or the call was interrupted
            }
        } finally {
            leave();
        }
        return (int) r;
    }

    /**
     * Python's {@code s.sendto(data, address)}.
     *
     * @param data    the datagram
     * @param address the destination
     * @return the number of bytes sent
     * @throws OSError e.g. {@code [Errno 90] Message too long}
     */
    public int sendto(byte[] data, Address address) throws OSError {
        return sendto(data, 0, address);
    }

    /**
     * Python's {@code s.sendto(data, (host, port))}.
     *
     * @param data the datagram
     * @param host the destination host
     * @param port its port
     * @return the number of bytes sent
     * @throws OSError as for sendto
     */
    public int sendto(byte[] data, String host, int port) throws OSError {
        return sendto(data, 0, Address.of(host, port));
    }

    /**
     * Python's {@code s.sendto(data, flags, address)}.
     *
     * @param data    the datagram
     * @param flags   MSG_* flags
     * @param address the destination
     * @return the number of bytes sent
     * @throws OSError as for sendto
     */
    public int sendto(byte[] data, int flags, Address address) throws OSError {
        requireData(data);
        sockaddr sa = AddressCodec.toSockaddr(address, family, "sendto");
        long r;
        int f = enter();
        try {
            for (long d = 0; (r = LibC.sendto(f, data, 0, data.length, flags | NOSIGNAL, sa, sa.length())) < 0;
                    d = retry(f, waits(LibC.POLLOUT, flags), d)) {
                // retry() waited for room, or the call was interrupted
            }
        } finally {
            leave();
        }
        return (int) r;
    }

    private static void requireData(byte[] data) {
        if (data == null) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'NoneType'");
        }
    }

    // ---------------------------------------------------------------- modes and options

    /**
     * Python's {@code s.settimeout(value)}: null blocks, 0.0 never blocks, a positive number
     * of seconds raises TimeoutError when a call takes longer.
     *
     * @param value seconds, or null
     * @throws OSError if the fd's mode cannot be changed (closed socket)
     */
    public void settimeout(Double value) throws OSError {
        applyTimeout(Timeout.socket(value), true);
    }

    /**
     * Python's {@code s.settimeout(seconds)} for a Python int.
     *
     * @param seconds the timeout
     * @throws OSError if the mode cannot be changed
     */
    public void settimeout(long seconds) throws OSError {
        applyTimeout(Timeout.socket(seconds), true);
    }

    /**
     * Stores a parsed timeout (nanoseconds, or {@link Timeout#NONE}), then puts the fd in the
     * matching mode. As CPython does, the value is stored first and kept when the fd turns out
     * to be bad, and the fd is always asked ({@code fcntl}), so a socket whose fd was closed
     * behind its back raises EBADF here.
     *
     * @param askFd false only for a new socket, whose mode is known, so creating one costs no call
     */
    void applyTimeout(long t, boolean askFd) throws OSError {
        synchronized (this) {
            timeout = t;
            if (!askFd && (t >= 0 || parkMode) == nonBlocking) {
                return;
            }
            int f = enter();
            try {
                // Read after enter(), which turns park mode on for a virtual thread's first call.
                boolean wantNonBlocking = t >= 0 || parkMode;
                int fl = LibC.fcntl(f, LibC.F_GETFL);
                if (fl < 0) {
                    throw OSError.last();
                }
                if (((fl & LibC.O_NONBLOCK) != 0) != wantNonBlocking && LibC.fcntl(f, LibC.F_SETFL,
                        wantNonBlocking ? fl | LibC.O_NONBLOCK : fl & ~LibC.O_NONBLOCK) < 0) {
                    throw OSError.last();
                }
                nonBlocking = wantNonBlocking;
            } finally {
                leave();
            }
        }
    }

    /**
     * Python's {@code s.settimeout(seconds)} for a plain number.
     *
     * @param seconds the timeout
     * @throws OSError if the mode cannot be changed
     */
    public void settimeout(double seconds) throws OSError {
        settimeout(Double.valueOf(seconds));
    }

    /** {@return Python's {@code s.gettimeout()}: seconds, 0.0 for non-blocking, null for blocking} */
    public Double gettimeout() {
        long t = timeout;
        return t < 0 ? null : Timeout.asSeconds(t);
    }

    /**
     * Python's {@code s.setblocking(flag)}: {@code settimeout(null)} or {@code settimeout(0.0)}.
     *
     * @param flag true for blocking
     * @throws OSError if the mode cannot be changed
     */
    public void setblocking(boolean flag) throws OSError {
        settimeout(flag ? null : 0.0);
    }

    /** {@return Python's {@code s.getblocking()}: false only in non-blocking mode (timeout 0.0)} */
    public boolean getblocking() {
        return timeout != 0;
    }

    /**
     * Python's {@code s.setsockopt(level, optname, value)} with an int value.
     *
     * @param level   SOL_SOCKET, IPPROTO_TCP...
     * @param optname SO_REUSEADDR, TCP_NODELAY...
     * @param value   the value
     * @throws OSError e.g. {@code [Errno 92] Protocol not available}
     */
    public void setsockopt(int level, int optname, int value) throws OSError {
        int f = enter();
        try {
            if (LibC.setsockopt(f, level, optname, value) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code s.setsockopt(level, optname, bytes)}: a struct value such as {@code linger}.
     *
     * @param level   the option's level
     * @param optname the option
     * @param value   its bytes in the host's layout
     * @throws OSError if the kernel refuses
     */
    public void setsockopt(int level, int optname, byte[] value) throws OSError {
        requireData(value);
        if (value.length > 1024) {
            throw new OSError("setsockopt value too long");
        }
        int f = enter();
        try {
            if (LibC.setsockopt(f, level, optname, value, value.length) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code s.getsockopt(level, optname)}: an int option.
     *
     * @param level   the option's level
     * @param optname the option
     * @return its value
     * @throws OSError if the kernel refuses
     */
    public int getsockopt(int level, int optname) throws OSError {
        int[] v = {0};
        int f = enter();
        try {
            if (LibC.getsockopt(f, level, optname, v) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
        return v[0];
    }

    /**
     * Python's {@code s.getsockopt(level, optname, buflen)}: the raw bytes of an option.
     *
     * @param level   the option's level
     * @param optname the option
     * @param buflen  1 to 1024
     * @return the value's bytes
     * @throws OSError {@code "getsockopt buflen out of range"} or the kernel's error
     */
    public byte[] getsockopt(int level, int optname, int buflen) throws OSError {
        if (buflen <= 0 || buflen > 1024) {
            throw new OSError("getsockopt buflen out of range");
        }
        byte[] v = new byte[buflen];
        int[] len = {buflen};
        int f = enter();
        try {
            if (LibC.getsockopt(f, level, optname, v, len) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
        return len[0] == buflen ? v : Arrays.copyOf(v, len[0]);
    }

    /**
     * Python's {@code s.getsockname()}.
     *
     * @return the local address ({@code ('0.0.0.0', 0)} before bind; {@code ''} for an unnamed AF_UNIX socket)
     * @throws OSError on a closed socket
     */
    public Address getsockname() throws OSError {
        return name(true);
    }

    /**
     * Python's {@code s.getpeername()}.
     *
     * @return the peer's address
     * @throws OSError {@code [Errno 107] Transport endpoint is not connected}
     */
    public Address getpeername() throws OSError {
        return name(false);
    }

    /**
     * The family the kernel says the fd has, when it differs from {@link #family} (a
     * {@code fromfd} told the wrong one): addresses are decoded by it, as CPython decodes them by
     * their own {@code sa_family}. -1 when the same.
     */
    private volatile int kernelFamily = -1;

    /** Decodes this socket's addresses as {@code family}, the kernel's (see {@link #kernelFamily}). */
    void decodeAs(int family) {
        kernelFamily = family == this.family ? -1 : family;
    }

    private Address name(boolean local) throws OSError {
        int family = kernelFamily >= 0 ? kernelFamily : this.family;
        sockaddr sa = AddressCodec.empty(family);
        int[] len = {sa.size()};
        int f = enter();
        try {
            int r = local ? LibC.getsockname(f, sa, len) : LibC.getpeername(f, sa, len);
            if (r != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
        return len[0] <= 2 && family == LibC.AF_UNIX ? Address.unix("") : AddressCodec.fromSockaddr(sa);
    }

    /**
     * Python's {@code s.get_inheritable()}: whether a child process would inherit the fd.
     *
     * @return false unless set_inheritable(true) was called (sockets are close-on-exec)
     * @throws OSError on a closed socket
     */
    public boolean get_inheritable() throws OSError {
        int f = enter();
        try {
            int r = LibC.fcntl(f, LibC.F_GETFD);
            if (r < 0) {
                throw OSError.last();
            }
            return (r & LibC.FD_CLOEXEC) == 0;
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code s.set_inheritable(inheritable)}.
     *
     * @param inheritable true to clear close-on-exec
     * @throws OSError on a closed socket
     */
    public void set_inheritable(boolean inheritable) throws OSError {
        int f = enter();
        try {
            int r = LibC.fcntl(f, LibC.F_GETFD);
            if (r < 0 || LibC.fcntl(f, LibC.F_SETFD, inheritable ? r & ~LibC.FD_CLOEXEC : r | LibC.FD_CLOEXEC) < 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }

    // ---------------------------------------------------------------- life cycle

    /**
     * Python's {@code s.shutdown(how)}.
     *
     * @param how SHUT_RD, SHUT_WR or SHUT_RDWR
     * @throws OSError e.g. ENOTCONN
     */
    public void shutdown(int how) throws OSError {
        int f = enter();
        try {
            if (LibC.shutdown(f, how) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code s.close()}: closes the fd once (a second close does nothing). While files
     * from {@link #makefile} are open, the fd stays open until they close too, as in Python.
     *
     * @throws OSError if libc's close fails (ECONNRESET is ignored, as in CPython)
     */
    @Override
    public void close() throws OSError {
        synchronized (this) {
            closedByUser = true;
            if (ioRefs > 0) {
                return;
            }
        }
        int e = fd.close();
        if (e > 0 && e != LibC.ECONNRESET) {
            throw OSError.fromErrno(e);
        }
    }

    /**
     * Python's {@code s.detach()}: this object becomes closed but the fd stays open.
     *
     * @return the fd, or -1 if already closed
     */
    public int detach() {
        return fd.detach();
    }

    /** @return Python's {@code s.fileno()}: the fd, or -1 once closed */
    @Override
    public int fileno() {
        return fd.isClosed() ? -1 : fd.fd;
    }

    /**
     * Python's {@code s.dup()}: a new socket object on a duplicate fd (close-on-exec), with the
     * same timeout.
     *
     * @return the new socket
     * @throws OSError on a closed socket or when out of fds
     */
    public SocketObject dup() throws OSError {
        int f = enter();
        try {
            int d = LibC.fcntl(f, LibC.F_DUPFD_CLOEXEC, 0);
            if (d < 0 && socket.reclaimFds(LibC.errno(), 1)) {
                d = LibC.fcntl(f, LibC.F_DUPFD_CLOEXEC, 0);
            }
            if (d < 0) {
                throw OSError.last();
            }
            SocketObject s = new SocketObject(family, type, proto, d, Timeout.NONE);
            s.parkMode = parkMode; // the copy shares the file, and its O_NONBLOCK: it must not clear it
            s.settimeout(gettimeout());
            return s;
        } finally {
            leave();
        }
    }

    /**
     * Python's {@code s.makefile('rb')}: a buffered binary file on this socket.
     *
     * @param mode {@code "rb"}, {@code "wb"} or {@code "rwb"} (also {@code "r"}, {@code "w"}, which
     *             are binary here; the text file is {@link #makefile(String, Integer, String, String, String)})
     * @return the file; closing it does not close the socket
     */
    public SocketFile makefile(String mode) {
        return makefile(mode, -1);
    }

    /** {@return Python's {@code s.makefile()} ({@code "r"}), binary here} */
    public SocketFile makefile() {
        return makefile("r");
    }

    /**
     * Python's {@code s.makefile(mode, buffering)}: {@code buffering=0} gives the raw
     * {@code SocketIO} (one recv per read, one send per write), a positive value the buffer size,
     * a negative one the default ({@code io.DEFAULT_BUFFER_SIZE}).
     *
     * @param mode      {@code "rb"}, {@code "wb"}, {@code "rwb"}
     * @param buffering 0, a size, or negative
     * @return the binary file
     */
    public SocketFile makefile(String mode, int buffering) {
        SocketFile.checkMode(mode);
        if (buffering == 0 && !mode.contains("b")) {
            throw new IllegalArgumentException("unbuffered streams must be binary");
        }
        synchronized (this) {
            ioRefs++;
        }
        return new SocketFile(this, mode, buffering);
    }

    /**
     * Python's {@code s.makefile(mode, buffering, encoding=, errors=, newline=)} for a text mode
     * ({@code "r"}, {@code "w"}, {@code "rw"}): {@code str} in and out.
     *
     * @param mode      a mode without {@code b}
     * @param buffering null or negative for the default, a positive buffer size
     * @param encoding  a codec name, null for UTF-8
     * @param errors    {@code "strict"} (null), {@code "replace"}, {@code "ignore"}
     * @param newline   null for universal newlines, {@code ""}, {@code "\n"}, {@code "\r"}, {@code "\r\n"}
     * @return the text file
     */
    public SocketTextFile makefile(String mode, Integer buffering, String encoding, String errors, String newline) {
        SocketFile.checkMode(mode);
        if (mode.contains("b")) {
            throw new IllegalArgumentException("binary mode doesn't take an encoding argument");
        }
        int size = buffering == null ? -1 : buffering;
        if (size == 0) {
            throw new IllegalArgumentException("unbuffered streams must be binary");
        }
        String binary = (mode.contains("r") || !mode.contains("w") ? "r" : "") + (mode.contains("w") ? "w" : "") + "b";
        SocketFile file = makefile(binary, size);
        try {
            return new SocketTextFile(file, mode, encoding, errors, newline);
        } catch (RuntimeException e) {
            try {
                file.close();
            } catch (OSError ignored) {
                // nothing was written
            }
            throw e;
        }
    }

    /** Called by a {@link SocketFile} as it closes (Python's {@code _decref_socketios}). */
    void fileClosed() throws OSError {
        boolean closeNow;
        synchronized (this) {
            if (ioRefs > 0) {
                ioRefs--;
            }
            closeNow = closedByUser && ioRefs == 0;
        }
        if (closeNow) {
            close();
        }
    }

    /**
     * Python's {@code repr(s)}, to the character:
     * {@code <socket.socket fd=5, family=2, type=1, proto=0, laddr=('127.0.0.1', 1234), raddr=('127.0.0.1', 50330)>}.
     */
    @Override
    public String toString() {
        boolean closed = fd.isClosed() || closedByUser;
        StringBuilder b = new StringBuilder("<socket.socket");
        if (closed) {
            b.append(" [closed]");
        }
        b.append(" fd=").append(fileno()).append(", family=").append(family).append(", type=").append(type)
                .append(", proto=").append(proto);
        if (!closed) {
            appendName(b, ", laddr=", true);
            appendName(b, ", raddr=", false);
        }
        return b.append('>').toString();
    }

    private void appendName(StringBuilder b, String label, boolean local) {
        try {
            Address a = name(local);
            if (!a.isEmpty()) {
                b.append(label).append(a);
            }
        } catch (OSError | IllegalArgumentException notThere) {
            // Python leaves out an address it cannot get (not connected, unsupported family).
        }
    }

    // ---------------------------------------------------------------- messages, files and the rest of Python's socket object

    /** {@return Python's {@code s.timeout} attribute: the same as {@link #gettimeout()}} */
    public Double timeout() {
        return gettimeout();
    }

    /**
     * Python's {@code nbytes, address = s.recvfrom_into(buffer)}.
     *
     * @param buffer where the bytes go
     * @return how many were read and the sender
     * @throws OSError as for recv
     */
    public RecvFromInto recvfrom_into(byte[] buffer) throws OSError {
        return recvfrom_into(buffer, 0, 0);
    }

    /**
     * Python's {@code s.recvfrom_into(buffer, nbytes)}.
     *
     * @param buffer where the bytes go
     * @param nbytes the most to read; 0 means the whole buffer
     * @return how many were read and the sender
     * @throws OSError as for recv
     */
    public RecvFromInto recvfrom_into(byte[] buffer, int nbytes) throws OSError {
        return recvfrom_into(buffer, nbytes, 0);
    }

    /**
     * Python's {@code s.recvfrom_into(buffer, nbytes, flags)}.
     *
     * @param buffer where the bytes go
     * @param nbytes the most to read; 0 means the whole buffer
     * @param flags  MSG_* flags
     * @return how many were read (the kernel's count, as CPython returns it) and the sender
     * @throws OSError as for recv
     */
    public RecvFromInto recvfrom_into(byte[] buffer, int nbytes, int flags) throws OSError {
        if (buffer == null) {
            throw new IllegalArgumentException("recvfrom_into() argument 'buffer' must be read-write bytes-like object, not None");
        }
        if (nbytes < 0) {
            throw new IllegalArgumentException("negative buffersize in recvfrom_into");
        }
        if (nbytes > buffer.length) {
            throw new IllegalArgumentException("nbytes is greater than the length of the buffer");
        }
        int len = nbytes == 0 ? buffer.length : nbytes;
        sockaddr from = AddressCodec.empty(family);
        int[] fromLen = {from.size()};
        // Straight into the caller's buffer: the kernel's count comes back, at most len bytes are stored.
        long r = receiveFrom(buffer, len, flags, from, fromLen);
        return new RecvFromInto((int) r, fromLen[0] > 0 ? AddressCodec.fromSockaddr(from) : null);
    }

    /**
     * One sendmsg or recvmsg with the timeout rules, retried after EINTR and, with a timeout,
     * after the wait for readiness.
     */
    private long message(msghdr m, int flags, boolean send) throws OSError {
        long r;
        int namelen = m.msg_namelen;
        int controllen = m.msg_controllen;
        int f = enter();
        try {
            for (long d = 0; (r = send ? LibC.sendmsg(f, m, flags | NOSIGNAL) : LibC.recvmsg(f, m, flags)) < 0;
                    d = retry(f, waits(send ? LibC.POLLOUT : LibC.POLLIN, flags), d)) {
                m.msg_namelen = namelen;
                m.msg_controllen = controllen;
            }
        } finally {
            leave();
        }
        return send ? r : result(r);
    }

    /**
     * Python's {@code s.sendmsg(buffers)}: sends the buffers as one message (gather).
     *
     * @param buffers the data
     * @return how many bytes were sent
     * @throws OSError as for send
     */
    public int sendmsg(List<byte[]> buffers) throws OSError {
        return sendmsg(buffers, List.of(), 0, null);
    }

    /**
     * Python's {@code s.sendmsg(buffers, ancdata)}.
     *
     * @param buffers the data
     * @param ancdata the ancillary items, e.g. {@code (SOL_SOCKET, SCM_RIGHTS, fds)}
     * @return how many bytes were sent
     * @throws OSError as for send
     */
    public int sendmsg(List<byte[]> buffers, List<Ancillary> ancdata) throws OSError {
        return sendmsg(buffers, ancdata, 0, null);
    }

    /**
     * Python's {@code s.sendmsg(buffers, ancdata, flags)}.
     *
     * @param buffers the data
     * @param ancdata the ancillary items
     * @param flags   MSG_* flags
     * @return how many bytes were sent
     * @throws OSError as for send
     */
    public int sendmsg(List<byte[]> buffers, List<Ancillary> ancdata, int flags) throws OSError {
        return sendmsg(buffers, ancdata, flags, null);
    }

    /**
     * Python's {@code s.sendmsg(buffers, ancdata, flags, address)}.
     *
     * @param buffers the data
     * @param ancdata the ancillary items (null or empty for none)
     * @param flags   MSG_* flags
     * @param address the destination, or null
     * @return how many bytes were sent
     * @throws OSError as for send
     */
    public int sendmsg(List<byte[]> buffers, List<Ancillary> ancdata, int flags, Address address) throws OSError {
        if (buffers == null) {
            throw new IllegalArgumentException("sendmsg() argument 1 must be an iterable");
        }
        msghdr m = new msghdr();
        m.msg_iov = new byte[buffers.size()][];
        for (int i = 0; i < m.msg_iov.length; i++) {
            m.msg_iov[i] = bytesLike(((List<?>) buffers).get(i));
        }
        if (ancdata != null && !ancdata.isEmpty()) {
            List<cmsghdr> items = new ArrayList<>();
            for (Object o : (List<?>) ancdata) {
                if (!(o instanceof Ancillary a)) {
                    throw new IllegalArgumentException("[sendmsg() ancillary data items]() argument must be sequence of length 3, not "
                            + pyType(o));
                }
                items.add(new cmsghdr(a.cmsg_level(), a.cmsg_type(), a.cmsg_data()));
            }
            m.msg_control = cmsghdr.encode(items, Os.HOST);
            m.msg_controllen = m.msg_control.length;
        }
        if (address != null) {
            m.msg_name = AddressCodec.toSockaddr(address, family, "sendmsg");
            m.msg_namelen = m.msg_name.length();
        }
        return (int) message(m, flags, true);
    }

    /**
     * Python's {@code data, ancdata, msg_flags, address = s.recvmsg(bufsize)}.
     *
     * @param bufsize the most data to read
     * @return the data, ancillary items, flags and sender
     * @throws OSError as for recv
     */
    public RecvMsg recvmsg(int bufsize) throws OSError {
        return recvmsg(bufsize, 0, 0);
    }

    /**
     * Python's {@code s.recvmsg(bufsize, ancbufsize)}.
     *
     * @param bufsize    the most data to read
     * @param ancbufsize the room for ancillary data ({@link socket#CMSG_SPACE} of what is expected)
     * @return the data, ancillary items, flags and sender
     * @throws OSError as for recv
     */
    public RecvMsg recvmsg(int bufsize, int ancbufsize) throws OSError {
        return recvmsg(bufsize, ancbufsize, 0);
    }

    /**
     * Python's {@code s.recvmsg(bufsize, ancbufsize, flags)}.
     *
     * @param bufsize    the most data to read
     * @param ancbufsize the room for ancillary data
     * @param flags      MSG_* flags
     * @return the data, ancillary items, flags (MSG_TRUNC, MSG_CTRUNC) and sender
     * @throws OSError as for recv
     */
    public RecvMsg recvmsg(int bufsize, int ancbufsize, int flags) throws OSError {
        if (bufsize < 0) {
            throw new IllegalArgumentException("negative buffer size in recvmsg()");
        }
        msghdr m = received(new byte[][] {new byte[Math.min(bufsize, MAX_RECV)]}, ancbufsize, "recvmsg");
        long r = message(m, flags, false);
        byte[] data = m.msg_iov[0];
        int n = (int) Math.min(r, data.length);
        return new RecvMsg(n == data.length ? data : Arrays.copyOf(data, n), ancillary(m), m.msg_flags, sender(m));
    }

    /**
     * Python's {@code nbytes, ancdata, msg_flags, address = s.recvmsg_into(buffers)}: receives
     * into the buffers in turn (scatter).
     *
     * @param buffers where the bytes go
     * @return how many bytes, the ancillary items, the flags and the sender
     * @throws OSError as for recv
     */
    public RecvMsgInto recvmsg_into(List<byte[]> buffers) throws OSError {
        return recvmsg_into(buffers, 0, 0);
    }

    /**
     * Python's {@code s.recvmsg_into(buffers, ancbufsize, flags)}.
     *
     * @param buffers    where the bytes go
     * @param ancbufsize the room for ancillary data
     * @param flags      MSG_* flags
     * @return how many bytes (the kernel's count), the ancillary items, the flags and the sender
     * @throws OSError as for recv
     */
    public RecvMsgInto recvmsg_into(List<byte[]> buffers, int ancbufsize, int flags) throws OSError {
        if (buffers == null) {
            throw new IllegalArgumentException("recvmsg_into() argument 1 must be an iterable");
        }
        byte[][] bufs = new byte[buffers.size()][];
        for (int i = 0; i < bufs.length; i++) {
            if (!(((List<?>) buffers).get(i) instanceof byte[] b)) {
                throw new IllegalArgumentException("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers");
            }
            bufs[i] = b;
        }
        msghdr m = received(bufs, ancbufsize, "recvmsg_into");
        long r = message(m, flags, false);
        return new RecvMsgInto((int) r, ancillary(m), m.msg_flags, sender(m));
    }

    /** A buffer of a list the caller built (perhaps raw): Python's "a bytes-like object is required". */
    private static byte[] bytesLike(Object o) {
        if (o instanceof byte[] b) {
            return b;
        }
        throw new IllegalArgumentException("a bytes-like object is required, not '" + pyType(o) + "'");
    }

    /** The Python type name of what a Java caller passed: NoneType for null. */
    private static String pyType(Object o) {
        return o == null ? "NoneType" : o instanceof String ? "str" : o instanceof Integer ? "int" : o.getClass().getSimpleName();
    }

    private msghdr received(byte[][] bufs, int ancbufsize, String call) throws OSError {
        if (ancbufsize < 0) {
            throw new IllegalArgumentException("invalid ancillary data buffer length");
        }
        msghdr m = new msghdr();
        m.msg_iov = bufs;
        if (ancbufsize > 0) {
            m.msg_control = new byte[Math.min(ancbufsize, MAX_RECV)];
            m.msg_controllen = m.msg_control.length;
        }
        m.msg_name = AddressCodec.empty(family);
        m.msg_namelen = m.msg_name.size();
        return m;
    }

    private static List<Ancillary> ancillary(msghdr m) {
        List<Ancillary> out = new ArrayList<>();
        if (m.msg_control != null) {
            for (cmsghdr c : cmsghdr.decode(m.msg_control, m.msg_controllen, Os.HOST)) {
                out.add(new Ancillary(c.cmsg_level(), c.cmsg_type(), c.cmsg_data()));
            }
        }
        return out;
    }

    private Address sender(msghdr m) {
        if (m.msg_namelen <= 0) {
            return null;
        }
        if (m.msg_namelen <= 2 && family == LibC.AF_UNIX) {
            return Address.unix("");
        }
        return AddressCodec.fromSockaddr(m.msg_name);
    }

    private void checkSendfile(Long count) {
        if (type != LibC.SOCK_STREAM) {
            throw new IllegalArgumentException("only SOCK_STREAM type sockets are supported");
        }
        if (count != null && count <= 0) {
            throw new IllegalArgumentException("count must be a positive integer (got " + count + ")");
        }
        if (Double.valueOf(0.0).equals(gettimeout())) {
            throw new IllegalArgumentException("non-blocking sockets are not supported");
        }
    }

    /**
     * Python's {@code s.sendfile(open(path, 'rb'))}: sends a whole file.
     *
     * @param file the file
     * @return how many bytes were sent
     * @throws OSError from the file or the socket
     */
    public long sendfile(Path file) throws OSError {
        return sendfile(file, 0, null);
    }

    /**
     * Python's {@code s.sendfile(file, offset, count)} for a file named by its path: the kernel's
     * {@code sendfile(2)} on Linux; elsewhere, or when the kernel refuses before the first
     * byte, CPython's loop of reads and {@code send}s.
     *
     * @param file   the file
     * @param offset where to start in it
     * @param count  how many bytes at most; null for up to the end
     * @return how many bytes were sent
     * @throws OSError from the file or the socket; TimeoutError when the socket's timeout passes
     */
    public long sendfile(Path file, long offset, Long count) throws OSError {
        if (file == null) {
            throw new IllegalArgumentException("sendfile() argument 'file' must be a file, not None");
        }
        checkSendfile(count);
        if (LibC.HAS_SENDFILE) {
            long sent = kernelSendfile(file, offset, count);
            if (sent >= 0) {
                return sent;
            }
        }
        try (FileChannel ch = FileChannel.open(file)) {
            return sendfile(ch, offset, count);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FileNotFoundError(LibC.ENOENT, LibC.strerror(LibC.ENOENT));
        } catch (OSError e) {
            throw e;
        } catch (IOException e) {
            throw new OSError(e.getMessage());
        }
    }

    /** CPython's {@code _sendfile_use_sendfile}; -1 to give up on it before anything was sent. */
    private long kernelSendfile(Path file, long offset, Long count) throws OSError {
        int in = LibC.open(file.toString(), LibC.O_RDONLY | LibC.O_CLOEXEC);
        if (in < 0) {
            throw OSError.last();
        }
        try {
            long size;
            try {
                size = java.nio.file.Files.size(file);
            } catch (IOException e) {
                return -1;
            }
            if (size == 0) {
                return 0;
            }
            long block = Math.min(count != null ? count : size, 1L << 30);
            long total = 0;
            long[] off = {offset};
            int f = enter();
            try {
                for (;;) {
                    if (count != null) {
                        block = count - total;
                        if (block <= 0) {
                            break;
                        }
                    }
                    long sent = LibC.sendfile(f, in, off, block);
                    if (sent < 0) {
                        int e = LibC.errno();
                        if (fd.isClosed()) {
                            throw SocketFd.badFd();
                        }
                        if (e == LibC.EINTR) {
                            if (Thread.currentThread().isInterrupted()) {
                                throw interrupted(); // Thread.interrupt(), as in retry()
                            }
                            continue;
                        }
                        if (e == LibC.EAGAIN || e == LibC.EWOULDBLOCK) {
                            long d = deadline();
                            waitFor(f, LibC.POLLOUT, d != 0 ? d : FOREVER);
                            continue;
                        }
                        if (total == 0) {
                            return -1; // not a file sendfile(2) can read: CPython falls back on send()
                        }
                        throw OSError.fromErrno(e);
                    }
                    if (sent == 0) {
                        break;
                    }
                    total += sent;
                }
            } finally {
                leave();
            }
            return total;
        } finally {
            LibC.close(in);
        }
    }

    /**
     * Python's {@code s.sendfile(file, offset, count)} for an open channel: CPython's loop of
     * reads and {@code send}s ({@code _sendfile_use_send}); the channel's position ends past
     * the bytes sent, as the Python file's does.
     *
     * @param file   a readable channel
     * @param offset where to start (0 keeps the channel's position... as CPython, 0 means no seek)
     * @param count  how many bytes at most; null for up to the end
     * @return how many bytes were sent
     * @throws OSError from the file or the socket
     */
    public long sendfile(FileChannel file, long offset, Long count) throws OSError {
        if (file == null) {
            throw new IllegalArgumentException("sendfile() argument 'file' must be a file, not None");
        }
        checkSendfile(count);
        long total = 0;
        long start = offset;
        try {
            if (offset != 0) {
                file.position(offset);
            } else {
                start = file.position();
            }
            int block = count != null ? (int) Math.min(count, 8192) : 8192;
            ByteBuffer buf = ByteBuffer.allocate(8192);
            try {
                for (;;) {
                    if (count != null) {
                        block = (int) Math.min(count - total, block);
                        if (block <= 0) {
                            break;
                        }
                    }
                    buf.clear().limit(block);
                    int n = file.read(buf);
                    if (n <= 0) {
                        break;
                    }
                    int at = 0;
                    while (at < n) {
                        try {
                            int sent = send(Arrays.copyOfRange(buf.array(), at, n));
                            at += sent;
                            total += sent;
                        } catch (BlockingIOError e) {
                            // CPython's loop retries at once
                        }
                    }
                }
            } finally {
                if (total > 0) {
                    file.position(start + total);
                }
            }
        } catch (OSError e) {
            throw e;
        } catch (IOException e) {
            throw new OSError(e.getMessage());
        }
        return total;
    }

    /**
     * Python's {@code s.setsockopt(level, optname, None, optlen)}: passes a NULL value with a
     * length (for options such as ALG_SET_AEAD_AUTHSIZE).
     *
     * @param level   the option's level
     * @param optname the option
     * @param none    must be null (Python's None)
     * @param optlen  the length to pass
     * @throws OSError if the kernel refuses
     */
    public void setsockopt(int level, int optname, Void none, int optlen) throws OSError {
        if (optlen < 0) {
            throw new IllegalArgumentException("setsockopt() argument 4 must be a non-negative int");
        }
        int f = enter();
        try {
            if (LibC.setsockopt(f, level, optname, (Void) null, optlen) != 0) {
                throw OSError.last();
            }
        } finally {
            leave();
        }
    }
}
