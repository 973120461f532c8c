package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/**
 * The asynchronous mixins example of the Python docs ({@code examples/socketserver_threaded.py}),
 * line for line: Python's {@code class ThreadedTCPServer(ThreadingMixIn, TCPServer)} extends
 * {@code socketserver.ThreadingTCPServer}, Java having no mixins.
 */
public final class socketserver_threaded {
    private socketserver_threaded() {}

    static class ThreadedTCPRequestHandler extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() throws Exception {
            String data = bytes.decode(this.request.recv(1024), "ascii");
            Thread cur_thread = threading.current_thread();
            byte[] response = bytes.encode(cur_thread.getName() + ": " + data, "ascii");
            this.request.sendall(response);
        }
    }

    static class ThreadedTCPServer extends socketserver.ThreadingTCPServer {
        ThreadedTCPServer(Address server_address, Class<ThreadedTCPRequestHandler> handler) throws OSError {
            super(server_address, handler);
        }
    }

    static void client(String ip, int port, String message) throws OSError {
        try (var sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            sock.connect(ip, port);
            sock.sendall(bytes.encode(message, "ascii"));
            String response = bytes.decode(sock.recv(1024), "ascii");
            print("Received: " + response);
        }
    }

    /**
     * Runs the program.
     *
     * @param args none
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        // Port 0 means to select an arbitrary unused port
        String HOST = "localhost";
        int PORT = 0;

        var server = new ThreadedTCPServer(Address.of(HOST, PORT), ThreadedTCPRequestHandler.class);
        try (server) {
            String ip = server.server_address.host();
            int port = server.server_address.port();

            // Start a thread with the server -- that thread will then start one
            // more thread for each request
            Thread server_thread = threading.Thread(server::serve_forever);
            // Exit the server thread when the main thread terminates
            server_thread.setDaemon(true);
            server_thread.start();
            print("Server loop running in thread:", server_thread.getName());

            client(ip, port, "Hello World 1");
            client(ip, port, "Hello World 2");
            client(ip, port, "Hello World 3");

            server.shutdown();
        }
    }
}
