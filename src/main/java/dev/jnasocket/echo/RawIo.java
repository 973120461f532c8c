package dev.jnasocket.echo;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.builtins;
import dev.jnasocket.libc.Constants;
import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.sockaddr_in;
import java.util.Arrays;

/**
 * What both ends of the C-shaped echo pair do alike, written once: the helper functions a C
 * echo program keeps in its own {@code util.c} (Beej's guide calls one of them {@code sendall}).
 * Like the raw layer they never throw for a failed call: they return -1 (or null) and leave
 * {@code errno()} to say why.
 */
final class RawIo {
    private RawIo() {}

    /**
     * The flags every {@code send} of the pair passes. A send to a peer that has gone raises
     * SIGPIPE; Linux avoids it per call with MSG_NOSIGNAL, macOS per socket with SO_NOSIGPIPE
     * (its MSG_NOSIGNAL only exists from macOS 11), see {@link #noSigPipe}.
     */
    static final int SEND_FLAGS = Constants.has("SO_NOSIGPIPE") ? 0 : MSG_NOSIGNAL;

    /**
     * Asks the kernel not to raise SIGPIPE for this socket where that is a socket option (macOS).
     *
     * @param fd a socket
     * @return 0, or -1 with errno set
     */
    static int noSigPipe(int fd) {
        return Constants.has("SO_NOSIGPIPE") ? setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, 1) : 0;
    }

    /**
     * The error path of a setup step, where C would {@code goto fail}: prints why {@code call}
     * failed (before anything else can change errno), closes the half-made socket, returns -1.
     *
     * @param call the failed call, for {@code perror}
     * @param fd   the socket to close
     * @return -1, for the caller to return
     */
    static int fail(String call, int fd) {
        perror(call);
        close(fd);
        return -1;
    }

    /**
     * Sends all of {@code buf[off .. off+len)}: {@code send} may take fewer bytes than asked, so
     * C code loops until everything is gone (Python's {@code sendall}).
     *
     * @return {@code len}, or -1 with errno set by the failed {@code send}
     */
    static long sendAll(int fd, byte[] buf, int off, int len) {
        int sent = 0;
        while (sent < len) {
            long n = send(fd, buf, off + sent, len - sent, SEND_FLAGS);
            if (n < 0) {
                if (errno() == EINTR) {
                    continue; // a signal came before any byte left: just try again
                }
                return -1;
            }
            sent += (int) n;
        }
        return sent;
    }

    /**
     * An IPv4 socket address for {@code host} and {@code port}: {@code ""} is INADDR_ANY (as in
     * Python), a dotted quad is parsed with {@code inet_pton}, anything else is looked up with
     * {@code getaddrinfo} and its first IPv4 answer is used.
     *
     * @return the address, or null after printing why on standard error
     */
    static sockaddr_in ipv4(String host, int port) {
        sockaddr_in addr = new sockaddr_in(); // zeroed, as after memset(): INADDR_ANY
        if (!host.isEmpty() && inet_pton(AF_INET, host, addr.sin_addr) != 1) {
            addrinfo hints = new addrinfo();
            hints.ai_family = AF_INET;
            hints.ai_socktype = SOCK_STREAM;
            addrinfo[] res = new addrinfo[1];
            int rc = getaddrinfo(host, null, hints, res);
            if (rc != 0 || res[0] == null) {
                System.err.println("getaddrinfo: " + host + ": " + (rc != 0 ? gai_strerror(rc) : "no address"));
                return null;
            }
            addr = (sockaddr_in) res[0].ai_addr;
            freeaddrinfo(res[0]);
        }
        addr.sin_port = htons(port);
        return addr;
    }

    /** @return an IPv4 address as Python prints it: {@code ('127.0.0.1', 50007)} */
    static String tuple(sockaddr_in addr) {
        return "('" + inet_ntop(AF_INET, addr.sin_addr) + "', " + ntohs(addr.sin_port) + ")";
    }

    /** @return the first {@code len} bytes of {@code buf} as Python prints them: {@code b'Hello, world'} */
    static String repr(byte[] buf, long len) {
        return builtins.repr(Arrays.copyOf(buf, (int) len)); // the Python layer's repr(bytes)
    }
}
