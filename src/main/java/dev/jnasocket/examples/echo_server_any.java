package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/**
 * The Python docs' IPv4/IPv6 echo server ({@code examples/echo_server_any.py}), line for line:
 * it walks {@code getaddrinfo(None, PORT, AF_UNSPEC, SOCK_STREAM, 0, AI_PASSIVE)} and serves on
 * the first address it can bind.
 */
public final class echo_server_any {
    private echo_server_any() {}

    /**
     * Runs the program.
     *
     * @param args optional port (default 50007)
     * @throws OSError as the Python program would raise
     */
    public static void main(String[] args) throws OSError {
        String HOST = null;               // Symbolic name meaning all available interfaces
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50007;  // Arbitrary non-privileged port
        SocketObject s = null;
        for (AddrInfo res : socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC,
                                               socket.SOCK_STREAM, 0, socket.AI_PASSIVE)) {
            int af = res.family(), socktype = res.type(), proto = res.proto(); Address sa = res.sockaddr();
            try {
                s = socket.socket(af, socktype, proto);
            } catch (OSError msg) {
                s = null;
                continue;
            }
            try {
                s.bind(sa);
                s.listen(1);
            } catch (OSError msg) {
                s.close();
                s = null;
                continue;
            }
            break;
        }
        if (s == null) {
            print("could not open socket");
            System.exit(1);
        }
        var a = s.accept(); var conn = a.conn(); var addr = a.addr();
        try (conn) {
            print("Connected by", addr);
            while (true) {
                byte[] data = conn.recv(1024);
                if (data.length == 0) break;
                conn.send(data);
            }
        }
    }
}
