package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** The socketserver.TCPServer example of the Python docs ({@code examples/socketserver_tcp_server.py}), line for line. */
public final class socketserver_tcp_server {
    private socketserver_tcp_server() {}

    /**
     * The request handler class for our server.
     *
     * <p>It is instantiated once per connection to the server, and must
     * override the handle() method to implement communication to the
     * client.
     */
    static class MyTCPHandler extends socketserver.BaseRequestHandler<SocketObject> {
        byte[] data;

        @Override
        public void handle() throws Exception {
            // self.request is the TCP socket connected to the client
            this.data = bytes.strip(this.request.recv(1024));
            print(this.client_address.host() + " wrote:");
            print(this.data);
            // just send back the same data, but upper-cased
            this.request.sendall(bytes.upper(this.data));
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

        // Create the server, binding to localhost on port 9999
        try (var server = new socketserver.TCPServer(Address.of(HOST, PORT), MyTCPHandler.class)) {
            // Activate the server; this will keep running until you
            // interrupt the program with Ctrl-C
            server.serve_forever();
        }
    }
}
