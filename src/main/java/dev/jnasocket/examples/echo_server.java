package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** The Python docs' IPv4 echo server ({@code examples/echo_server.py}), line for line. */
public final class echo_server {
    private echo_server() {}

    /**
     * Runs the program.
     *
     * @param args optional port (default 50007)
     * @throws OSError as the Python program would raise
     */
    public static void main(String[] args) throws OSError {
        String HOST = "";                 // Symbolic name meaning all available interfaces
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50007;  // Arbitrary non-privileged port
        try (var s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            s.bind(HOST, PORT);
            s.listen(1);
            var a = s.accept(); var conn = a.conn(); var addr = a.addr();
            try (conn) {
                print("Connected by", addr);
                while (true) {
                    byte[] data = conn.recv(1024);
                    if (data.length == 0) break;
                    conn.sendall(data);
                }
            }
        }
    }
}
