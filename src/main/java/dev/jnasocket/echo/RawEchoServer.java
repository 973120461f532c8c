package dev.jnasocket.echo;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.sockaddr_in;
import java.io.PrintStream;

/**
 * The echo server of the Python documentation, written the way it is written in C, straight on
 * {@link dev.jnasocket.libc.LibC}: every call's return value is checked, and a failure is
 * reported with {@code perror} and returned as -1, never thrown.
 * <pre>
 * int listenfd = RawEchoServer.listenOn("127.0.0.1", 50007, 1);   // socket, setsockopt, bind, listen
 * if (listenfd &lt; 0) return 1;
 * RawEchoServer.serveOne(listenfd, System.out);                      // accept, recv/send until EOF, close
 * close(listenfd);
 * </pre>
 * Python's version, for comparison:
 * <pre>
 * with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
 *     s.bind((HOST, PORT)); s.listen(1)
 *     conn, addr = s.accept()
 *     with conn:
 *         print('Connected by', addr)
 *         while True:
 *             data = conn.recv(1024)
 *             if not data: break
 *             conn.sendall(data)
 * </pre>
 * The {@code log} stream of each method receives the conversation (who connected, what is echoed).
 */
public final class RawEchoServer {
    private RawEchoServer() {}

    /** How much one {@code recv} asks for: the Python original's {@code conn.recv(1024)}. */
    public static final int BUFSIZE = 1024;

    /**
     * {@code socket} → {@code setsockopt(SO_REUSEADDR)} → {@code bind} → {@code listen}.
     *
     * @param host    an IPv4 address or host name to listen on ({@code ""} for every interface)
     * @param port    the port, 0 for a free one (read it back with {@link #localPort})
     * @param backlog how many connections may wait for {@code accept}
     * @return the listening descriptor, or -1 (the reason is printed on standard error)
     */
    public static int listenOn(String host, int port, int backlog) {
        sockaddr_in addr = RawIo.ipv4(host, port);
        if (addr == null) {
            return -1;
        }
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0) {
            perror("socket");
            return -1;
        }
        // Lets a restarted server bind at once while the old connections sit in TIME_WAIT.
        if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1) < 0) {
            return RawIo.fail("setsockopt(SO_REUSEADDR)", fd);
        }
        if (bind(fd, addr, addr.size()) < 0) {
            return RawIo.fail("bind", fd);
        }
        if (listen(fd, backlog) < 0) {
            return RawIo.fail("listen", fd);
        }
        return fd;
    }

    /**
     * {@code getsockname}: the port a socket is bound to, e.g. the one the kernel chose for port 0.
     *
     * @param fd a bound socket
     * @return the port, or -1 (the reason is printed on standard error)
     */
    public static int localPort(int fd) {
        sockaddr_in addr = new sockaddr_in();
        int[] addrlen = {addr.size()};
        if (getsockname(fd, addr, addrlen) < 0) {
            perror("getsockname");
            return -1;
        }
        return ntohs(addr.sin_port);
    }

    /**
     * Serves one client, as the Python original does: {@link #acceptClient} then {@link #serveClient}.
     *
     * @param listenfd a listening socket (left open)
     * @param log      where the conversation is printed
     * @return the bytes echoed, or -1 if a call failed
     */
    public static long serveOne(int listenfd, PrintStream log) {
        int conn = acceptClient(listenfd, log);
        if (conn < 0) {
            return -1;
        }
        return serveClient(conn, log);
    }

    /**
     * Serves clients one after another, until {@code accept} fails. A client whose connection
     * breaks ends only its own turn.
     *
     * @param listenfd a listening socket (left open)
     * @param log      where the conversation is printed
     * @return -1, once {@code accept} has failed (the reason is printed on standard error)
     */
    public static int serveForever(int listenfd, PrintStream log) {
        for (;;) {
            int conn = acceptClient(listenfd, log);
            if (conn < 0) {
                return -1;
            }
            serveClient(conn, log);
        }
    }

    /**
     * {@code accept}: waits for the next client, sets {@code TCP_NODELAY} (and {@code SO_NOSIGPIPE}
     * on macOS) on the connection, and prints who it is (Python's {@code print('Connected by', addr)}).
     *
     * @param listenfd a listening socket
     * @param log      where {@code server connected by ('127.0.0.1', 50330)} is printed
     * @return the connected descriptor, or -1 (the reason is printed on standard error)
     */
    public static int acceptClient(int listenfd, PrintStream log) {
        sockaddr_in peer = new sockaddr_in();
        int[] peerlen = {peer.size()};
        int conn = accept(listenfd, peer, peerlen);
        if (conn < 0) {
            perror("accept");
            return -1;
        }
        if (RawIo.noSigPipe(conn) < 0) {
            return RawIo.fail("setsockopt(SO_NOSIGPIPE)", conn);
        }
        // The echo goes back in BUFSIZE pieces, far smaller than a segment: with Nagle's algorithm
        // each would wait for the ACK of the one before, which the client delays (40 ms on Linux).
        if (setsockopt(conn, IPPROTO_TCP, TCP_NODELAY, 1) < 0) {
            return RawIo.fail("setsockopt(TCP_NODELAY)", conn);
        }
        log.println("server connected by " + RawIo.tuple(peer));
        return conn;
    }

    /**
     * The echo loop: {@code recv} up to {@link #BUFSIZE} bytes, send them all back, until
     * {@code recv} returns 0 (the client closed its end); then {@code close}.
     *
     * @param conn a connected socket, closed on return
     * @param log  where each echoed piece is printed ({@code server echoes b'...'})
     * @return the bytes echoed, or -1 if a call failed (the reason is printed on standard error)
     */
    public static long serveClient(int conn, PrintStream log) {
        long echoed = echoUntilEof(conn, log);
        if (close(conn) < 0) {
            perror("close");
            return -1;
        }
        if (echoed >= 0) {
            log.println("server closed the connection after echoing " + echoed + " bytes");
        }
        return echoed;
    }

    private static long echoUntilEof(int conn, PrintStream log) {
        byte[] buf = new byte[BUFSIZE];
        long echoed = 0;
        for (;;) {
            long n = recv(conn, buf, buf.length, 0);
            if (n < 0) {
                if (errno() == EINTR) {
                    continue;
                }
                perror("recv");
                return -1;
            }
            if (n == 0) {
                return echoed; // EOF: the client has closed its end
            }
            // Printed before the send, so it is always in the log before the client's reply line.
            log.println("server echoes " + RawIo.repr(buf, n));
            if (RawIo.sendAll(conn, buf, 0, (int) n) < 0) {
                perror("send");
                return -1;
            }
            echoed += n;
        }
    }
}
