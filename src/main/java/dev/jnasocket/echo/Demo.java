package dev.jnasocket.echo;

import static dev.jnasocket.builtins.repr;
import dev.jnasocket.OSError;
import dev.jnasocket.libc.Trace;
import dev.jnasocket.socket;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code demo}: the multi-client echo server (selector mode) on a free loopback port. First one
 * client talks to it with every libc call of both sides traced strace-style on standard error;
 * then three clients talk to it at once. The conversation goes to standard output.
 */
final class Demo {
    private Demo() {}

    private static final int CLIENTS = 3;

    /**
     * Runs the demo.
     *
     * @param out      where the conversation goes
     * @param err      where the trace goes
     * @param traceAll trace the concurrent part too, not only the first client
     * @return 0 when every client got its messages back, else 1
     * @throws OSError if the server cannot start
     */
    static int run(PrintStream out, PrintStream err, boolean traceAll) throws OSError {
        EchoServer server = new EchoServer(EchoServer.Config.defaults().withPort(0), out);
        Thread serving = new Thread(() -> {
            try {
                server.serve();
            } catch (OSError e) {
                out.println("server failed: " + e.getMessage());
            }
        }, "echo-server");
        serving.start();
        int port = server.address().port();
        out.println("echo server (selector mode) listening on " + server.address());
        boolean wasTracing = Trace.enabled();
        boolean ok;
        try {
            Trace.output(err);
            Trace.enable(true);
            out.println("-- one client, its calls and the server's traced on standard error --");
            ok = client(out, port, 1);
            Trace.enable(traceAll);
            out.println("-- " + CLIENTS + " clients at once --");
            List<Thread> clients = new ArrayList<>();
            boolean[] each = new boolean[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                int n = i;
                Thread t = new Thread(() -> each[n] = client(out, port, n + 2), "client-" + (n + 2));
                clients.add(t);
                t.start();
            }
            for (Thread t : clients) {
                t.join(30_000);
            }
            for (boolean b : each) {
                ok &= b;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        } finally {
            Trace.enable(wasTracing);
            server.shutdown();
            try {
                serving.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.println("served " + server.served.get() + " clients, " + server.bytesOut.get() + " bytes echoed");
        return ok ? 0 : 1;
    }

    private static boolean client(PrintStream out, int port, int id) {
        String[] messages = {"Hello, world", "client " + id + " says goodbye"};
        try (EchoClient c = new EchoClient("127.0.0.1", port, 10.0)) {
            boolean ok = true;
            for (String m : messages) {
                byte[] sent = m.getBytes(StandardCharsets.UTF_8);
                byte[] back = c.echo(sent);
                synchronized (out) {
                    out.println("client " + id + " sent " + repr(sent) + ", received " + repr(back));
                }
                ok &= Arrays.equals(sent, back);
            }
            return ok;
        } catch (OSError e) {
            out.println("client " + id + " failed: " + e.getMessage());
            return false;
        }
    }
}
