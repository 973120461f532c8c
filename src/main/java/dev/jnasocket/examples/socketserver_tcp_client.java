package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** The client of the socketserver.TCPServer example ({@code examples/socketserver_tcp_client.py}), line for line. */
public final class socketserver_tcp_client {
    private socketserver_tcp_client() {}

    /**
     * Runs the program.
     *
     * @param args the port, then the words to send
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        String HOST = "localhost";
        int PORT = Integer.parseInt(args[0]);
        String data = String.join(" ", java.util.Arrays.asList(args).subList(1, args.length));
        String received;

        // Create a socket (SOCK_STREAM means a TCP socket)
        try (var sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            // Connect to server and send data
            sock.connect(HOST, PORT);
            sock.sendall(bytes.encode(data + "\n", "utf-8"));

            // Receive data from the server and shut down
            received = bytes.decode(sock.recv(1024), "utf-8");
        }

        print("Sent:     " + data);
        print("Received: " + received);
    }
}
