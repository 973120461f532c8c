package dev.jnasocket.reliability;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The close race, staged for {@link CloseRaceTest} (which runs this under a debugger and stops
 * the closer where it is about to wake the calls in flight): while the closer is stopped, the
 * last call in flight leaves and a new socketpair is made. Prints whether the new pair took the
 * closed socket's number and whether it still works once the closer has gone on.
 */
public final class CloseRaceChild {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        SocketObject[] p = socket.socketpair();
        int number = p[0].fileno();
        Thread reader = new Thread(() -> {
            try {
                p[0].recv(10);
            } catch (OSError e) {
                // woken by the close: also fine
            }
        }, "reader");
        reader.start();
        Thread.sleep(200); // let it block in recv
        Thread closer = new Thread(() -> {
            try {
                p[0].close();
            } catch (OSError e) {
                System.out.println("close raised " + e);
            }
        }, "closer");
        closer.start();
        System.out.println("closing");
        if (!"paused".equals(in.readLine())) {
            System.out.println("the debugger did not stop the closer");
            return;
        }
        p[1].sendall("x".getBytes(StandardCharsets.US_ASCII)); // the reader takes it and leaves
        reader.join(5000);
        SocketObject[] fresh = socket.socketpair();
        System.out.println("reused " + (fresh[0].fileno() == number || fresh[1].fileno() == number));
        System.out.println("resume");
        closer.join(5000);
        fresh[0].settimeout(2.0);
        fresh[1].settimeout(2.0);
        for (int i = 0; i < 2; i++) {
            try {
                fresh[i].sendall("ok".getBytes(StandardCharsets.US_ASCII));
                byte[] got = fresh[1 - i].recv(2);
                System.out.println("fresh " + i + " -> " + new String(got, StandardCharsets.US_ASCII).length());
            } catch (OSError e) {
                System.out.println("fresh " + i + " -> " + e);
            }
        }
        System.out.println("done");
    }

    private CloseRaceChild() {}
}
