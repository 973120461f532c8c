package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;

/**
 * The porting guide's second program, ported line for line from
 * {@code src/test/python/udp_upper_server.py}: answers each datagram with its bytes
 * upper-cased (ASCII letters only, as Python's {@code bytes.upper}), stops on {@code b'quit'}.
 */
public final class UdpUpperServer {
    private UdpUpperServer() {}

    /**
     * Runs the server.
     *
     * @param args the port (default 50008)
     * @throws OSError as the Python program would raise it
     */
    public static void main(String[] args) throws OSError {
        String HOST = "127.0.0.1";
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50008;
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            s.bind(HOST, PORT);
            while (true) {
                Received r = s.recvfrom(1024);
                byte[] data = r.data();
                Address addr = r.addr();
                if (java.util.Arrays.equals(data, b("quit"))) {
                    break;
                }
                System.out.println("From " + addr + " got " + repr(data));
                s.sendto(upper(data), addr);
            }
        }
    }

    /** Python's {@code bytes.upper()}: only the ASCII letters change. */
    static byte[] upper(byte[] data) {
        byte[] r = data.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] >= 'a' && r[i] <= 'z') {
                r[i] -= 'a' - 'A';
            }
        }
        return r;
    }
}
