package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/**
 * A request/response protocol framed with struct ({@code examples/struct_framed_server.py}),
 * line for line: a fixed 8-byte header, network order (version, kind, sequence, body length),
 * then the body; each request is answered with its body upper-cased.
 */
public final class struct_framed_server {
    private struct_framed_server() {}

    static final struct.Struct HEADER = struct.Struct("!BBHI");
    static final int REQUEST = 1, RESPONSE = 2;

    static byte[] recv_exactly(SocketObject conn, int n) throws OSError {
        byte[] data = b("");
        while (data.length < n) {
            byte[] chunk = conn.recv(n - data.length);
            if (!bytes.bool(chunk)) {
                return null;
            }
            data = bytes.add(data, chunk);
        }
        return data;
    }

    /**
     * Runs the program.
     *
     * @param args optional port (default 50009)
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        String HOST = "localhost";
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50009;
        try (var s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
            s.bind(HOST, PORT);
            s.listen(1);
            var a = s.accept(); var conn = a.conn();
            try (conn) {
                while (true) {
                    byte[] header = recv_exactly(conn, HEADER.size);
                    if (header == null) {
                        break;
                    }
                    var h = HEADER.unpack(header);
                    int version = h.getInt(0), kind = h.getInt(1), seq = h.getInt(2);
                    long length = h.getLong(3);
                    byte[] body = recv_exactly(conn, (int) length);
                    print("request", seq, "kind", kind, "length", length, repr(body));
                    byte[] reply = bytes.upper(body);
                    conn.sendall(bytes.add(HEADER.pack(version, RESPONSE, seq, reply.length), reply));
                }
            }
            print("done");
        }
    }
}
