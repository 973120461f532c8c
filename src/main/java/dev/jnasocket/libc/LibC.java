package dev.jnasocket.libc;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * libc's Berkeley socket calls, with C names and C-shaped signatures, for Java written the way C
 * is taught:
 * <pre>
 * import static dev.jnasocket.libc.LibC.*;
 *
 * int fd = socket(AF_INET, SOCK_STREAM, 0);
 * if (fd &lt; 0) perror("socket");
 * </pre>
 * A call never throws for a failure: it returns what libc returns (-1) and {@link #errno()}
 * holds the reason, saved right after the call on the calling thread. What Java passes in is
 * checked first: a null struct, a negative length or one larger than the struct or array is an
 * {@link IllegalArgumentException} and no native call is made, so no bad argument can crash the
 * JVM or touch memory out of bounds. Every call can be traced ({@link Trace}).
 *
 * <p>Python's {@code socket} module ({@code dev.jnasocket.socket}) is built on these calls.
 */
public final class LibC implements Constants {
    private LibC() {}

    private static final Cleaner CLEANER = Cleaner.create();

    // ---------------------------------------------------------------- errno

    /**
     * C's {@code errno}: the error of this thread's last failed call, saved by JNA right after it.
     *
     * @return the errno value (meaningful only after a call returned -1)
     */
    public static int errno() {
        return Native.getLastError();
    }

    /**
     * C's {@code errno = value}, as C programs write {@code errno = 0} before a call whose
     * failure they can only tell from errno. Sets this thread's errno (and JNA's saved copy).
     *
     * @param value the new errno, usually 0
     */
    public static void errno(int value) {
        Native.setLastError(value);
    }

    /**
     * C's {@code strerror}: the text of an errno value, as libc words it.
     *
     * @param errnum an errno value
     * @return e.g. {@code "Connection refused"}
     */
    public static String strerror(int errnum) {
        synchronized (Sys.class) { // strerror may share one static buffer for unknown values
            long p = Sys.strerror(errnum);
            return p == 0 ? "Unknown error " + errnum : new Pointer(p).getString(0);
        }
    }

    /**
     * C's {@code perror}: prints {@code "s: strerror(errno)"} on standard error.
     *
     * @param s a prefix, usually the failed call's name (null or empty for none)
     */
    public static void perror(String s) {
        int e = errno();
        String msg = strerror(e);
        System.err.println(s == null || s.isEmpty() ? msg : s + ": " + msg);
        Native.setLastError(e);
    }

    // ---------------------------------------------------------------- byte order

    /**
     * C's {@code htons}: host to network byte order, 16 bits.
     *
     * @param x a 16-bit value in host order
     * @return it in network (big-endian) order
     */
    public static int htons(int x) {
        return Short.reverseBytes((short) x) & 0xffff;
    }

    /**
     * C's {@code ntohs}: network to host byte order, 16 bits.
     *
     * @param x a 16-bit value in network order
     * @return it in host order
     */
    public static int ntohs(int x) {
        return htons(x);
    }

    /**
     * C's {@code htonl}: host to network byte order, 32 bits.
     *
     * @param x a 32-bit value in host order
     * @return it in network order
     */
    public static int htonl(int x) {
        return Integer.reverseBytes(x);
    }

    /**
     * C's {@code ntohl}: network to host byte order, 32 bits.
     *
     * @param x a 32-bit value in network order
     * @return it in host order
     */
    public static int ntohl(int x) {
        return Integer.reverseBytes(x);
    }

    // ---------------------------------------------------------------- argument checks

    private static void checkIn(String call, sockaddr addr, int addrlen) {
        if (addr == null) {
            throw new IllegalArgumentException(call + "(): addr is null");
        }
        if (addrlen < 0 || addrlen > addr.size()) {
            throw new IllegalArgumentException(call + "(): addrlen " + addrlen + " outside 0.." + addr.size());
        }
    }

    private static void checkOut(String call, sockaddr addr, int[] addrlen) {
        if (addr == null || addrlen == null || addrlen.length < 1) {
            throw new IllegalArgumentException(call + "(): addr and addrlen must not be null");
        }
        if (addrlen[0] < 0 || addrlen[0] > addr.size()) {
            throw new IllegalArgumentException(call + "(): *addrlen " + addrlen[0] + " outside 0.." + addr.size());
        }
    }

    private static void checkBuf(String call, byte[] buf, int off, long len) {
        if (buf == null) {
            throw new IllegalArgumentException(call + "(): buf is null");
        }
        if (off < 0 || len < 0 || len > buf.length - (long) off) {
            throw new IllegalArgumentException(call + "(): offset " + off + " and length " + len
                    + " do not fit a buffer of " + buf.length);
        }
    }

    /** The native address of {@code len} bytes at a buffer's position: its own for a direct buffer. */
    private static long address(String call, ByteBuffer buf, long len) {
        if (buf == null) {
            throw new IllegalArgumentException(call + "(): buf is null");
        }
        if (len < 0 || len > buf.remaining()) {
            throw new IllegalArgumentException(call + "(): length " + len + " outside 0.." + buf.remaining());
        }
        if (!buf.isDirect()) {
            throw new IllegalArgumentException(call + "(): ByteBuffer must be direct");
        }
        return Scratch.address(buf) + buf.position();
    }

    /**
     * The native buffer a {@code byte[]} receive goes through. With MSG_TRUNC the kernel may
     * write fewer bytes than it returns (Linux TCP discards and writes none), so the buffer
     * first gets the caller's own bytes: what the kernel leaves is theirs, as in C, and never
     * what an earlier call on this thread left in the scratch memory.
     */
    private static Memory truncating(Scratch s, byte[] buf, int off, long len, int flags) {
        Memory m = s.data(len);
        if ((flags & MSG_TRUNC) != 0 && len > 0) {
            m.write(0, buf, off, (int) len);
        }
        return m;
    }

    /**
     * Copies a receive's bytes into the caller's array: never more than {@code len}, whatever
     * the kernel returned (with MSG_TRUNC, a datagram's full length).
     *
     * @return how many bytes were copied
     */
    private static int copyBack(Memory m, long r, byte[] buf, int off, long len) {
        int got = (int) Math.min(r, len);
        if (got > 0) {
            m.read(0, buf, off, got);
        }
        return got;
    }

    /** Encodes an address into the thread's scratch block; returns its native address. */
    private static long put(Scratch s, sockaddr addr) {
        addr.encode(s.view, Os.HOST);
        return s.base + Scratch.ADDR;
    }

    /** Prepares the scratch block to receive an address of at most {@code *addrlen} bytes. */
    private static void expect(Scratch s, int[] addrlen) {
        s.clearAddr();
        s.view.putInt(Scratch.ADDRLEN, addrlen[0]);
    }

    /** Copies a received address out of the scratch block and stores its real length. */
    private static void take(Scratch s, sockaddr addr, int[] addrlen) {
        int got = s.view.getInt(Scratch.ADDRLEN);
        addr.read(s.view, Math.min(got, addrlen[0]), Os.HOST);
        addrlen[0] = got;
    }

    // ---------------------------------------------------------------- the eight Berkeley calls

    /**
     * {@code int socket(int domain, int type, int protocol)}: a new socket.
     *
     * @param domain   AF_INET, AF_INET6 or AF_UNIX
     * @param type     SOCK_STREAM, SOCK_DGRAM, ... (Linux: | SOCK_NONBLOCK, SOCK_CLOEXEC)
     * @param protocol 0 for the family's default
     * @return the new descriptor, or -1 with errno set
     */
    public static int socket(int domain, int type, int protocol) {
        int r = Sys.socket(domain, type, protocol);
        if (Trace.on) {
            Trace.call(r, "socket", Names.family(domain), Names.socktype(type), Names.protocol(domain, protocol));
        }
        return r;
    }

    /**
     * {@code int bind(int fd, const struct sockaddr *addr, socklen_t addrlen)}: names a socket.
     *
     * @param fd      the socket
     * @param addr    its address
     * @param addrlen {@code addr.size()} (or less for an AF_UNIX name)
     * @return 0, or -1 with errno set
     */
    public static int bind(int fd, sockaddr addr, int addrlen) {
        checkIn("bind", addr, addrlen);
        Scratch s = Scratch.get();
        int r = Sys.bind(fd, put(s, addr), addrlen);
        if (Trace.on) {
            Trace.call(r, "bind", fd, addr, addrlen);
        }
        return r;
    }

    /**
     * {@code int listen(int fd, int backlog)}: accept connections on a bound stream socket.
     *
     * @param fd      the socket
     * @param backlog queue length hint (capped by SOMAXCONN)
     * @return 0, or -1 with errno set
     */
    public static int listen(int fd, int backlog) {
        int r = Sys.listen(fd, backlog);
        if (Trace.on) {
            Trace.call(r, "listen", fd, backlog);
        }
        return r;
    }

    /**
     * {@code int accept(int fd, struct sockaddr *addr, socklen_t *addrlen)}: waits for a connection.
     *
     * @param fd      the listening socket
     * @param addr    filled with the peer's address, or null (then addrlen is ignored)
     * @param addrlen in: the room in {@code addr}; out: the address's real length
     * @return the connected socket, or -1 with errno set
     */
    public static int accept(int fd, sockaddr addr, int[] addrlen) {
        return accept4("accept", fd, addr, addrlen, 0);
    }

    /**
     * Linux's {@code accept4}: {@link #accept} that sets SOCK_NONBLOCK/SOCK_CLOEXEC on the new
     * socket in the same call. On macOS, which lacks it, returns -1 with errno ENOSYS.
     *
     * @param fd      the listening socket
     * @param addr    as for accept
     * @param addrlen as for accept
     * @param flags   SOCK_NONBLOCK | SOCK_CLOEXEC
     * @return the connected socket, or -1 with errno set
     */
    public static int accept4(int fd, sockaddr addr, int[] addrlen, int flags) {
        return accept4("accept4", fd, addr, addrlen, flags);
    }

    private static int accept4(String call, int fd, sockaddr addr, int[] addrlen, int flags) {
        Scratch s = Scratch.get();
        long a = 0;
        long l = 0;
        if (addr != null) {
            checkOut(call, addr, addrlen);
            expect(s, addrlen);
            a = s.base + Scratch.ADDR;
            l = s.base + Scratch.ADDRLEN;
        }
        int lenIn = addr != null ? addrlen[0] : 0;
        Trace.Call t = Trace.on ? Trace.begin(call, true, fd) : null;
        int r;
        if (call.equals("accept")) {
            r = Sys.accept(fd, a, l);
        } else if (Os.HOST == Os.LINUX) {
            r = Sys.Linux.accept4(fd, a, l, flags);
        } else {
            r = -1;
            Native.setLastError(ENOSYS);
        }
        if (r >= 0 && addr != null) {
            take(s, addr, addrlen);
        }
        if (t != null) {
            Object shown = addr == null ? "NULL" : r >= 0 ? addr : "{...}";
            Object len = addr == null ? "NULL" : r >= 0 ? Trace.inOut(lenIn, addrlen[0]) : "[" + lenIn + "]";
            if (call.equals("accept")) {
                t.end(r, shown, len);
            } else {
                t.end(r, shown, len, Names.socktype(flags).replaceFirst("^0\\|?", ""));
            }
        }
        return r;
    }

    /**
     * {@code int connect(int fd, const struct sockaddr *addr, socklen_t addrlen)}.
     *
     * @param fd      the socket
     * @param addr    the peer
     * @param addrlen {@code addr.size()}
     * @return 0, or -1 with errno set (EINPROGRESS on a non-blocking socket)
     */
    public static int connect(int fd, sockaddr addr, int addrlen) {
        checkIn("connect", addr, addrlen);
        Scratch s = Scratch.get();
        Trace.Call t = Trace.on ? Trace.begin("connect", false, fd, addr, addrlen) : null;
        int r = Sys.connect(fd, put(s, addr), addrlen);
        if (t != null) {
            t.end(r);
        }
        return r;
    }

    /**
     * {@code ssize_t send(int fd, const void *buf, size_t len, int flags)}.
     *
     * @param fd    a connected socket
     * @param buf   the bytes
     * @param len   how many of them, from the start
     * @param flags MSG_* flags
     * @return the number of bytes sent (possibly fewer), or -1 with errno set
     */
    public static long send(int fd, byte[] buf, long len, int flags) {
        return send(fd, buf, 0, len, flags);
    }

    /**
     * {@code send(fd, buf + off, len, flags)}.
     *
     * @param fd    a connected socket
     * @param buf   the bytes
     * @param off   where in {@code buf} to start
     * @param len   how many
     * @param flags MSG_* flags
     * @return the number of bytes sent, or -1 with errno set
     */
    public static long send(int fd, byte[] buf, int off, long len, int flags) {
        checkBuf("send", buf, off, len);
        Scratch s = Scratch.get();
        Memory m = s.data(len);
        m.write(0, buf, off, (int) len);
        Trace.Call t = Trace.on ? Trace.begin("send", false, fd, Trace.data(buf, off, len), len, Names.msgFlags(flags)) : null;
        long r = Sys.send(fd, Pointer.nativeValue(m), len, flags);
        s.release(m);
        if (t != null) {
            t.end(r);
        }
        return r;
    }

    /**
     * {@code send} from a direct buffer: libc reads the buffer's memory in place, from its
     * position, with no copy. The position is not moved.
     *
     * @param fd    a connected socket
     * @param buf   a direct buffer
     * @param len   how many bytes from its position (at most {@code remaining()})
     * @param flags MSG_* flags
     * @return the number of bytes sent, or -1 with errno set
     */
    public static long send(int fd, ByteBuffer buf, long len, int flags) {
        long r = Sys.send(fd, address("send", buf, len), len, flags);
        Reference.reachabilityFence(buf); // its memory is freed once it is unreachable: not while libc reads it
        if (Trace.on) {
            Trace.call(r, "send", fd, "<direct buffer>", len, Names.msgFlags(flags));
        }
        return r;
    }

    /**
     * {@code ssize_t recv(int fd, void *buf, size_t len, int flags)}.
     *
     * @param fd    a connected socket
     * @param buf   where the bytes go
     * @param len   the most to read
     * @param flags MSG_* flags
     * @return the number read, 0 at end of stream, or -1 with errno set
     */
    public static long recv(int fd, byte[] buf, long len, int flags) {
        return recv(fd, buf, 0, len, flags);
    }

    /**
     * {@code recv(fd, buf + off, len, flags)}.
     *
     * @param fd    a connected socket
     * @param buf   where the bytes go
     * @param off   where in {@code buf}
     * @param len   the most to read
     * @param flags MSG_* flags
     * @return the number read, 0 at end of stream, or -1 with errno set; with MSG_TRUNC the
     *         datagram's real length, which may exceed {@code len} (only {@code len} bytes are stored)
     */
    public static long recv(int fd, byte[] buf, int off, long len, int flags) {
        checkBuf("recv", buf, off, len);
        Scratch s = Scratch.get();
        Memory m = truncating(s, buf, off, len, flags);
        Trace.Call t = Trace.on ? Trace.begin("recv", true, fd) : null;
        long r = Sys.recv(fd, Pointer.nativeValue(m), len, flags);
        int got = copyBack(m, r, buf, off, len);
        s.release(m);
        if (t != null) {
            t.end(r, got > 0 ? Trace.data(buf, off, got) : "\"\"", len, Names.msgFlags(flags));
        }
        return r;
    }

    /**
     * {@code recv} into a direct buffer, in place, at its position (which is not moved).
     *
     * @param fd    a connected socket
     * @param buf   a direct buffer
     * @param len   the most to read (at most {@code remaining()})
     * @param flags MSG_* flags
     * @return the number read, 0 at end of stream, or -1 with errno set
     */
    public static long recv(int fd, ByteBuffer buf, long len, int flags) {
        if (buf != null && buf.isReadOnly()) {
            throw new IllegalArgumentException("recv(): ByteBuffer is read-only");
        }
        long r = Sys.recv(fd, address("recv", buf, len), len, flags);
        Reference.reachabilityFence(buf); // its memory is freed once it is unreachable: not while the kernel fills it
        if (Trace.on) {
            Trace.call(r, "recv", fd, "<direct buffer>", len, Names.msgFlags(flags));
        }
        return r;
    }

    /**
     * {@code int close(int fd)}. Never retry it on EINTR: on Linux the descriptor is already
     * gone and the number may belong to another thread's new file by then.
     *
     * @param fd the descriptor
     * @return 0, or -1 with errno set
     */
    public static int close(int fd) {
        // Traced as a call that may block: the peer's recv can return (and print) before close does.
        Trace.Call t = Trace.on ? Trace.begin("close", false, fd) : null;
        int r = Sys.close(fd);
        if (t != null) {
            t.end(r);
        }
        return r;
    }

    // ---------------------------------------------------------------- the rest of the socket calls

    /**
     * {@code int socketpair(int domain, int type, int protocol, int sv[2])}: two connected sockets.
     *
     * @param domain   AF_UNIX
     * @param type     SOCK_STREAM or SOCK_DGRAM
     * @param protocol 0
     * @param sv       receives the two descriptors
     * @return 0, or -1 with errno set
     */
    public static int socketpair(int domain, int type, int protocol, int[] sv) {
        if (sv == null || sv.length < 2) {
            throw new IllegalArgumentException("socketpair(): sv must hold 2 ints");
        }
        Scratch s = Scratch.get();
        int r = Sys.socketpair(domain, type, protocol, s.base + Scratch.OPT);
        if (r == 0) {
            sv[0] = s.view.getInt(Scratch.OPT);
            sv[1] = s.view.getInt(Scratch.OPT + 4);
        }
        if (Trace.on) {
            Trace.call(r, "socketpair", Names.family(domain), Names.socktype(type), protocol,
                    r == 0 ? "[" + sv[0] + ", " + sv[1] + "]" : "[...]");
        }
        return r;
    }

    /**
     * {@code ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *dest, socklen_t addrlen)}.
     *
     * @param fd      a socket
     * @param buf     the bytes
     * @param off     where in {@code buf} to start
     * @param len     how many
     * @param flags   MSG_* flags
     * @param dest    the destination (null on a connected socket, with addrlen 0)
     * @param addrlen {@code dest.size()}
     * @return the number of bytes sent, or -1 with errno set
     */
    public static long sendto(int fd, byte[] buf, int off, long len, int flags, sockaddr dest, int addrlen) {
        checkBuf("sendto", buf, off, len);
        if (dest != null || addrlen != 0) {
            checkIn("sendto", dest, addrlen);
        }
        Scratch s = Scratch.get();
        long a = dest == null ? 0 : put(s, dest);
        Memory m = s.data(len);
        m.write(0, buf, off, (int) len);
        Trace.Call t = Trace.on ? Trace.begin("sendto", false, fd, Trace.data(buf, off, len), len, Names.msgFlags(flags),
                dest == null ? "NULL" : dest, addrlen) : null;
        long r = Sys.sendto(fd, Pointer.nativeValue(m), len, flags, a, addrlen);
        s.release(m);
        if (t != null) {
            t.end(r);
        }
        return r;
    }

    /**
     * {@code sendto} from the start of {@code buf}.
     *
     * @param fd      a socket
     * @param buf     the bytes
     * @param len     how many
     * @param flags   MSG_* flags
     * @param dest    the destination
     * @param addrlen {@code dest.size()}
     * @return the number of bytes sent, or -1 with errno set
     */
    public static long sendto(int fd, byte[] buf, long len, int flags, sockaddr dest, int addrlen) {
        return sendto(fd, buf, 0, len, flags, dest, addrlen);
    }

    /**
     * {@code ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *src, socklen_t *addrlen)}.
     *
     * @param fd      a socket
     * @param buf     where the bytes go
     * @param off     where in {@code buf}
     * @param len     the most to read
     * @param flags   MSG_* flags
     * @param src     filled with the sender's address, or null
     * @param addrlen in: room in {@code src}; out: the address's length (null when src is null)
     * @return the number read, or -1 with errno set; with MSG_TRUNC the datagram's real length,
     *         which may exceed {@code len} (only {@code len} bytes are stored)
     */
    public static long recvfrom(int fd, byte[] buf, int off, long len, int flags, sockaddr src, int[] addrlen) {
        checkBuf("recvfrom", buf, off, len);
        Scratch s = Scratch.get();
        long a = 0;
        long l = 0;
        if (src != null) {
            checkOut("recvfrom", src, addrlen);
            expect(s, addrlen);
            a = s.base + Scratch.ADDR;
            l = s.base + Scratch.ADDRLEN;
        }
        int lenIn = src != null ? addrlen[0] : 0;
        Memory m = truncating(s, buf, off, len, flags);
        Trace.Call t = Trace.on ? Trace.begin("recvfrom", true, fd) : null;
        long r = Sys.recvfrom(fd, Pointer.nativeValue(m), len, flags, a, l);
        int got = copyBack(m, r, buf, off, len);
        s.release(m);
        if (r >= 0 && src != null) {
            take(s, src, addrlen);
        }
        if (t != null) {
            t.end(r, got > 0 ? Trace.data(buf, off, got) : "\"\"", len, Names.msgFlags(flags),
                    src == null ? "NULL" : r >= 0 ? src : "{...}",
                    src == null ? "NULL" : r >= 0 ? Trace.inOut(lenIn, addrlen[0]) : "[" + lenIn + "]");
        }
        return r;
    }

    /**
     * {@code recvfrom} into the start of {@code buf}.
     *
     * @param fd      a socket
     * @param buf     where the bytes go
     * @param len     the most to read
     * @param flags   MSG_* flags
     * @param src     filled with the sender's address, or null
     * @param addrlen in/out length of {@code src}
     * @return the number read, or -1 with errno set
     */
    public static long recvfrom(int fd, byte[] buf, long len, int flags, sockaddr src, int[] addrlen) {
        return recvfrom(fd, buf, 0, len, flags, src, addrlen);
    }

    /**
     * {@code int shutdown(int fd, int how)}: ends one or both directions of a connection.
     *
     * @param fd  the socket
     * @param how SHUT_RD, SHUT_WR or SHUT_RDWR
     * @return 0, or -1 with errno set
     */
    public static int shutdown(int fd, int how) {
        int r = Sys.shutdown(fd, how);
        if (Trace.on) {
            Trace.call(r, "shutdown", fd, Names.shutdown(how));
        }
        return r;
    }

    /**
     * {@code int dup(int fd)}.
     *
     * @param fd the descriptor
     * @return a new descriptor for the same socket, or -1 with errno set
     */
    public static int dup(int fd) {
        int r = Sys.dup(fd);
        if (Trace.on) {
            Trace.call(r, "dup", fd);
        }
        return r;
    }

    /**
     * {@code int dup2(int oldfd, int newfd)}: makes {@code newfd} name {@code oldfd}'s file,
     * closing what {@code newfd} named, in one atomic step.
     *
     * @param oldfd the descriptor to copy
     * @param newfd the number to reuse
     * @return newfd, or -1 with errno set
     */
    public static int dup2(int oldfd, int newfd) {
        int r = Sys.dup2(oldfd, newfd);
        if (Trace.on) {
            Trace.call(r, "dup2", oldfd, newfd);
        }
        return r;
    }

    /**
     * {@code setsockopt} with an {@code int} value (most options).
     *
     * @param fd      the socket
     * @param level   SOL_SOCKET, IPPROTO_TCP, ...
     * @param optname SO_REUSEADDR, TCP_NODELAY, ...
     * @param optval  the value
     * @return 0, or -1 with errno set
     */
    public static int setsockopt(int fd, int level, int optname, int optval) {
        Scratch s = Scratch.get();
        s.view.putInt(Scratch.OPT, optval);
        int r = Sys.setsockopt(fd, level, optname, s.base + Scratch.OPT, 4);
        if (Trace.on) {
            Trace.call(r, "setsockopt", fd, Names.level(level), Names.option(level, optname), "[" + optval + "]", 4);
        }
        return r;
    }

    /**
     * {@code int setsockopt(int fd, int level, int optname, const void *optval, socklen_t optlen)}.
     *
     * @param fd      the socket
     * @param level   the option's level
     * @param optname the option
     * @param optval  its bytes (a struct such as {@code linger}, in host layout)
     * @param optlen  how many of them (at most 1024)
     * @return 0, or -1 with errno set
     */
    public static int setsockopt(int fd, int level, int optname, byte[] optval, int optlen) {
        checkBuf("setsockopt", optval, 0, optlen);
        if (optlen > Scratch.OPT_MAX) {
            throw new IllegalArgumentException("setsockopt(): optlen " + optlen + " larger than " + Scratch.OPT_MAX);
        }
        Scratch s = Scratch.get();
        s.block.write(Scratch.OPT, optval, 0, optlen);
        int r = Sys.setsockopt(fd, level, optname, s.base + Scratch.OPT, optlen);
        if (Trace.on) {
            Trace.call(r, "setsockopt", fd, Names.level(level), Names.option(level, optname),
                    Trace.data(optval, 0, optlen), optlen);
        }
        return r;
    }

    /**
     * {@code int getsockopt(int fd, int level, int optname, void *optval, socklen_t *optlen)}.
     *
     * @param fd      the socket
     * @param level   the option's level
     * @param optname the option
     * @param optval  receives the value's bytes
     * @param optlen  in: room in {@code optval} (at most 1024 and its length); out: the value's length
     * @return 0, or -1 with errno set
     */
    public static int getsockopt(int fd, int level, int optname, byte[] optval, int[] optlen) {
        if (optlen == null || optlen.length < 1) {
            throw new IllegalArgumentException("getsockopt(): optlen must not be null");
        }
        checkBuf("getsockopt", optval, 0, optlen[0]);
        if (optlen[0] > Scratch.OPT_MAX) {
            throw new IllegalArgumentException("getsockopt(): optlen " + optlen[0] + " larger than " + Scratch.OPT_MAX);
        }
        Scratch s = Scratch.get();
        s.block.setMemory(Scratch.OPT, Scratch.OPT_MAX, (byte) 0);
        s.view.putInt(Scratch.OPTLEN, optlen[0]);
        int lenIn = optlen[0];
        int r = Sys.getsockopt(fd, level, optname, s.base + Scratch.OPT, s.base + Scratch.OPTLEN);
        if (r == 0) {
            int got = s.view.getInt(Scratch.OPTLEN);
            s.block.read(Scratch.OPT, optval, 0, Math.min(got, optlen[0]));
            optlen[0] = got;
        }
        if (Trace.on) {
            Trace.call(r, "getsockopt", fd, Names.level(level), Names.option(level, optname),
                    r == 0 ? Trace.data(optval, 0, Math.min(optlen[0], lenIn)) : "...",
                    r == 0 ? Trace.inOut(lenIn, optlen[0]) : "[" + lenIn + "]");
        }
        return r;
    }

    /**
     * {@code getsockopt} of an {@code int} option.
     *
     * @param fd      the socket
     * @param level   the option's level
     * @param optname the option
     * @param optval  {@code optval[0]} receives the value
     * @return 0, or -1 with errno set
     */
    public static int getsockopt(int fd, int level, int optname, int[] optval) {
        if (optval == null || optval.length < 1) {
            throw new IllegalArgumentException("getsockopt(): optval must hold 1 int");
        }
        Scratch s = Scratch.get();
        s.view.putInt(Scratch.OPT, 0);
        s.view.putInt(Scratch.OPTLEN, 4);
        int r = Sys.getsockopt(fd, level, optname, s.base + Scratch.OPT, s.base + Scratch.OPTLEN);
        if (r == 0) {
            optval[0] = s.view.getInt(Scratch.OPT);
        }
        if (Trace.on) {
            Trace.call(r, "getsockopt", fd, Names.level(level), Names.option(level, optname),
                    r == 0 ? "[" + optval[0] + "]" : "...", "[4]");
        }
        return r;
    }

    /**
     * {@code int getsockname(int fd, struct sockaddr *addr, socklen_t *addrlen)}: the local address.
     *
     * @param fd      the socket
     * @param addr    receives the address
     * @param addrlen in: room in {@code addr}; out: its real length
     * @return 0, or -1 with errno set
     */
    public static int getsockname(int fd, sockaddr addr, int[] addrlen) {
        return name("getsockname", fd, addr, addrlen);
    }

    /**
     * {@code int getpeername(int fd, struct sockaddr *addr, socklen_t *addrlen)}: the peer's address.
     *
     * @param fd      a connected socket
     * @param addr    receives the address
     * @param addrlen in: room in {@code addr}; out: its real length
     * @return 0, or -1 with errno set (ENOTCONN when not connected)
     */
    public static int getpeername(int fd, sockaddr addr, int[] addrlen) {
        return name("getpeername", fd, addr, addrlen);
    }

    private static int name(String call, int fd, sockaddr addr, int[] addrlen) {
        checkOut(call, addr, addrlen);
        Scratch s = Scratch.get();
        expect(s, addrlen);
        int lenIn = addrlen[0];
        long a = s.base + Scratch.ADDR;
        long l = s.base + Scratch.ADDRLEN;
        int r = call.equals("getsockname") ? Sys.getsockname(fd, a, l) : Sys.getpeername(fd, a, l);
        if (r == 0) {
            take(s, addr, addrlen);
        }
        if (Trace.on) {
            Trace.call(r, call, fd, r == 0 ? addr : "{...}", r == 0 ? Trace.inOut(lenIn, addrlen[0]) : "[" + lenIn + "]");
        }
        return r;
    }

    /**
     * {@code int poll(struct pollfd *fds, nfds_t nfds, int timeout)}: waits for events.
     *
     * @param fds     the entries; {@code revents} is filled in
     * @param nfds    how many of them to watch
     * @param timeout milliseconds, -1 for no limit, 0 to return at once
     * @return the number of entries with events, 0 on timeout, or -1 with errno set
     */
    public static int poll(pollfd[] fds, long nfds, int timeout) {
        if (fds == null || nfds < 0 || nfds > fds.length) {
            throw new IllegalArgumentException("poll(): nfds " + nfds + " outside 0.." + (fds == null ? 0 : fds.length));
        }
        int n = (int) nfds;
        Scratch s = Scratch.get();
        Memory m = s.data((long) n * pollfd.SIZE);
        ByteBuffer b = m.getByteBuffer(0, (long) n * pollfd.SIZE).order(java.nio.ByteOrder.nativeOrder());
        for (int i = 0; i < n; i++) {
            if (fds[i] == null) {
                s.release(m);
                throw new IllegalArgumentException("poll(): fds[" + i + "] is null");
            }
            b.putInt(i * pollfd.SIZE, fds[i].fd);
            b.putShort(i * pollfd.SIZE + 4, (short) fds[i].events);
            b.putShort(i * pollfd.SIZE + 6, (short) 0);
        }
        Trace.Call t = Trace.on ? Trace.begin("poll", false, pollRequests(fds, n), nfds, timeout) : null;
        int r = Sys.poll(Pointer.nativeValue(m), nfds, timeout);
        for (int i = 0; i < n; i++) {
            fds[i].revents = r > 0 ? b.getShort(i * pollfd.SIZE + 6) & 0xffff : 0;
        }
        s.release(m);
        if (t != null) {
            StringBuilder ready = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                if (fds[i].revents != 0) {
                    ready.append(ready.length() > 1 ? ", " : "").append("{fd=").append(fds[i].fd).append(", revents=")
                            .append(Names.pollEvents(fds[i].revents)).append('}');
                }
            }
            t.endWith(r, ready.append(']').toString());
        }
        return r;
    }

    /** strace's request list of a poll: {@code [{fd=5, events=POLLIN}, ...]}; a null entry shows as NULL. */
    private static String pollRequests(pollfd[] fds, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? ", " : "");
            if (fds[i] == null) {
                b.append("NULL");
            } else {
                b.append("{fd=").append(fds[i].fd).append(", events=").append(Names.pollEvents(fds[i].events)).append('}');
            }
        }
        return b.append(']').toString();
    }

    /**
     * {@code poll} on one descriptor without building a {@link pollfd} array: the form the
     * Python-style layer waits with. Not a libc function; it is one {@code poll} call.
     *
     * @param fd      the descriptor
     * @param events  POLLIN, POLLOUT, ...
     * @param timeout milliseconds, -1 for no limit
     * @return the revents (positive) when ready, 0 on timeout, or -1 with errno set
     */
    public static int poll1(int fd, int events, int timeout) {
        Scratch s = Scratch.get();
        s.view.putInt(Scratch.OPT, fd);
        s.view.putInt(Scratch.OPT + 4, events & 0xffff); // events, and revents cleared
        Trace.Call t = Trace.on
                ? Trace.begin("poll", false, "[{fd=" + fd + ", events=" + Names.pollEvents(events) + "}]", 1, timeout) : null;
        int r = Sys.poll(s.base + Scratch.OPT, 1, timeout);
        int revents = s.view.getShort(Scratch.OPT + 6) & 0xffff;
        if (t != null) {
            t.endWith(r, "[{fd=" + fd + ", revents=" + Names.pollEvents(revents) + "}]");
        }
        return r > 0 ? revents : r;
    }

    /**
     * {@code int fcntl(int fd, int cmd)}: F_GETFL, F_GETFD.
     *
     * @param fd  the descriptor
     * @param cmd the command
     * @return the command's result, or -1 with errno set
     */
    public static int fcntl(int fd, int cmd) {
        int r = Sys.Variadic.INSTANCE.fcntl(fd, cmd);
        if (Trace.on) {
            Trace.call(r, "fcntl", fd, Names.fcntlCmd(cmd));
        }
        return r;
    }

    /**
     * {@code int fcntl(int fd, int cmd, int arg)}: F_SETFL, F_SETFD, F_DUPFD_CLOEXEC. Bound as
     * the variadic function it is, so the argument travels where Apple arm64 expects it.
     *
     * @param fd  the descriptor
     * @param cmd the command
     * @param arg its argument
     * @return the command's result, or -1 with errno set
     */
    public static int fcntl(int fd, int cmd, int arg) {
        int r = Sys.Variadic.INSTANCE.fcntl(fd, cmd, arg);
        if (Trace.on) {
            Trace.call(r, "fcntl", fd, Names.fcntlCmd(cmd), cmd == F_SETFL || cmd == F_GETFL ? flagsOf(arg) : arg);
        }
        return r;
    }

    /** F_GETFL/F_SETFL flags by name: the access mode (O_RDWR...) then O_NONBLOCK and the rest in hex. */
    private static String flagsOf(int arg) {
        int mode = arg & 3;
        StringBuilder b = new StringBuilder(mode == O_RDWR ? "O_RDWR" : mode == O_WRONLY ? "O_WRONLY" : "O_RDONLY");
        int rest = arg & ~3;
        if ((rest & O_NONBLOCK) != 0) {
            b.append("|O_NONBLOCK");
            rest &= ~O_NONBLOCK;
        }
        if (rest != 0) {
            b.append("|0x").append(Integer.toHexString(rest));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- names and addresses

    /**
     * {@code int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res)}.
     * The answers are copied into Java objects at once; {@code res[0]} still owns libc's list
     * until {@link #freeaddrinfo} (a Cleaner frees it if that is forgotten).
     *
     * @param node    a host name or address text, or null
     * @param service a port number or service name, or null
     * @param hints   flags, family, type and protocol wanted, or null for any
     * @param res     {@code res[0]} receives the first answer
     * @return 0, or an EAI_* code for {@link #gai_strerror} (EAI_SYSTEM: see errno)
     */
    public static int getaddrinfo(String node, String service, addrinfo hints, addrinfo[] res) {
        if (res == null || res.length < 1) {
            throw new IllegalArgumentException("getaddrinfo(): res must hold 1 element");
        }
        if ((node != null && node.indexOf('\0') >= 0) || (service != null && service.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("getaddrinfo(): embedded null character");
        }
        try (Memory h = new Memory(addrinfo.SIZE + 8)) {
            long hintsAddr = 0;
            if (hints != null) {
                hints.encodeHints(h, Os.HOST);
                hintsAddr = Pointer.nativeValue(h);
            }
            h.setLong(addrinfo.SIZE, 0);
            int r = Sys.getaddrinfo(node, service, hintsAddr, Pointer.nativeValue(h) + addrinfo.SIZE);
            res[0] = null;
            if (r == 0) {
                long list = h.getLong(addrinfo.SIZE);
                addrinfo first = list == 0 ? null : addrinfo.readList(new Pointer(list), Os.HOST);
                if (first != null) {
                    // clean() runs the free at most once: by freeaddrinfo, or by the Cleaner if that is forgotten.
                    first.list = CLEANER.register(first, () -> Sys.freeaddrinfo(list));
                } else if (list != 0) {
                    Sys.freeaddrinfo(list);
                }
                res[0] = first;
            }
            if (Trace.on) {
                Trace.gai(r, "getaddrinfo", quote(node), quote(service), hints == null ? "NULL" : hints,
                        r == 0 && res[0] != null ? res[0].list() : "[...]");
            }
            return r;
        }
    }

    private static String quote(String s) {
        return s == null ? "NULL" : "\"" + s + "\"";
    }

    /**
     * {@code void freeaddrinfo(struct addrinfo *res)}: frees libc's list behind a
     * {@link #getaddrinfo} answer. A second call, or a call on an answer not at the head of its
     * list, does nothing (C would crash).
     *
     * @param res the first answer that getaddrinfo returned
     */
    public static void freeaddrinfo(addrinfo res) {
        if (res == null) {
            return;
        }
        if (res.list != null) {
            res.list.clean();
            if (Trace.on) {
                Trace.call(0, "freeaddrinfo", "{...}");
            }
        }
    }

    /**
     * {@code const char *gai_strerror(int errcode)}.
     *
     * @param errcode an EAI_* code
     * @return its text, e.g. {@code "Name or service not known"}
     */
    public static String gai_strerror(int errcode) {
        long p = Sys.gai_strerror(errcode);
        return p == 0 ? "Unknown error" : new Pointer(p).getString(0);
    }

    /**
     * {@code int getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host, socklen_t hostlen, char *serv, socklen_t servlen, int flags)}.
     *
     * @param sa    the address
     * @param salen {@code sa.size()}
     * @param host  {@code host[0]} receives the host name (null to skip)
     * @param serv  {@code serv[0]} receives the service name (null to skip)
     * @param flags NI_* flags
     * @return 0, or an EAI_* code
     */
    public static int getnameinfo(sockaddr sa, int salen, String[] host, String[] serv, int flags) {
        checkIn("getnameinfo", sa, salen);
        Scratch s = Scratch.get();
        try (Memory out = new Memory(NI_MAXHOST + NI_MAXSERV)) {
            long o = Pointer.nativeValue(out);
            boolean wantHost = host != null && host.length > 0;
            boolean wantServ = serv != null && serv.length > 0;
            int r = Sys.getnameinfo(put(s, sa), salen, wantHost ? o : 0, wantHost ? NI_MAXHOST : 0,
                    wantServ ? o + NI_MAXHOST : 0, wantServ ? NI_MAXSERV : 0, flags);
            if (r == 0) {
                if (wantHost) {
                    host[0] = out.getString(0);
                }
                if (wantServ) {
                    serv[0] = out.getString(NI_MAXHOST);
                }
            }
            if (Trace.on) {
                Trace.gai(r, "getnameinfo", sa, salen, r == 0 && wantHost ? quote(host[0]) : "...",
                        r == 0 && wantServ ? quote(serv[0]) : "...", Names.niFlags(flags));
            }
            return r;
        }
    }

    /**
     * {@code int inet_pton(int af, const char *src, void *dst)}: text to packed address.
     *
     * @param af  AF_INET or AF_INET6
     * @param src e.g. {@code "127.0.0.1"}
     * @param dst receives 4 or 16 bytes
     * @return 1 on success, 0 if {@code src} is not an address of that family, -1 (EAFNOSUPPORT) for another family
     */
    public static int inet_pton(int af, String src, byte[] dst) {
        int r = Inet.pton(af, src, dst);
        if (Trace.on) {
            Trace.call(r, "inet_pton", Names.family(af), quote(src), r == 1 ? Trace.data(dst, 0, dst.length) : "...");
        }
        return r;
    }

    /**
     * {@code int inet_aton(const char *cp, struct in_addr *inp)}: the old IPv4 parser, which also
     * takes the short forms {@code "127.1"} and {@code "0x7f.1"}.
     *
     * @param cp  the text
     * @param inp receives the 4 bytes in network order
     * @return 1 on success, 0 if {@code cp} is not an address
     */
    public static int inet_aton(String cp, byte[] inp) {
        if (cp == null || inp == null || inp.length < 4) {
            throw new IllegalArgumentException("inet_aton(): cp must not be null and inp must hold 4 bytes");
        }
        int r = 0;
        if (cp.indexOf('\0') < 0) {
            Scratch s = Scratch.get();
            r = Sys.inet_aton(cp, s.base + Scratch.OPT);
            if (r != 0) {
                s.block.read(Scratch.OPT, inp, 0, 4);
            }
        }
        if (Trace.on) {
            Trace.call(r, "inet_aton", quote(cp), r != 0 ? Trace.data(inp, 0, 4) : "...");
        }
        return r;
    }

    /**
     * {@code const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)}: packed
     * address to text.
     *
     * @param af  AF_INET or AF_INET6
     * @param src 4 or 16 bytes
     * @return the text, or null with errno set
     */
    public static String inet_ntop(int af, byte[] src) {
        String r = Inet.ntop(af, src);
        if (Trace.on) {
            Trace.call(r == null ? -1 : 0, "inet_ntop", Names.family(af), Trace.data(src, 0, src.length), quote(r));
        }
        return r;
    }

    /**
     * {@code int gethostname(char *name, size_t len)}.
     *
     * @param name receives the NUL-terminated host name
     * @param len  its room (at most {@code name.length})
     * @return 0, or -1 with errno set
     */
    public static int gethostname(byte[] name, long len) {
        checkBuf("gethostname", name, 0, len);
        Scratch s = Scratch.get();
        Memory m = s.data(len);
        int r = Sys.gethostname(Pointer.nativeValue(m), len);
        if (r == 0) {
            m.read(0, name, 0, (int) len);
        }
        s.release(m);
        if (Trace.on) {
            Trace.call(r, "gethostname", r == 0 ? quote(cString(name)) : "...", len);
        }
        return r;
    }

    /**
     * A C string's text: the bytes before the first NUL, as UTF-8.
     *
     * @param b a buffer libc filled
     * @return the text
     */
    public static String cString(byte[] b) {
        Args.present(b, "cString", "b");
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * {@code struct servent}'s useful fields, copied out of libc's static storage.
     *
     * @param s_name  the official service name
     * @param s_port  the port in network byte order
     * @param s_proto the protocol name
     */
    public record servent(String s_name, int s_port, String s_proto) {}

    /**
     * {@code struct servent *getservbyname(const char *name, const char *proto)}.
     *
     * @param name  a service, e.g. {@code "http"}
     * @param proto {@code "tcp"}, {@code "udp"} or null for any
     * @return the entry, or null if unknown
     */
    public static servent getservbyname(String name, String proto) {
        if (name == null) {
            throw new IllegalArgumentException("getservbyname(): name is null"); // glibc would dereference NULL
        }
        synchronized (Sys.class) { // the answer lives in libc's static storage
            long p = Sys.getservbyname(name, proto);
            return servent(p);
        }
    }

    /**
     * {@code struct servent *getservbyport(int port, const char *proto)}.
     *
     * @param port  the port in network byte order
     * @param proto {@code "tcp"}, {@code "udp"} or null
     * @return the entry, or null if unknown
     */
    public static servent getservbyport(int port, String proto) {
        synchronized (Sys.class) {
            return servent(Sys.getservbyport(port, proto));
        }
    }

    private static servent servent(long p) {
        if (p == 0) {
            return null;
        }
        Pointer e = new Pointer(p);
        return new servent(e.getPointer(0).getString(0), e.getInt(16) & 0xffff, e.getPointer(24).getString(0));
    }

    /**
     * {@code getprotobyname(name)->p_proto}.
     *
     * @param name e.g. {@code "tcp"}
     * @return the protocol number, or -1 if unknown
     */
    public static int getprotobyname(String name) {
        if (name == null) {
            throw new IllegalArgumentException("getprotobyname(): name is null"); // glibc would dereference NULL
        }
        synchronized (Sys.class) {
            long p = Sys.getprotobyname(name);
            return p == 0 ? -1 : new Pointer(p).getInt(16);
        }
    }

    // ---------------------------------------------------------------- any descriptor

    /**
     * {@code ssize_t read(int fd, void *buf, size_t count)}: from any descriptor (a socket,
     * standard input 0, a pipe).
     *
     * @param fd    the descriptor
     * @param buf   where the bytes go
     * @param count the most to read (at most {@code buf.length})
     * @return the number read, 0 at end of file, or -1 with errno set
     */
    public static long read(int fd, byte[] buf, long count) {
        checkBuf("read", buf, 0, count);
        Scratch s = Scratch.get();
        Memory m = s.data(count);
        Trace.Call t = Trace.on ? Trace.begin("read", true, fd) : null;
        long r = Sys.read(fd, Pointer.nativeValue(m), count);
        if (r > 0) {
            m.read(0, buf, 0, (int) r);
        }
        s.release(m);
        if (t != null) {
            t.end(r, r > 0 ? Trace.data(buf, 0, r) : "\"\"", count);
        }
        return r;
    }

    /**
     * {@code ssize_t write(int fd, const void *buf, size_t count)}: to any descriptor (a socket,
     * standard output 1, a pipe).
     *
     * @param fd    the descriptor
     * @param buf   the bytes
     * @param count how many of them, from the start
     * @return the number written (possibly fewer), or -1 with errno set
     */
    public static long write(int fd, byte[] buf, long count) {
        checkBuf("write", buf, 0, count);
        Scratch s = Scratch.get();
        Memory m = s.data(count);
        m.write(0, buf, 0, (int) count);
        Trace.Call t = Trace.on ? Trace.begin("write", false, fd, Trace.data(buf, 0, count), count) : null;
        long r = Sys.write(fd, Pointer.nativeValue(m), count);
        s.release(m);
        if (t != null) {
            t.end(r);
        }
        return r;
    }

    // ---------------------------------------------------------------- select and its macros

    /**
     * {@code void FD_ZERO(fd_set *set)}: empties the set.
     *
     * @param set the set
     */
    public static void FD_ZERO(fd_set set) {
        Args.present(set, "FD_ZERO", "set").zero();
    }

    /**
     * {@code void FD_SET(int fd, fd_set *set)}: adds {@code fd}.
     *
     * @param fd  a descriptor, 0 to FD_SETSIZE-1
     * @param set the set
     */
    public static void FD_SET(int fd, fd_set set) {
        Args.present(set, "FD_SET", "set").set(fd);
    }

    /**
     * {@code void FD_CLR(int fd, fd_set *set)}: removes {@code fd}.
     *
     * @param fd  a descriptor, 0 to FD_SETSIZE-1
     * @param set the set
     */
    public static void FD_CLR(int fd, fd_set set) {
        Args.present(set, "FD_CLR", "set").clear(fd);
    }

    /**
     * {@code int FD_ISSET(int fd, fd_set *set)}, as a boolean.
     *
     * @param fd  a descriptor, 0 to FD_SETSIZE-1
     * @param set the set
     * @return whether {@code fd} is in it
     */
    public static boolean FD_ISSET(int fd, fd_set set) {
        return Args.present(set, "FD_ISSET", "set").isSet(fd);
    }

    /**
     * BSD's {@code FD_COPY(fd_set *from, fd_set *to)}: C's struct copy {@code to = *from}
     * (a Java assignment would share one set instead).
     *
     * @param from the set to copy
     * @param to   the set that becomes equal to it
     */
    public static void FD_COPY(fd_set from, fd_set to) {
        Args.present(from, "FD_COPY", "from").copyTo(Args.present(to, "FD_COPY", "to"));
    }

    /**
     * {@code int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout)}:
     * waits until a descriptor below {@code nfds} in one of the sets is ready. On return each set
     * holds only its ready descriptors (all are cleared on a timeout); on Linux {@code timeout}
     * holds the time that was left, on macOS it is unchanged.
     *
     * @param nfds      one more than the highest descriptor in any set (0 to FD_SETSIZE)
     * @param readfds   descriptors to watch for reading, or null
     * @param writefds  descriptors to watch for writing, or null
     * @param exceptfds descriptors to watch for exceptions (TCP urgent data), or null
     * @param timeout   how long to wait, or null to wait for ever
     * @return the number of ready descriptors, 0 on timeout, or -1 with errno set
     */
    public static int select(int nfds, fd_set readfds, fd_set writefds, fd_set exceptfds, timeval timeout) {
        if (nfds < 0 || nfds > FD_SETSIZE) {
            throw new IllegalArgumentException("select(): nfds " + nfds + " outside 0.." + FD_SETSIZE);
        }
        fd_set[] sets = {readfds, writefds, exceptfds};
        int tv = 3 * fd_set.SIZE;
        Scratch s = Scratch.get();
        Memory m = s.data(tv + timeval.SIZE);
        ByteBuffer b = m.getByteBuffer(0, tv + timeval.SIZE);
        long base = Pointer.nativeValue(m);
        for (int i = 0; i < 3; i++) {
            if (sets[i] != null) {
                sets[i].encode(b, i * fd_set.SIZE);
            }
        }
        if (timeout != null) {
            timeout.encode(b, tv, Os.HOST);
        }
        Trace.Call t = Trace.on ? Trace.begin("select", false, nfds, members(readfds, nfds), members(writefds, nfds),
                members(exceptfds, nfds), timeout == null ? "NULL" : timeout.toString()) : null;
        int r = Sys.select(nfds, readfds == null ? 0 : base, writefds == null ? 0 : base + fd_set.SIZE,
                exceptfds == null ? 0 : base + 2 * fd_set.SIZE, timeout == null ? 0 : base + tv);
        if (r >= 0) {
            for (int i = 0; i < 3; i++) {
                if (sets[i] != null) {
                    sets[i].decode(b, i * fd_set.SIZE);
                }
            }
            if (timeout != null) {
                timeout.decode(b, tv, Os.HOST);
            }
        }
        s.release(m);
        if (t != null) {
            StringBuilder ready = new StringBuilder();
            String[] labels = {"in", "out", "except"};
            for (int i = 0; i < 3; i++) {
                if (sets[i] != null && !members(sets[i], nfds).equals("[]")) {
                    ready.append(ready.length() > 0 ? ", " : "").append(labels[i]).append(' ').append(members(sets[i], nfds));
                }
            }
            if (timeout != null && Os.HOST == Os.LINUX) {
                ready.append(", left ").append(timeout);
            }
            t.endWith(r, ready.toString());
        }
        return r;
    }

    private static String members(fd_set set, int nfds) {
        return set == null ? "NULL" : set.members(nfds);
    }

    /**
     * {@code int poll(struct pollfd *fds, nfds_t nfds, int timeout)} on a {@link pollfd.Array},
     * which the kernel reads and fills in place.
     *
     * @param fds     the entries; {@code revents} is filled in
     * @param nfds    how many of them to watch, from the first (at most the capacity)
     * @param timeout milliseconds, -1 for no limit, 0 to return at once
     * @return the number of entries with events, 0 on timeout, or -1 with errno set
     * @throws IllegalStateException if {@code fds} is closed (no call is made)
     */
    public static int poll(pollfd.Array fds, long nfds, int timeout) {
        if (fds == null || nfds < 0 || nfds > fds.capacity()) {
            throw new IllegalArgumentException("poll(): nfds " + nfds + " outside 0.." + (fds == null ? 0 : fds.capacity()));
        }
        int n = (int) nfds;
        long a = fds.acquire(); // the memory stays allocated until the kernel is done with it
        try {
            // The trace reads the entries while this call still holds them (a close meanwhile waits for it).
            Trace.Call t = Trace.on ? Trace.begin("poll", false, fds.requests(n), nfds, timeout) : null;
            int r = Sys.poll(a, nfds, timeout);
            if (t != null) {
                t.endWith(r, fds.answers(n));
            }
            return r;
        } finally {
            fds.release();
        }
    }

    // ---------------------------------------------------------------- the old name calls

    /** The calling thread's h_errno, saved right after its last gethostbyname/gethostbyaddr. */
    private static final ThreadLocal<int[]> H_ERRNO = ThreadLocal.withInitial(() -> new int[1]);

    /** Reads libc's h_errno for this thread: glibc keeps it per thread, macOS in one global. */
    private static int nativeHErrno() {
        Pointer p = Os.HOST == Os.LINUX ? new Pointer(Sys.Linux.__h_errno_location()) : Sys.C.getGlobalVariableAddress("h_errno");
        return p.getInt(0);
    }

    /**
     * C's {@code h_errno}: why this thread's last {@link #gethostbyname} or
     * {@link #gethostbyaddr} failed (HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA).
     *
     * @return the h_errno value (meaningful only after one of them returned null)
     */
    public static int h_errno() {
        return H_ERRNO.get()[0];
    }

    /**
     * {@code const char *hstrerror(int err)}.
     *
     * @param err an h_errno value
     * @return its text, e.g. {@code "Unknown host"}
     */
    public static String hstrerror(int err) {
        synchronized (Sys.class) {
            long p = Sys.hstrerror(err);
            return p == 0 ? "Unknown resolver error" : new Pointer(p).getString(0);
        }
    }

    /**
     * {@code void herror(const char *s)}: prints {@code "s: hstrerror(h_errno)"} on standard
     * error, as {@link #perror} does for errno.
     *
     * @param s a prefix, usually the failed call's name (null or empty for none)
     */
    public static void herror(String s) {
        String msg = hstrerror(h_errno());
        System.err.println(s == null || s.isEmpty() ? msg : s + ": " + msg);
    }

    /**
     * {@code struct hostent *gethostbyname(const char *name)}: the old IPv4-only lookup (new code
     * uses {@link #getaddrinfo}). The answer is copied out of libc's static storage at once.
     *
     * @param name a host name or dotted address
     * @return the entry, or null with {@link #h_errno()} set
     */
    public static hostent gethostbyname(String name) {
        if (name == null || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("gethostbyname(): name is null or holds a NUL");
        }
        hostent h;
        int herr;
        synchronized (Sys.class) { // the answer lives in libc's static storage
            long p = Sys.gethostbyname(name);
            herr = p == 0 ? nativeHErrno() : 0;
            h = p == 0 ? null : hostent.read(new Pointer(p));
        }
        H_ERRNO.get()[0] = herr;
        if (Trace.on) {
            traceHost(h, herr, "gethostbyname", quote(name));
        }
        return h;
    }

    /**
     * {@code struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)}: the
     * reverse lookup.
     *
     * @param addr the packed address (4 bytes for AF_INET)
     * @param len  its length (at most {@code addr.length}, at most 16)
     * @param type AF_INET or AF_INET6
     * @return the entry, or null with {@link #h_errno()} set
     */
    public static hostent gethostbyaddr(byte[] addr, int len, int type) {
        checkBuf("gethostbyaddr", addr, 0, len);
        if (len > 16) {
            throw new IllegalArgumentException("gethostbyaddr(): len " + len + " larger than an address");
        }
        hostent h;
        int herr;
        synchronized (Sys.class) {
            Scratch s = Scratch.get();
            s.block.write(Scratch.OPT, addr, 0, len);
            long p = Sys.gethostbyaddr(s.base + Scratch.OPT, len, type);
            herr = p == 0 ? nativeHErrno() : 0;
            h = p == 0 ? null : hostent.read(new Pointer(p));
        }
        H_ERRNO.get()[0] = herr;
        if (Trace.on) {
            traceHost(h, herr, "gethostbyaddr", Trace.data(addr, 0, len), len, Names.family(type));
        }
        return h;
    }

    private static void traceHost(hostent h, int herr, String call, Object... args) {
        Trace.answer(call, h != null ? h.toString() : "NULL " + Names.hErrno(herr) + " (" + hstrerror(herr) + ")", args);
    }

    /**
     * {@code char *inet_ntoa(struct in_addr in)}: an IPv4 address as dotted text.
     *
     * @param in the 4 address bytes in network order ({@code sin_addr}, {@code h_addr})
     * @return e.g. {@code "127.0.0.1"}
     */
    public static String inet_ntoa(byte[] in) {
        if (in == null || in.length != 4) {
            throw new IllegalArgumentException("inet_ntoa(): in must be 4 bytes");
        }
        int word = ByteBuffer.wrap(in).order(java.nio.ByteOrder.nativeOrder()).getInt();
        synchronized (Sys.class) { // the text lives in one static buffer
            return new Pointer(Sys.inet_ntoa(word)).getString(0);
        }
    }

    /**
     * {@code in_addr_t inet_addr(const char *cp)}: dotted text to an address in network order,
     * the value C stores in {@code sin_addr.s_addr} (see {@link sockaddr_in#s_addr(int)}).
     * It also takes the short forms ({@code "127.1"}).
     *
     * @param cp the text
     * @return the address, or INADDR_NONE (-1) if {@code cp} is not one (which
     *         {@code "255.255.255.255"} also returns)
     */
    public static int inet_addr(String cp) {
        if (cp == null) {
            throw new IllegalArgumentException("inet_addr(): cp is null");
        }
        return cp.indexOf('\0') >= 0 ? INADDR_NONE : Sys.inet_addr(cp);
    }

    /** {@return this process's id ({@code getpid()})} */
    public static int getpid() {
        return Sys.getpid();
    }

    /**
     * {@code int kill(pid_t pid, int sig)}.
     *
     * @param pid the process
     * @param sig the signal number
     * @return 0, or -1 with errno set
     */
    public static int kill(int pid, int sig) {
        int r = Sys.kill(pid, sig);
        if (Trace.on) {
            Trace.call(r, "kill", pid, sig);
        }
        return r;
    }

    // ---------------------------------------------------------------- waking a thread blocked in a call

    /**
     * {@code pthread_t pthread_self(void)}: the calling native thread (a carrier's, on a virtual thread).
     *
     * @return the thread, opaque: the one thing {@link #pthread_kill} takes
     */
    public static pthread_t pthread_self() {
        return new pthread_t(Sys.pthread_self(), Thread.currentThread());
    }

    /**
     * {@code int pthread_kill(pthread_t thread, int sig)}: sends a signal to one thread of this
     * process. Unlike most calls it returns the error number itself; errno is untouched. A thread
     * whose Java thread has ended gets ESRCH without a call: its {@code pthread_t} may point at
     * freed memory, which C's {@code pthread_kill} would read.
     *
     * @param thread a thread from {@link #pthread_self}, whose Java thread is still alive
     * @param sig    the signal
     * @return 0, or an errno value (ESRCH for a thread that has ended)
     */
    public static int pthread_kill(pthread_t thread, int sig) {
        Args.present(thread, "pthread_kill", "thread");
        int r = thread.owner.isAlive() ? Sys.pthread_kill(thread.id, sig) : ESRCH;
        if (Trace.on) {
            Trace.call(r == 0 ? 0 : -1, "pthread_kill", thread, sig);
        }
        return r;
    }

    /**
     * The signal that interrupts a thread's blocking call without doing anything else: the one
     * the JDK itself uses for this ({@code SIGRTMAX - 2} on Linux, {@code SIGIO} on macOS), so
     * the two never disagree about it. See {@link #installWakeHandler()}.
     */
    public static final int SIGWAKE = Os.HOST == Os.LINUX ? Sys.Linux.__libc_current_sigrtmax() - 2 : 23;

    private static volatile boolean wakeHandlerInstalled;

    /**
     * Not a libc function: {@code sigaction(SIGWAKE, &{.sa_handler = a handler that does nothing,
     * .sa_mask = {}, .sa_flags = 0}, NULL)} unless the signal has a handler already (the JDK's
     * own, which is the same no-op). Without {@code SA_RESTART}, a {@link #pthread_kill} of
     * {@code SIGWAKE} makes the target's blocking call fail with EINTR; a thread not in a call
     * notices nothing. The handler is libc's {@code abs}: a function of one int that touches no
     * state (async-signal-safe), which is all a handler of {@code void (*)(int)} needs to be on
     * the LP64 ABIs (the return value is ignored). Both layouts of {@code struct sigaction}
     * (Linux 152 bytes, macOS 16) start with the handler, and all zeros is an empty mask and no flags.
     *
     * @return 0, or -1 with errno set
     */
    public static synchronized int installWakeHandler() {
        if (wakeHandlerInstalled) {
            return 0;
        }
        Memory old = new Memory(256);
        old.clear();
        if (Sys.sigaction(SIGWAKE, 0, Pointer.nativeValue(old)) != 0) {
            return -1;
        }
        long current = old.getLong(0);
        if (current == 0 || current == 1) { // SIG_DFL or SIG_IGN: neither interrupts a call
            Memory act = new Memory(256);
            act.clear();
            act.setLong(0, Pointer.nativeValue(Sys.C.getFunction("abs")));
            int r = Sys.sigaction(SIGWAKE, Pointer.nativeValue(act), 0);
            if (Trace.on) {
                Trace.call(r, "rt_sigaction", SIGWAKE, "{sa_handler=abs, sa_mask=[], sa_flags=0}", "NULL");
            }
            if (r != 0) {
                return -1;
            }
        }
        wakeHandlerInstalled = true;
        return 0;
    }

    // ---------------------------------------------------------------- messages, files, interfaces, host entries

    private static void checkMsg(String call, msghdr msg) {
        if (msg == null || msg.msg_iov == null) {
            throw new IllegalArgumentException(call + "(): msg and msg->msg_iov must not be null");
        }
        for (byte[] b : msg.msg_iov) {
            if (b == null) {
                throw new IllegalArgumentException(call + "(): an iovec buffer is null");
            }
        }
        if (msg.msg_control != null && (msg.msg_controllen < 0 || msg.msg_controllen > msg.msg_control.length)) {
            throw new IllegalArgumentException(call + "(): msg_controllen " + msg.msg_controllen + " outside 0.."
                    + msg.msg_control.length);
        }
        if (msg.msg_name != null && (msg.msg_namelen < 0 || msg.msg_namelen > msg.msg_name.size())) {
            throw new IllegalArgumentException(call + "(): msg_namelen " + msg.msg_namelen + " outside 0.."
                    + msg.msg_name.size());
        }
    }

    /**
     * The native block of one sendmsg/recvmsg: the header, the name, the iovec array, the
     * control buffer and the data, in that order, each 8-aligned.
     */
    private static final class MsgBlock implements AutoCloseable {
        final Memory m;
        final java.nio.ByteBuffer view;
        final long base;
        final long name;
        final long iov;
        final long control;
        final long data;
        final long total;

        MsgBlock(msghdr msg, boolean withData) {
            long bytes = 0;
            for (byte[] b : msg.msg_iov) {
                bytes += b.length;
            }
            total = bytes;
            int ctl = msg.msg_control == null ? 0 : msg.msg_controllen;
            long at = msghdr.size(Os.HOST);
            long nameAt = at;
            at += sockaddr.STORAGE_SIZE;
            long iovAt = at;
            at += (long) msghdr.IOVEC * msg.msg_iov.length;
            long ctlAt = at;
            at += (ctl + 7) & ~7;
            long dataAt = at;
            m = new Memory(Math.max(1, at + bytes));
            m.clear();
            base = Pointer.nativeValue(m);
            view = m.getByteBuffer(0, msghdr.size(Os.HOST)).order(java.nio.ByteOrder.nativeOrder());
            name = msg.msg_name == null ? 0 : base + nameAt;
            iov = base + iovAt;
            control = ctl == 0 ? 0 : base + ctlAt;
            data = base + dataAt;
            if (msg.msg_name != null) {
                msg.msg_name.encode(m.getByteBuffer(nameAt, sockaddr.STORAGE_SIZE).order(java.nio.ByteOrder.nativeOrder()), Os.HOST);
            }
            long d = dataAt;
            for (int i = 0; i < msg.msg_iov.length; i++) {
                byte[] b = msg.msg_iov[i];
                m.setLong(iovAt + (long) msghdr.IOVEC * i, base + d);
                m.setLong(iovAt + (long) msghdr.IOVEC * i + 8, b.length);
                if (withData && b.length > 0) {
                    m.write(d, b, 0, b.length);
                }
                d += b.length;
            }
            if (ctl > 0 && withData) {
                m.write(ctlAt, msg.msg_control, 0, ctl);
            }
            msg.encode(view, Os.HOST, name, iov, control);
        }

        @Override
        public void close() {
            m.close();
        }
    }

    /**
     * {@code ssize_t sendmsg(int sockfd, const struct msghdr *msg, int flags)}: sends the
     * buffers of {@code msg->msg_iov} as one message (gather), with the ancillary items of
     * {@code msg->msg_control} (see {@link cmsghdr#encode}) and, when {@code msg->msg_name} is
     * set, to that address.
     *
     * @param fd    a socket
     * @param msg   the message
     * @param flags MSG_* flags
     * @return the number of bytes sent, or -1 with errno set
     */
    public static long sendmsg(int fd, msghdr msg, int flags) {
        checkMsg("sendmsg", msg);
        long r;
        try (MsgBlock b = new MsgBlock(msg, true)) {
            r = Sys.Ext.sendmsg(fd, b.base, flags);
            if (Trace.on) {
                Trace.call(r, "sendmsg", fd, "{msg_iovlen=" + msg.msg_iov.length + ", msg_controllen="
                        + (msg.msg_control == null ? 0 : msg.msg_controllen) + "}", Names.msgFlags(flags));
            }
        }
        return r;
    }

    /**
     * {@code ssize_t recvmsg(int sockfd, struct msghdr *msg, int flags)}: receives one message
     * into the buffers of {@code msg->msg_iov} in turn (scatter). On return
     * {@code msg->msg_namelen}, {@code msg->msg_controllen} and {@code msg->msg_flags} hold
     * the kernel's values, and the sender's address and the control bytes are copied back.
     * Never more than the buffers hold is copied, even when MSG_TRUNC makes the kernel report
     * a datagram's full length.
     *
     * @param fd    a socket
     * @param msg   the buffers to fill
     * @param flags MSG_* flags
     * @return the kernel's count (may exceed the buffers with MSG_TRUNC), or -1 with errno set
     */
    public static long recvmsg(int fd, msghdr msg, int flags) {
        checkMsg("recvmsg", msg);
        long r;
        try (MsgBlock b = new MsgBlock(msg, false)) {
            r = Sys.Ext.recvmsg(fd, b.base, flags);
            if (r >= 0) {
                long left = Math.min(r, b.total);
                long d = b.data - b.base;
                for (byte[] buf : msg.msg_iov) {
                    int n = (int) Math.min(left, buf.length);
                    if (n > 0) {
                        b.m.read(d, buf, 0, n);
                    }
                    left -= n;
                    d += buf.length;
                }
                if (b.control != 0) {
                    int got = (int) Math.min(msghdr.controllen(b.view, Os.HOST), msg.msg_controllen);
                    b.m.read(b.control - b.base, msg.msg_control, 0, got);
                    msg.msg_controllen = got;
                } else {
                    msg.msg_controllen = 0;
                }
                msg.msg_flags = msghdr.flags(b.view, Os.HOST);
                if (msg.msg_name != null) {
                    int got = msghdr.namelen(b.view);
                    java.nio.ByteBuffer nb = b.m.getByteBuffer(b.name - b.base, sockaddr.STORAGE_SIZE)
                            .order(java.nio.ByteOrder.nativeOrder());
                    msg.msg_name.read(nb, Math.min(got, msg.msg_namelen), Os.HOST);
                    msg.msg_namelen = got;
                }
            }
            if (Trace.on) {
                Trace.call(r, "recvmsg", fd, "{msg_iovlen=" + msg.msg_iov.length + ", msg_controllen="
                        + msg.msg_controllen + ", msg_flags=" + Names.msgFlags(msg.msg_flags) + "}", Names.msgFlags(flags));
            }
        }
        return r;
    }

    /**
     * C's {@code CMSG_LEN(len)} for the running OS.
     *
     * @param len the data length
     * @return the {@code cmsg_len} of an item with that much data
     */
    public static long CMSG_LEN(long len) {
        return cmsghdr.CMSG_LEN(len, Os.HOST);
    }

    /**
     * C's {@code CMSG_SPACE(len)} for the running OS.
     *
     * @param len the data length
     * @return the room the item takes in a control buffer
     */
    public static long CMSG_SPACE(long len) {
        return cmsghdr.CMSG_SPACE(len, Os.HOST);
    }

    /** O_CREAT, and Linux's O_TMPFILE (its own bit): the flags that make open() read a third argument. */
    private static final int MAKES_A_FILE = Os.HOST == Os.LINUX ? 0x40 | 0x400000 : 0x200;

    /**
     * {@code int open(const char *pathname, int flags)} (no {@code mode}: never with O_CREAT).
     *
     * @param pathname the file
     * @param flags    O_RDONLY, O_CLOEXEC... (O_CREAT and O_TMPFILE are refused: they need a mode)
     * @return the fd, or -1 with errno set
     */
    public static int open(String pathname, int flags) {
        if (pathname == null) {
            throw new IllegalArgumentException("open(): pathname is null");
        }
        if (pathname.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("open(): pathname has an embedded NUL");
        }
        if ((flags & MAKES_A_FILE) != 0) {
            // C would read the missing mode argument from whatever the register holds
            throw new IllegalArgumentException("open(): O_CREAT and O_TMPFILE need a mode, which this binding does not take");
        }
        int r = Sys.Ext.open(pathname, flags);
        if (Trace.on) {
            Trace.call(r, "open", quote(pathname), flags);
        }
        return r;
    }

    /**
     * {@code int setsockopt(int sockfd, int level, int optname, NULL, socklen_t optlen)}: an
     * option set with no value and a length (Linux's AF_ALG {@code ALG_SET_AEAD_AUTHSIZE}).
     * Call it as {@code setsockopt(fd, level, optname, (Void) null, optlen)}.
     *
     * @param fd      the socket
     * @param level   the option's level
     * @param optname the option
     * @param optval  null: C's NULL
     * @param optlen  the length the kernel is given
     * @return 0, or -1 with errno set
     */
    public static int setsockopt(int fd, int level, int optname, Void optval, int optlen) {
        if (optlen < 0) {
            throw new IllegalArgumentException("setsockopt(): optlen " + optlen + " is negative");
        }
        int r = Sys.setsockopt(fd, level, optname, 0, optlen);
        if (Trace.on) {
            Trace.call(r, "setsockopt", fd, Names.level(level), Names.option(level, optname), "NULL", optlen);
        }
        return r;
    }

    /** Whether this libc has Linux's {@code sendfile(2)} (a file to a socket, in the kernel). */
    public static final boolean HAS_SENDFILE = Os.HOST == Os.LINUX;

    /**
     * Linux's {@code ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count)}:
     * copies up to {@code count} bytes of a file from {@code *offset} to a socket in the
     * kernel, and moves {@code *offset} past them. Linux only ({@link #HAS_SENDFILE}).
     *
     * @param out_fd the socket
     * @param in_fd  the file
     * @param offset in/out: where to read from
     * @param count  the most to send
     * @return the number sent (0 at end of file), or -1 with errno set
     */
    public static long sendfile(int out_fd, int in_fd, long[] offset, long count) {
        if (!HAS_SENDFILE) {
            throw new UnsupportedOperationException("sendfile(2) is Linux's");
        }
        if (offset == null || offset.length < 1 || count < 0) {
            throw new IllegalArgumentException("sendfile(): offset must be a one-element array and count >= 0");
        }
        Scratch s = Scratch.get();
        s.view.putLong(Scratch.OPT, offset[0]);
        long r = Sys.Ext.Linux.sendfile(out_fd, in_fd, s.base + Scratch.OPT, count);
        if (r >= 0) {
            offset[0] = s.view.getLong(Scratch.OPT);
        }
        if (Trace.on) {
            Trace.call(r, "sendfile", out_fd, in_fd, "[" + offset[0] + "]", count);
        }
        return r;
    }

    /** C's {@code IF_NAMESIZE}: the room for an interface name and its NUL. */
    public static final int IF_NAMESIZE = 16;

    /**
     * {@code unsigned int if_nametoindex(const char *ifname)}.
     *
     * @param ifname e.g. {@code "lo"}
     * @return the index, or 0 with errno set
     */
    public static int if_nametoindex(String ifname) {
        if (ifname == null) {
            throw new IllegalArgumentException("if_nametoindex(): ifname is null");
        }
        int r = Sys.Ext.if_nametoindex(ifname);
        if (Trace.on) {
            Trace.call(r == 0 ? -1 : r, "if_nametoindex", quote(ifname));
        }
        return r;
    }

    /**
     * {@code char *if_indextoname(unsigned int ifindex, char *ifname)}.
     *
     * @param ifindex an interface index
     * @return its name, or null with errno set (ENXIO for an unknown index)
     */
    public static String if_indextoname(int ifindex) {
        try (Memory m = new Memory(IF_NAMESIZE)) {
            m.clear();
            long p = Sys.Ext.if_indextoname(ifindex, Pointer.nativeValue(m));
            String name = p == 0 ? null : m.getString(0);
            if (Trace.on) {
                Trace.call(p == 0 ? -1 : 0, "if_indextoname", Integer.toUnsignedString(ifindex), name == null ? "..." : quote(name));
            }
            return name;
        }
    }

    /**
     * One entry of {@link LibC#if_nameindex()} ({@code struct if_nameindex}).
     *
     * @param if_index the index
     * @param if_name  the name
     */
    public record if_nameindex(int if_index, String if_name) {}

    /**
     * {@code struct if_nameindex *if_nameindex(void)}, copied out and freed
     * ({@code if_freenameindex}).
     *
     * @return the interfaces, or null with errno set
     */
    public static java.util.List<if_nameindex> if_nameindex() {
        long p = Sys.Ext.if_nameindex();
        if (Trace.on) {
            Trace.call(p == 0 ? -1 : 0, "if_nameindex");
        }
        if (p == 0) {
            return null;
        }
        java.util.List<if_nameindex> out = new java.util.ArrayList<>();
        try {
            Pointer e = new Pointer(p);
            for (long at = 0;; at += 16) {
                int index = e.getInt(at);
                Pointer name = e.getPointer(at + 8);
                if (index == 0 && name == null) {
                    break;
                }
                out.add(new if_nameindex(index, name == null ? "" : name.getString(0)));
            }
        } finally {
            Sys.Ext.if_freenameindex(p);
        }
        return out;
    }
}
