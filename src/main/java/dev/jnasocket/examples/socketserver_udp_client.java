package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** The client of the socketserver.UDPServer example ({@code examples/socketserver_udp_client.py}), line for line. */
public final class socketserver_udp_client {
    private socketserver_udp_client() {}

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

        // SOCK_DGRAM is the socket type to use for UDP sockets
        var sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);

        // As you can see, there is no connect() call; UDP has no connections.
        // Instead, data is directly sent to the recipient via sendto().
        sock.sendto(bytes.encode(data + "\n", "utf-8"), Address.of(HOST, PORT));
        String received = bytes.decode(sock.recv(1024), "utf-8");

        print("Sent:     " + data);
        print("Received: " + received);
    }
}
