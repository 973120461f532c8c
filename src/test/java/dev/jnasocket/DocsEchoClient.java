package dev.jnasocket;

/**
 * The Python docs' echo client ({@code Doc/library/socket.rst}, "Example"), ported line for
 * line from {@code src/test/python/docs_echo_client.py}: sends {@code b'Hello, world'} and
 * prints {@code Received b'Hello, world'}.
 */
public final class DocsEchoClient {
    private DocsEchoClient() {}

    /**
     * Runs the client.
     *
     * @param args the port (default 50007)
     * @throws OSError as the Python program would raise it
     */
    public static void main(String[] args) throws OSError {
        String HOST = "127.0.0.1"; // The remote host
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50007; // The same port as used by the server
        byte[] data;
        try (Socket s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            s.connect(HOST, PORT);
            s.sendall(socket.b("Hello, world"));
            data = s.recv(1024);
        }
        System.out.println("Received " + socket.repr(data));
    }
}
