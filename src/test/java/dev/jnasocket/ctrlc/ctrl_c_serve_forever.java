package dev.jnasocket.ctrlc;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** Port of {@code src/test/python/ctrl_c/ctrl_c_serve_forever.py}, line for line. */
public final class ctrl_c_serve_forever {
    private ctrl_c_serve_forever() {}

    static class Handler extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() {}
    }

    /**
     * @param args the port
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        var server = new socketserver.TCPServer(Address.of("localhost", Integer.parseInt(args[0])), Handler.class);
        print("serving", flush(true));
        try {
            server.serve_forever();
        } catch (KeyboardInterrupt e) {
            print("KeyboardInterrupt caught");
        } finally {
            server.server_close();
        }
        print("bye");
    }
}
