package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;
import java.util.List;

/**
 * The porting guide's second program, ported line for line from
 * {@code src/test/python/udp_upper_client.py}: sends each word, waits half a second for the
 * answer ({@code except socket.timeout} becomes {@code catch (TimeoutError e)}), retries twice.
 */
public final class UdpUpperClient {
    private UdpUpperClient() {}

    /**
     * Runs the client.
     *
     * @param args the port (default 50008)
     * @throws OSError as the Python program would raise it
     */
    public static void main(String[] args) throws OSError {
        String HOST = "127.0.0.1";
        int PORT = args.length > 0 ? Integer.parseInt(args[0]) : 50008;
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            s.settimeout(0.5);
            for (byte[] word : List.of(b("hello"), b("caf\u00e9"), b("it's"))) {
                for (int attempt = 0; attempt < 3; attempt++) {
                    s.sendto(word, Address.of(HOST, PORT));
                    Received r;
                    try {
                        r = s.recvfrom(1024);
                    } catch (TimeoutError e) {
                        System.out.println("No answer, trying again");
                        continue;
                    }
                    System.out.println("Sent " + repr(word) + " got " + repr(r.data()) + " from " + r.addr());
                    break;
                }
            }
            s.sendto(b("quit"), Address.of(HOST, PORT));
        }
    }
}
