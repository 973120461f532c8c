package example;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.nio.charset.StandardCharsets;

/**
 * The Python documentation's echo pair in one program, written against the installed jna-socket:
 * a server on a free loopback port echoes one client, then a socketpair echoes once more.
 * Prints two lines and exits 0, or throws.
 */
public final class Echo {
    private Echo() {}

    public static void main(String[] args) throws Exception {
        byte[] hello = "Hello, world".getBytes(StandardCharsets.US_ASCII);
        try (var s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            s.bind("127.0.0.1", 0);
            s.listen(1);
            int port = s.getsockname().port();
            Thread server = new Thread(() -> {
                try {
                    var a = s.accept();
                    try (var conn = a.conn()) {
                        while (true) {
                            byte[] data = conn.recv(1024);
                            if (data.length == 0) {
                                break;
                            }
                            conn.sendall(data);
                        }
                    }
                } catch (OSError e) {
                    throw new RuntimeException(e);
                }
            });
            server.start();
            try (var c = socket.create_connection("127.0.0.1", port, 10.0)) {
                c.sendall(hello);
                System.out.println("tcp: received " + new String(c.recv(1024), StandardCharsets.US_ASCII));
            }
            server.join(10_000);
        }
        SocketObject[] pair = socket.socketpair();
        try (var a = pair[0]; var b = pair[1]) {
            a.sendall(hello);
            System.out.println("socketpair: received " + new String(b.recv(1024), StandardCharsets.US_ASCII));
        }
    }
}
