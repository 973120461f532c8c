package dev.jnasocket.echo;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.sockaddr_in;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The echo client of the Python documentation, written the way it is written in C, straight on
 * {@link dev.jnasocket.libc.LibC}: every call's return value is checked, and a failure is
 * reported with {@code perror} and returned as -1 or null, never thrown.
 * <pre>
 * List&lt;byte[]&gt; replies = RawEchoClient.echo("127.0.0.1", 50007, List.of(msg), System.out);
 * if (replies == null) return 1;
 * </pre>
 * Python's version, for comparison:
 * <pre>
 * with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
 *     s.connect((HOST, PORT))
 *     s.sendall(b'Hello, world')
 *     data = s.recv(1024)
 * print('Received', repr(data))
 * </pre>
 * Unlike the original, which trusts one {@code recv} to bring the whole reply, this client reads
 * until it has as many bytes as it sent: TCP is a byte stream and may deliver them in pieces.
 */
public final class RawEchoClient {
    private RawEchoClient() {}

    /**
     * The most a message sends before reading its echo back. A client that wrote a whole large
     * message before reading would deadlock against an echo server once both directions' socket
     * buffers were full (each side blocked in {@code send}); a piece this size always fits.
     */
    static final int PIECE = 16 * 1024;

    /**
     * Connects, echoes each message in turn, closes.
     *
     * @param host     the server's IPv4 address or host name
     * @param port     its port
     * @param messages what to send, one after another on the same connection
     * @param log      where the conversation is printed ({@code client sent b'...'}, {@code client received b'...'})
     * @return what came back for each message, or null if a call failed (the reason is printed on standard error)
     */
    public static List<byte[]> echo(String host, int port, List<byte[]> messages, PrintStream log) {
        int fd = connectTo(host, port, log);
        if (fd < 0) {
            return null;
        }
        List<byte[]> replies = new ArrayList<>();
        for (byte[] message : messages) {
            byte[] reply = echoOne(fd, message, log);
            if (reply == null) {
                close(fd);
                return null;
            }
            replies.add(reply);
        }
        if (close(fd) < 0) {
            perror("close");
            return null;
        }
        return replies;
    }

    /**
     * {@code socket} → {@code connect}.
     *
     * @param host the server's IPv4 address or host name
     * @param port its port
     * @param log  where {@code client connected to ('127.0.0.1', 50007)} is printed
     * @return the connected descriptor, or -1 (the reason is printed on standard error)
     */
    public static int connectTo(String host, int port, PrintStream log) {
        sockaddr_in addr = RawIo.ipv4(host, port);
        if (addr == null) {
            return -1;
        }
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0) {
            perror("socket");
            return -1;
        }
        if (RawIo.noSigPipe(fd) < 0) {
            return RawIo.fail("setsockopt(SO_NOSIGPIPE)", fd);
        }
        if (connect(fd, addr, addr.size()) < 0) {
            return RawIo.fail("connect", fd);
        }
        log.println("client connected to " + RawIo.tuple(addr));
        return fd;
    }

    /**
     * Sends one message and reads back as many bytes, {@link #PIECE} by piece.
     *
     * @param fd      a connected socket
     * @param message the bytes to send
     * @param log     where the message and its echo are printed
     * @return the echo, or null if a call failed or the server closed early (the reason is printed on standard error)
     */
    public static byte[] echoOne(int fd, byte[] message, PrintStream log) {
        log.println("client sent " + RawIo.repr(message, message.length));
        byte[] reply = new byte[message.length];
        for (int off = 0; off < message.length; off += PIECE) {
            int len = Math.min(PIECE, message.length - off);
            if (RawIo.sendAll(fd, message, off, len) < 0) {
                perror("send");
                return null;
            }
            long got = recvAll(fd, reply, off, len);
            if (got < 0) {
                perror("recv");
                return null;
            }
            if (got < len) {
                System.err.println("recv: the server closed the connection after " + (off + got)
                        + " of " + message.length + " bytes");
                return null;
            }
        }
        log.println("client received " + RawIo.repr(reply, reply.length));
        return reply;
    }

    /**
     * Receives into {@code buf[off .. off+len)} until it is full or the peer closes.
     *
     * @return the bytes received (less than {@code len} only at end of stream), or -1 with errno set
     */
    private static long recvAll(int fd, byte[] buf, int off, int len) {
        int got = 0;
        while (got < len) {
            long n = recv(fd, buf, off + got, len - got, 0);
            if (n < 0) {
                if (errno() == EINTR) {
                    continue;
                }
                return -1;
            }
            if (n == 0) {
                break;
            }
            got += (int) n;
        }
        return got;
    }
}
