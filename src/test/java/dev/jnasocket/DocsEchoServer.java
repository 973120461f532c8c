package dev.jnasocket;

/**
 * The Python docs' echo server ({@code Doc/library/socket.rst}, "Example"), ported line for
 * line from {@code src/test/python/docs_echo_server.py}: accepts one connection, prints
 * {@code Connected by ('127.0.0.1', 60618)}, echoes until EOF.
 */
public final class DocsEchoServer {
    private DocsEchoServer() {}

    /**
     * Runs the server.
     *
     * @param args the port (default 50007)
     * @throws OSError as the Python program would raise it
     */
    public static void main(String[] args) throws OSError {
        String HOST = "127.0.0.1"; // Loopback only (the docs use '', all available interfaces)
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50007; // Arbitrary non-privileged port
        try (Socket s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            s.bind(HOST, PORT);
            s.listen(1);
            Accepted a = s.accept();
            Socket conn = a.conn();
            Address addr = a.addr();
            try (conn) {
                System.out.println("Connected by " + addr);
                while (true) {
                    byte[] data = conn.recv(1024);
                    if (data.length == 0) break;
                    conn.sendall(data);
                }
            }
        }
    }
}
