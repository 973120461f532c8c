package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** The socketserver.UDPServer example of the Python docs ({@code examples/socketserver_udp_server.py}), line for line. */
public final class socketserver_udp_server {
    private socketserver_udp_server() {}

    /**
     * This class works similar to the TCP handler class, except that
     * self.request consists of a pair of data and client socket, and since
     * there is no connection the client address must be given explicitly
     * when sending data back via sendto().
     */
    static class MyUDPHandler extends socketserver.BaseRequestHandler<socketserver.DatagramRequest> {
        @Override
        public void handle() throws Exception {
            byte[] data = bytes.strip(this.request.data());
            SocketObject socket = this.request.socket();
            print(this.client_address.host() + " wrote:");
            print(data);
            socket.sendto(bytes.upper(data), this.client_address);
        }
    }

    /**
     * Runs the program.
     *
     * @param args optional port (default 9999)
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        String HOST = "localhost";
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 9999;
        try (var server = new socketserver.UDPServer(Address.of(HOST, PORT), MyUDPHandler.class)) {
            server.serve_forever();
        }
    }
}
