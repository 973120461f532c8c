package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;
import java.util.List;

/** The client of the struct-framed protocol ({@code examples/struct_framed_client.py}), line for line. */
public final class struct_framed_client {
    private struct_framed_client() {}

    static final struct.Struct HEADER = struct.Struct("!BBHI");
    static final int REQUEST = 1;

    static byte[] recv_exactly(SocketObject conn, int n) throws OSError {
        byte[] data = b("");
        while (data.length < n) {
            byte[] chunk = conn.recv(n - data.length);
            if (!bytes.bool(chunk)) {
                throw new ConnectionError(String.format("connection closed after %d of %d bytes", data.length, n));
            }
            data = bytes.add(data, chunk);
        }
        return data;
    }

    /**
     * Runs the program.
     *
     * @param args the port
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        String HOST = "localhost";
        int PORT = Integer.parseInt(args[0]);
        try (var s = socket.create_connection(HOST, PORT)) {
            int seq = 1;
            for (String text : List.of("hello", "caf\u00e9 au lait", "")) {
                byte[] body = bytes.encode(text, "utf-8");
                s.sendall(bytes.add(HEADER.pack(1, REQUEST, seq, body.length), body));
                var h = HEADER.unpack(recv_exactly(s, HEADER.size));
                int version = h.getInt(0), kind = h.getInt(1), rseq = h.getInt(2);
                long length = h.getLong(3);
                byte[] reply = recv_exactly(s, (int) length);
                print("response", rseq, "kind", kind, "version", version, repr(reply), bytes.decode(reply, "utf-8"));
                seq++;
            }
        }
    }
}
