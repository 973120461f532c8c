package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/**
 * The Python docs' IPv4/IPv6 echo client ({@code examples/echo_client_any.py}), line for line:
 * it tries each address {@code getaddrinfo} gives for the host until one connects.
 */
public final class echo_client_any {
    private echo_client_any() {}

    /**
     * Runs the program.
     *
     * @param args optional port (default 50007)
     * @throws OSError as the Python program would raise
     */
    public static void main(String[] args) throws OSError {
        String HOST = "localhost";        // The remote host
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50007;  // The same port as used by the server
        SocketObject s = null;
        for (AddrInfo res : socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, 0)) {
            int af = res.family(), socktype = res.type(), proto = res.proto(); Address sa = res.sockaddr();
            try {
                s = socket.socket(af, socktype, proto);
            } catch (OSError msg) {
                s = null;
                continue;
            }
            try {
                s.connect(sa);
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
        byte[] data;
        try (var with = s) {     // Python's "with s:"
            with.sendall(b("Hello, world"));
            data = with.recv(1024);
        }
        print("Received", repr(data));
    }
}
