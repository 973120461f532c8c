package dev.jnasocket.bench;

import dev.jnasocket.Accepted;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Connected pairs of sockets for each peer, the two ends in this process: the benchmark drives
 * {@code near}, a far-side thread or the same loop drives {@code far}. Loopback and AF_UNIX only.
 */
final class Links {
    private Links() {}

    /** Two connected sockets of one peer's type. */
    record Link<T>(T near, T far) {}

    /** Python's {@code socket.socketpair()}: AF_UNIX stream, as the C peer's socketpair(2). */
    static Link<SocketObject> unixPair() throws OSError {
        SocketObject[] p = socket.socketpair();
        return new Link<>(p[0], p[1]);
    }

    /** NIO's nearest to a socketpair: an AF_UNIX stream connection through a temporary path (JDK 16+). */
    static Link<SocketChannel> nioUnixPair() throws IOException {
        Path dir = Files.createTempDirectory("jnasocket-bench");
        Path path = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            SocketChannel near = SocketChannel.open(UnixDomainSocketAddress.of(path));
            return new Link<>(near, server.accept());
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        }
    }

    /** A TCP connection over 127.0.0.1 on the Python-style layer, with TCP_NODELAY on both ends. */
    static Link<SocketObject> tcp() throws OSError {
        return tcp(true);
    }

    /** @param nodelay whether to set TCP_NODELAY on both ends (off for a bulk stream, as in C) */
    static Link<SocketObject> tcp(boolean nodelay) throws OSError {
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            SocketObject near = socket.create_connection("127.0.0.1", server.getsockname().port());
            Accepted a = server.accept();
            for (SocketObject s : new SocketObject[] {near, a.conn()}) {
                s.setsockopt(LibC.IPPROTO_TCP, LibC.TCP_NODELAY, nodelay ? 1 : 0);
            }
            return new Link<>(near, a.conn());
        }
    }

    /** A TCP connection over 127.0.0.1 with NIO channels (blocking), TCP_NODELAY on both ends. */
    static Link<SocketChannel> nioTcp() throws IOException {
        return nioTcp(true);
    }

    /** @param nodelay whether to set TCP_NODELAY on both ends */
    static Link<SocketChannel> nioTcp(boolean nodelay) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel near = SocketChannel.open(server.getLocalAddress());
            SocketChannel far = server.accept();
            near.socket().setTcpNoDelay(nodelay);
            far.socket().setTcpNoDelay(nodelay);
            return new Link<>(near, far);
        }
    }

    /** A TCP connection over 127.0.0.1 with java.net sockets (they have no AF_UNIX), TCP_NODELAY on both ends. */
    static Link<java.net.Socket> javaNetTcp() throws IOException {
        return javaNetTcp(true);
    }

    /** @param nodelay whether to set TCP_NODELAY on both ends */
    static Link<java.net.Socket> javaNetTcp(boolean nodelay) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            java.net.Socket near = new java.net.Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            java.net.Socket far = server.accept();
            near.setTcpNoDelay(nodelay);
            far.setTcpNoDelay(nodelay);
            return new Link<>(near, far);
        }
    }

    /** Closes both ends of any link, whatever the peer's close throws. */
    static void close(Link<? extends AutoCloseable> link) {
        if (link == null) {
            return;
        }
        for (AutoCloseable c : new AutoCloseable[] {link.near(), link.far()}) {
            try {
                c.close();
            } catch (Exception ignored) {
                // a benchmark's teardown: nothing left to do with a failed close
            }
        }
    }
}
