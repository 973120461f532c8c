package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** The Python docs' IPv4 echo client ({@code examples/echo_client.py}), line for line. */
public final class echo_client {
    private echo_client() {}

    /**
     * Runs the program.
     *
     * @param args optional port (default 50007)
     * @throws OSError as the Python program would raise
     */
    public static void main(String[] args) throws OSError {
        String HOST = "localhost";        // The remote host
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50007;  // The same port as used by the server
        byte[] data;
        try (var s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            s.connect(HOST, PORT);
            s.sendall(b("Hello, world"));
            data = s.recv(1024);
        }
        print("Received", repr(data));
    }
}
